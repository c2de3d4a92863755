#include "core/local/AgentOptions.h"

#include <QCoreApplication>

namespace trainyard::local {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgentOptions)
};

// One setting of the "local" object: absent keeps the default; anything but a whole number in
// [least, most] is refused by name (tick_ms 0 would spin the agent, a negative grace never kills).
Status readInt(const QJsonObject& o, const char* key, int least, int most, int& into) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < least || d > most)
        return Error::invalid(Tr::tr("workspace.json: local.%1 must be a whole number from %2 to %3.")
                                  .arg(QLatin1String(key))
                                  .arg(least)
                                  .arg(most),
                              QStringLiteral("local.") + QLatin1String(key));
    into = int(d);
    return {};
}
} // namespace

Result<AgentOptions> AgentOptions::fromWorkspaceJson(const QJsonObject& workspaceJson) {
    const QJsonValue local = workspaceJson.value(QStringLiteral("local"));
    if (!local.isUndefined() && !local.isObject())
        return Error::invalid(Tr::tr("workspace.json: \"local\" must be an object of settings."),
                              QStringLiteral("local"));
    const QJsonObject o = local.toObject();
    AgentOptions a;
    for (const Status& s : {readInt(o, "tick_ms", 10, 60000, a.tickMs),
                            readInt(o, "node_prepare_ms", 0, 3600000, a.nodePrepareMs),
                            readInt(o, "node_leave_ms", 0, 3600000, a.nodeLeaveMs),
                            readInt(o, "cancel_grace_seconds", 0, 86400, a.cancelGraceSeconds),
                            readInt(o, "agent_idle_exit_seconds", 1, 7 * 86400, a.idleExitSeconds)}) {
        if (!s)
            return s.error();
    }
    const QJsonValue python = o.value(QStringLiteral("python"));
    if (!python.isUndefined() && (!python.isString() || python.toString().trimmed().isEmpty()))
        return Error::invalid(Tr::tr("workspace.json: local.python must be the name or path of a Python "
                                     "interpreter."),
                              QStringLiteral("local.python"));
    a.python = python.toString(a.python);
    return a;
}

} // namespace trainyard::local
