#include "ctl/Command.h"

namespace outpost::ctl {

int runConfig(Context& context, const QStringList& arguments, const Command& self);

const std::vector<Command>& commands()
{
    static const std::vector<Command> all{
        {QStringLiteral("config"), QStringLiteral("config [--json]"),
         QStringLiteral("Show the effective settings and where each comes from."), runConfig},
    };
    return all;
}

} // namespace outpost::ctl
