#include "core/clinic/UserName.h"

#include "core/CoreText.h"

#include <QList>

namespace outpost::clinic {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

bool isPunctuationAllowed(char32_t c)
{
    return c == U'.' || c == U'_' || c == U'-';
}

} // namespace

Result<QString> UserName::validate(const QString& name)
{
    const QString normalised = name.trimmed().normalized(QString::NormalizationForm_C);
    const QList<uint> characters = normalised.toUcs4();
    const Error invalid =
        makeError(ErrorCode::Invalid, CoreText::tr("A user name has %1 to %2 letters, digits, dots, underscores or "
                                                   "dashes, and starts with a letter or digit.")
                                          .arg(kMinimumLength)
                                          .arg(kMaximumLength));
    if (characters.size() < kMinimumLength || characters.size() > kMaximumLength)
        return invalid;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters[i];
        const bool letterOrDigit = QChar::isLetter(c) || QChar::isDigit(c);
        if (i == 0 && !letterOrDigit)
            return invalid;
        if (!letterOrDigit && !isPunctuationAllowed(c) && !isMark(c))
            return invalid;
    }
    return normalised;
}

QString UserName::fold(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

} // namespace outpost::clinic
