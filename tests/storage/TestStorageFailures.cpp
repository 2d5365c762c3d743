#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

namespace {

/// Drops, for this thread, the capabilities that let root ignore file permissions (so chmod bites
/// in CI, which runs as root), and restores them when it goes away.
class WithoutFileOverrides
{
public:
    WithoutFileOverrides()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        for (int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            reduced[capability / 32].effective &= ~(1u << (capability % 32));
        m_active = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutFileOverrides()
    {
        if (m_active)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutFileOverrides(const WithoutFileOverrides&) = delete;
    WithoutFileOverrides& operator=(const WithoutFileOverrides&) = delete;

    /// True when file permissions now apply to this thread (always for a user who is not root).
    bool effective() const { return m_active || geteuid() != 0; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_active = false;
};

} // namespace

/// The failures a clinic meets in practice end as plain sentences and lose nothing already saved:
/// a full disk, a read-only or unreadable folder, a crash in the middle of a rollback-journal commit.
class TestStorageFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_counter));
        QDir().mkpath(folder);
        return folder;
    }

    static QString keyHex()
    {
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(testKey().data()), 32).toHex());
    }

    static DatabaseOptions items()
    {
        DatabaseOptions options;
        options.migrations.push_back(Migration::sql(
            1, QStringLiteral("items"), QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, text TEXT)")));
        return options;
    }

    static QByteArray runChild(const QStringList& arguments)
    {
        QProcess child;
        child.start(QStringLiteral(OUTPOST_STORAGE_CHILD), arguments);
        if (!child.waitForFinished(60000))
            return "timed out";
        return child.readAllStandardOutput() + child.readAllStandardError();
    }

    static int count(Database& database, const QString& sql)
    {
        auto reader = database.beginRead();
        auto value = reader->connection().queryValue(sql);
        return value ? value->toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFullDiskFailsOnlyTheTransactionThatDidNotFit()
    {
        const QString path = freshFolder() + QStringLiteral("/clinic.db");
        {
            auto database = Database::create(path, testKey(), items());
            QVERIFY(database.ok());
            QVERIFY((*database)
                        ->write([](Connection& c) {
                            return c.execute(QStringLiteral("INSERT INTO items(text) SELECT 'saved before' FROM "
                                                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                                            "FROM n WHERE i < 50) SELECT i FROM n)"));
                        })
                        .ok());
        }
        const qint64 limit = QFileInfo(path).size() + 64 * 1024;
        const QByteArray output = runChild({QStringLiteral("disk-full"), path, keyHex(), QString::number(limit)});
        const QByteArray expected = QByteArray("big: ") + QByteArray::number(int(ErrorCode::DiskFull));
        QVERIFY2(output.contains(QByteArray(expected + " The disk is full.")), output.constData());
        QVERIFY2(output.contains("small: ok"), output.constData());

        auto reopened = Database::open(path, testKey(), items());
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->verify().ok());
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM items WHERE text = 'saved before'")), 50);
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM items WHERE text = 'small'")), 1);
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM items")), 51);
    }

    void aFolderOrFileOutpostMayNotUseIsPermissionDenied_data()
    {
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<int>("fileMode");
        QTest::newRow("a read-only folder") << 0555 << 0644;
        QTest::newRow("a read-only database file") << 0755 << 0444;
        QTest::newRow("an unreadable database file") << 0755 << 0000;
        QTest::newRow("a folder that cannot be entered") << 0600 << 0644;
    }

    void aFolderOrFileOutpostMayNotUseIsPermissionDenied()
    {
        QFETCH(int, folderMode);
        QFETCH(int, fileMode);
        const QString folder = freshFolder();
        const QString path = folder + QStringLiteral("/clinic.db");
        Database::create(path, testKey(), items()).value()->close();
        const QByteArray before = readFile(path);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)), 0);
        Result<std::unique_ptr<Database>> opened = makeError(ErrorCode::Failure, QString());
        bool enforced = false;
        {
            WithoutFileOverrides unprivileged;
            enforced = unprivileged.effective();
            if (enforced)
                opened = Database::open(path, testKey(), items());
        }
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        ::chmod(QFile::encodeName(path).constData(), 0644);
        if (!enforced)
            QSKIP("running as root without the right to drop CAP_DAC_OVERRIDE: file permissions cannot be tested");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(opened.error().message.contains(QLatin1String("permission denied")),
                 qPrintable(opened.error().message));
        QCOMPARE(readFile(path), before);
        QVERIFY(Database::open(path, testKey(), items()).ok());
    }

    void aHotRollbackJournalIsPlayedBack()
    {
        const QString path = freshFolder() + QStringLiteral("/journal.db");
        QString original;
        {
            RawConnection db(path, testKey(), "DELETE");
            QVERIFY(db.ok());
            QVERIFY(db.exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT);"
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                            "INSERT INTO people(name) SELECT 'Patient ' || i || ' ' || hex(randomblob(30)) FROM n"));
            original = db.value("SELECT group_concat(name) FROM people");
        }
        const QByteArray before = readFile(path);
        const QByteArray output = runChild({QStringLiteral("hot-journal"), path, keyHex()});
        QVERIFY2(output.contains("spilled"), output.constData());
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > page::kSize);
        QVERIFY(readFile(path) != before); // the dead transaction had already overwritten pages

        auto opened = Database::open(path, testKey());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QVERIFY((*opened)->verify().ok());
        auto reader = (*opened)->beginRead();
        QCOMPARE(reader->connection().queryValue(QStringLiteral("SELECT group_concat(name) FROM people"))->toString(),
                 original);
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "TestStorageFailures.moc"
