#pragma once

#include <QtGlobal>

#include <atomic>

namespace outpost {

/// The time seam: core asks a Clock, tests hand in a FakeClock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// A clock that only moves when told to.
class FakeClock final : public Clock
{
public:
    /// Starts at 2026-11-25 12:00 UTC unless told otherwise.
    explicit FakeClock(qint64 startMs = 1'795'608'000'000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace outpost
