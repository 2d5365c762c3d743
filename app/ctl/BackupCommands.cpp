// outpostctl backup export | verify | restore: whole-clinic backups (docs/operations/backup-and-restore.md).
#include "ctl/Arguments.h"
#include "ctl/Command.h"
#include "ctl/Secrets.h"

#include "core/backup/AutomaticBackup.h"
#include "core/backup/BackupService.h"
#include "core/clinic/Clinic.h"
#include "core/crypto/Keyring.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace outpost::ctl {

namespace {

SystemClock g_backupClock;

/// The arguments of one backup action: exactly one positional argument, the backup file.
struct BackupArguments : Arguments {
    BackupArguments(const QStringList& arguments, const QStringList& withValue, const QStringList& flagNames)
        : Arguments(arguments, withValue, flagNames)
    {
        if (error.isEmpty() && positional.size() != 1)
            error = QStringLiteral("Name exactly one backup file.");
    }
};

/// The passphrase or recovery key the options name, as a BackupSecret.
Result<backup::BackupSecret> secretFrom(const BackupArguments& options)
{
    const QString passphraseFile = options.value("--passphrase-file");
    const QString recoveryFile = options.value("--recovery-key-file");
    if (passphraseFile.isEmpty() == recoveryFile.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("Give either --passphrase-file or --recovery-key-file."));
    backup::BackupSecret secret;
    if (!passphraseFile.isEmpty()) {
        auto passphrase = readSecretFile(passphraseFile, QStringLiteral("passphrase"), true);
        if (!passphrase)
            return passphrase.error();
        secret.passphrase = passphrase->text();
        return secret;
    }
    auto text = readSecretFile(recoveryFile, QStringLiteral("recovery key"), true);
    if (!text)
        return text.error();
    auto key = crypto::RecoveryKey::parse(text->text());
    if (!key)
        return key.error();
    secret.recoveryKey = std::move(*key);
    return secret;
}

QString created(const backup::BackupHeader& header)
{
    return QDateTime::fromMSecsSinceEpoch(header.createdMs, QTimeZone::utc()).toString(Qt::ISODate);
}

QString countsLine(const backup::BackupHeader& header)
{
    return QStringLiteral("%1 patients, %2 users, %3 audit events, %4 MB of database")
        .arg(header.rowCount(QStringLiteral("patients")))
        .arg(header.rowCount(QStringLiteral("users")))
        .arg(header.rowCount(QStringLiteral("audit_log")))
        .arg(QString::number(double(header.pageCount) * backup::format::kPageSize / 1e6, 'f', 1));
}

/// Progress on stderr, one line per tenth, so scripts reading stdout are not disturbed.
backup::Progress printedProgress(const QString& what)
{
    auto lastTenth = std::make_shared<int>(-1);
    return [what, lastTenth](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (tenth != *lastTenth) {
            *lastTenth = tenth;
            printErr(QStringLiteral("%1: %2 %").arg(what).arg(tenth * 10));
        }
        return true;
    };
}

int runExport(Context& context, const BackupArguments& options, const Command& self)
{
    if (context.user.trimmed().isEmpty() || context.passwordFile.isEmpty())
        return usageError(self, QStringLiteral("backup export needs --user and --password-file (an admin)."));
    const QString kdfName = options.values.value(QStringLiteral("--kdf"), QStringLiteral("calibrated"));
    if (kdfName != QLatin1String("calibrated") && kdfName != QLatin1String("interactive"))
        return usageError(self, QStringLiteral("--kdf is either calibrated or interactive."));
    auto secret = secretFrom(options);
    if (!secret)
        return usageError(self, secret.error().message);
    auto password = readSecretFile(context.passwordFile, QStringLiteral("password"), true);
    if (!password)
        return usageError(self, password.error().message);
    auto opened =
        clinic::Clinic::open(context.settings.dataDir(), context.user.trimmed(), password->text(), g_backupClock);
    if (!opened)
        return fail(opened.error());
    clinic::Clinic& clinic = **opened;
    if (auto allowed = clinic::require(clinic.session(), auth::Permission::ManageBackups, g_backupClock); !allowed)
        return fail(allowed.error());
    auto key = secret->recoveryKey
                   ? backup::StreamKey::fromRecoveryKey(*secret->recoveryKey)
                   : backup::StreamKey::fromPassphrase(secret->passphrase, kdfName == QLatin1String("interactive")
                                                                               ? crypto::KdfParameters::interactive()
                                                                               : crypto::KdfParameters::calibrated());
    if (!key)
        return fail(key.error());
    const QString file = QFileInfo(options.positional.first()).absoluteFilePath();
    const backup::ExportSource source{
        clinic.database(), clinic.dataKey(), QDir(clinic.dataDir()).filePath(crypto::Keyring::fileName()), {}};
    auto exported = backup::BackupService::exportTo(file, source, *key, g_backupClock,
                                                    printedProgress(QStringLiteral("Exporting")));
    (void)backup::AutomaticBackup::audit(clinic.database(), g_backupClock, &clinic.session(),
                                         exported ? QStringLiteral("backup.export")
                                                  : QStringLiteral("backup.export.failed"),
                                         exported ? QFileInfo(file).fileName() : exported.error().message);
    if (!exported)
        return fail(exported.error());
    printOut(QStringLiteral("Wrote the backup %1 (%2 bytes): %3.")
                 .arg(QDir::toNativeSeparators(file))
                 .arg(exported->fileBytes)
                 .arg(countsLine(exported->header)));
    printOut(QStringLiteral("Check it with: outpostctl backup verify %1 --passphrase-file FILE")
                 .arg(QDir::toNativeSeparators(file)));
    return 0;
}

int runVerify(const BackupArguments& options, const Command& self)
{
    auto secret = secretFrom(options);
    if (!secret)
        return usageError(self, secret.error().message);
    const QString file = options.positional.first();
    auto verified = backup::BackupService::verify(file, *secret, options.value("--scratch-dir"),
                                                  printedProgress(QStringLiteral("Verifying")));
    if (!verified)
        return fail(verified.error());
    printOut(QStringLiteral("The backup %1 is intact: every part authenticated, the database passed SQLite's "
                            "integrity check, and its row counts match the header.")
                 .arg(QDir::toNativeSeparators(file)));
    printOut(QStringLiteral("Made %1 by Outpost %2 (schema %3): %4.")
                 .arg(created(*verified), verified->appVersion)
                 .arg(verified->schemaVersion)
                 .arg(countsLine(*verified)));
    return 0;
}

int runRestore(Context& context, const BackupArguments& options, const Command& self)
{
    const bool replace = options.flags.contains(QStringLiteral("--replace"));
    const QString to = options.value("--to");
    if (replace == !to.isEmpty())
        return usageError(self, QStringLiteral("Give either --to DIR (a new data folder) or --replace (the current "
                                               "data folder, with --yes)."));
    auto secret = secretFrom(options);
    if (!secret)
        return usageError(self, secret.error().message);
    const QString file = options.positional.first();
    if (replace && !options.flags.contains(QStringLiteral("--yes"))) {
        auto header = backup::BackupService::inspect(file);
        if (!header)
            return fail(header.error());
        printErr(QStringLiteral("This replaces the database in %1 with the backup made %2. Everything entered "
                                "after that time will be lost. Close Outpost on this computer, then run again "
                                "with --yes.")
                     .arg(QDir::toNativeSeparators(context.settings.dataDir()), created(*header)));
        return 2;
    }
    auto restored =
        replace ? backup::BackupService::replaceDataFolder(file, *secret, context.settings.dataDir(), g_backupClock,
                                                           printedProgress(QStringLiteral("Restoring")))
                : backup::BackupService::restoreInto(file, *secret, to, g_backupClock,
                                                     printedProgress(QStringLiteral("Restoring")));
    if (!restored)
        return fail(restored.error());
    printOut(QStringLiteral("Restored the backup made %1 into %2: %3.")
                 .arg(created(restored->header),
                      QDir::toNativeSeparators(QDir(replace ? context.settings.dataDir() : to).absolutePath()),
                      countsLine(restored->header)));
    printOut(QStringLiteral("The same users sign in with their passwords; the recovery key of the backup's time "
                            "still works. The restored database has a new device identity: %1.")
                 .arg(restored->deviceId));
    return 0;
}

} // namespace

/// `backup export FILE …`, `backup verify FILE …`, `backup restore FILE …`
int runBackup(Context& context, const QStringList& arguments, const Command& self)
{
    if (arguments.isEmpty())
        return usageError(self, QStringLiteral("backup needs export, verify or restore."));
    const QString& action = arguments.first();
    const QStringList rest = arguments.mid(1);
    const QStringList secrets{QStringLiteral("--passphrase-file"), QStringLiteral("--recovery-key-file")};
    if (action == QLatin1String("export")) {
        const BackupArguments options(rest, secrets + QStringList{QStringLiteral("--kdf")}, {});
        if (!options.error.isEmpty())
            return usageError(self, options.error);
        return runExport(context, options, self);
    }
    if (action == QLatin1String("verify")) {
        const BackupArguments options(rest, secrets + QStringList{QStringLiteral("--scratch-dir")}, {});
        if (!options.error.isEmpty())
            return usageError(self, options.error);
        return runVerify(options, self);
    }
    if (action == QLatin1String("restore")) {
        const BackupArguments options(rest, secrets + QStringList{QStringLiteral("--to")},
                                      {QStringLiteral("--replace"), QStringLiteral("--yes")});
        if (!options.error.isEmpty())
            return usageError(self, options.error);
        return runRestore(context, options, self);
    }
    return usageError(self, QStringLiteral("Unknown backup action \"%1\".").arg(action));
}

} // namespace outpost::ctl
