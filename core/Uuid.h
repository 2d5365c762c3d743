#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <mutex>

namespace outpost {

/// Fills a buffer with random bytes; the randomness seam (libsodium in production, seeded in tests).
using RandomSource = std::function<void(unsigned char* buffer, size_t size)>;
RandomSource systemRandom();

/// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Made offline without collisions
/// and sorted by creation time, so ids from every desktop can be merged without coordination.
class UuidV7Generator
{
public:
    UuidV7Generator(const Clock& clock, RandomSource random);
    /// The next id as 36 lower-case characters (8-4-4-4-12). Strictly increasing within this generator,
    /// even when the clock stands still or steps back. Thread-safe.
    QString next();

private:
    const Clock& m_clock;
    RandomSource m_random;
    std::mutex m_mutex;
    qint64 m_lastMs = 0;
    quint16 m_sequence = 0;
};

/// True for the 8-4-4-4-12 hexadecimal form with version 7 and the RFC variant.
bool isUuidV7(const QString& text);
/// The creation time encoded in a UUIDv7 (milliseconds since the epoch), or -1.
qint64 uuidV7Timestamp(const QString& text);

} // namespace outpost
