#include "core/backup/BackupSink.h"

#include "core/CoreText.h"
#include "core/storage/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace outpost::backup {

namespace {

constexpr qsizetype kBufferSize = 1 << 20;

} // namespace

FileSink::FileSink(const QString& path) : m_path(QFileInfo(path).absoluteFilePath()) {}

FileSink::~FileSink()
{
    abandon();
}

Result<void> FileSink::open()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (QFileInfo::exists(m_path))
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("There is already a file at %1; choose another name.").arg(shown));
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, CoreText::tr("The folder %1 does not exist (is the disk connected?).")
                                                  .arg(QDir::toNativeSeparators(folder)));
    QByteArray name = QFile::encodeName(m_path + QStringLiteral(".partial-XXXXXX"));
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return storage::DurableFile::errorFor(errno, QStringLiteral("write the backup to"), folder);
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    m_fd = fd;
    m_temporary = QFile::decodeName(name);
    m_buffer.reserve(kBufferSize);
    return {};
}

Result<void> FileSink::flush()
{
    const char* data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            m_buffer.clear();
            return storage::DurableFile::errorFor(error, QStringLiteral("write the backup"), m_path);
        }
        data += written;
        left -= written;
    }
    m_buffer.clear();
    return {};
}

Result<void> FileSink::write(const char* data, qsizetype size)
{
    if (m_fd < 0)
        return makeError(ErrorCode::Usage, CoreText::tr("The backup file is not open."));
    m_buffer.append(data, size);
    if (m_buffer.size() >= kBufferSize)
        return flush();
    return {};
}

Result<void> FileSink::commit()
{
    if (m_fd < 0)
        return makeError(ErrorCode::Usage, CoreText::tr("The backup file is not open."));
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (::fsync(m_fd) != 0)
        return storage::DurableFile::errorFor(errno, QStringLiteral("write the backup"), m_path);
    ::close(m_fd);
    m_fd = -1;
    // rename(), not link(): USB disks (FAT, exFAT) and many network shares have no hard links.
    if (QFileInfo::exists(m_path))
        return makeError(
            ErrorCode::Invalid,
            CoreText::tr("There is already a file at %1; choose another name.").arg(QDir::toNativeSeparators(m_path)));
    const QByteArray from = QFile::encodeName(m_temporary);
    const QByteArray to = QFile::encodeName(m_path);
    if (::rename(from.constData(), to.constData()) != 0)
        return storage::DurableFile::errorFor(errno, QStringLiteral("write the backup"), m_path);
    m_temporary.clear();
    return storage::DurableFile::syncDirectory(QFileInfo(m_path).absolutePath());
}

Result<void> FileSink::rewind()
{
    if (m_fd < 0)
        return makeError(ErrorCode::Usage, CoreText::tr("The backup file is not open."));
    m_buffer.clear();
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0)
        return storage::DurableFile::errorFor(errno, QStringLiteral("write the backup"), m_path);
    return {};
}

void FileSink::abandon()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
    m_buffer.clear();
}

} // namespace outpost::backup
