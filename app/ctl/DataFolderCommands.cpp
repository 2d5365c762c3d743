// outpostctl commands on the encrypted data folder: init, check, passwd, rotate-key,
// unlock-with-recovery-key, add-user and remove-user.
#include "ctl/Command.h"
#include "ctl/Secrets.h"

#include "core/auth/Role.h"
#include "core/clinic/AuditLog.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/UserDirectory.h"
#include "core/Clock.h"
#include "core/crypto/KdfParameters.h"
#include "core/crypto/RecoveryKey.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace outpost::ctl {

namespace {

/// The command's "--name value" options; anything else is a usage error.
struct Options {
    QHash<QString, QString> values;
    QString error;

    Options(const QStringList& arguments, const QStringList& allowed)
    {
        for (qsizetype i = 0; i < arguments.size(); i += 2) {
            const QString& name = arguments[i];
            if (!allowed.contains(name)) {
                error = QStringLiteral("Unknown option \"%1\".").arg(name);
                return;
            }
            if (i + 1 >= arguments.size()) {
                error = QStringLiteral("%1 needs a value.").arg(name);
                return;
            }
            values.insert(name, arguments[i + 1]);
        }
    }
    QString value(const char* name) const { return values.value(QLatin1String(name)); }
};

const SystemClock g_clock;

storage::DataFolder dataFolder(const Context& context)
{
    return storage::DataFolder(context.settings.dataDir(), clinic::clinicMigrations(), g_clock);
}

/// The keyring commands act for the whole clinic: they are an admin's. Refuses (PermissionDenied)
/// when the users table names @p user with another role or as disabled, or does not name them once
/// the clinic has users (a key slot alone makes no one an admin). Before the first login the table
/// is empty and the only slot is the one init made for the first admin.
Result<void> requireAdmin(storage::Database& database, const QString& user)
{
    return database.read([&](storage::Connection& reader) -> Result<void> {
        auto record = clinic::UserDirectory::findByName(reader, user);
        if (!record)
            return record.error();
        if (record->has_value()) {
            if (auth::allows((*record)->role, auth::Permission::ManageUsers) && !(*record)->disabled)
                return {};
        } else {
            auto everyone = clinic::UserDirectory::all(reader);
            if (!everyone)
                return everyone.error();
            if (everyone->empty())
                return {};
        }
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("Permission denied: only an active admin may change the clinic's key slots."));
    });
}

/// One audit row for a keyring change, in the name of the user who made it.
Result<void> audit(storage::Database& database, const QString& user, const QString& action, const QString& detail)
{
    return database.write([&](storage::Connection& writer) {
        return clinic::AuditLog::append(writer, g_clock, nullptr, action, {}, detail, user.trimmed());
    });
}

/// One audit row for a change the keyring has already taken: unlocks the database with --user's
/// (possibly new) @p password first.
Result<void> auditAfter(const Context& context, const QString& password, const QString& action, const QString& detail)
{
    auto database = dataFolder(context).unlock(context.user, password);
    if (!database)
        return database.error();
    return audit(**database, context.user, action, detail);
}

/// Unlocks the database with --user's slot and refuses unless they are an admin (requireAdmin).
Result<std::unique_ptr<storage::Database>> unlockAsAdmin(const Context& context, const QString& password)
{
    auto database = dataFolder(context).unlock(context.user, password);
    if (!database)
        return database.error();
    if (auto allowed = requireAdmin(**database, context.user); !allowed)
        return allowed.error();
    return database;
}

/// The global --user and the first line of --password-file, or a usage error for @p self.
Result<SecretText> signInPassword(const Context& context, const Command& self)
{
    if (context.user.isEmpty() || context.passwordFile.isEmpty()) {
        return makeError(ErrorCode::Usage,
                         QStringLiteral("%1 needs the global options --user and --password-file.").arg(self.name));
    }
    return readSecretFile(context.passwordFile, QStringLiteral("password"), true);
}

void printRecoveryKey(const crypto::RecoveryKey& key)
{
    const SecretText line(QStringLiteral("Recovery key: ") + key.text());
    printOut(QString());
    printOut(line.text());
    printOut(QString());
    printOut(QStringLiteral("This recovery key is shown only this once. Write it down or print it and keep it away "
                            "from this computer:\nwith it anyone can open the database, and without it a forgotten "
                            "password cannot be reset."));
}

} // namespace

/// `init --clinic NAME --admin USER --password-file F [--kdf calibrated|interactive]`
int runInit(Context& context, const QStringList& arguments, const Command& self)
{
    const Options options(arguments, {QStringLiteral("--clinic"), QStringLiteral("--admin"),
                                      QStringLiteral("--password-file"), QStringLiteral("--kdf")});
    if (!options.error.isEmpty())
        return usageError(self, options.error);
    const QString passwordFile = options.values.value(QStringLiteral("--password-file"), context.passwordFile);
    if (options.value("--clinic").trimmed().isEmpty() || options.value("--admin").trimmed().isEmpty() ||
        passwordFile.isEmpty())
        return usageError(self, QStringLiteral("init needs --clinic, --admin and --password-file."));
    const QString kdfName = options.values.value(QStringLiteral("--kdf"), QStringLiteral("calibrated"));
    if (kdfName != QLatin1String("calibrated") && kdfName != QLatin1String("interactive"))
        return usageError(self, QStringLiteral("--kdf is either calibrated or interactive."));
    auto password = readSecretFile(passwordFile, QStringLiteral("password"), true);
    if (!password)
        return usageError(self, password.error().message);

    storage::DataFolder folder = dataFolder(context);
    const crypto::KdfParameters kdf = kdfName == QLatin1String("interactive") ? crypto::KdfParameters::interactive()
                                                                              : crypto::KdfParameters::calibrated();
    const auto recoveryKey = folder.init(options.value("--clinic"), options.value("--admin"), password->text(), kdf);
    if (!recoveryKey)
        return fail(recoveryKey.error());
    printOut(QStringLiteral("Created an encrypted Outpost database for \"%1\" in %2, with %3 as its first user.")
                 .arg(options.value("--clinic").trimmed(), QDir::toNativeSeparators(folder.directory()),
                      options.value("--admin").trimmed()));
    printRecoveryKey(*recoveryKey);
    return 0;
}

/// `--user U --password-file F check`
int runCheck(Context& context, const QStringList& arguments, const Command& self)
{
    if (!arguments.isEmpty())
        return usageError(self, QStringLiteral("Unknown option \"%1\".").arg(arguments.first()));
    auto password = signInPassword(context, self);
    if (!password)
        return usageError(self, password.error().message);
    storage::DataFolder folder = dataFolder(context);
    auto database = folder.unlock(context.user, password->text());
    if (!database)
        return fail(database.error());
    if (auto verified = (*database)->verify(); !verified)
        return fail(verified.error());
    printOut(QStringLiteral("The database %1 is intact: every page authenticated and the integrity check passed.")
                 .arg(QDir::toNativeSeparators(folder.databasePath())));
    if (const auto clinic = storage::DataFolder::clinicName(**database); clinic && !clinic->isEmpty())
        printOut(QStringLiteral("Clinic: %1").arg(*clinic));
    return 0;
}

/// `--user U --password-file F passwd --new-password-file F`
int runPasswd(Context& context, const QStringList& arguments, const Command& self)
{
    const Options options(arguments, {QStringLiteral("--new-password-file")});
    if (!options.error.isEmpty())
        return usageError(self, options.error);
    if (options.value("--new-password-file").isEmpty())
        return usageError(self, QStringLiteral("passwd needs --new-password-file."));
    auto password = signInPassword(context, self);
    if (!password)
        return usageError(self, password.error().message);
    auto newPassword = readSecretFile(options.value("--new-password-file"), QStringLiteral("password"), true);
    if (!newPassword)
        return usageError(self, newPassword.error().message);
    if (auto changed = dataFolder(context).changePassword(context.user, password->text(), newPassword->text());
        !changed)
        return fail(changed.error());
    if (auto audited =
            auditAfter(context, newPassword->text(), QStringLiteral("user.password_change"), context.user.trimmed());
        !audited)
        return fail(audited.error());
    printOut(QStringLiteral("The password of %1 has been changed.").arg(context.user.trimmed()));
    return 0;
}

/// `--user U --password-file F rotate-key`
int runRotateKey(Context& context, const QStringList& arguments, const Command& self)
{
    if (!arguments.isEmpty())
        return usageError(self, QStringLiteral("Unknown option \"%1\".").arg(arguments.first()));
    auto password = signInPassword(context, self);
    if (!password)
        return usageError(self, password.error().message);
    if (auto admin = unlockAsAdmin(context, password->text()); !admin)
        return fail(admin.error());
    auto rotation = dataFolder(context).rotateKey(context.user, password->text());
    if (!rotation)
        return fail(rotation.error());
    if (auto audited = auditAfter(context, password->text(), QStringLiteral("key.rotate"),
                                  QStringLiteral("%1 key slot(s) dropped").arg(rotation->droppedUsers.size()));
        !audited)
        return fail(audited.error());
    printOut(QStringLiteral("The database is now encrypted under a new data key. The old recovery key no longer "
                            "works; here is the new one."));
    printRecoveryKey(rotation->recoveryKey);
    if (!rotation->droppedUsers.isEmpty()) {
        printOut(QString());
        printOut(QStringLiteral("These users can no longer sign in, because their key slots could not be rewrapped "
                                "without their passwords: %1. Add each again with outpostctl add-user.")
                     .arg(rotation->droppedUsers.join(QStringLiteral(", "))));
    }
    return 0;
}

/// `--user U unlock-with-recovery-key --recovery-key-file F --new-password-file F [--kdf …]`
int runUnlockWithRecoveryKey(Context& context, const QStringList& arguments, const Command& self)
{
    const Options options(arguments, {QStringLiteral("--recovery-key-file"), QStringLiteral("--new-password-file"),
                                      QStringLiteral("--kdf")});
    if (!options.error.isEmpty())
        return usageError(self, options.error);
    if (context.user.trimmed().isEmpty() || options.value("--recovery-key-file").isEmpty() ||
        options.value("--new-password-file").isEmpty())
        return usageError(self, QStringLiteral("unlock-with-recovery-key needs --user, --recovery-key-file and "
                                               "--new-password-file."));
    const QString kdfName = options.values.value(QStringLiteral("--kdf"), QStringLiteral("calibrated"));
    if (kdfName != QLatin1String("calibrated") && kdfName != QLatin1String("interactive"))
        return usageError(self, QStringLiteral("--kdf is either calibrated or interactive."));
    auto keyText = readSecretFile(options.value("--recovery-key-file"), QStringLiteral("recovery key"), false);
    if (!keyText)
        return usageError(self, keyText.error().message);
    auto newPassword = readSecretFile(options.value("--new-password-file"), QStringLiteral("password"), true);
    if (!newPassword)
        return usageError(self, newPassword.error().message);
    const auto recoveryKey = crypto::RecoveryKey::parse(keyText->text());
    if (!recoveryKey)
        return fail(recoveryKey.error());
    std::optional<crypto::KdfParameters> kdf;
    if (kdfName == QLatin1String("interactive"))
        kdf = crypto::KdfParameters::interactive();
    storage::DataFolder folder = dataFolder(context);
    const bool hadKeyring = QFile::exists(folder.keyringPath());
    auto database = folder.unlockWithRecoveryKey(*recoveryKey, context.user, newPassword->text(), kdf);
    if (!database)
        return fail(database.error());
    printOut(QStringLiteral("%1 can sign in again with the new password.").arg(context.user.trimmed()));
    if (!hadKeyring)
        printOut(QStringLiteral("The keyring was missing and has been made again with only this user: add the other "
                                "users again with outpostctl add-user."));
    return 0;
}

/// `--user ADMIN --password-file F add-user --name USER --new-password-file F`
int runAddUser(Context& context, const QStringList& arguments, const Command& self)
{
    const Options options(arguments, {QStringLiteral("--name"), QStringLiteral("--new-password-file")});
    if (!options.error.isEmpty())
        return usageError(self, options.error);
    if (options.value("--name").trimmed().isEmpty() || options.value("--new-password-file").isEmpty())
        return usageError(self, QStringLiteral("add-user needs --name and --new-password-file."));
    auto password = signInPassword(context, self);
    if (!password)
        return usageError(self, password.error().message);
    auto newPassword = readSecretFile(options.value("--new-password-file"), QStringLiteral("password"), true);
    if (!newPassword)
        return usageError(self, newPassword.error().message);
    auto database = unlockAsAdmin(context, password->text());
    if (!database)
        return fail(database.error());
    if (auto added =
            dataFolder(context).addUser(context.user, password->text(), options.value("--name"), newPassword->text());
        !added)
        return fail(added.error());
    if (auto audited =
            audit(**database, context.user, QStringLiteral("user.key_slot_add"), options.value("--name").trimmed());
        !audited)
        return fail(audited.error());
    printOut(QStringLiteral("%1 can now sign in.").arg(options.value("--name").trimmed()));
    return 0;
}

/// `--user ADMIN --password-file F remove-user --name USER`
int runRemoveUser(Context& context, const QStringList& arguments, const Command& self)
{
    const Options options(arguments, {QStringLiteral("--name")});
    if (!options.error.isEmpty())
        return usageError(self, options.error);
    if (options.value("--name").trimmed().isEmpty())
        return usageError(self, QStringLiteral("remove-user needs --name."));
    auto password = signInPassword(context, self);
    if (!password)
        return usageError(self, password.error().message);
    auto database = unlockAsAdmin(context, password->text());
    if (!database)
        return fail(database.error());
    if (auto removed = dataFolder(context).removeUser(context.user, password->text(), options.value("--name"));
        !removed)
        return fail(removed.error());
    if (auto audited =
            audit(**database, context.user, QStringLiteral("user.key_slot_remove"), options.value("--name").trimmed());
        !audited)
        return fail(audited.error());
    printOut(QStringLiteral("%1 can no longer sign in. Anyone who kept a copy of the old keyring still can with the "
                            "old password until the data key is rotated (outpostctl rotate-key).")
                 .arg(options.value("--name").trimmed()));
    return 0;
}

} // namespace outpost::ctl
