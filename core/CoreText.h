#pragma once

#include <QCoreApplication>

namespace outpost {

/// The sentences the core shows to people, its error messages: write them as
/// `CoreText::tr("…")`. The app's catalogues (translations/) translate them in the context
/// "outpost::CoreText" once SettingsController has installed the language's translator; outpostctl
/// installs none and prints English. Log lines are not written this way: logs stay English.
class CoreText
{
    Q_DECLARE_TR_FUNCTIONS(outpost::CoreText)
};

} // namespace outpost
