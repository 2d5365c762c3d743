#pragma once

#include <QFile>

#include <algorithm>
#include <vector>

namespace outpost::bench {

/// Peak resident set size of this process (VmHWM), in MB; -1 where /proc is missing.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// The @p p quantile (0…1) of @p sorted, which is in ascending order; -1 when it is empty.
inline double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return -1;
    const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p * static_cast<double>(sorted.size())));
    return sorted[index];
}

} // namespace outpost::bench
