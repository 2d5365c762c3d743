#include "core/storage/SqliteError.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/KeyRegistry.h"

#include <sqlite3.h>

#include <cerrno>

namespace outpost::storage {

Error damagedPageError(std::uint32_t pageNumber)
{
    return makeError(ErrorCode::Damaged,
                     CoreText::tr("The database is damaged (page %1 failed authentication). Restore from a backup.")
                         .arg(pageNumber));
}

Error sqliteError(sqlite3* db, int rc, const char* action)
{
    const int primary = rc & 0xff;
    const int systemError = db ? sqlite3_system_errno(db) : 0;
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    logging::get("storage")->debug("could not {}: SQLite result {} ({}), errno {}", action, rc, sqlite3_errstr(rc),
                                   systemError);

    if (const auto failure = takeAuthenticationFailure()) {
        if (failure->wrongKey && failure->kind == FileKind::Database && failure->pageNumber == 1)
            return makeError(ErrorCode::WrongCredentials, CoreText::tr("Wrong user name or password."));
        return damagedPageError(failure->pageNumber);
    }
    const bool diskFull =
        primary == SQLITE_FULL ||
        (primary == SQLITE_IOERR && (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT));
    if (diskFull)
        return makeError(ErrorCode::DiskFull,
                         CoreText::tr("The disk is full. The last change was not saved; everything saved before "
                                      "it is safe. Free some space and try again."));
    if (rc == SQLITE_IOERR_DATA || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The database is damaged or is not an Outpost database. Restore from a backup."));
    const bool denied = systemError == EACCES || systemError == EPERM || systemError == EROFS;
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_AUTH ||
        (primary == SQLITE_CANTOPEN && denied))
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Outpost may not write to the database or its folder (permission denied)."));
    if (primary == SQLITE_CANTOPEN)
        return makeError(ErrorCode::Failure, CoreText::tr("The database file could not be opened."));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorCode::Failure, CoreText::tr("The database is busy. Try again in a moment."));
    if (primary == SQLITE_INTERRUPT)
        return makeError(ErrorCode::Cancelled, CoreText::tr("The database operation was cancelled."));
    if (primary == SQLITE_CONSTRAINT)
        return makeError(ErrorCode::Invalid, CoreText::tr("The change breaks a rule of the database: %1.").arg(detail));
    if (primary == SQLITE_IOERR)
        return makeError(
            ErrorCode::Failure,
            CoreText::tr("The disk reported an error while Outpost tried to %1.").arg(QString::fromUtf8(action)));
    return makeError(ErrorCode::Failure,
                     CoreText::tr("The database could not %1: %2.").arg(QString::fromUtf8(action), detail));
}

} // namespace outpost::storage
