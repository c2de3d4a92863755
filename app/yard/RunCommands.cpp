#include "Cli.h"

#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/engine/Transfer.h"
#include "core/model/ModelJson.h"
#include "core/secrets/RunSecretEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace yard {

using namespace trainyard;

int runTransfer(Cli& cli, Transfer* transfer, const QString& doneMessage); // DatastoreCommands.cpp

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

static void printRun(Cli& cli, const RunInfo& r) {
    if (cli.json()) {
        cli.printJson(toJson(r));
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
    if (r.exitCode)
        text += QStringLiteral("  exit code:   %1\n").arg(*r.exitCode);
    if (!r.error.isEmpty())
        text += QStringLiteral("  error:       %1\n").arg(r.error);
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
        text += QStringLiteral("  tag:         %1=%2\n").arg(it.key(), it.value());
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
    if (config.experiment.isEmpty() || config.compute.isEmpty())
        return cli.usage(QStringLiteral("--experiment and --compute are required."));
    if (config.entryScript.isEmpty() == config.command.isEmpty())
        return cli.usage(QStringLiteral("give exactly one of --entry-script and --command."));
    int exit = kOk;
    const auto nodes = cli.intOption(QStringLiteral("node-count"), exit);
    const auto perNode = nodes ? cli.intOption(QStringLiteral("process-count-per-node"), exit) : std::nullopt;
    const auto workers = perNode ? cli.intOption(QStringLiteral("worker-count"), exit) : std::nullopt;
    const auto ps = workers ? cli.intOption(QStringLiteral("parameter-server-count"), exit) : std::nullopt;
    if (!ps)
        return exit;
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
    for (auto it = config.environmentVariables.cbegin(); it != config.environmentVariables.cend(); ++it) {
        if (trainyard::looksLikeSecret(it.key(), it.value()))
            std::fprintf(
                stderr,
                "yard run submit: warning: --env %s looks like a secret; its value is stored with the "
                "run. Keep it with `yard secret set <name>` and pass --secret-env %s=<name> instead.\n",
                qPrintable(it.key()), qPrintable(it.key()));
    }
    Engine* engine = cli.engine(exit);
    if (!engine)
        return exit;
    auto run = await(engine->submitRun(config));
    if (!run)
        return cli.fail(run.error());
    if (cli.json())
        cli.printJson(toJson(run.value()));
    else
        cli.print(run->id);
    return kOk;
}

static int list(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("experiment"), QStringLiteral("Only this experiment."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("status"), QStringLiteral("Only runs in this state."), QStringLiteral("status")});
    p.addOption(
        {QStringLiteral("compute"), QStringLiteral("Only runs on this compute."), QStringLiteral("name")});
    if (!cli.parse(QStringLiteral("Lists runs, newest first.")))
        return kUsage;
    RunFilter filter;
    filter.experiment = cli.value(QStringLiteral("experiment"));
    filter.compute = cli.value(QStringLiteral("compute"));
    if (cli.isSet(QStringLiteral("status"))) {
        filter.status = runStatusFromString(cli.value(QStringLiteral("status")));
        if (!filter.status)
            return cli.usage(QStringLiteral("--status '%1' is not a run state; allowed: %2.")
                                 .arg(cli.value(QStringLiteral("status")), allowedRunStatuses()));
    }
    int exit = kOk;
    Engine* engine = cli.engine(exit);
    if (!engine)
        return exit;
    auto runs = await(engine->listRuns(filter));
    if (!runs)
        return cli.fail(runs.error());
    if (cli.json()) {
        QJsonArray array;
        for (const auto& r : runs.value())
            array.append(toJson(r));
        cli.printJson(array);
    } else {
        QList<QStringList> rows;
        for (const auto& r : runs.value())
            rows << runRow(r);
        cli.printTable(kRunHeaders, rows);
    }
    return kOk;
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows a run."), QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    auto run = await(target->engine->getRun(target->name));
    if (!run)
        return cli.fail(run.error());
    printRun(cli, run.value());
    return kOk;
}

static int cancel(Cli& cli) {
    if (!cli.parse(QStringLiteral("Cancels a run (SIGTERM to every rank, SIGKILL after a grace period)."),
                   QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    if (auto s = await(target->engine->cancelRun(target->name)); !s)
        return cli.fail(s.error());
    if (cli.json())
        cli.printJson(
            QJsonObject{{QStringLiteral("id"), target->name}, {QStringLiteral("cancel_requested"), true}});
    else
        cli.print(QStringLiteral("Cancel requested for %1.").arg(target->name));
    return kOk;
}

static int deleteRun(Cli& cli) {
    auto tr = [](const char* text) { return QCoreApplication::translate("yard", text); };
    if (!cli.parse(tr("Deletes a run's record from the engine (Azure ML: the job)."), QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(tr("the run's id"), exit);
    if (!target)
        return exit;
    if (auto s = await(target->engine->deleteRun(target->name)); !s)
        return s.error().kind == ErrorKind::Invalid ? cli.usage(s.error().message) : cli.fail(s.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("id"), target->name}, {QStringLiteral("deleted"), true}});
    else
        cli.print(tr("Deleted run %1.").arg(target->name));
    return kOk;
}

// Follows a run: prints one log as it grows (optional) and returns when the run has ended and
// that log is drained. Polls the run's status; every wait is in the event loop.
static Result<RunInfo> follow(Engine* engine, const QString& runId, const QString& node, bool showOutput,
                              bool stopAtEnd, bool quiet) {
    Result<RunInfo> last;
    LogStream* stream = nullptr;
    bool streamDone = !showOutput;
    bool runEnded = false;
    QString lastDetail;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(200);

    auto maybeQuit = [&] {
        if (runEnded && streamDone)
            loop.quit();
    };
    std::function<void()> tick = [&] {
        auto runFuture = engine->getRun(runId);
        last = await(runFuture);
        if (!last) {
            loop.quit();
            return;
        }
        if (!quiet && last->statusDetail != lastDetail && !last->statusDetail.isEmpty() &&
            !isTerminal(last->status))
            std::fprintf(stderr, "[%s] %s\n", toString(last->status).toUtf8().constData(),
                         last->statusDetail.toUtf8().constData());
        lastDetail = last->statusDetail;
        if (showOutput && !stream) {
            auto logs = await(engine->listLogs(runId));
            if (logs && !logs->isEmpty()) {
                LogSource source = logs->first();
                for (const LogSource& l : logs.value())
                    if (l.name == node)
                        source = l;
                stream = engine->openLog(runId, source, &loop);
                stream->setFollow(!stopAtEnd || !isTerminal(last->status));
                QObject::connect(stream, &LogStream::bytesAppended, &loop,
                                 [](const QByteArray& bytes, qint64) {
                                     std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                                     std::fflush(stdout);
                                 });
                QObject::connect(stream, &LogStream::finished, &loop, [&] {
                    streamDone = true;
                    maybeQuit();
                });
                stream->start(0);
            } else if (logs && isTerminal(last->status)) {
                streamDone = true; // it ended before it ever ran (canceled while queued)
            }
        }
        runEnded = isTerminal(last->status) || !stopAtEnd;
        maybeQuit();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, tick);
    poll.start();
    QTimer::singleShot(0, &loop, tick);
    loop.exec();
    return last;
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
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    auto run = follow(target->engine, target->name, cli.value(QStringLiteral("node")),
                      cli.isSet(QStringLiteral("show-output")), true, cli.json());
    if (!run)
        return cli.fail(run.error());
    if (cli.json())
        cli.printJson(toJson(run.value()));
    else
        std::fprintf(stderr, "\nRun %s: %s%s\n", target->name.toUtf8().constData(),
                     toString(run->status).toUtf8().constData(),
                     run->error.isEmpty() ? "" : QByteArray(" (" + run->error.toUtf8() + ")").constData());
    return run->status == RunStatus::Completed ? kOk : kFailure;
}

static int logs(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")},
                 QStringLiteral("Keep printing until the run ends.")});
    p.addOption({QStringLiteral("node"), QStringLiteral("Which rank's log (default 0)."),
                 QStringLiteral("rank"), QStringLiteral("0")});
    if (!cli.parse(QStringLiteral("Prints a run's log."), QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    Engine* engine = target->engine;
    const bool following = cli.isSet(QStringLiteral("follow"));
    if (!following) {
        auto sources = await(engine->listLogs(target->name));
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
        LogStream* stream = engine->openLog(target->name, *it, qApp);
        stream->setFollow(false);
        QEventLoop loop;
        QObject::connect(stream, &LogStream::bytesAppended, &loop, [](const QByteArray& bytes, qint64) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        });
        QObject::connect(stream, &LogStream::finished, &loop, &QEventLoop::quit);
        stream->start(0);
        loop.exec();
        std::fflush(stdout);
        return kOk;
    }
    auto run = follow(engine, target->name, cli.value(QStringLiteral("node")), true, true, true);
    return run ? kOk : cli.fail(run.error());
}

static int metrics(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("name"), QStringLiteral("Only this metric."), QStringLiteral("name")});
    if (!cli.parse(QStringLiteral("Prints a run's metrics (every point with --json)."), QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    if (auto run = await(target->engine->getRun(target->name)); !run)
        return cli.fail(run.error());
    MetricStream* stream = target->engine->openMetrics(target->name, qApp);
    stream->setFollow(false);
    QList<MetricPoint> points;
    const QString only = cli.value(QStringLiteral("name"));
    QEventLoop loop;
    QObject::connect(stream, &MetricStream::pointsAppended, &loop, [&](const QList<MetricPoint>& batch) {
        for (const MetricPoint& point : batch)
            if ((only.isEmpty() || point.name == only) && point.kind != QLatin1String("tag"))
                points << point;
    });
    QObject::connect(stream, &MetricStream::warning, &loop,
                     [](const QString& w) { std::fprintf(stderr, "warning: %s\n", w.toUtf8().constData()); });
    QObject::connect(stream, &MetricStream::finished, &loop, &QEventLoop::quit);
    stream->start();
    loop.exec();
    if (cli.json()) {
        QJsonArray array;
        for (const auto& point : points)
            array.append(toJson(point));
        cli.printJson(array);
        return kOk;
    }
    // Text: one line per metric, like the summary RunDetails shows.
    QMap<QString, QList<MetricPoint>> byName;
    for (const auto& point : points)
        byName[point.text.isEmpty() || point.kind == QLatin1String("scalar") ? point.name
                                                                             : point.name + u'/' + point.text]
            << point;
    QList<QStringList> rows;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        double lo = qInf(), hi = -qInf();
        for (const auto& point : it.value()) {
            lo = std::min(lo, point.value);
            hi = std::max(hi, point.value);
        }
        rows << QStringList{it.key(), QString::number(it.value().size()),
                            QString::number(it.value().last().value), QString::number(lo),
                            QString::number(hi)};
    }
    cli.printTable({QStringLiteral("Metric"), QStringLiteral("Points"), QStringLiteral("Last"),
                    QStringLiteral("Min"), QStringLiteral("Max")},
                   rows);
    return kOk;
}

static int files(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists a run's output and log files."), QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    auto list = await(target->engine->listRunFiles(target->name));
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const auto& f : list.value())
            array.append(toJson(f));
        cli.printJson(array);
    } else {
        QList<QStringList> rows;
        for (const auto& f : list.value())
            rows << QStringList{f.path, QString::number(f.size)};
        cli.printTable({QStringLiteral("Path"), QStringLiteral("Bytes")}, rows);
    }
    return kOk;
}

static int download(Cli& cli) {
    cli.parser().addOption({QStringLiteral("to"), QStringLiteral("Local folder."), QStringLiteral("dir")});
    if (!cli.parse(QStringLiteral("Downloads a run's outputs and logs."), QStringLiteral("id")))
        return kUsage;
    if (cli.value(QStringLiteral("to")).isEmpty())
        return cli.usage(QStringLiteral("--to is required."));
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the run's id"), exit);
    if (!target)
        return exit;
    if (auto run = await(target->engine->getRun(target->name)); !run)
        return cli.fail(run.error());
    auto* t = target->engine->downloadRunFiles(target->name, cli.value(QStringLiteral("to")), qApp);
    return runTransfer(cli, t, QStringLiteral("Downloaded %1 file(s)."));
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
