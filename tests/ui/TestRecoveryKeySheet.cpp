// The printed recovery key: the sheet the setup wizard's Print button sends to the printer, painted
// into a PDF in memory and read back with Qt Pdf as a printer would receive it.
#include "RecoveryKeySheet.h"

#include "core/crypto/RecoveryKey.h"

#include <QBuffer>
#include <QImage>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTest>

using namespace outpost;

class TestRecoveryKeySheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSheetCarriesTheKeyTheClinicAndTheWarning()
    {
        const crypto::RecoveryKey key = crypto::RecoveryKey::generate();
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QVERIFY(ui::RecoveryKeySheet::paint(writer, QStringLiteral("Clinique du Fleuve"), key.text(),
                                                QDateTime(QDate(2026, 11, 26), QTime(9, 30))));
        }
        QVERIFY(pdf.startsWith("%PDF"));

        QBuffer input(&pdf);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QPdfDocument document;
        document.load(&input);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 1);
        const QString text = document.getAllText(0).text().simplified();
        // OUTPOST_TEST_ARTIFACTS=DIR keeps the page as a picture, to look at the sheet as printed.
        if (const QString artifacts = qEnvironmentVariable("OUTPOST_TEST_ARTIFACTS"); !artifacts.isEmpty())
            document.render(0, QSize(1240, 1754)).save(artifacts + QStringLiteral("/recovery-key-sheet.png"));

        // Every group of the key is on the page, in order, and the whole key reads back as one.
        QString keyOnPage;
        for (const QString& group : key.text().split(QLatin1Char('-'))) {
            QVERIFY2(text.contains(group), qPrintable(group));
            keyOnPage += (keyOnPage.isEmpty() ? QString() : QStringLiteral("-")) + group;
        }
        QVERIFY(crypto::RecoveryKey::parse(keyOnPage).ok());
        QVERIFY(text.contains(QLatin1String("Clinique du Fleuve")));
        QVERIFY(text.contains(QLatin1String("Outpost recovery key")));
        QVERIFY(text.contains(QLatin1String("forgotten admin password")));
    }
};

QTEST_MAIN(TestRecoveryKeySheet)
#include "TestRecoveryKeySheet.moc"
