// Bad input never crashes or hangs the pipeline: each case ends in a clear error of the right kind.
#include "OcrTestSet.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace outpost;
using namespace outpost::ocr;

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    QByteArray body = QByteArray(type) + data;
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return out + crc;
}

/// A PNG that declares @p width × @p height in its header and holds almost nothing.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8;                                                       // bit depth
    header[9] = 0;                                                       // grey
    const QByteArray tinyIdat = QByteArray::fromHex("789c030000000001"); // an empty zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", tinyIdat) + chunk("IEND", {});
}

/// A PDF of @p pages pages, each with a line of text (so with a text layer).
QByteArray pdfWithPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(30, 60, QStringLiteral("Page %1 of a long document").arg(page + 1));
    }
    painter.end();
    return bytes;
}

QByteArray cardPng()
{
    std::mt19937_64 random(11);
    return testset::encodePng(testset::identityDocument(random, false, 0).image, 300);
}

} // namespace

class TestOcrBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void truncatedFilesAreDamaged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray png = cardPng();
        QImage image;
        QVERIFY(image.loadFromData(png));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG", 80);
        const QByteArray pdf = pdfWithPages(3);
        QTest::newRow("a PNG cut in half") << QStringLiteral("card.png") << png.left(png.size() / 2);
        QTest::newRow("a JPEG cut in half") << QStringLiteral("card.jpg") << jpeg.left(jpeg.size() / 2);
        QTest::newRow("a PDF cut in half") << QStringLiteral("letter.pdf") << pdf.left(pdf.size() / 2);
        QTest::newRow("a PDF with only its header") << QStringLiteral("letter.pdf") << pdf.left(16);
        QTest::newRow("a PNG with a damaged body")
            << QStringLiteral("card.png") << (png.left(200) + QByteArray(png.size() - 200, 'x'));
    }

    void truncatedFilesAreDamaged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const auto pages = loadPages(write(name, bytes));
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Damaged);
        QVERIFY2(exitCodeFor(pages.error().code) == 4, "outpostctl exits 4 for damaged input");
        qInfo("%s: %s", qPrintable(name), qPrintable(pages.error().message));
    }

    void zeroSizeImagesAreRefused()
    {
        const auto empty = loadPages(write(QStringLiteral("empty.png"), {}));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::Damaged);
        QVERIFY(empty.error().message.contains(QLatin1String("empty")));

        const auto zero = loadPages(write(QStringLiteral("zero.png"), pngDeclaring(0, 0)));
        QVERIFY(!zero.ok());
        QVERIFY(zero.error().code == ErrorCode::Damaged || zero.error().code == ErrorCode::Invalid);
        qInfo("0×0 PNG: %s", qPrintable(zero.error().message));
    }

    void aDecompressionBombIsRefusedBeforeDecoding()
    {
        const QByteArray bomb = pngDeclaring(30000, 30000);
        QVERIFY(bomb.size() < 100);
        QElapsedTimer timer;
        timer.start();
        const auto pages = loadPages(write(QStringLiteral("bomb.png"), bomb));
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Invalid);
        QVERIFY2(pages.error().message.contains(QStringLiteral("30000×30000")), qPrintable(pages.error().message));
        QVERIFY(timer.elapsed() < 1000);
    }

    void aFileLargerThanTheLimitIsRefused()
    {
        Limits limits;
        limits.maxFileBytes = 1000;
        const auto pages = loadPages(write(QStringLiteral("card.png"), cardPng()), limits);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Invalid);
    }

    void aFiveHundredPagePdfIsBoundedByMaxPages()
    {
        const QString path = write(QStringLiteral("long.pdf"), pdfWithPages(500));
        QElapsedTimer timer;
        timer.start();
        const auto pages = loadPages(path);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Invalid);
        QVERIFY2(pages.error().message.contains(QLatin1String("500 pages")), qPrintable(pages.error().message));
        QVERIFY2(pages.error().message.contains(QLatin1String("200")), qPrintable(pages.error().message));
        QVERIFY(timer.elapsed() < 5000);
    }

    void aFiveHundredPagePdfCanBeCancelledBetweenPages()
    {
        const QString path = write(QStringLiteral("long.pdf"), pdfWithPages(500));
        Limits limits;
        limits.maxPages = 1000;
        std::atomic<bool> cancel = false;
        int lastPage = 0;
        Progress progress;
        progress.cancel = &cancel;
        progress.report = [&](int page, int pageCount, int) {
            QCOMPARE(pageCount, 500);
            lastPage = page;
            if (page == 3)
                cancel = true;
        };
        const auto pages = loadPages(path, limits, progress);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Cancelled);
        QCOMPARE(lastPage, 3);
    }

    void recognitionStopsBetweenPagesWhenCancelled()
    {
        auto engine = Engine::create();
        QVERIFY(engine.ok());
        std::mt19937_64 random(5);
        QList<SourcePage> pages;
        for (int i = 0; i < 4; ++i)
            pages.append(SourcePage{testset::identityDocument(random, false, i).image, {}, 300});
        std::atomic<bool> cancel = false;
        int highestPage = 0;
        Progress progress;
        progress.cancel = &cancel;
        progress.report = [&](int page, int, int percent) {
            highestPage = std::max(highestPage, page);
            if (page == 1 && percent >= 25) // page 1 of 4 is done
                cancel = true;
        };
        const auto texts = (*engine)->recogniseAll(pages, DocumentKind::IdCard, progress);
        QVERIFY(!texts.ok());
        QCOMPARE(texts.error().code, ErrorCode::Cancelled);
        QCOMPARE(highestPage, 1);
    }

    void aSlowPageMeetsItsDeadline()
    {
        auto engine = Engine::create();
        QVERIFY(engine.ok());
        Limits limits;
        limits.pageDeadlineMs = 1;
        (*engine)->setLimits(limits);
        std::mt19937_64 random(3);
        const testset::Sample letter = testset::referralLetter(random, 0);
        QElapsedTimer timer;
        timer.start();
        const auto text = (*engine)->recognise(SourcePage{letter.image, {}, 300}, DocumentKind::ReferralLetter);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.contains(QLatin1String("longer than")), qPrintable(text.error().message));
        qInfo("a 1 ms deadline stopped an A4 page after %lld ms (layout analysis cannot be interrupted)",
              qlonglong(timer.elapsed()));
    }

    void anEncryptedPdfAsksForAnUnprotectedCopy()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (./dev setup installs it): Qt cannot write an encrypted PDF itself");
        const QString plain = write(QStringLiteral("plain.pdf"), pdfWithPages(2));
        const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
        QProcess process;
        process.start(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("user-secret"), QStringLiteral("owner-secret"),
                             QStringLiteral("256"), QStringLiteral("--"), plain, locked});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const auto pages = loadPages(locked);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Invalid);
        QVERIFY2(pages.error().message.contains(QLatin1String("password")), qPrintable(pages.error().message));
    }

    void unsupportedFormatsAreNamedAsSuch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a word-processor file")
            << QStringLiteral("letter.docx") << QByteArray("PK\x03\x04 not really a zip", 24);
        QTest::newRow("plain text") << QStringLiteral("notes.txt") << QByteArray("Patient seen today.\n");
        QTest::newRow("random bytes") << QStringLiteral("scan.bin") << QByteArray(4096, '\x5a');
    }

    void unsupportedFormatsAreNamedAsSuch()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const auto pages = loadPages(write(name, bytes));
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::Invalid);
        QVERIFY2(pages.error().message.contains(QLatin1String("supported")), qPrintable(pages.error().message));
    }

    void aMissingFileIsNotFound()
    {
        const auto pages = loadPages(m_dir.filePath(QStringLiteral("nowhere.png")));
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::NotFound);
    }

    void missingTraineddataNamesThePackage()
    {
        QTemporaryDir empty;
        const auto engine = Engine::create(empty.path());
        QVERIFY(!engine.ok());
        QVERIFY2(engine.error().message.contains(QLatin1String("tesseract-ocr-eng")),
                 qPrintable(engine.error().message));

        QVERIFY(QFile::link(QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"),
                            empty.filePath(QStringLiteral("eng.traineddata"))));
        const auto withoutOsd = Engine::create(empty.path());
        QVERIFY(!withoutOsd.ok());
        QVERIFY2(withoutOsd.error().message.contains(QLatin1String("tesseract-ocr-osd")),
                 qPrintable(withoutOsd.error().message));
    }
};

QTEST_MAIN(TestOcrBadInput)
#include "TestOcrBadInput.moc"
