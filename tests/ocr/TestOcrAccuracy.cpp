// Accuracy of the OCR pipeline on the generated test set: CER and field exact match on clean images (asserted),
// and the same figures on degraded copies (printed). Set OUTPOST_OCR_DUMP=DIR to keep the images and the text.
#include "OcrTestSet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace outpost::ocr;

namespace {

constexpr quint64 kSeed = 20261126;
const char* const kCheckedFields[] = {"given_name", "family_name", "birth_date", "document_number"};

/// Pooled figures over a set of samples.
struct Score {
    qsizetype errors = 0;
    qsizetype characters = 0;
    int fieldsRight = 0;
    int fieldsTotal = 0;
    int accentedRight = 0; ///< names with diacritics, which Tesseract's "eng" model often drops
    int accentedTotal = 0;
    QStringList misses;

    double cer() const { return characters == 0 ? 0 : double(errors) / double(characters); }
    double fieldRate() const { return fieldsTotal == 0 ? 1 : double(fieldsRight) / fieldsTotal; }
};

} // namespace

class TestOcrAccuracy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;
    QString m_dump;

    /// Runs one sample through the whole pipeline, from PNG bytes to proposed fields, and adds it to @p score.
    void measure(const testset::Sample& sample, Score& score)
    {
        auto pages = loadPages(testset::encodePng(sample.image, sample.dpi), sample.id + QStringLiteral(".png"));
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
        auto texts = m_engine->recogniseAll(*pages, sample.kind);
        QVERIFY2(texts.ok(), qPrintable(texts.ok() ? QString() : texts.error().message));
        QString text;
        for (const PageText& page : *texts)
            text += page.text;
        const QString truth = testset::foldForComparison(sample.text);
        score.errors += testset::editDistance(truth, testset::foldForComparison(text));
        score.characters += truth.size();
        const QList<Field> fields = m_engine->extractFields(*texts, sample.kind);
        QString report;
        for (const char* name : kCheckedFields) {
            const QString key = QLatin1String(name);
            if (!sample.fields.contains(key))
                continue;
            ++score.fieldsTotal;
            QString proposed;
            for (const Field& field : fields) {
                if (field.name == key)
                    proposed = field.value;
            }
            const QString expected = sample.fields.value(key);
            const bool accented = expected.normalized(QString::NormalizationForm_D) != expected;
            if (accented)
                ++score.accentedTotal;
            if (proposed == expected) {
                if (accented)
                    ++score.accentedRight;
                ++score.fieldsRight;
            } else {
                score.misses.append(QStringLiteral("%1 %2").arg(sample.id, key));
                report += QStringLiteral("MISS %1: expected \"%2\" got \"%3\"\n")
                              .arg(key, sample.fields.value(key), proposed);
            }
        }
        if (!m_dump.isEmpty()) {
            sample.image.save(QDir(m_dump).filePath(sample.id + QStringLiteral(".png")));
            QFile out(QDir(m_dump).filePath(sample.id + QStringLiteral(".txt")));
            if (out.open(QIODevice::WriteOnly)) {
                QString mrz;
                for (const PageText& page : *texts) {
                    mrz += QStringLiteral("box %1,%2 %3x%4 of %5x%6\n")
                               .arg(page.mrzBox.x())
                               .arg(page.mrzBox.y())
                               .arg(page.mrzBox.width())
                               .arg(page.mrzBox.height())
                               .arg(page.image.width())
                               .arg(page.image.height());
                    mrz += page.mrzLines.join(u'\n');
                    if (page.mrzBox.isValid())
                        page.image.copy(page.mrzBox)
                            .save(QDir(m_dump).filePath(sample.id + QStringLiteral("-mrz.png")));
                }
                QString fieldText;
                for (const Field& field : fields)
                    fieldText += QStringLiteral("%1 = %2 (%3%4)\n")
                                     .arg(field.name, field.value)
                                     .arg(field.confidence, 0, 'f', 0)
                                     .arg(field.validated ? QStringLiteral(", validated") : QString());
                out.write(QStringLiteral("CER %1\n--- truth\n%2\n--- ocr\n%3\n--- mrz\n%4\n--- fields\n%5%6")
                              .arg(testset::characterErrorRate(sample.text, text))
                              .arg(sample.text, text, mrz, fieldText, report)
                              .toUtf8());
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = Engine::create();
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        m_engine = std::move(*engine);
        m_dump = qEnvironmentVariable("OUTPOST_OCR_DUMP");
        if (!m_dump.isEmpty())
            QDir().mkpath(m_dump);
    }

    void theSameSeedRendersTheSameSet()
    {
        const auto first = testset::cleanSet(kSeed, 2, 0);
        const auto second = testset::cleanSet(kSeed, 2, 0);
        QCOMPARE(first.size(), second.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].text, second[i].text);
            QCOMPARE(first[i].image, second[i].image);
        }
    }

    void cleanDocumentsAreReadAccurately()
    {
        const QList<testset::Sample> samples = testset::cleanSet(kSeed, 14, 2);
        QHash<DocumentKind, Score> byKind;
        Score all;
        QElapsedTimer timer;
        timer.start();
        for (const testset::Sample& sample : samples) {
            Score one;
            measure(sample, one);
            if (QTest::currentTestFailed())
                return;
            for (Score* score : {&all, &byKind[sample.kind]}) {
                score->errors += one.errors;
                score->characters += one.characters;
                score->fieldsRight += one.fieldsRight;
                score->fieldsTotal += one.fieldsTotal;
                score->accentedRight += one.accentedRight;
                score->accentedTotal += one.accentedTotal;
                score->misses += one.misses;
            }
        }
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            qInfo("clean %-16s CER %5.2f %%  fields %d/%d", qPrintable(kindName(it.key())), it->cer() * 100,
                  it->fieldsRight, it->fieldsTotal);
        }
        qInfo("clean set: %lld documents, CER %.2f %%, field exact match %.1f %% (%d/%d), %.1f s",
              qlonglong(samples.size()), all.cer() * 100, all.fieldRate() * 100, all.fieldsRight, all.fieldsTotal,
              timer.elapsed() / 1000.0);
        qInfo("names with diacritics: %d/%d exact", all.accentedRight, all.accentedTotal);
        if (!all.misses.isEmpty())
            qInfo("missed fields: %s", qPrintable(all.misses.join(QStringLiteral(", "))));
        QVERIFY2(all.cer() <= 0.02, qPrintable(QStringLiteral("CER %1 %").arg(all.cer() * 100)));
        QVERIFY2(all.fieldRate() >= 0.95, qPrintable(QStringLiteral("field match %1 %").arg(all.fieldRate() * 100)));
    }

    void degradedFiguresArePrinted()
    {
        // Two ID cards and two passports, each degraded five ways; figures only (no threshold).
        std::mt19937_64 random(kSeed + 1);
        QList<testset::Sample> originals;
        for (int i = 0; i < 4; ++i)
            originals.append(testset::identityDocument(random, i % 2 == 1, 100 + i));
        for (testset::Degradation degradation : testset::kDegradations) {
            Score score;
            for (const testset::Sample& original : originals) {
                measure(testset::degrade(original, degradation, random), score);
                if (QTest::currentTestFailed())
                    return;
            }
            qInfo("degraded %-10s CER %5.2f %%  field exact match %5.1f %% (%d/%d)",
                  qPrintable(testset::degradationName(degradation)), score.cer() * 100, score.fieldRate() * 100,
                  score.fieldsRight, score.fieldsTotal);
        }
    }
};

QTEST_MAIN(TestOcrAccuracy)
#include "TestOcrAccuracy.moc"
