#include "core/storage/DurableFile.h"

#include "core/CoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace outpost::storage {

namespace {

#ifdef Q_OS_UNIX
/// Closes a file descriptor when it goes out of scope.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, std::size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}
#endif

} // namespace

Error DurableFile::errorFor(int error, const QString& action, const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        if (action == QLatin1String("read"))
            return makeError(ErrorCode::PermissionDenied,
                             CoreText::tr("Cannot read %1: this user may not read it.").arg(native));
        return makeError(
            ErrorCode::PermissionDenied,
            CoreText::tr("Cannot %1 %2: the folder is read-only or this user may not change it.").arg(action, native));
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return makeError(
            ErrorCode::DiskFull,
            CoreText::tr("Cannot %1 %2: the disk is full. Free some space and try again.").arg(action, native));
    default:
        return makeError(
            ErrorCode::Failure,
            CoreText::tr("Cannot %1 %2: %3.").arg(action, native, QString::fromLocal8Bit(std::strerror(error))));
    }
}

#ifdef Q_OS_UNIX

Result<void> DurableFile::write(const QString& path, const QByteArray& contents)
{
    QByteArray temporary = QFile::encodeName(path) + QByteArrayLiteral(".tmp-XXXXXX");
    Descriptor fd(::mkstemp(temporary.data()));
    if (fd.get() < 0)
        return errorFor(errno, QStringLiteral("write"), path);
    const QString temporaryPath = QFile::decodeName(temporary);
    const auto abandon = [&](int error) {
        ::unlink(temporary.constData());
        return errorFor(error, QStringLiteral("write"), path);
    };
    if (!writeAll(fd.get(), contents.constData(), contents.size()) || ::fsync(fd.get()) != 0)
        return abandon(errno);
    if (::close(fd.release()) != 0)
        return abandon(errno);
    if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        return abandon(errno);
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<void> DurableFile::sync(const QString& path)
{
    Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0)
        return errorFor(errno, QStringLiteral("flush"), path);
    return {};
}

Result<void> DurableFile::syncDirectory(const QString& directory)
{
    Descriptor fd(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0)
        return errorFor(errno, QStringLiteral("flush"), directory);
    return {};
}

Result<void> DurableFile::replace(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return errorFor(errno, QStringLiteral("replace"), to);
    return syncDirectory(QFileInfo(to).absolutePath());
}

#else // Windows: Qt's and the standard library's portable calls, which flush what the platform allows

Result<void> DurableFile::write(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return makeError(ErrorCode::Failure,
                         CoreText::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> DurableFile::sync(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.flush())
        return makeError(ErrorCode::Failure,
                         CoreText::tr("Cannot flush %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> DurableFile::syncDirectory(const QString&)
{
    return {};
}

Result<void> DurableFile::replace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(from.toStdWString(), to.toStdWString(), error);
    if (error)
        return errorFor(error.value(), QStringLiteral("replace"), to);
    return {};
}

#endif

} // namespace outpost::storage
