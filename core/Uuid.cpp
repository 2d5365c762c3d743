#include "core/Uuid.h"

#include "core/crypto/SecretKey.h"

#include <sodium.h>

#include <array>

namespace outpost {

RandomSource systemRandom()
{
    crypto::initialiseSodium();
    return [](unsigned char* buffer, size_t size) { randombytes_buf(buffer, size); };
}

UuidV7Generator::UuidV7Generator(const Clock& clock, RandomSource random) : m_clock(clock), m_random(std::move(random))
{}

QString UuidV7Generator::next()
{
    std::lock_guard lock(m_mutex);
    std::array<unsigned char, 16> bytes{};
    m_random(bytes.data(), bytes.size());

    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond or a clock step back: keep the last time and count up in the 12-bit
        // rand_a field (RFC 9562 method 1), carrying into the time when it overflows.
        ms = m_lastMs;
        if (++m_sequence > 0x0FFF) {
            ++ms;
            m_sequence = 0;
        }
    } else {
        m_sequence = static_cast<quint16>(((bytes[6] & 0x0F) << 8 | bytes[7]) & 0x07FF); // leave room to count
    }
    m_lastMs = ms;

    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xFF);
    bytes[6] = static_cast<unsigned char>(0x70 | ((m_sequence >> 8) & 0x0F));
    bytes[7] = static_cast<unsigned char>(m_sequence & 0xFF);
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));

    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
                               hex.mid(20));
}

bool isUuidV7(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                     (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    const QChar variant = text.at(19).toLower();
    return text.at(14) == QLatin1Char('7') && (variant == QLatin1Char('8') || variant == QLatin1Char('9') ||
                                               variant == QLatin1Char('a') || variant == QLatin1Char('b'));
}

qint64 uuidV7Timestamp(const QString& text)
{
    if (!isUuidV7(text))
        return -1;
    bool ok = false;
    const QString hex = text.left(8) + text.mid(9, 4);
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace outpost
