#include "core/local/AgentOptions.h"

namespace trainyard::local {

AgentOptions AgentOptions::fromWorkspaceJson(const QJsonObject& workspaceJson) {
    const QJsonObject o = workspaceJson.value(QStringLiteral("local")).toObject();
    AgentOptions a;
    a.tickMs = o.value(QStringLiteral("tick_ms")).toInt(a.tickMs);
    a.nodePrepareMs = o.value(QStringLiteral("node_prepare_ms")).toInt(a.nodePrepareMs);
    a.nodeLeaveMs = o.value(QStringLiteral("node_leave_ms")).toInt(a.nodeLeaveMs);
    a.cancelGraceSeconds = o.value(QStringLiteral("cancel_grace_seconds")).toInt(a.cancelGraceSeconds);
    a.idleExitSeconds = o.value(QStringLiteral("agent_idle_exit_seconds")).toInt(a.idleExitSeconds);
    a.python = o.value(QStringLiteral("python")).toString(a.python);
    return a;
}

} // namespace trainyard::local
