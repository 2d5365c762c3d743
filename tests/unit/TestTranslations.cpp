#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// Every translation catalogue holds exactly the strings the sources use, each one translated:
/// a fresh lupdate of qml/, core/, ocr/ and documents/ is compared with translations/outpost_<lang>.ts.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Catalogue {
        QSet<QString> messages;   ///< "context|source|comment"
        QStringList untranslated; ///< unfinished, vanished or obsolete, or empty
        bool ok = false;
    };

    static Catalogue read(const QString& path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString key = context + QLatin1Char('|') + source + QLatin1Char('|') + comment;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = numerus ? QString() : xml.readElementText(QXmlStreamReader::IncludeChildElements);
                catalogue.messages.insert(key);
                if (!type.isEmpty() || (!numerus && text.isEmpty()))
                    catalogue.untranslated
                        << QStringLiteral("%1 (%2)").arg(key, type.isEmpty() ? QStringLiteral("empty") : type);
            }
        }
        catalogue.ok = !xml.hasError();
        return catalogue;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "no temporary folder");
        QStringList sources;
        // The UI, and the core's sentences for people (CoreText::tr in core/, ocr/ and documents/).
        for (const char* folder : {"/qml", "/core", "/ocr", "/documents"}) {
            QDirIterator it(QStringLiteral(OUTPOST_SOURCE_DIR) + QLatin1String(folder),
                            {QStringLiteral("*.qml"), QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QVERIFY(!sources.isEmpty());
        QFile list(m_dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       // The include path lets lupdate see that CoreText lives in namespace outpost.
                       QStringLiteral("-I"), QStringLiteral(OUTPOST_SOURCE_DIR), QStringLiteral("@") + list.fileName(),
                       QStringLiteral("-ts"), fresh()});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const Catalogue catalogue = read(fresh());
        QVERIFY(catalogue.ok);
        QVERIFY2(catalogue.messages.size() > 50, "lupdate found almost no strings: is the source folder right?");
    }

    void everyCatalogueMatchesTheSources_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "fr", "es", "de", "ar"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyCatalogueMatchesTheSources()
    {
        QFETCH(QString, language);
        const Catalogue expected = read(fresh());
        const Catalogue actual = read(QStringLiteral(OUTPOST_SOURCE_DIR "/translations/outpost_%1.ts").arg(language));
        QVERIFY2(actual.ok, "the catalogue is missing or not valid XML");
        const QSet<QString> missing = expected.messages - actual.messages;
        const QSet<QString> extra = actual.messages - expected.messages;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) missing, e.g. %2. Run the "
                                                              "update_translations target and translate them.")
                                                   .arg(missing.size())
                                                   .arg(first(missing))));
        QVERIFY2(
            extra.isEmpty(),
            qPrintable(
                QStringLiteral("%1 string(s) no longer in the sources, e.g. %2").arg(extra.size()).arg(first(extra))));
        QVERIFY2(actual.untranslated.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. %2")
                                                               .arg(actual.untranslated.size())
                                                               .arg(actual.untranslated.value(0))));
    }

private:
    // QVERIFY2 builds its message even when the check passes, so this must cope with an empty set.
    static QString first(const QSet<QString>& set) { return set.isEmpty() ? QString() : *set.cbegin(); }
    QString fresh() const { return m_dir.filePath(QStringLiteral("fresh_en.ts")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
