#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <mutex>

namespace outpost::clinic {

/// The growing delay after repeated failed logins, per user name, kept in a small file in the
/// data folder so that quitting and restarting Outpost does not reset it.
///
/// The first kFreeFailures failures cost nothing (people mistype); each later one doubles the
/// wait, from 1 second up to 5 minutes. While a wait runs, check() refuses at once and the
/// password is not even looked at. A success resets the name; a name with no failure for a day
/// is forgotten.
///
/// The file holds no password and no user name: names are stored as keyed BLAKE2b-256 of their
/// fold (UserName::fold), under a random key kept in the same file. A name typed at the login
/// screen can be anything — a patient's name, or a password typed into the wrong field — so it
/// must not be written in clear; and the throttle runs before any unlock, so its key cannot come
/// from the data key. Whoever copies the file can still test guessed names against it, exactly
/// as with the keyring's slot labels, but learns nothing from it at a glance, and the per-file key
/// defeats precomputed tables and comparing files of two clinics.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 3;
    static constexpr qint64 kFirstDelayMs = 1'000;
    static constexpr qint64 kMaximumDelayMs = 5 * 60 * 1'000;
    static constexpr qint64 kForgetAfterMs = 24 * 60 * 60 * 1'000;
    /// Beyond this many names the oldest are dropped, so typing random names cannot grow the file without end.
    static constexpr int kMaximumEntries = 4096;

    /// "login-throttle.json", the file's name in a data folder.
    static QString fileName() { return QStringLiteral("login-throttle.json"); }

    /// Reads @p path; a missing file starts empty, an unreadable or damaged one too (with a warning in
    /// the log). Deleting the file resets every delay: it slows down someone at the login screen, not
    /// someone who can write to the data folder (Argon2id is what stands against an offline attack).
    LoginThrottle(QString path, const Clock& clock);

    /// The wait after @p failures consecutive failures: 0 for the first kFreeFailures, then
    /// 1 s, 2 s, 4 s … capped at kMaximumDelayMs.
    static qint64 delayAfter(int failures);

    /// PermissionDenied "Too many failed attempts. Try again in N seconds." while @p userName must wait.
    Result<void> check(const QString& userName) const;
    /// Milliseconds until @p userName may try again; 0 when they may now.
    qint64 remainingMs(const QString& userName) const;
    /// Consecutive failures recorded for @p userName.
    int failures(const QString& userName) const;

    /// Counts a failure and writes the file; the count stays in memory even when the file cannot be written.
    Result<void> recordFailure(const QString& userName);
    /// Forgets @p userName's failures and writes the file.
    Result<void> recordSuccess(const QString& userName);

    const QString& path() const { return m_path; }

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };

    QByteArray keyFor(const QString& userName) const;
    void load();
    void forgetStale();
    Result<void> save() const;

    QString m_path;
    const Clock& m_clock;
    QByteArray m_key;
    std::map<QByteArray, Entry> m_entries;
    mutable std::mutex m_mutex;
};

} // namespace outpost::clinic
