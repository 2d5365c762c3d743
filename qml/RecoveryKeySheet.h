#pragma once

#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace outpost::ui {

/// The one-page sheet the setup wizard prints: the clinic, the recovery key in large type, and
/// what it is for. Painted on any paged device: a printer the user chose, or a PDF in memory in
/// tests. It is never written to a file by Outpost itself.
class RecoveryKeySheet
{
public:
    /// Paints the sheet on @p device; false when the device cannot be painted on.
    static bool paint(QPagedPaintDevice& device, const QString& clinicName, const QString& recoveryKey,
                      const QDateTime& at);
};

} // namespace outpost::ui
