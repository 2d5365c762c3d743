#pragma once

#include "core/Result.h"

#include <QString>

#include <sodium.h>

#include <utility>

namespace outpost::ctl {

/// A password or key read from a file, wiped when it goes away.
class SecretText
{
public:
    SecretText() = default;
    explicit SecretText(QString text) : m_text(std::move(text)) {}
    ~SecretText() { sodium_memzero(m_text.data(), std::size_t(m_text.size()) * sizeof(QChar)); }
    SecretText(SecretText&& other) noexcept : m_text(std::exchange(other.m_text, QString())) {}
    SecretText& operator=(SecretText&&) = delete;
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

/// Reads @p path: its first line (without the line break) when @p firstLineOnly, else all of it.
/// A missing, unreadable or empty file is a usage error naming @p what ("password", "recovery key").
Result<SecretText> readSecretFile(const QString& path, const QString& what, bool firstLineOnly);

} // namespace outpost::ctl
