#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace trainyard::local {

// Timings of the local engine, from workspace.json's "local" object (tests shorten them).
struct AgentOptions {
    int tickMs = 50;             // how often runs and nodes are looked at
    int nodePrepareMs = 1500;    // a new node slot passes through "preparing" this long
    int nodeLeaveMs = 500;       // and through "leaving" on its way out
    int cancelGraceSeconds = 10; // SIGTERM, then SIGKILL after this
    int idleExitSeconds = 120;   // an agent with nothing to do exits after this
    QString python = QStringLiteral("python3");

    // Refuses a value out of its range (tick_ms 0 would spin the agent) with the key's name.
    static Result<AgentOptions> fromWorkspaceJson(const QJsonObject& workspaceJson);
};

} // namespace trainyard::local
