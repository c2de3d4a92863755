// `yard agent` and `yard runner`: the local engine's background processes (not for people).
#include "Cli.h"

#include "core/engine/RankPlan.h"
#include "core/local/Agent.h"
#include "core/local/MpiLauncher.h"
#include "core/local/RankFiles.h"
#include "core/local/Runner.h"
#include "core/secrets/RunSecretEnvironment.h"
#include "core/util/JsonFile.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QProcessEnvironment>

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
    cli.parser().addOption({QStringLiteral("rank-from-env"),
                            QStringLiteral("Started by an MPI launcher: the argument is the run's ranks "
                                           "folder and the launcher's rank variable picks the spec.")});
    if (!cli.parse(QStringLiteral("Runs one process of a run (started by the agent)."),
                   QStringLiteral("spec")))
        return kUsage;
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("give the path of the rank's spec.json"));
    QString specFile = cli.positional().first();
    const bool underLauncher = cli.isSet(QStringLiteral("rank-from-env"));
    if (underLauncher) {
        const auto rank =
            trainyard::local::rankFromLauncherEnvironment(QProcessEnvironment::systemEnvironment());
        if (!rank)
            return cli.usage(QStringLiteral("--rank-from-env: no OMPI_COMM_WORLD_RANK, PMIX_RANK, PMI_RANK "
                                            "or SLURM_PROCID in the environment"));
        specFile = trainyard::local::rankfiles::specFile(specFile + u'/' + QString::number(*rank));
    }
    auto json = trainyard::readJsonObjectFile(specFile);
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
    // Under a launcher the rank's exit code is the runner's, so that mpirun stops the other
    // ranks when one fails; the agent needs none (it reads exit.json).
    QObject::connect(
        &runner, &trainyard::local::Runner::done, qApp,
        [underLauncher](int code) { QCoreApplication::exit(underLauncher ? code : 0); },
        Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

static const CommandRegistration registration{
    {QStringLiteral("agent"), agent, QString()},
    {QStringLiteral("runner"), runner, QString()},
};

} // namespace yard
