#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace outpost::storage {

/// File writes that survive a crash or a power cut: atomic replacement and fsync of files and folders.
class DurableFile
{
public:
    /// Replaces @p path with @p contents atomically: a temporary file in the same folder
    /// (mode 0600), fsync, rename over @p path, fsync of the folder.
    static Result<void> write(const QString& path, const QByteArray& contents);
    /// Flushes one file's data to the disk.
    static Result<void> sync(const QString& path);
    /// Flushes a folder's entries, so a rename or a new file in it survives a power cut.
    static Result<void> syncDirectory(const QString& directory);
    /// Renames @p from over @p to atomically, then flushes the folder.
    static Result<void> replace(const QString& from, const QString& to);
    /// A sentence for a failed file operation: @p action like "write", errno @p error.
    static Error errorFor(int error, const QString& action, const QString& path);
};

} // namespace outpost::storage
