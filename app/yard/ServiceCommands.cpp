// `yard agent` and `yard runner`: the local engine's background processes (not for people).
#include "Cli.h"

#include "core/local/Agent.h"
#include "core/local/RankPlan.h"
#include "core/local/Runner.h"
#include "core/util/JsonFile.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QCoreApplication>

namespace yard {

static int agent(Cli& cli) {
    if (!cli.parse(QStringLiteral("Runs the scheduler of a local workspace (started on demand by clients).")))
        return kUsage;
    auto config = trainyard::loadWorkspaceConfig(cli.value(QStringLiteral("workspace")).isEmpty()
                                                     ? trainyard::defaultWorkspaceFolder()
                                                     : cli.value(QStringLiteral("workspace")));
    if (!config)
        return cli.fail(config.error());
    if (config->engine != QLatin1String("local"))
        return cli.fail(Error::invalid(QStringLiteral("Only local workspaces have an agent.")));
    const trainyard::local::LocalLayout layout(config->folder);
    // stderr is agent.log: every line with its time and zone, and the level and category when it is
    // not one of the agent's own info lines. QT_MESSAGE_PATTERN overrides it.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzzt} %{if-warning}warning %{category}: %{endif}"
                                      "%{if-critical}critical %{category}: %{endif}%{if-debug}debug %{category}: "
                                      "%{endif}%{message}"));
    trainyard::local::Agent agent(layout, trainyard::local::AgentOptions::fromWorkspaceJson(config->raw));
    if (auto s = agent.start(); !s) {
        // Another agent already serves the workspace: that is success for whoever started us.
        return s.error().kind == trainyard::ErrorKind::Conflict ? kOk : cli.fail(s.error());
    }
    QObject::connect(&agent, &trainyard::local::Agent::idleTimeout, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

static int runner(Cli& cli) {
    if (!cli.parse(QStringLiteral("Runs one process of a run (started by the agent)."),
                   QStringLiteral("spec")))
        return kUsage;
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("give the path of the rank's spec.json"));
    auto json = trainyard::readJsonObjectFile(cli.positional().first());
    if (!json)
        return cli.fail(json.error());
    trainyard::local::Runner runner(trainyard::local::rankSpecFromJson(json.value()));
    // Queued: a process that ends at once reports before exec() has started.
    QObject::connect(
        &runner, &trainyard::local::Runner::done, qApp, [](int) { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

static const CommandRegistration registration{
    {QStringLiteral("agent"), agent, QString()},
    {QStringLiteral("runner"), runner, QString()},
};

} // namespace yard
