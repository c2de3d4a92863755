#include "core/local/Agent.h"

#include "core/local/PythonHelper.h"
#include "core/local/RankFiles.h"
#include "core/local/RankPlan.h"
#include "core/local/YardProgram.h"
#include "core/util/FileTree.h"
#include "core/util/JsonFile.h"
#include "core/util/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <csignal>

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

bool isLaunched(RunStatus s) {
    return s == RunStatus::Preparing || s == RunStatus::Starting || s == RunStatus::Running ||
           s == RunStatus::Finalizing;
}

} // namespace

Agent::Agent(const LocalLayout& layout, const AgentOptions& options, QObject* parent)
    : QObject(parent)
    , m_layout(layout)
    , m_options(options)
    , m_lock(layout.agentLock()) {
    m_lock.setStaleLockTime(0); // stale only when its process is gone, however old
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &Agent::tick);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
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
    if (!m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock.getLockInfo(&pid, &host, &app);
        return Error::conflict(
            QStringLiteral("Another agent (pid %1) already serves %2.").arg(pid).arg(m_layout.folder()));
    }
    auto db = LocalDatabase::open(m_layout);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    if (auto s = installPythonHelper(m_layout.pythonLib()); !s)
        return s;
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_layout.agentSocketName())) {
        // We hold the lock, so a socket left under this name is a dead agent's.
        QLocalServer::removeServer(m_layout.agentSocketName());
        if (!m_server.listen(m_layout.agentSocketName()))
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

    if (run.status == RunStatus::Preparing ||
        !QFile::exists(rankfiles::specFile(m_layout.rankDir(run.id, 0)))) {
        // The agent stopped while launching this run: launch() skips what was already done.
        launch(run, run.nodes);
        return;
    }
    if (run.cancelRequested && !signaled.terminateSent) {
        signalRanks(run, SIGTERM);
        signaled.terminateSent = true;
        run.statusDetail = QStringLiteral("canceling");
        m_db->updateRun(run);
    }

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
                lost.endedAt = QDateTime::currentDateTimeUtc();
                rankfiles::writeExit(dir, lost);
                if (started && started->childPid > 0)
                    ::kill(-pid_t(started->childPid), SIGKILL); // its orphaned script, whole group
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
        signalRanks(run, SIGTERM);
        signaled.terminateSent = true;
    }
    if (allStarted && run.status == RunStatus::Starting) {
        run.status = RunStatus::Running;
        run.startedAt = firstStart.isValid() ? firstStart : QDateTime::currentDateTimeUtc();
        run.statusDetail.clear();
        m_db->updateRun(run);
    }
    if (!allExited)
        return;

    if (run.cancelRequested && !failure) {
        finish(run, RunStatus::Canceled, std::nullopt, QString(), lastEnd);
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

void Agent::signalRanks(const RunInfo& run, int signal) {
    const int world = processCount(run.config);
    for (int rank = 0; rank < world; ++rank) {
        const QString dir = m_layout.rankDir(run.id, rank);
        if (rankfiles::readExit(dir))
            continue;
        if (const auto pid = rankfiles::readRunnerPid(dir))
            ::kill(pid_t(*pid), signal);
    }
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
        const int wanted =
            qMax(compute.spec.minNodes, present + qMax(0, demand - preparing - int(idle.size())));
        const int add = qBound(0, wanted - present, compute.spec.maxNodes - present);
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
    // (mounted), {datastore:path:download} is copied into the run's inputs/ first.
    static const QRegularExpression reference(
        QStringLiteral("\\{datastore:([^}:]*)(?::(mount|download))?\\}"));
    QStringList arguments;
    for (QString argument : run.config.arguments) {
        QRegularExpressionMatch m;
        while ((m = reference.match(argument)).hasMatch()) {
            const QString relative = QDir::cleanPath(m.captured(1));
            const QString source = m_layout.datastore(QStringLiteral("workspaceblobstore")) + u'/' + relative;
            QString path = source;
            if (m.captured(2) == QLatin1String("download")) {
                path = m_layout.inputs(run.id) + u'/' + relative;
                if (!QFileInfo::exists(path)) {
                    if (auto s = copyTree(source, path, true, nullptr); !s) {
                        finish(run, RunStatus::Failed, std::nullopt,
                               QStringLiteral("input %1: %2").arg(m.captured(0), s.error().message),
                               QDateTime());
                        return false;
                    }
                }
            }
            argument.replace(m.capturedStart(), m.capturedLength(), path);
        }
        arguments << argument;
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
    ctx.python = m_options.python;
    ctx.nodeIds = run.nodes;
    ctx.freePorts = freeLoopbackPorts(portsNeeded(run.config));
    ctx.resolvedArguments = arguments;
    const QList<RankSpec> ranks = planRanks(run.config, ctx);

    for (RankSpec spec : ranks) {
        spec.rankDir = m_layout.rankDir(run.id, spec.rank);
        spec.graceSeconds = m_options.cancelGraceSeconds;
        QDir().mkpath(spec.rankDir);
        if (QFile::exists(rankfiles::specFile(spec.rankDir)))
            continue; // written before the agent stopped; its runner owns it
        writeJsonFileAtomically(rankfiles::specFile(spec.rankDir), toJson(spec));
    }
    run.status = RunStatus::Starting;
    m_db->updateRun(run);

    for (const RankSpec& spec : ranks) {
        const QString dir = m_layout.rankDir(run.id, spec.rank);
        if (rankfiles::readRunnerPid(dir) || rankfiles::readExit(dir))
            continue;
        QProcess runner;
        runner.setProgram(yardProgram());
        runner.setArguments({QStringLiteral("runner"), rankfiles::specFile(dir)});
        runner.setWorkingDirectory(dir);
        runner.setStandardOutputFile(dir + QStringLiteral("/runner.log"), QIODevice::Append);
        runner.setStandardErrorFile(dir + QStringLiteral("/runner.log"), QIODevice::Append);
        qint64 pid = 0;
        if (!runner.startDetached(&pid)) {
            RankExit failed;
            failed.exitCode = 127;
            failed.error = QStringLiteral("cannot start the runner %1").arg(yardProgram());
            failed.endedAt = QDateTime::currentDateTimeUtc();
            rankfiles::writeExit(dir, failed);
            continue;
        }
        // Written here too, so a runner killed before it writes its own is still seen as lost.
        writeFileAtomically(rankfiles::pidFile(dir), QByteArray::number(pid) + '\n');
    }
    log(QStringLiteral("%1 started on %2").arg(run.id, run.nodes.join(u',')));
    return true;
}

} // namespace trainyard::local
