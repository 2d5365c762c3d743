#pragma once

#include "core/storage/Database.h"

#include <vector>

namespace outpost::testing {

/// Holds every reader connection of a database until release() or destruction: a snapshot (an
/// export's beginRead) waits meanwhile, while work that only writes goes on.
class HeldReaders
{
public:
    explicit HeldReaders(storage::Database& database)
    {
        for (int i = 0; i < storage::DatabaseOptions{}.readerCount; ++i) {
            auto read = database.beginRead();
            if (read)
                m_held.push_back(std::move(*read));
        }
    }
    int count() const { return int(m_held.size()); }
    void release() { m_held.clear(); }

private:
    std::vector<storage::ReadTransaction> m_held;
};

} // namespace outpost::testing
