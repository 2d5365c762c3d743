#include "RecoveryKeySheet.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

namespace outpost::ui {

bool RecoveryKeySheet::paint(QPagedPaintDevice& device, const QString& clinicName, const QString& recoveryKey,
                             const QDateTime& at)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect page = painter.viewport();
    const int margin = page.width() / 12;
    QRect area = page.adjusted(margin, margin, -margin, -margin);
    // Point sizes are in points whatever the device's resolution.
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(20);
    title.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(11);
    QFont key(QStringLiteral("DejaVu Sans Mono"));
    key.setStyleHint(QFont::Monospace);
    key.setPointSizeF(18);
    key.setBold(true);

    auto paragraph = [&](const QFont& font, const QString& text, int gapAfter) {
        painter.setFont(font);
        const QRect used = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft, text);
        painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft, text);
        area.setTop(used.bottom() + gapAfter * QFontMetrics(font, &device).height() / 2);
    };
    paragraph(title, QCoreApplication::translate("RecoveryKeySheet", "Outpost recovery key"), 1);
    paragraph(body, QCoreApplication::translate("RecoveryKeySheet", "Clinic: %1").arg(clinicName), 0);
    paragraph(
        body,
        QCoreApplication::translate("RecoveryKeySheet", "Printed: %1").arg(QLocale().toString(at, QLocale::LongFormat)),
        2);

    // The key in groups on its own lines, boxed, so it is easy to read back and type.
    painter.setFont(key);
    const QString grouped = recoveryKey.split(QLatin1Char('-')).join(QStringLiteral(" - "));
    const int padding = margin / 3;
    area.setTop(area.top() + padding);
    const QRect keyText = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignHCenter, grouped);
    const QRect keyBox(area.left(), keyText.top() - padding, area.width(), keyText.height() + 2 * padding);
    painter.setPen(QPen(Qt::black, device.logicalDpiX() / 72.0 * 1.5)); // a 1.5 pt frame
    painter.drawRect(keyBox);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignHCenter, grouped);
    area.setTop(keyBox.bottom() + margin / 2);

    paragraph(body,
              QCoreApplication::translate(
                  "RecoveryKeySheet",
                  "With this key anyone can open the clinic's records, and without it a forgotten admin password "
                  "cannot be reset. Keep this sheet locked away from the computer, for example in the clinic's "
                  "safe. Do not photograph it or store it on the computer."),
              1);
    paragraph(body,
              QCoreApplication::translate(
                  "RecoveryKeySheet", "To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key."),
              0);
    return painter.end();
}

} // namespace outpost::ui
