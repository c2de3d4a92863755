// `yard agent` and `yard runner`: the local engine's background processes (not for people).
#include "Cli.h"

#include "core/engine/RankPlan.h"
#include "core/local/Agent.h"
#include "core/local/RankFiles.h"
#include "core/local/Runner.h"
#include "core/secrets/RunSecretEnvironment.h"
#include "core/util/JsonFile.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

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
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzzt} %{if-warning}warning %{category}: %{endif}"
                       "%{if-critical}critical %{category}: %{endif}%{if-debug}debug %{category}: "
                       "%{endif}%{message}"));
    const auto options = trainyard::local::AgentOptions::fromWorkspaceJson(config->raw);
    if (!options)
        return cli.fail(options.error());
    trainyard::local::Agent agent(layout, options.value());
    if (auto s = agent.start(); !s) {
        // Another agent already serves the workspace: that is success for whoever started us.
        return s.error().kind == trainyard::ErrorKind::Conflict ? kOk : cli.fail(s.error());
    }
    QObject::connect(&agent, &trainyard::local::Agent::idleTimeout, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

// The values of the run's secret environment variables, read from the keychain now; the rank's
// files hold only their names.
static trainyard::Result<QMap<QString, QString>> resolveSecretEnvironment(const QString& rankDir) {
    const QString file = trainyard::local::rankfiles::secretEnvironmentFile(rankDir);
    if (!QFileInfo::exists(file))
        return QMap<QString, QString>();
    auto names = trainyard::readJsonObjectFile(file);
    if (!names)
        return names.error();
    QMap<QString, QString> nameToSecret;
    for (auto it = names->begin(); it != names->end(); ++it)
        nameToSecret.insert(it.key(), it.value().toString());
    return await(trainyard::readSecretEnvironment(nameToSecret));
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
    trainyard::RankSpec spec = trainyard::rankSpecFromJson(json.value());
    if (auto secrets = resolveSecretEnvironment(spec.rankDir); !secrets) {
        trainyard::local::RankExit failed;
        failed.exitCode = 126;
        failed.error = secrets.error().message;
        failed.endedAt = QDateTime::currentDateTimeUtc();
        trainyard::local::rankfiles::writeExit(spec.rankDir, failed);
        return cli.fail(secrets.error());
    } else {
        spec.environment.insert(secrets.value()); // in memory only, handed to the process
    }
    trainyard::local::Runner runner(spec);
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
