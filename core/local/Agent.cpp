#include "core/local/Agent.h"

#include "core/engine/ClusterBounds.h"
#include "core/engine/ContainerCommand.h"
#include "core/engine/DatastoreArguments.h"
#include "core/engine/PythonHelper.h"
#include "core/engine/RankPlan.h"
#include "core/engine/RankWorkDirs.h"
#include "core/local/AgentSocket.h"
#include "core/local/EnvironmentPreparation.h"
#include "core/local/MpiLauncher.h"
#include "core/local/NodeGpus.h"
#include "core/local/RankFiles.h"
#include "core/local/YardProgram.h"
#include "core/platform/Process.h"
#include "core/platform/System.h"
#include "core/util/AtomicFile.h"
#include "core/util/DiskSpace.h"
#include "core/util/FileTree.h"
#include "core/util/JsonFile.h"
#include "core/util/LogCategories.h"
#include "core/util/PathConfinement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <cstdio>

namespace trainyard::local {

namespace {

QList<quint16> freeLoopbackPorts(int count) {
    // Hold every listener until all are chosen, so no port is handed out twice.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (server->listen(QHostAddress::LocalHost, 0))
            ports << server->serverPort();
        servers.push_back(std::move(server));
    }
    return ports;
}

bool viaMpiLauncher(const RunConfig& config) {
    return config.distribution.type == DistributionType::Mpi;
}

bool isLaunched(RunStatus s) {
    return s == RunStatus::Preparing || s == RunStatus::Starting || s == RunStatus::Running ||
           s == RunStatus::Finalizing;
}

} // namespace

Agent::Agent(const LocalLayout& layout, const AgentOptions& options, QObject* parent)
    : QObject(parent)
    , m_layout(layout)
    , m_options(options)
    , m_lock(layout.agentLock().toStdString()) { // released by the kernel when we end
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &Agent::tick);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            if (!peerIsThisUser(socket->socketDescriptor())) {
                socket->abort(); // only this user's clients may wake the agent
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
        QTimer::singleShot(0, this, &Agent::tick);
    });
}

Agent::~Agent() = default;

void Agent::log(const QString& line) {
    // The agent's stderr is agent.log (AgentClient); `yard agent` sets the time-stamped pattern.
    qCInfo(lcAgent).noquote() << line;
}

Status Agent::start() {
    if (!m_lock.tryLock()) {
        const qint64 pid = platform::InstanceLock::holder(m_layout.agentLock().toStdString());
        return Error::conflict(
            QStringLiteral("Another agent (pid %1) already serves %2.").arg(pid).arg(m_layout.folder()));
    }
    auto db = LocalDatabase::open(m_layout);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_children = std::make_unique<ChildRunSync>(m_layout, *m_db);
    if (auto s = installPythonHelper(m_layout.pythonLib()); !s)
        return s;
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    const QString socket = agentSocketPath(m_layout);
    if (socket.isEmpty()) {
        log(QStringLiteral("no private folder for the wake-up socket; polling only"));
    } else if (!m_server.listen(socket)) {
        // We hold the lock, so a socket left under this name is a dead agent's.
        QLocalServer::removeServer(socket);
        if (!m_server.listen(socket))
            log(QStringLiteral("cannot listen for wake-ups (%1); polling only").arg(m_server.errorString()));
    }
    m_lastBusy = nowSeconds();
    log(QStringLiteral("agent %1 serves %2").arg(QCoreApplication::applicationPid()).arg(m_layout.folder()));
    m_timer.start();
    QTimer::singleShot(0, this, &Agent::tick);
    return {};
}

void Agent::tick() {
    const double now = nowSeconds();
    auto active = m_db->activeRuns();
    auto computes = m_db->computes();
    if (!active || !computes) {
        log(QStringLiteral("database: %1").arg(!active ? active.error().message : computes.error().message));
        return;
    }
    advanceNodes(now, computes.value());

    QList<RunInfo> queued;
    for (const RunInfo& run : active.value()) {
        if (ChildRunSync::isScriptChild(run)) { // no process: its parent's script drives it
            if (run.cancelRequested)
                m_children->cancelRequested(run);
            continue;
        }
        if (isLaunched(run.status))
            supervise(run);
        else if (run.cancelRequested)
            finish(run, RunStatus::Canceled, std::nullopt, QString(), QDateTime::currentDateTimeUtc());
        else
            queued << run;
    }
    computes = m_db->computes(); // supervise() may have freed nodes
    if (!computes)
        return;
    schedule(now, computes.value(), queued);
    scaleDown(now, computes.value(), queued);

    bool busy = !active->isEmpty();
    for (const ComputeInfo& c : computes.value()) {
        const auto& n = c.nodeStateCounts;
        busy = busy || n.preparing > 0 || n.leaving > 0 || n.total() > c.spec.minNodes;
    }
    if (busy)
        m_lastBusy = now;
    else if (now - m_lastBusy > m_options.idleExitSeconds)
        emit idleTimeout();
}

void Agent::advanceNodes(double now, const QList<ComputeInfo>& computes) {
    for (const ComputeInfo& compute : computes) {
        for (const ComputeNode& node : compute.nodes) {
            const double age = now - double(node.stateSince.toMSecsSinceEpoch()) / 1000.0;
            if (node.state == QLatin1String("preparing") && age * 1000 >= m_options.nodePrepareMs)
                m_db->setNodeState(node.nodeId, QStringLiteral("idle"));
            else if (node.state == QLatin1String("leaving") && age * 1000 >= m_options.nodeLeaveMs)
                m_db->deleteNode(node.nodeId);
            else if (node.state == QLatin1String("running")) {
                // A node whose run has ended (the agent died between the two writes) is free again.
                auto run = m_db->run(node.runId);
                if (!run || isTerminal(run->status))
                    m_db->setNodeState(node.nodeId, QStringLiteral("idle"));
            }
        }
    }
}

void Agent::supervise(RunInfo run) {
    const int world = processCount(run.config);
    Signaled& signaled = m_signaled[run.id];
    m_children->sync(run);

    // The last spec launch() writes: the launcher's for an mpi run, else rank 0's.
    const QString lastSpec = rankfiles::specFile(viaMpiLauncher(run.config) ? m_layout.launcherDir(run.id)
                                                                            : m_layout.rankDir(run.id, 0));
    if (run.status == RunStatus::Preparing || !QFile::exists(lastSpec)) {
        // The agent stopped while launching this run: launch() skips what was already done.
        launch(run, run.nodes);
        return;
    }
    if (run.cancelRequested && !signaled.terminateSent) {
        stopRanks(run);
        signaled.terminateSent = true;
        run.statusDetail = QStringLiteral("canceling");
        m_db->updateRun(run);
    }
    if (const QString reason = timeLimitReason(run); !reason.isEmpty() && !signaled.terminateSent) {
        stopRanks(run); // the runners: SIGTERM, the grace period, SIGKILL
        signaled.terminateSent = true;
        signaled.timeLimit = reason;
        run.statusDetail = QStringLiteral("stopping: ") + reason;
        m_db->updateRun(run);
    }
    if (viaMpiLauncher(run.config))
        settleRanksOfEndedLauncher(run, signaled.terminateSent);

    bool allStarted = true, allExited = true;
    QDateTime firstStart, lastEnd;
    std::optional<RankExit> failure;
    int failedRank = -1;
    for (int rank = 0; rank < world; ++rank) {
        const QString dir = m_layout.rankDir(run.id, rank);
        std::optional<RankExit> exit = rankfiles::readExit(dir);
        const auto started = rankfiles::readStarted(dir);
        if (!exit) {
            const auto pid = rankfiles::readRunnerPid(dir);
            if (pid && !rankfiles::processAlive(*pid) && !(exit = rankfiles::readExit(dir))) {
                // The runner died without a word (kill -9): its rank is lost, say so and go on.
                RankExit lost;
                lost.exitCode = -1;
                lost.error =
                    QStringLiteral("the runner of rank %1 ended without recording an exit status").arg(rank);
                if (const QString reason = fullDiskReason(dir); !reason.isEmpty())
                    lost.error += QStringLiteral(": ") + reason;
                lost.endedAt = QDateTime::currentDateTimeUtc();
                lost.canceled = signaled.terminateSent; // asked to stop, it was stopped (mpirun kills)
                rankfiles::writeExit(dir, lost);
                if (started && started->childPid > 0)
                    platform::killTree(started->childPid); // its orphaned script, whole group
                exit = lost;
            }
        }
        if (started && (!firstStart.isValid() || started->startedAt < firstStart))
            firstStart = started->startedAt;
        allStarted = allStarted && (started || exit);
        allExited = allExited && exit.has_value();
        if (exit) {
            if (!lastEnd.isValid() || exit->endedAt > lastEnd)
                lastEnd = exit->endedAt;
            const bool failed = exit->exitCode != 0 && !exit->canceled;
            if (failed && (!failure || exit->endedAt < failure->endedAt)) {
                failure = exit;
                failedRank = rank;
            }
        }
    }

    if (failure && !signaled.terminateSent && !allExited) {
        // One rank failing fails the run: stop the others rather than let them wait forever.
        stopRanks(run);
        signaled.terminateSent = true;
    }
    if (allStarted && run.status == RunStatus::Starting) {
        run.status = RunStatus::Running;
        // A run whose ranks never started (its launcher failed) started when it ended.
        run.startedAt = firstStart.isValid() ? firstStart
                        : lastEnd.isValid()  ? lastEnd
                                             : QDateTime::currentDateTimeUtc();
        run.statusDetail.clear();
        m_db->updateRun(run);
    }
    if (!allExited)
        return;

    if ((run.cancelRequested || !signaled.timeLimit.isEmpty()) && !failure) {
        // Azure ML cancels a job that reaches limits.timeout; the reason stays with the run.
        finish(run, RunStatus::Canceled, std::nullopt, signaled.timeLimit, lastEnd);
    } else if (failure) {
        const QString nodeId = run.nodes.value(failedRank * run.nodeCount / qMax(1, world));
        QString error =
            failure->error.isEmpty()
                ? QStringLiteral("rank %1 (node %2) exited with code %3")
                      .arg(failedRank)
                      .arg(nodeId)
                      .arg(failure->exitCode)
                : QStringLiteral("rank %1 (node %2): %3").arg(failedRank).arg(nodeId, failure->error);
        finish(run, RunStatus::Failed, failure->exitCode, error, lastEnd);
    } else {
        finish(run, RunStatus::Completed, 0, QString(), lastEnd);
    }
}

void Agent::finish(RunInfo run, RunStatus status, std::optional<int> exitCode, const QString& error,
                   const QDateTime& endedAt) {
    // Finalizing is brief here (the runner already flushed everything) but clients may see it.
    if (isLaunched(run.status)) {
        run.status = RunStatus::Finalizing;
        m_db->updateRun(run);
    }
    run.status = status;
    run.exitCode = exitCode;
    run.error = error;
    run.statusDetail.clear();
    run.endedAt = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    m_children->parentEnded(run); // before the parent is seen ended, so its children are final too
    const Status written = m_db->transaction([&]() -> Status {
        if (auto s = m_db->updateRun(run); !s)
            return s;
        for (const QString& node : run.nodes) {
            if (auto s = m_db->setNodeState(node, QStringLiteral("idle")); !s)
                return s;
        }
        return {};
    });
    if (!written) {
        log(QStringLiteral("cannot record the end of %1: %2").arg(run.id, written.error().message));
        return;
    }
    // A file beside the logs says the run is over, so a log or metrics reader needs no database.
    writeJsonFileAtomically(m_layout.run(run.id) + QStringLiteral("/final.json"),
                            {{QStringLiteral("status"), toString(status)},
                             {QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
                             {QStringLiteral("error"), error}});
    m_signaled.remove(run.id);
    log(QStringLiteral("%1 %2%3").arg(run.id, toString(status), error.isEmpty() ? QString() : u": " + error));
}

void Agent::stopRanks(const RunInfo& run) {
    const int world = processCount(run.config);
    for (int rank = 0; rank < world; ++rank) {
        const QString dir = m_layout.rankDir(run.id, rank);
        if (rankfiles::readExit(dir))
            continue;
        if (const auto pid = rankfiles::readRunnerPid(dir))
            platform::requestStop(*pid);
    }
    // An mpi run's launcher ends by itself when its ranks do (a stopped mpirun would kill the
    // ranks before their runners record why); it is stopped only when it started no rank.
    const QString launcher = m_layout.launcherDir(run.id);
    const auto launcherPid = rankfiles::readRunnerPid(launcher);
    if (viaMpiLauncher(run.config) && launcherPid && !rankfiles::readExit(launcher) &&
        !rankfiles::readRunnerPid(m_layout.rankDir(run.id, 0)))
        platform::requestStop(*launcherPid);
}

QString Agent::timeLimitReason(const RunInfo& run) const {
    const qint64 limit = run.config.timeoutSeconds;
    if (limit <= 0 || run.status != RunStatus::Running || !run.startedAt.isValid())
        return QString();
    if (run.startedAt.secsTo(QDateTime::currentDateTimeUtc()) < limit)
        return QString();
    return QStringLiteral("the run reached its time limit of %1 s (max_run_duration_seconds)").arg(limit);
}

void Agent::settleRanksOfEndedLauncher(const RunInfo& run, bool stopRequested) {
    const auto launcherExit = rankfiles::readExit(m_layout.launcherDir(run.id));
    if (!launcherExit)
        return;
    // A rank whose runner the launcher never started would otherwise be waited for forever.
    QString why = launcherExit->error;
    if (why.isEmpty()) {
        QFile log(m_layout.logs(run.id) + QStringLiteral("/mpi_launcher.txt"));
        if (log.open(QIODevice::ReadOnly))
            log.seek(qMax<qint64>(0, log.size() - 4096)); // its last words are enough
        const QStringList lines = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        why = lines.isEmpty() ? QStringLiteral("exit code %1").arg(launcherExit->exitCode)
                              : lines.last().trimmed();
    }
    for (int rank = 0; rank < processCount(run.config); ++rank) {
        const QString dir = m_layout.rankDir(run.id, rank);
        if (rankfiles::readExit(dir) || rankfiles::readRunnerPid(dir))
            continue;
        RankExit never;
        never.exitCode = launcherExit->exitCode != 0 ? launcherExit->exitCode : -1;
        never.canceled = stopRequested;
        never.error =
            QStringLiteral("the MPI launcher ended before starting it: %1 (logs/mpi_launcher.txt)").arg(why);
        never.endedAt = launcherExit->endedAt;
        rankfiles::writeExit(dir, never);
    }
}

void Agent::startRunner(const QString& dir) {
    if (rankfiles::readRunnerPid(dir) || rankfiles::readExit(dir))
        return; // started before the agent stopped
    platform::ProcessSpec runner;
    runner.program = yardProgram().toStdString();
    runner.arguments = {"runner", rankfiles::specFile(dir).toStdString()};
    runner.workingDirectory = dir.toStdString();
    runner.outputFile = QString(dir + QStringLiteral("/runner.log")).toStdString();
    std::string error;
    const platform::ProcessId pid = platform::startDetached(runner, &error);
    if (pid <= 0) {
        RankExit failed;
        failed.exitCode = 127;
        failed.error = QStringLiteral("cannot start the runner %1: %2")
                           .arg(yardProgram(), QString::fromStdString(error));
        failed.endedAt = QDateTime::currentDateTimeUtc();
        rankfiles::writeExit(dir, failed);
        return;
    }
    // Written here too, so a runner killed before it writes its own is still seen as lost.
    writeFileDurably(rankfiles::pidFile(dir), QByteArray::number(pid) + '\n');
}

QString Agent::newNodeId(const ComputeInfo& compute, const QSet<QString>& taken) const {
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("%1-n%2").arg(compute.spec.name).arg(i);
        if (!taken.contains(id))
            return id;
    }
}

void Agent::schedule(double now, const QList<ComputeInfo>& computes, const QList<RunInfo>& queued) {
    Q_UNUSED(now)
    for (const ComputeInfo& compute : computes) {
        QStringList idle;
        QSet<QString> taken;
        int preparing = 0, present = 0;
        for (const ComputeNode& node : compute.nodes) {
            taken << node.nodeId;
            if (node.state == QLatin1String("idle") && node.runId.isEmpty())
                idle << node.nodeId;
            if (node.state == QLatin1String("preparing"))
                ++preparing;
            if (node.state != QLatin1String("leaving"))
                ++present;
        }
        // Strict first-in first-out per cluster: a big run at the head is not starved by small ones.
        QList<RunInfo> waiting;
        int demand = 0;
        for (const RunInfo& run : queued) {
            if (run.compute != compute.spec.name)
                continue;
            // Checked at submit; a row written by an older version or by hand is checked again.
            if (auto s = checkRunBounds(localClusterBounds(), run.config); !s) {
                finish(run, RunStatus::Failed, std::nullopt, s.error().message, QDateTime());
                continue;
            }
            if (run.nodeCount > compute.spec.maxNodes) {
                finish(run, RunStatus::Failed, std::nullopt,
                       QStringLiteral("the run needs %1 nodes but compute '%2' has max_nodes %3")
                           .arg(run.nodeCount)
                           .arg(compute.spec.name)
                           .arg(compute.spec.maxNodes),
                       QDateTime());
                continue;
            }
            if (waiting.isEmpty() && idle.size() >= run.nodeCount) {
                const QStringList nodes = idle.mid(0, run.nodeCount);
                idle = idle.mid(run.nodeCount);
                launch(run, nodes);
                continue;
            }
            waiting << run;
            demand += run.nodeCount;
        }
        // Grow towards the demand of the waiting runs (at most max_nodes), and to min_nodes.
        // Never beyond what a local cluster holds, whatever the database says.
        const int most = qMin(compute.spec.maxNodes, localClusterBounds().maxNodes);
        const int wanted =
            qMax(qMin(compute.spec.minNodes, most), present + qMax(0, demand - preparing - int(idle.size())));
        const int add = qBound(0, wanted - present, most - present);
        for (int i = 0; i < add; ++i) {
            const QString id = newNodeId(compute, taken);
            taken << id;
            m_db->insertNode(compute.spec.name, id, QStringLiteral("preparing"));
        }
        preparing += add;
        present += add;

        for (int i = 0; i < waiting.size(); ++i) {
            RunInfo run = waiting[i];
            QString detail;
            if (i > 0)
                detail = QStringLiteral("queued behind %1 run(s) on %2").arg(i).arg(compute.spec.name);
            else if (preparing > 0)
                detail = QStringLiteral("waiting for %1 node(s): the cluster is scaling up (%2 preparing)")
                             .arg(run.nodeCount)
                             .arg(preparing);
            else
                detail = QStringLiteral(
                             "waiting for %1 node(s): no free node and the cluster is at max_nodes (%2)")
                             .arg(run.nodeCount)
                             .arg(compute.spec.maxNodes);
            if (detail != run.statusDetail) {
                run.statusDetail = detail;
                m_db->updateRun(run);
            }
        }
    }
}

void Agent::scaleDown(double now, const QList<ComputeInfo>& computes, const QList<RunInfo>& queued) {
    for (const ComputeInfo& compute : computes) {
        bool hasQueued = false;
        for (const RunInfo& run : queued)
            hasQueued = hasQueued || run.compute == compute.spec.name;
        int present = 0;
        QList<ComputeNode> idle;
        for (const ComputeNode& node : compute.nodes) {
            if (node.state != QLatin1String("leaving"))
                ++present;
            if (node.state == QLatin1String("idle") && node.runId.isEmpty())
                idle << node;
        }
        std::sort(idle.begin(), idle.end(),
                  [](const ComputeNode& a, const ComputeNode& b) { return a.stateSince < b.stateSince; });
        for (const ComputeNode& node : idle) {
            const double idleFor = now - double(node.stateSince.toMSecsSinceEpoch()) / 1000.0;
            const bool overMax = present > compute.spec.maxNodes;
            const bool timedOut = !hasQueued && present > compute.spec.minNodes &&
                                  idleFor >= compute.spec.idleSecondsBeforeScaledown;
            if (overMax || timedOut) {
                m_db->setNodeState(node.nodeId, QStringLiteral("leaving"));
                --present;
            }
        }
    }
}

bool Agent::launch(RunInfo run, const QStringList& nodeIds) {
    if (run.status != RunStatus::Preparing && run.status != RunStatus::Starting) {
        run.status = RunStatus::Preparing;
        run.nodes = nodeIds;
        run.statusDetail.clear();
        const Status claimed = m_db->transaction([&]() -> Status {
            for (const QString& node : nodeIds) {
                if (auto s = m_db->setNodeState(node, QStringLiteral("running"), run.id); !s)
                    return s;
            }
            return m_db->updateRun(run);
        });
        if (!claimed) {
            log(QStringLiteral("cannot claim nodes for %1: %2").arg(run.id, claimed.error().message));
            return false;
        }
    }
    QDir().mkpath(m_layout.outputs(run.id));
    QDir().mkpath(m_layout.logs(run.id));

    // Datastore references in the arguments: {datastore:path} is passed as the path itself
    // (mounted), {datastore:path:download} is copied into the run's inputs/ first. Both stay
    // inside the datastore and the run's folder (DatastoreArguments confines them).
    const QString inputs = m_layout.inputs(run.id);
    auto arguments = substituteDatastoreReferences(
        run.config.arguments, m_layout.datastore(QStringLiteral("workspaceblobstore")),
        [&](const QString& source, const QString& relative, bool download) -> Result<QString> {
            if (!download)
                return source;
            auto path = confinedPath(inputs, relative, QStringLiteral("arguments"));
            if (path && !QFileInfo::exists(path.value())) {
                if (auto s = copyTree(source, path.value(), true, nullptr); !s)
                    return s.error();
            }
            return path;
        });
    if (!arguments) {
        finish(run, RunStatus::Failed, std::nullopt,
               QStringLiteral("input %1").arg(arguments.error().message), QDateTime());
        return false;
    }

    // The environment first: a pip or conda one may still be building (the run stays Preparing).
    const Preparation environment = prepareEnvironment(m_layout, m_options, run);
    if (environment.state == Preparation::Building) {
        if (run.cancelRequested) { // the build goes on for the cache; the run ends now
            finish(run, RunStatus::Canceled, std::nullopt, QString(), QDateTime());
            return false;
        }
        if (run.statusDetail != environment.message) {
            run.statusDetail = environment.message;
            m_db->updateRun(run);
        }
        return true;
    }
    if (environment.state == Preparation::Failed) {
        finish(run, RunStatus::Failed, std::nullopt, environment.message, QDateTime());
        return false;
    }
    auto gpus = nodeGpus(m_layout, *m_db, run);
    if (!gpus) {
        finish(run, RunStatus::Failed, std::nullopt, gpus.error().message, QDateTime());
        return false;
    }

    RunContext ctx;
    ctx.runId = run.id;
    ctx.experiment = run.experiment;
    ctx.workspaceFolder = m_layout.folder();
    ctx.snapshotDir = m_layout.snapshot(run.id);
    ctx.outputsDir = m_layout.outputs(run.id);
    ctx.logsDir = m_layout.logs(run.id);
    ctx.metricsFile = m_layout.metricsFile(run.id);
    ctx.pythonLib = m_layout.pythonLib();
    ctx.python = environment.python;
    ctx.environmentVariables = environment.variables;
    ctx.cudaVisibleDevices = gpus.value();
    ctx.nodeIds = run.nodes;
    ctx.freePorts = freeLoopbackPorts(portsNeeded(run.config));
    ctx.resolvedArguments = arguments.value();
    ctx.ranksDir = m_layout.ranksDir(run.id);
    const QList<RankSpec> ranks = planRanks(run.config, ctx);
    if (auto s = prepareRankWorkDirs(ctx, ranks); !s) {
        finish(run, RunStatus::Failed, std::nullopt, s.error().message, QDateTime());
        return false;
    }
    std::optional<RankSpec> launcher;
    if (viaMpiLauncher(run.config)) {
        // Found when the run starts, on the agent's PATH, as the runners will use it.
        auto mpi = findMpiLauncher();
        if (!mpi) {
            finish(run, RunStatus::Failed, std::nullopt, mpi.error().message, QDateTime());
            return false;
        }
        launcher = mpiLauncherSpec(mpi.value(), ctx, int(ranks.size()), m_layout.launcherDir(run.id),
                                   yardProgram(), platform::isSuperuser());
    }

    QList<RankSpec> specs = ranks;
    if (launcher)
        specs << *launcher; // written last: supervise() relaunches until it exists
    for (RankSpec spec : specs) {
        if (spec.rankDir.isEmpty())
            spec.rankDir = m_layout.rankDir(run.id, spec.rank);
        spec.graceSeconds = m_options.cancelGraceSeconds;
        if (!environment.image.isEmpty())
            wrapInContainer(spec, environment.containerRuntime, environment.image, m_layout.folder());
        QDir().mkpath(spec.rankDir);
        if (QFile::exists(rankfiles::specFile(spec.rankDir)))
            continue; // written before the agent stopped; its runner owns it
        if (!run.config.secretEnvironment.isEmpty() && spec.rank >= 0) {
            // Only the names: the runner reads the values from the keychain as it starts.
            QJsonObject names;
            for (auto it = run.config.secretEnvironment.cbegin(); it != run.config.secretEnvironment.cend();
                 ++it)
                names.insert(it.key(), it.value());
            writeJsonFileAtomically(rankfiles::secretEnvironmentFile(spec.rankDir), names);
        }
        writeJsonFileAtomically(rankfiles::specFile(spec.rankDir), toJson(spec));
    }
    run.status = RunStatus::Starting;
    m_db->updateRun(run);

    if (launcher) {
        startRunner(launcher->rankDir); // it starts a runner per rank
    } else {
        for (const RankSpec& spec : ranks)
            startRunner(m_layout.rankDir(run.id, spec.rank));
    }
    log(QStringLiteral("%1 started on %2").arg(run.id, run.nodes.join(u',')));
    return true;
}

} // namespace trainyard::local
