// outpost-bench ocr: the OCR pipeline in process against the `tesseract` command on the same images, in one run.
// Both run with OMP_THREAD_LIMIT=1 (the launcher's setting; outpost-bench re-executes itself to get it).
#include "Benchmarks.h"
#include "Measures.h"

#include "OcrTestSet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace outpost::bench {

namespace {

struct Row {
    QString name;
    double value;
    QString unit;
};

} // namespace

int runOcrBenchmark(const QStringList& arguments)
{
    int cards = 10;
    int pages = 20;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--json"))
            json = true;
        else if (arguments[i] == QLatin1String("--cards") && i + 1 < arguments.size())
            cards = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == QLatin1String("--pages") && i + 1 < arguments.size())
            pages = std::max(1, arguments[++i].toInt());
    }
    const QString threadLimit = qEnvironmentVariable("OMP_THREAD_LIMIT");
    QList<Row> rows;

    QElapsedTimer timer;
    timer.start();
    auto engine = ocr::Engine::create();
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(engine.error().message));
        return 1;
    }
    rows.append({QStringLiteral("Tesseract start (eng + osd)"), double(timer.elapsed()), QStringLiteral("ms")});

    // ID cards and passports: the whole pipeline, fields included.
    std::mt19937_64 random(2026);
    QList<double> cardMs;
    int cardFieldsRight = 0, cardFields = 0;
    for (int i = 0; i < cards; ++i) {
        const ocr::testset::Sample card = ocr::testset::identityDocument(random, i % 2 == 1, i);
        timer.restart();
        auto text = (*engine)->recognise(ocr::SourcePage{card.image, {}, 300}, ocr::DocumentKind::IdCard);
        if (!text) {
            std::fprintf(stderr, "%s\n", qPrintable(text.error().message));
            return 1;
        }
        const QList<ocr::Field> fields = (*engine)->extractFields({*text}, ocr::DocumentKind::IdCard);
        cardMs.append(double(timer.nsecsElapsed()) / 1e6);
        for (const ocr::Field& field : fields) {
            if (card.fields.contains(field.name)) {
                ++cardFields;
                cardFieldsRight += card.fields.value(field.name) == field.value ? 1 : 0;
            }
        }
    }
    std::sort(cardMs.begin(), cardMs.end());
    double cardSum = 0;
    for (double ms : cardMs)
        cardSum += ms;
    rows.append({QStringLiteral("ID card, mean (1011×1436 px, fields)"), cardSum / cards, QStringLiteral("ms")});
    rows.append({QStringLiteral("ID card, slowest"), cardMs.last(), QStringLiteral("ms")});

    // A4 letters at 300 dpi: in process, then the tesseract command on the same PNG files.
    QTemporaryDir dir;
    QList<ocr::testset::Sample> letters;
    QStringList files;
    for (int i = 0; i < pages; ++i) {
        letters.append(ocr::testset::referralLetter(random, i));
        const QString path = dir.filePath(QStringLiteral("page-%1.png").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ocr::testset::encodePng(letters.last().image, 300)) < 0)
            return 1;
        files.append(path);
    }
    timer.restart();
    qsizetype errors = 0, characters = 0;
    for (const ocr::testset::Sample& letter : letters) {
        auto text = (*engine)->recognise(ocr::SourcePage{letter.image, {}, 300}, ocr::DocumentKind::ReferralLetter);
        if (!text) {
            std::fprintf(stderr, "%s\n", qPrintable(text.error().message));
            return 1;
        }
        const QString truth = ocr::testset::foldForComparison(letter.text);
        errors += ocr::testset::editDistance(truth, ocr::testset::foldForComparison(text->text));
        characters += truth.size();
    }
    const double inProcessSeconds = double(timer.nsecsElapsed()) / 1e9;
    rows.append({QStringLiteral("A4 page at 300 dpi, in process"), inProcessSeconds / pages, QStringLiteral("s")});
    rows.append({QStringLiteral("batch of %1 pages, in process").arg(pages), pages / inProcessSeconds,
                 QStringLiteral("pages/s")});
    rows.append({QStringLiteral("CER of the batch, in process"), 100.0 * double(errors) / double(characters),
                 QStringLiteral("%")});

    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    double cliSeconds = -1;
    if (!tesseract.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        timer.restart();
        for (const QString& file : files) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(tesseract,
                          {file, file + QStringLiteral(".cli"), QStringLiteral("-l"), QStringLiteral("eng")});
            if (!process.waitForFinished(120000) || process.exitCode() != 0) {
                std::fprintf(stderr, "tesseract failed on %s\n", qPrintable(file));
                return 1;
            }
        }
        cliSeconds = double(timer.nsecsElapsed()) / 1e9;
        rows.append({QStringLiteral("batch of %1 pages, tesseract command").arg(pages), pages / cliSeconds,
                     QStringLiteral("pages/s")});
        rows.append({QStringLiteral("in process / command (pages/s ratio)"), cliSeconds / inProcessSeconds,
                     QStringLiteral("x")});
    }
    rows.append({QStringLiteral("peak RSS"), peakRssMb(), QStringLiteral("MB")});

    if (json) {
        QJsonArray results;
        for (const Row& row : rows) {
            results.append(QJsonObject{{QStringLiteral("name"), row.name},
                                       {QStringLiteral("value"), row.value},
                                       {QStringLiteral("unit"), row.unit}});
        }
        const QJsonObject document{{QStringLiteral("bench"), QStringLiteral("ocr")},
                                   {QStringLiteral("omp_thread_limit"), threadLimit},
                                   {QStringLiteral("results"), results}};
        std::printf("%s\n", QJsonDocument(document).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("OCR: %d ID cards, %d A4 pages; OMP_THREAD_LIMIT=%s here and for the tesseract command\n", cards, pages,
                threadLimit.isEmpty() ? "(unset)" : qPrintable(threadLimit));
    std::printf("%-44s %12s  %s\n", "measure", "value", "unit");
    for (const Row& row : rows)
        std::printf("%-44s %12.2f  %s\n", qPrintable(row.name), row.value, qPrintable(row.unit));
    std::printf("ID card fields exact: %d of %d proposed\n", cardFieldsRight, cardFields);
    return 0;
}

} // namespace outpost::bench
