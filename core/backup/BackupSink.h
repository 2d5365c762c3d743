#pragma once

#include "core/CoreText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace outpost::backup {

/// Where a backup's bytes go. A sink either commits (the whole file appears under its name) or is
/// abandoned (nothing is left behind).
class BackupSink
{
public:
    virtual ~BackupSink() = default;
    virtual Result<void> write(const char* data, qsizetype size) = 0;
    /// Makes the written bytes durable and visible under their final name.
    virtual Result<void> commit() = 0;
    /// Removes whatever was written; called on any failure or cancel.
    virtual void abandon() = 0;
    /// Drops what was written so far and starts again from the first byte.
    virtual Result<void> rewind()
    {
        return makeError(ErrorCode::Failure, CoreText::tr("This backup destination cannot start again."));
    }
};

/// Writes to a temporary file beside @p path (mode 0600), then on commit fsyncs it, renames it
/// over @p path and fsyncs the folder. Refuses to replace an existing file.
class FileSink final : public BackupSink
{
public:
    explicit FileSink(const QString& path);
    ~FileSink() override;
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;

    /// Creates the temporary file: PermissionDenied for a read-only or missing folder.
    Result<void> open();
    Result<void> write(const char* data, qsizetype size) override;
    Result<void> commit() override;
    void abandon() override;
    Result<void> rewind() override;

    const QString& path() const { return m_path; }
    /// The temporary name while the backup is written (empty before open()).
    const QString& temporaryPath() const { return m_temporary; }

private:
    Result<void> flush();

    QString m_path;
    QString m_temporary;
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace outpost::backup
