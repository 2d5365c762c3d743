#include "ctl/Secrets.h"

#include <sodium.h>

#include <QDir>
#include <QFile>

#include <algorithm>

namespace outpost::ctl {

Result<SecretText> readSecretFile(const QString& path, const QString& what, bool firstLineOnly)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Usage, QStringLiteral("Cannot read the %1 file %2: %3.")
                                               .arg(what, QDir::toNativeSeparators(path), file.errorString()));
    }
    QByteArray bytes = file.readAll();
    qsizetype end = firstLineOnly ? bytes.indexOf('\n') : bytes.size();
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes[end - 1] == '\r')
        --end;
    SecretText secret(QString::fromUtf8(bytes.constData(), end));
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    if (std::all_of(secret.text().begin(), secret.text().end(), [](QChar c) { return c.isSpace(); })) {
        return makeError(ErrorCode::Usage, QStringLiteral("The %1 file %2 is empty; its first line must hold the %1.")
                                               .arg(what, QDir::toNativeSeparators(path)));
    }
    return secret;
}

} // namespace outpost::ctl
