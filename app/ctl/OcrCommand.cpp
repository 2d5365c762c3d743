#include "ctl/Command.h"

#include "ocr/Ocr.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace outpost::ctl {

namespace {

QJsonObject fieldJson(const ocr::Field& field)
{
    return {{QStringLiteral("name"), field.name},
            {QStringLiteral("value"), field.value},
            {QStringLiteral("confidence"), std::round(field.confidence * 10) / 10},
            {QStringLiteral("validated"), field.validated},
            {QStringLiteral("page"), field.page + 1},
            {QStringLiteral("box"), QJsonArray{field.box.x(), field.box.y(), field.box.width(), field.box.height()}}};
}

QJsonObject pageJson(const ocr::PageText& page, int number)
{
    return {{QStringLiteral("page"), number},
            {QStringLiteral("text"), page.text},
            {QStringLiteral("mean_confidence"), std::round(page.meanConfidence * 10) / 10},
            {QStringLiteral("rotation"), page.rotation},
            {QStringLiteral("from_text_layer"), page.fromTextLayer},
            {QStringLiteral("words"), int(page.words.size())},
            {QStringLiteral("width"), page.image.width()},
            {QStringLiteral("height"), page.image.height()},
            {QStringLiteral("ms"), page.millis}};
}

} // namespace

/// `outpostctl ocr FILE [--kind K] [--json]`: runs the OCR pipeline on one file; needs no data folder.
int runOcr(Context& /*context*/, const QStringList& arguments, const Command& self)
{
    QString file;
    ocr::DocumentKind kind = ocr::DocumentKind::Other;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--kind")) {
            if (i + 1 >= arguments.size())
                return usageError(self, QStringLiteral("--kind needs a value."));
            const auto parsed = ocr::kindFromName(arguments[++i]);
            if (!parsed)
                return usageError(self, QStringLiteral("Unknown kind \"%1\".").arg(arguments[i]));
            kind = *parsed;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(self, QStringLiteral("Unknown option \"%1\".").arg(argument));
        } else if (file.isEmpty()) {
            file = argument;
        } else {
            return usageError(self, QStringLiteral("Only one FILE at a time."));
        }
    }
    if (file.isEmpty())
        return usageError(self, QStringLiteral("Which file? Give the path of a scan or PDF."));

    QElapsedTimer total;
    total.start();
    auto pages = ocr::loadPages(file);
    if (!pages)
        return fail(pages.error());
    const qint64 loadMs = total.elapsed();
    auto engine = ocr::Engine::create();
    if (!engine)
        return fail(engine.error());
    const qint64 initMs = total.elapsed() - loadMs;
    auto texts = (*engine)->recogniseAll(*pages, kind);
    if (!texts)
        return fail(texts.error());
    const qint64 recogniseMs = total.elapsed() - loadMs - initMs;
    const QList<ocr::Field> fields = (*engine)->extractFields(*texts, kind);

    if (json) {
        QJsonArray pageArray, fieldArray;
        for (int i = 0; i < texts->size(); ++i)
            pageArray.append(pageJson(texts->at(i), i + 1));
        for (const ocr::Field& field : fields)
            fieldArray.append(fieldJson(field));
        const QJsonObject document{
            {QStringLiteral("file"), QFileInfo(file).fileName()},
            {QStringLiteral("kind"), ocr::kindName(kind)},
            {QStringLiteral("pages"), pageArray},
            {QStringLiteral("fields"), fieldArray},
            {QStringLiteral("omp_thread_limit"), qEnvironmentVariable("OMP_THREAD_LIMIT")},
            {QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("load"), loadMs},
                                                       {QStringLiteral("init"), initMs},
                                                       {QStringLiteral("recognise"), recogniseMs},
                                                       {QStringLiteral("total"), total.elapsed()}}}};
        printOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (int i = 0; i < texts->size(); ++i) {
        const ocr::PageText& page = texts->at(i);
        printOut(QStringLiteral("== Page %1 of %2 (%3, confidence %4, rotated %5°, %6 ms)")
                     .arg(i + 1)
                     .arg(texts->size())
                     .arg(page.fromTextLayer ? QStringLiteral("text layer") : QStringLiteral("OCR"))
                     .arg(page.meanConfidence, 0, 'f', 0)
                     .arg(page.rotation)
                     .arg(page.millis));
        printOut(page.text.trimmed());
    }
    printOut(QStringLiteral("== Fields (proposals: confirm each before use)"));
    if (fields.isEmpty())
        printOut(QStringLiteral("(none found)"));
    for (const ocr::Field& field : fields) {
        printOut(QStringLiteral("%1 = %2  (confidence %3%4)")
                     .arg(field.name, field.value)
                     .arg(field.confidence, 0, 'f', 0)
                     .arg(field.validated ? QStringLiteral(", validated") : QString()));
    }
    printOut(QStringLiteral("== Timings: load %1 ms, Tesseract start %2 ms, recognition %3 ms, total %4 ms")
                 .arg(loadMs)
                 .arg(initMs)
                 .arg(recogniseMs)
                 .arg(total.elapsed()));
    return 0;
}

} // namespace outpost::ctl
