#include "Cli.h"
#include "RunExtras.h"

#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/engine/Transfer.h"
#include "core/metrics/MetricSummary.h"
#include "core/model/Environment.h"
#include "core/model/ModelJson.h"
#include "core/monitoring/SystemMetrics.h"
#include "core/secrets/RunSecretEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace yard {

using namespace trainyard;

int runTransfer(Cli& cli, Transfer* transfer, const QString& doneMessage); // DatastoreCommands.cpp

static const QString kRunId = QStringLiteral("the run's id");

static QString duration(const RunInfo& r) {
    if (!r.startedAt.isValid())
        return {};
    const qint64 s = r.startedAt.secsTo(r.endedAt.isValid() ? r.endedAt : QDateTime::currentDateTimeUtc());
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

static const QStringList kRunHeaders{QStringLiteral("Id"),         QStringLiteral("#"),
                                     QStringLiteral("Experiment"), QStringLiteral("Compute"),
                                     QStringLiteral("Nodes"),      QStringLiteral("Status"),
                                     QStringLiteral("Started"),    QStringLiteral("Duration")};

static QStringList runRow(const RunInfo& r) {
    return {r.id,
            QString::number(r.number),
            r.experiment,
            r.compute,
            QString::number(r.nodeCount),
            toString(r.status),
            r.startedAt.isValid() ? r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : QString(),
            duration(r)};
}

static void printRun(Cli& cli, const RunInfo& r, Engine* engine = nullptr) {
    if (cli.json()) {
        QJsonObject json = toJson(r);
        if (engine)
            addRunExtras(engine, r, json);
        cli.printJson(json);
        return;
    }
    QString text = QStringLiteral("Run %1 (#%2 of %3)\n").arg(r.id).arg(r.number).arg(r.experiment);
    text += QStringLiteral("  status:      %1%2\n")
                .arg(toString(r.status),
                     r.statusDetail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.statusDetail));
    text += QStringLiteral("  compute:     %1, %2 node(s) %3, distribution %4\n")
                .arg(r.compute)
                .arg(r.nodeCount)
                .arg(r.nodes.isEmpty() ? QString() : u'[' + r.nodes.join(QStringLiteral(", ")) + u']')
                .arg(toString(r.distribution.type));
    text += QStringLiteral("  created:     %1\n").arg(isoTime(r.createdAt));
    if (r.startedAt.isValid())
        text += QStringLiteral("  started:     %1\n").arg(isoTime(r.startedAt));
    if (r.endedAt.isValid())
        text += QStringLiteral("  ended:       %1 (duration %2)\n").arg(isoTime(r.endedAt), duration(r));
    if (r.config.timeoutSeconds > 0)
        text += QStringLiteral("  time limit:  %1 s\n").arg(r.config.timeoutSeconds);
    if (r.exitCode)
        text += QStringLiteral("  exit code:   %1\n").arg(*r.exitCode);
    if (!r.error.isEmpty())
        text += QStringLiteral("  error:       %1\n").arg(r.error);
    if (!r.parentRunId.isEmpty())
        text += QStringLiteral("  parent run:  %1\n").arg(r.parentRunId);
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
        text += QStringLiteral("  tag:         %1=%2\n").arg(it.key(), it.value());
    if (engine)
        text += runExtrasText(engine, r);
    cli.print(text.trimmed());
}

static bool parseKeyValues(Cli& cli, const QString& option, QMap<QString, QString>& into, int& exit) {
    for (const QString& kv : cli.parser().values(option)) {
        const int eq = int(kv.indexOf(u'='));
        if (eq <= 0) {
            exit = cli.usage(QStringLiteral("--%1 '%2' is not KEY=VALUE.").arg(option, kv));
            return false;
        }
        into.insert(kv.left(eq), kv.mid(eq + 1));
    }
    return true;
}

static int submit(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("experiment"), QStringLiteral("Experiment name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("compute"), QStringLiteral("Compute target."), QStringLiteral("name")});
    p.addOption({QStringLiteral("source-directory"),
                 QStringLiteral("Folder snapshotted at submit (default: .)."), QStringLiteral("dir"),
                 QStringLiteral(".")});
    p.addOption({QStringLiteral("entry-script"), QStringLiteral("Python script in the source directory."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("command"), QStringLiteral("Shell command instead of an entry script."),
                 QStringLiteral("command")});
    p.addOption({QStringLiteral("node-count"), QStringLiteral("Nodes (default 1)."), QStringLiteral("n"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("distribution"), QStringLiteral("none, mpi, pytorch or tensorflow."),
                 QStringLiteral("type"), QStringLiteral("none")});
    p.addOption({QStringLiteral("process-count-per-node"),
                 QStringLiteral("Processes per node (mpi, pytorch)."), QStringLiteral("n"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("worker-count"), QStringLiteral("TensorFlow workers."), QStringLiteral("n"),
                 QStringLiteral("0")});
    p.addOption({QStringLiteral("parameter-server-count"), QStringLiteral("TensorFlow parameter servers."),
                 QStringLiteral("n"), QStringLiteral("0")});
    p.addOption({QStringLiteral("env"), QStringLiteral("Environment variable KEY=VALUE (repeatable)."),
                 QStringLiteral("KEY=VALUE")});
    p.addOption({QStringLiteral("secret-env"),
                 QStringLiteral("Environment variable NAME from a secret kept with `yard secret set SECRET` "
                                "(repeatable; the value is read when the run starts, never stored)."),
                 QStringLiteral("NAME=SECRET")});
    p.addOption(
        {QStringLiteral("tag"), QStringLiteral("Tag KEY=VALUE (repeatable)."), QStringLiteral("KEY=VALUE")});
    p.addOption({QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("max-run-duration-seconds"),
                 QStringLiteral("Stop the run after this many seconds of running (Azure ML limits.timeout; "
                                "0: no limit)."),
                 QStringLiteral("s"), QStringLiteral("0")});
    p.addOption({QStringLiteral("system-metrics-interval"),
                 QStringLiteral("Seconds between sys/ samples of each rank (default 5, 0 = off)."),
                 QStringLiteral("s")});
    p.addOption({QStringLiteral("environment"),
                 QStringLiteral("Environment NAME or NAME:VERSION (yard environment list); default: the "
                                "workspace's default_environment."),
                 QStringLiteral("name[:version]")});
    if (!cli.parse(
            QStringLiteral(
                "Submits a run (Experiment(ws, name).submit(...)). Arguments after -- go to the script."),
            QStringLiteral("[-- script arguments]")))
        return kUsage;
    RunConfig config;
    config.experiment = cli.value(QStringLiteral("experiment"));
    config.compute = cli.value(QStringLiteral("compute"));
    config.sourceDirectory = QDir(cli.value(QStringLiteral("source-directory"))).absolutePath();
    config.entryScript = cli.value(QStringLiteral("entry-script"));
    config.command = cli.value(QStringLiteral("command"));
    config.arguments = cli.positional();
    config.displayName = cli.value(QStringLiteral("display-name"));
    config.environment = cli.value(QStringLiteral("environment"));
    if (!config.environment.isEmpty()) {
        if (auto ref = parseEnvironmentReference(config.environment); !ref)
            return cli.usage(ref.error().message);
    }
    if (config.experiment.isEmpty() || config.compute.isEmpty())
        return cli.usage(QStringLiteral("--experiment and --compute are required."));
    if (config.entryScript.isEmpty() == config.command.isEmpty())
        return cli.usage(QStringLiteral("give exactly one of --entry-script and --command."));
    int exit = kOk;
    const auto nodes = cli.intOption(QStringLiteral("node-count"), exit);
    const auto perNode = nodes ? cli.intOption(QStringLiteral("process-count-per-node"), exit) : std::nullopt;
    const auto workers = perNode ? cli.intOption(QStringLiteral("worker-count"), exit) : std::nullopt;
    const auto ps = workers ? cli.intOption(QStringLiteral("parameter-server-count"), exit) : std::nullopt;
    const auto timeout = ps ? cli.intOption(QStringLiteral("max-run-duration-seconds"), exit) : std::nullopt;
    if (!timeout)
        return exit;
    if (*timeout < 0)
        return cli.usage(QStringLiteral("--max-run-duration-seconds %1: give a whole number of seconds, 1 or "
                                        "more (0: no limit).")
                             .arg(*timeout));
    config.timeoutSeconds = *timeout;
    config.nodeCount = *nodes;
    const auto type = distributionFromString(cli.value(QStringLiteral("distribution")));
    if (!type)
        return cli.usage(
            QStringLiteral("--distribution '%1' is not allowed: use none, mpi, pytorch or tensorflow.")
                .arg(cli.value(QStringLiteral("distribution"))));
    config.distribution.type = *type;
    config.distribution.processCountPerNode = *perNode;
    config.distribution.workerCount = *workers;
    config.distribution.parameterServerCount = *ps;
    if (!parseKeyValues(cli, QStringLiteral("env"), config.environmentVariables, exit) ||
        !parseKeyValues(cli, QStringLiteral("secret-env"), config.secretEnvironment, exit) ||
        !parseKeyValues(cli, QStringLiteral("tag"), config.tags, exit))
        return exit;
    if (cli.isSet(QStringLiteral("system-metrics-interval"))) {
        const QString seconds = cli.value(QStringLiteral("system-metrics-interval"));
        if (const Status ok = trainyard::monitoring::checkSamplingInterval(seconds); !ok)
            return cli.usage(ok.error().message);
        config.environmentVariables.insert(trainyard::monitoring::kIntervalVariable, seconds);
    }
    for (auto it = config.environmentVariables.cbegin(); it != config.environmentVariables.cend(); ++it) {
        if (trainyard::looksLikeSecret(it.key(), it.value()))
            std::fprintf(
                stderr,
                "yard run submit: warning: --env %s looks like a secret; its value is stored with the "
                "run. Keep it with `yard secret set <name>` and pass --secret-env %s=<name> instead.\n",
                qPrintable(it.key()), qPrintable(it.key()));
    }
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->submitRun(config), [&](const RunInfo& run) {
            if (cli.json())
                cli.printJson(toJson(run));
            else
                cli.print(run.id);
        });
    });
}

static int list(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("experiment"), QStringLiteral("Only this experiment."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("status"), QStringLiteral("Only runs in this state."), QStringLiteral("status")});
    p.addOption(
        {QStringLiteral("compute"), QStringLiteral("Only runs on this compute."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("parent"), QStringLiteral("Only the child runs of this run."), QStringLiteral("id")});
    if (!cli.parse(QStringLiteral("Lists runs, newest first.")))
        return kUsage;
    RunFilter filter;
    filter.experiment = cli.value(QStringLiteral("experiment"));
    filter.compute = cli.value(QStringLiteral("compute"));
    filter.parentRunId = cli.value(QStringLiteral("parent"));
    if (cli.isSet(QStringLiteral("status"))) {
        filter.status = runStatusFromString(cli.value(QStringLiteral("status")));
        if (!filter.status)
            return cli.usage(QStringLiteral("--status '%1' is not a run state; allowed: %2.")
                                 .arg(cli.value(QStringLiteral("status")), allowedRunStatuses()));
    }
    return cli.onEngine([&](Engine* engine) {
        if (!filter.parentRunId.isEmpty()) {
            // An unknown parent is a mistake worth naming, not an empty list.
            if (auto parent = await(engine->getRun(filter.parentRunId)); !parent)
                return parent.error().kind == ErrorKind::NotFound
                           ? cli.usage(QStringLiteral("--parent: %1").arg(parent.error().message))
                           : cli.fail(parent.error());
        }
        return cli.finish(engine->listRuns(filter),
                          [&](const QList<RunInfo>& runs) { cli.printList(runs, kRunHeaders, runRow); });
    });
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows a run."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        return cli.finish(run.engine->getRun(run.name),
                          [&](const RunInfo& info) { printRun(cli, info, run.engine); });
    });
}

static int cancel(Cli& cli) {
    if (!cli.parse(QStringLiteral("Cancels a run (SIGTERM to every rank, SIGKILL after a grace period)."),
                   QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        return cli.finish(run.engine->cancelRun(run.name), [&] {
            if (cli.json())
                cli.printJson(QJsonObject{{QStringLiteral("id"), run.name},
                                          {QStringLiteral("cancel_requested"), true}});
            else
                cli.print(QStringLiteral("Cancel requested for %1.").arg(run.name));
        });
    });
}

static int deleteRun(Cli& cli) {
    auto tr = [](const char* text) { return QCoreApplication::translate("yard", text); };
    if (!cli.parse(tr("Deletes a run's record from the engine (Azure ML: the job)."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(tr("the run's id"), [&](const Cli::Target& run) {
        if (auto s = await(run.engine->deleteRun(run.name)); !s)
            return s.error().kind == ErrorKind::Invalid ? cli.usage(s.error().message) : cli.fail(s.error());
        if (cli.json())
            cli.printJson(QJsonObject{{QStringLiteral("id"), run.name}, {QStringLiteral("deleted"), true}});
        else
            cli.print(tr("Deleted run %1.").arg(run.name));
        return kOk;
    });
}

// Follows a run: prints one log as it grows (optional) and returns when the run has ended and
// that log is drained. Polls the run's status every 200 ms; the log's end also ends a poll.
static Result<RunInfo> follow(Engine* engine, const QString& runId, const QString& node, bool showOutput,
                              bool stopAtEnd, bool quiet) {
    constexpr int kPollMs = 200;
    QObject streamOwner;
    LogStream* stream = nullptr;
    bool streamDone = !showOutput;
    bool environmentShown = false; // the build log (Preparing) comes first, then the rank's
    QString lastDetail;
    for (;;) {
        Result<RunInfo> last = await(engine->getRun(runId));
        if (!last)
            return last;
        if (!quiet && last->statusDetail != lastDetail && !last->statusDetail.isEmpty() &&
            !isTerminal(last->status))
            std::fprintf(stderr, "[%s] %s\n", toString(last->status).toUtf8().constData(),
                         last->statusDetail.toUtf8().constData());
        lastDetail = last->statusDetail;
        if (showOutput && !stream) {
            auto logs = await(engine->listLogs(runId));
            QList<LogSource> sources = logs ? logs.value() : QList<LogSource>();
            if (environmentShown)
                sources.removeIf([](const LogSource& l) { return l.name == QLatin1String("environment"); });
            if (!sources.isEmpty()) {
                LogSource source = sources.first();
                for (const LogSource& l : sources)
                    if (l.name == node || l.name == QLatin1String("environment"))
                        source = l; // the environment's build log (the last source) first
                const bool isEnvironment = source.name == QLatin1String("environment");
                environmentShown = environmentShown || isEnvironment;
                stream = engine->openLog(runId, source, &streamOwner);
                stream->setFollow(!stopAtEnd || !isTerminal(last->status));
                QObject::connect(stream, &LogStream::bytesAppended, &streamOwner,
                                 [](const QByteArray& bytes, qint64) {
                                     std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                                     std::fflush(stdout);
                                 });
                QObject::connect(stream, &LogStream::finished, &streamOwner, [&, isEnvironment] {
                    if (!isEnvironment) {
                        streamDone = true;
                        return;
                    }
                    stream->deleteLater(); // on to the rank's log
                    stream = nullptr;
                });
                stream->start(0);
            } else if (logs && isTerminal(last->status)) {
                streamDone = true; // it ended before it ever ran (canceled while queued)
            }
        }
        const bool runEnded = isTerminal(last->status) || !stopAtEnd;
        if (runEnded && streamDone)
            return last;
        if (stream && !streamDone)
            awaitSignal(stream, &LogStream::finished, kPollMs);
        else
            spinEventLoopFor(kPollMs);
        if (runEnded && streamDone)
            return last;
    }
}

static int wait(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("show-output"), QStringLiteral("Stream the log while waiting.")});
    p.addOption({QStringLiteral("node"), QStringLiteral("Which rank's log (default 0)."),
                 QStringLiteral("rank"), QStringLiteral("0")});
    if (!cli.parse(
            QStringLiteral("Waits for a run to end (wait_for_completion). Exit status 0 only for Completed."),
            QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& target) {
        auto run = follow(target.engine, target.name, cli.value(QStringLiteral("node")),
                          cli.isSet(QStringLiteral("show-output")), true, cli.json());
        if (!run)
            return cli.fail(run.error());
        if (cli.json())
            cli.printJson(toJson(run.value()));
        else
            std::fprintf(stderr, "\nRun %s: %s%s\n", target.name.toUtf8().constData(),
                         toString(run->status).toUtf8().constData(),
                         run->error.isEmpty() ? ""
                                              : QByteArray(" (" + run->error.toUtf8() + ")").constData());
        return run->status == RunStatus::Completed ? kOk : kFailure;
    });
}

static int logs(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")},
                 QStringLiteral("Keep printing until the run ends.")});
    p.addOption({QStringLiteral("node"), QStringLiteral("Which rank's log (default 0)."),
                 QStringLiteral("rank"), QStringLiteral("0")});
    if (!cli.parse(QStringLiteral("Prints a run's log."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        if (cli.isSet(QStringLiteral("follow"))) {
            auto followed = follow(run.engine, run.name, cli.value(QStringLiteral("node")), true, true, true);
            return followed ? kOk : cli.fail(followed.error());
        }
        auto sources = await(run.engine->listLogs(run.name));
        if (!sources)
            return cli.fail(sources.error());
        if (sources->isEmpty())
            return kOk; // not started yet: no log
        const QString node = cli.value(QStringLiteral("node"));
        auto it = std::find_if(sources->begin(), sources->end(),
                               [&](const LogSource& s) { return s.name == node; });
        if (it == sources->end()) {
            QStringList names;
            for (const auto& s : sources.value())
                names << s.name;
            return cli.usage(QStringLiteral("--node '%1' is not a rank of this run; allowed: %2.")
                                 .arg(node, names.join(QStringLiteral(", "))));
        }
        LogStream* stream = run.engine->openLog(run.name, *it, qApp);
        stream->setFollow(false);
        QObject::connect(stream, &LogStream::bytesAppended, stream, [](const QByteArray& bytes, qint64) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        });
        stream->start(0);
        awaitSignal(stream, &LogStream::finished);
        std::fflush(stdout);
        return kOk;
    });
}

// A run's metric points (all of them, or those of one name), read to the end. Also used by
// `run compare` (RunCompareCommand.cpp).
QList<MetricPoint> readMetrics(Engine* engine, const QString& runId, const QString& only);
QList<MetricPoint> readMetrics(Engine* engine, const QString& runId, const QString& only) {
    MetricStream* stream = engine->openMetrics(runId, qApp);
    stream->setFollow(false);
    QList<MetricPoint> points;
    QObject scope; // ends the connections below with this function
    QObject::connect(stream, &MetricStream::pointsAppended, &scope, [&](const QList<MetricPoint>& batch) {
        for (const MetricPoint& point : batch)
            if ((only.isEmpty() || point.name == only) && point.kind != QLatin1String("tag"))
                points << point;
    });
    QObject::connect(stream, &MetricStream::warning, &scope,
                     [](const QString& w) { std::fprintf(stderr, "warning: %s\n", w.toUtf8().constData()); });
    stream->start();
    awaitSignal(stream, &MetricStream::finished);
    return points;
}

// Text: one line per metric, like the summary RunDetails shows, then each row/table metric as a
// table. Text values print as text; numbers with their range.
static void printMetricSummary(Cli& cli, const QList<MetricPoint>& points) {
    MetricSummary summary;
    summary.add(points);
    QList<QStringList> rows;
    const auto number = [](const std::optional<double>& v) { return v ? QString::number(*v) : QString(); };
    for (const MetricSummaryRow& row : summary.rows())
        rows << QStringList{row.name, row.kind,        QString::number(row.count),
                            row.last, number(row.min), number(row.max)};
    cli.printTable({QStringLiteral("Metric"), QStringLiteral("Kind"), QStringLiteral("Points"),
                    QStringLiteral("Last"), QStringLiteral("Min"), QStringLiteral("Max")},
                   rows);
    for (const MetricTable& table : summary.tables()) {
        if (table.columns.size() < 2 && table.rows.size() < 2)
            continue; // a one-value list says all in the summary
        cli.print(QStringLiteral("\n%1:").arg(table.name));
        cli.printTable(table.columns, table.rows);
    }
}

static int metrics(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("name"), QStringLiteral("Only this metric."), QStringLiteral("name")});
    p.addOption({QStringLiteral("system"),
                 QStringLiteral("Also the sys/ metrics sampled beside each rank (CPU, memory, I/O, GPU).")});
    if (!cli.parse(QStringLiteral("Prints a run's metrics (every point with --json)."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        return cli.finish(run.engine->getRun(run.name), [&](const RunInfo&) {
            QList<MetricPoint> points = readMetrics(run.engine, run.name, cli.value(QStringLiteral("name")));
            if (!cli.isSet(QStringLiteral("system")) && cli.value(QStringLiteral("name")).isEmpty())
                points.removeIf([](const MetricPoint& point) {
                    return point.name.startsWith(trainyard::monitoring::kSystemPrefix);
                });
            if (cli.json()) {
                QJsonArray array;
                for (const auto& point : points)
                    array.append(toJson(point));
                cli.printJson(array);
            } else {
                printMetricSummary(cli, points);
            }
        });
    });
}

static int files(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists a run's output and log files."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        return cli.finish(run.engine->listRunFiles(run.name), [&](const QList<RunFile>& list) {
            cli.printList(list, {QStringLiteral("Path"), QStringLiteral("Bytes")}, [](const RunFile& f) {
                return QStringList{f.path, QString::number(f.size)};
            });
        });
    });
}

static int download(Cli& cli) {
    cli.parser().addOption({QStringLiteral("to"), QStringLiteral("Local folder."), QStringLiteral("dir")});
    if (!cli.parse(QStringLiteral("Downloads a run's outputs and logs."), QStringLiteral("id")))
        return kUsage;
    if (cli.value(QStringLiteral("to")).isEmpty())
        return cli.usage(QStringLiteral("--to is required."));
    return cli.onTarget(kRunId, [&](const Cli::Target& run) {
        if (auto info = await(run.engine->getRun(run.name)); !info)
            return cli.fail(info.error());
        auto* t = run.engine->downloadRunFiles(run.name, cli.value(QStringLiteral("to")), qApp);
        return runTransfer(cli, t, QStringLiteral("Downloaded %1 file(s)."));
    });
}

static const CommandRegistration registration{
    {QStringLiteral("run submit"), submit, QStringLiteral("Submit a run; prints its id.")},
    {QStringLiteral("run list"), list, QStringLiteral("List runs.")},
    {QStringLiteral("run show"), show, QStringLiteral("Show a run.")},
    {QStringLiteral("run cancel"), cancel, QStringLiteral("Cancel a run.")},
    {QStringLiteral("run delete"), deleteRun,
     QCoreApplication::translate("yard", "Delete a run (Azure ML).")},
    {QStringLiteral("run wait"), wait,
     QStringLiteral("Wait for a run to end (--show-output streams its log).")},
    {QStringLiteral("run logs"), logs, QStringLiteral("Print a run's log (--follow).")},
    {QStringLiteral("run metrics"), metrics, QStringLiteral("Print a run's metrics.")},
    {QStringLiteral("run files"), files, QStringLiteral("List a run's files.")},
    {QStringLiteral("run download"), download, QStringLiteral("Download a run's outputs and logs.")},
};

} // namespace yard
