// The pipeline's steps a user notices: multi-page TIFF and PDF pages, a PDF's own text layer, sideways and skewed
// scans read upright, progress, and word boxes that land on the stored page image.
#include "OcrTestSet.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace outpost;
using namespace outpost::ocr;

class TestOcrPipeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    testset::Sample m_card;

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = Engine::create();
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        m_engine = std::move(*engine);
        std::mt19937_64 random(42);
        m_card = testset::identityDocument(random, false, 0);
    }

    void kindsRoundTripByName()
    {
        for (DocumentKind kind : {DocumentKind::IdCard, DocumentKind::InsuranceCard, DocumentKind::ReferralLetter,
                                  DocumentKind::LabReport, DocumentKind::Other})
            QCOMPARE(kindFromName(kindName(kind)), kind);
        QCOMPARE(kindName(DocumentKind::IdCard), QStringLiteral("id_card"));
        QVERIFY(!kindFromName(QStringLiteral("passport")));
    }

    void aMultiPageTiffGivesEveryPage()
    {
        if (!QImageWriter::supportedImageFormats().contains("tiff"))
            QSKIP("Qt's TIFF plugin is missing (qt6-image-formats-plugins, installed by ./dev setup)");
        const QString tiffcp = QStandardPaths::findExecutable(QStringLiteral("tiffcp"));
        if (tiffcp.isEmpty())
            QSKIP("tiffcp is missing (libtiff-tools, installed by ./dev setup): Qt writes single-page TIFFs only");
        QTemporaryDir dir;
        QImage second = m_card.image.scaled(m_card.image.size() / 2);
        QVERIFY(m_card.image.save(dir.filePath(QStringLiteral("1.tif")), "tiff"));
        QVERIFY(second.save(dir.filePath(QStringLiteral("2.tif")), "tiff"));
        const QString both = dir.filePath(QStringLiteral("both.tif"));
        QCOMPARE(QProcess::execute(
                     tiffcp, {dir.filePath(QStringLiteral("1.tif")), dir.filePath(QStringLiteral("2.tif")), both}),
                 0);
        const auto pages = loadPages(both);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
        QCOMPARE(pages->size(), 2);
        QCOMPARE(pages->at(0).image.size(), m_card.image.size());
        QCOMPARE(pages->at(1).image.size(), second.size());
    }

    void aPdfKeepsItsTextLayerAndScansAreRenderedAt300Dpi()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 12));
        painter.drawText(300, 400, QStringLiteral("Discharge summary for the referring clinic"));
        writer.newPage();
        painter.drawImage(QRect(200, 200, m_card.image.width(), m_card.image.height()), m_card.image); // a scan
        painter.end();

        const auto pages = loadPages(bytes, QStringLiteral("mixed.pdf"));
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
        QCOMPARE(pages->size(), 2);
        QVERIFY(pages->at(0).textLayer.contains(QLatin1String("Discharge summary")));
        QVERIFY(pages->at(1).textLayer.isEmpty());
        QCOMPARE(pages->at(1).dpi, 300);
        QVERIFY(qAbs(pages->at(1).image.width() - 2480) <= 2); // A4 at 300 dpi

        const auto texts = m_engine->recogniseAll(*pages, DocumentKind::Other);
        QVERIFY(texts.ok());
        QVERIFY(texts->at(0).fromTextLayer);
        QVERIFY(!texts->at(1).fromTextLayer);
        QVERIFY(texts->at(1).text.contains(m_card.fields.value(QStringLiteral("document_number"))));
    }

    void sidewaysAndSkewedScansAreReadUpright_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::newRow("turned a quarter clockwise") << 90;
        QTest::newRow("upside down") << 180;
        QTest::newRow("skewed by 7°") << 7;
    }

    void sidewaysAndSkewedScansAreReadUpright()
    {
        QFETCH(int, degrees);
        std::mt19937_64 random(9);
        const testset::Sample letter = testset::referralLetter(random, 0);
        QTransform turn;
        turn.rotate(degrees);
        QImage turned(turn.mapRect(QRectF(letter.image.rect())).toAlignedRect().size(), QImage::Format_RGB32);
        turned.fill(Qt::white);
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(-turn.mapRect(QRectF(letter.image.rect())).topLeft());
        painter.setTransform(turn, true);
        painter.drawImage(0, 0, letter.image);
        painter.end();

        const auto text = m_engine->recognise(SourcePage{turned, {}, 300}, DocumentKind::ReferralLetter);
        QVERIFY(text.ok());
        const double cer = testset::characterErrorRate(letter.text, text->text);
        qInfo("%d°: read with rotation %d, CER %.2f %%", degrees, text->rotation, cer * 100);
        QVERIFY2(cer < 0.05, qPrintable(QStringLiteral("CER %1").arg(cer)));
        // Upside down must be turned; a quarter turn is often read directly by Tesseract's layout analysis, which
        // finds vertical lines (then the stored image stays as scanned).
        if (degrees == 180)
            QCOMPARE(text->rotation, 180);
        if (degrees == 90)
            QVERIFY(text->rotation == 0 || text->rotation == 270);
    }

    void progressRisesToOneHundred()
    {
        QList<int> percents;
        Progress progress;
        progress.report = [&](int, int, int percent) { percents.append(percent); };
        const auto texts = m_engine->recogniseAll(
            {SourcePage{m_card.image, {}, 300}, SourcePage{m_card.image, {}, 300}}, DocumentKind::IdCard, progress);
        QVERIFY(texts.ok());
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    }

    void wordBoxesAndFieldBoxesLieOnTheStoredImage()
    {
        const auto text = m_engine->recognise(SourcePage{m_card.image, {}, 300}, DocumentKind::IdCard);
        QVERIFY(text.ok());
        QCOMPARE(text->image.format(), QImage::Format_Grayscale8);
        QVERIFY(!text->words.isEmpty());
        for (const Word& word : text->words)
            QVERIFY(text->image.rect().contains(word.box));
        const QList<Field> fields = m_engine->extractFields({*text}, DocumentKind::IdCard);
        bool sawNumber = false;
        for (const Field& field : fields) {
            QVERIFY2(field.confidence > 0 && field.confidence <= 100, qPrintable(field.name));
            if (field.name == QLatin1String("document_number")) {
                sawNumber = true;
                QVERIFY(field.validated);
                QVERIFY(!field.box.isEmpty());
                QVERIFY(text->image.rect().contains(field.box));
            }
        }
        QVERIFY(sawNumber);
    }

    void anEmptyPageIsAnErrorNotACrash()
    {
        const auto text = m_engine->recognise(SourcePage{}, DocumentKind::Other);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, ErrorCode::Damaged);
        QImage blank(800, 600, QImage::Format_Grayscale8);
        blank.fill(255);
        const auto nothing = m_engine->recognise(SourcePage{blank, {}, 300}, DocumentKind::Other);
        QVERIFY(nothing.ok());
        QVERIFY(nothing->text.trimmed().isEmpty());
        QVERIFY(m_engine->extractFields({*nothing}, DocumentKind::Other).isEmpty());
    }
};

QTEST_MAIN(TestOcrPipeline)
#include "TestOcrPipeline.moc"
