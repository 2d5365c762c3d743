#include "core/Clock.h"

#include <QDateTime>

namespace outpost {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace outpost
