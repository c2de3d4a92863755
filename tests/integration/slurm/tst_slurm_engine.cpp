#include "SlurmCluster.h"

#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/engine/Transfer.h"
#include "core/metrics/MetricsJsonlParser.h"
#include "core/model/ModelJson.h"
#include "core/monitoring/SystemMetrics.h"
#include "core/secrets/SecretStore.h"
#include "core/slurm/SlurmEngine.h"
#include "core/workspace/Workspace.h"
#include "tests/support/LocalWheel.h"
#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trainyard;

// QVERIFY2 evaluates its message even on success: only read the error of a failed Result.
#define VERIFY_OK(r) QVERIFY2(bool(r), bool(r) ? "" : qPrintable((r).error().message))

// The Slurm engine against a real Slurm: one cluster for the whole suite, stopped by PID in
// cleanupTestCase (and by ~SlurmCluster if the program ends any other way).
class SlurmEngineTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void partitionsAndNodes();
    void computeChangesSayWhy();
    void oneNodeRunWithLogsMetricsOutputs();
    void multiTaskRunGetsRankEnvironment();
    void twoNodeRunHasSystemMetricsPerNode();
    void failingRunHasExitCode();
    void mpiAllreduceOverTwoNodesAndOutputsPerRank();
    void runsBeyondThePartitionAreRefused();
    void environmentBuiltOnceOnTheNode();
    void cancelRunningRun();
    void pendingRunShowsReason();
    void logStreamSurvivesRestRestart();
    void badTokensGiveClearErrors();
    void unreachableAndUnservedVersion();
    void yardJsonKeysMatchLocal();
    void tokenFromKeychain();
    void historyOutlivesSlurm();
    void yardWorkspaceCreateAndLogin();
    void latencyFigures();

private:
    Workspace* openWorkspace(const QString& name, const QString& apiVersion = {}, const QString& url = {},
                             const QByteArray& token = {});
    RunConfig command(const QString& line, int nodes = 1);
    Result<RunInfo> waitFor(Engine* e, const QString& runId, std::function<bool(const RunInfo&)> done,
                            int timeoutMs = 60000);
    QByteArray readRunFile(const RunInfo& run, const QString& path);

    std::unique_ptr<test::SlurmCluster> m_cluster;
    QByteArray m_token;
    Workspace* m_ws = nullptr;
    QTemporaryDir m_scratch;
};

void SlurmEngineTest::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("slurmctld")).isEmpty() &&
        !QFileInfo::exists(QStringLiteral("/usr/sbin/slurmctld")))
        QFAIL("slurmctld is not installed: run .ci/install-deps.sh (.ci/deps/slurm.apt)");
    m_cluster = std::make_unique<test::SlurmCluster>();
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    m_token = m_cluster->token();
    QVERIFY(!m_token.isEmpty());
    m_ws = openWorkspace(QStringLiteral("main"));
    QVERIFY(m_ws);
}

void SlurmEngineTest::cleanupTestCase() {
    if (m_cluster)
        m_cluster->stop();
}

Workspace* SlurmEngineTest::openWorkspace(const QString& name, const QString& apiVersion, const QString& url,
                                          const QByteArray& token) {
    auto ws = Workspace::open(m_cluster->writeWorkspace(name, apiVersion, url), this);
    if (!ws) {
        qWarning() << ws.error().message;
        return nullptr;
    }
    auto* engine = qobject_cast<slurm::SlurmEngine*>(ws.value()->engine());
    if (token != "keychain")
        engine->client().setToken(token.isEmpty() ? m_token : token);
    return ws.value();
}

RunConfig SlurmEngineTest::command(const QString& line, int nodes) {
    static int n = 0;
    const QString src = m_scratch.path() + QStringLiteral("/src%1").arg(++n);
    QDir().mkpath(src);
    RunConfig c;
    c.experiment = QStringLiteral("slurmtest");
    c.sourceDirectory = src;
    c.command = line;
    c.compute = QStringLiteral("debug");
    c.nodeCount = nodes;
    return c;
}

Result<RunInfo> SlurmEngineTest::waitFor(Engine* e, const QString& runId,
                                         std::function<bool(const RunInfo&)> done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    Result<RunInfo> last;
    while (clock.elapsed() < timeoutMs) {
        last = await(e->getRun(runId));
        if (last && done(last.value()))
            return last;
        QTest::qWait(100);
    }
    return last;
}

QByteArray SlurmEngineTest::readRunFile(const RunInfo& run, const QString& path) {
    QFile f(m_cluster->workDir() + QStringLiteral("/runs/") + run.id + u'/' + path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool ended(const RunInfo& r) {
    return isTerminal(r.status);
}

void SlurmEngineTest::partitionsAndNodes() {
    auto list = await(m_ws->engine()->listComputes());
    VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    const ComputeInfo debug = list->at(0).spec.name == QLatin1String("debug") ? list->at(0) : list->at(1);
    const ComputeInfo small = list->at(0).spec.name == QLatin1String("small") ? list->at(0) : list->at(1);
    QCOMPARE(debug.spec.name, QStringLiteral("debug"));
    QCOMPARE(debug.spec.maxNodes, 4);
    QCOMPARE(debug.nodeStateCounts.idle, 4);
    QCOMPARE(debug.nodeStateCounts.total(), 4);
    QCOMPARE(small.nodes.size(), 2);
    QVERIFY2(debug.spec.description.contains(QLatin1String("8 CPUs, 0 GPUs")),
             qPrintable(debug.spec.description));

    // A drained node is unusable, with Slurm's reason; resumed, it is idle again.
    m_cluster->client(QStringLiteral("scontrol"),
                      {QStringLiteral("update"), QStringLiteral("NodeName=n4"), QStringLiteral("State=DRAIN"),
                       QStringLiteral("Reason=disk check")});
    auto nodes = await(m_ws->engine()->listNodes(QStringLiteral("debug")));
    VERIFY_OK(nodes);
    QCOMPARE(nodes->size(), 4);
    bool found = false;
    for (const ComputeNode& n : nodes.value())
        if (n.nodeId == QLatin1String("n4")) {
            found = true;
            QCOMPARE(n.state, QStringLiteral("unusable"));
            QVERIFY2(n.reason.contains(QLatin1String("disk check")), qPrintable(n.reason));
        }
    QVERIFY(found);
    auto drained = await(m_ws->engine()->getCompute(QStringLiteral("debug")));
    QCOMPARE(drained->nodeStateCounts.unusable, 1);
    QCOMPARE(drained->nodeStateCounts.idle, 3);
    m_cluster->client(QStringLiteral("scontrol"), {QStringLiteral("update"), QStringLiteral("NodeName=n4"),
                                                   QStringLiteral("State=RESUME")});
    QTRY_COMPARE_WITH_TIMEOUT(
        await(m_ws->engine()->getCompute(QStringLiteral("debug")))->nodeStateCounts.idle, 4, 10000);

    auto missing = await(m_ws->engine()->getCompute(QStringLiteral("gpu")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("debug")));
}

void SlurmEngineTest::computeChangesSayWhy() {
    ComputeSpec spec;
    spec.name = QStringLiteral("newpart");
    auto created = await(m_ws->engine()->createCompute(spec));
    QVERIFY(!created);
    QVERIFY(created.error().message.contains(QLatin1String("scontrol create PartitionName=newpart")));
    ScaleSettings scale;
    scale.maxNodes = 2;
    auto updated = await(m_ws->engine()->updateCompute(QStringLiteral("debug"), scale));
    QVERIFY(!updated);
    QCOMPARE(updated.error().field, QStringLiteral("max_nodes"));
    QVERIFY(updated.error().message.contains(QLatin1String("MaxNodes")));
    auto deleted = await(m_ws->engine()->deleteCompute(QStringLiteral("debug")));
    QVERIFY(!deleted);
    QVERIFY(deleted.error().message.contains(QLatin1String("scontrol delete PartitionName=debug")));
}

void SlurmEngineTest::oneNodeRunWithLogsMetricsOutputs() {
    RunConfig c = command({});
    c.command.clear();
    QFile script(c.sourceDirectory + QStringLiteral("/train.py"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "import os\nfrom trainyard import run\n"
        "for i in range(5):\n"
        "    print('epoch', i, flush=True)\n"
        "    run.log('loss', 1.0 / (i + 1), step=i)\n"
        "os.makedirs('outputs', exist_ok=True)\n"
        "open(os.path.join(os.environ['TRAINYARD_OUTPUTS_DIR'], 'model.txt'), 'w').write('weights')\n"
        "print('node', os.environ.get('SLURMD_NODENAME'))\n");
    script.close();
    c.entryScript = QStringLiteral("train.py");
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    QCOMPARE(toString(run->status), toString(RunStatus::Queued));
    QCOMPARE(run->engine, QStringLiteral("slurm"));

    // Live log through the stream, as the Logs page reads it.
    auto logs = await(m_ws->engine()->listLogs(run->id));
    QVERIFY(logs);
    QCOMPARE(logs->size(), 1);
    LogStream* stream = m_ws->engine()->openLog(run->id, logs->first(), this);
    QByteArray text;
    connect(stream, &LogStream::bytesAppended, this, [&](const QByteArray& b, qint64) { text += b; });
    QSignalSpy finished(stream, &LogStream::finished);
    stream->start(0);
    QVERIFY(finished.wait(60000));
    for (int i = 0; i < 5; ++i)
        QVERIFY2(text.contains(QByteArray(QByteArray("epoch ") + QByteArray::number(i))), text.constData());
    QVERIFY(text.contains("node n"));

    auto done = waitFor(m_ws->engine(), run->id, ended);
    VERIFY_OK(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Completed));
    QCOMPARE(done->exitCode.value_or(-1), 0);
    QCOMPARE(done->nodes.size(), 1);
    QVERIFY(done->startedAt.isValid() && done->endedAt.isValid());

    MetricStream* metrics = m_ws->engine()->openMetrics(run->id, this);
    QList<MetricPoint> points;
    connect(metrics, &MetricStream::pointsAppended, this, [&](const QList<MetricPoint>& p) { points += p; });
    QSignalSpy metricsDone(metrics, &MetricStream::finished);
    metrics->start();
    QVERIFY(metricsDone.wait(20000));
    points.removeIf([](const MetricPoint& p) { return p.name.startsWith(monitoring::kSystemPrefix); });
    QCOMPARE(points.size(), 5);

    auto files = await(m_ws->engine()->listRunFiles(run->id));
    QVERIFY(files);
    QStringList paths;
    for (const RunFile& f : files.value())
        paths << f.path;
    QVERIFY2(paths.contains(QStringLiteral("outputs/model.txt")), qPrintable(paths.join(u',')));
    QVERIFY(paths.contains(QStringLiteral("metrics.jsonl")));

    Transfer* t = m_ws->engine()->downloadRunFiles(run->id, m_scratch.path() + QStringLiteral("/dl"), this);
    QSignalSpy tdone(t, &Transfer::finished);
    QVERIFY(tdone.wait(20000));
    QFile model(m_scratch.path() + QStringLiteral("/dl/outputs/model.txt"));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(model.readAll(), QByteArray("weights"));

    // History: listed with its filters, the config kept for resubmission.
    RunFilter filter;
    filter.experiment = QStringLiteral("slurmtest");
    filter.status = RunStatus::Completed;
    auto list = await(m_ws->engine()->listRuns(filter));
    QVERIFY(list);
    bool listed = false;
    for (const RunInfo& r : list.value())
        listed |= r.id == run->id && r.config.entryScript == QLatin1String("train.py");
    QVERIFY(listed);
    filter.experiment = QStringLiteral("other");
    QVERIFY(await(m_ws->engine()->listRuns(filter))->isEmpty());
}

void SlurmEngineTest::multiTaskRunGetsRankEnvironment() {
    RunConfig c =
        command(QStringLiteral("echo rank=$RANK world=$WORLD_SIZE local=$LOCAL_RANK node=$NODE_RANK "
                               "on=$SLURMD_NODENAME; sleep 0.5"),
                2);
    c.distribution.type = DistributionType::PyTorch;
    c.distribution.processCountPerNode = 2;
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    auto done = waitFor(m_ws->engine(), run->id, ended);
    QVERIFY(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Completed));
    QCOMPARE(done->nodes.size(), 2);
    auto logs = await(m_ws->engine()->listLogs(run->id));
    QCOMPARE(logs->size(), 4);
    QSet<QString> hosts;
    for (int rank = 0; rank < 4; ++rank) {
        const QString line = QString::fromUtf8(readRunFile(done.value(), logs->at(rank).path)).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("rank=%1 world=4 local=%2 node=%3 on=n")
                                     .arg(rank)
                                     .arg(rank % 2)
                                     .arg(rank / 2)),
                 qPrintable(line));
        hosts << line.section(QStringLiteral("on="), 1);
    }
    QCOMPARE(hosts.size(), 2); // two ranks on each of two Slurm nodes
}

// srun --mpi (PMIx or PMI-2) makes the tasks one MPI world: 2 nodes × 2 processes, and every
// rank's ./outputs lands in the run's outputs by the rank rule.
void SlurmEngineTest::mpiAllreduceOverTwoNodesAndOutputsPerRank() {
    RunConfig c = command(QStringLiteral("/usr/bin/python3 allreduce.py"), 2);
    QFile script(c.sourceDirectory + QStringLiteral("/allreduce.py"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"(import os
from mpi4py import MPI
c = MPI.COMM_WORLD
total = c.allreduce(c.rank + 1)
print("rank", c.rank, "size", c.size, "sum", total, "ompi", os.environ.get("OMPI_COMM_WORLD_RANK"), flush=True)
os.makedirs("outputs", exist_ok=True)
open("outputs/sum.txt", "w").write("%d %d" % (c.rank, total))
)");
    script.close();
    c.distribution.type = DistributionType::Mpi;
    c.distribution.processCountPerNode = 2;
    // The test's four Slurm nodes are one host: Open MPI must not take them for separate
    // machines' shared memory, nor look for them beyond loopback (a real cluster needs neither).
    c.environmentVariables = {{QStringLiteral("OMPI_MCA_btl"), QStringLiteral("self,tcp")},
                              {QStringLiteral("OMPI_MCA_btl_tcp_if_include"), QStringLiteral("lo")}};
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    auto done = waitFor(m_ws->engine(), run->id, ended);
    QVERIFY(done);
    const QByteArray jobOut = readRunFile(done.value(), QStringLiteral("slurm-job.out"));
    QByteArray why = jobOut; // srun's words and each rank's log, should the run fail
    for (int r = 0; r < 4; ++r)
        why += readRunFile(done.value(),
                           QStringLiteral("logs/node-%1/std_log_process_%2.txt").arg(r / 2).arg(r % 2));
    QVERIFY2(done->status == RunStatus::Completed, why.constData());
    QVERIFY2(jobOut.contains("srun --mpi=pmi"), jobOut.constData()); // pmix or pmi2, not none
    auto logs = await(m_ws->engine()->listLogs(run->id));
    QCOMPARE(logs->size(), 4);
    for (int rank = 0; rank < 4; ++rank) {
        const QByteArray line = readRunFile(done.value(), logs->at(rank).path).trimmed();
        QVERIFY2(line.endsWith(QStringLiteral("rank %1 size 4 sum 10 ompi %1").arg(rank).toUtf8()),
                 line.constData());
        const QString own = rank == 0 ? QStringLiteral("outputs/sum.txt")
                                      : QStringLiteral("outputs/rank_%1/sum.txt").arg(rank);
        QCOMPARE(readRunFile(done.value(), own), QStringLiteral("%1 10").arg(rank).toUtf8());
    }
    auto files = await(m_ws->engine()->listRunFiles(run->id));
    VERIFY_OK(files);
    QStringList paths;
    for (const RunFile& f : files.value())
        paths << f.path;
    QVERIFY2(paths.contains(QStringLiteral("outputs/rank_3/sum.txt")), qPrintable(paths.join(u' ')));
}

// The test partition has 4 nodes of 2 CPUs: more is refused at submit, naming the limit.
void SlurmEngineTest::runsBeyondThePartitionAreRefused() {
    RunConfig tooMany = command(QStringLiteral("true"), 5);
    auto refused = await(m_ws->engine()->submitRun(tooMany));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("node_count"));
    QVERIFY2(refused.error().message.contains(QLatin1String("at most 4 nodes")),
             qPrintable(refused.error().message));
    RunConfig crowded = command(QStringLiteral("true"), 1);
    crowded.distribution.type = DistributionType::Mpi;
    crowded.distribution.processCountPerNode = 3;
    refused = await(m_ws->engine()->submitRun(crowded));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("process_count_per_node"));
    QVERIFY2(refused.error().message.contains(QLatin1String("at most 2 processes per node")),
             qPrintable(refused.error().message));
}

// task.sh starts `python3 -m trainyard.sysmon` beside each rank: sys/ points per Slurm node.
void SlurmEngineTest::twoNodeRunHasSystemMetricsPerNode() {
    RunConfig c =
        command(QStringLiteral("python3 -c 'import time\nt=time.time()\nwhile time.time()-t<2: pass'"), 2);
    c.environmentVariables.insert(QStringLiteral("TRAINYARD_SYSTEM_METRICS_INTERVAL"), QStringLiteral("0.3"));
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    auto done = waitFor(m_ws->engine(), run->id, ended);
    QVERIFY(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Completed));
    MetricsJsonlParser parser;
    const QList<MetricPoint> points = parser.feed(readRunFile(done.value(), QStringLiteral("metrics.jsonl")));
    QSet<QString> cpuNodes, rssNodes;
    for (const MetricPoint& p : points) {
        const auto name = monitoring::parseSystemMetricName(p.name);
        if (name && name->measure == QLatin1String("cpu_percent"))
            cpuNodes << name->node;
        if (name && name->measure == QLatin1String("rss_mb") && p.value > 0)
            rssNodes << name->node;
    }
    QCOMPARE(cpuNodes.size(), 2);
    QCOMPARE(rssNodes, cpuNodes);
    QVERIFY(cpuNodes.contains(done->nodes.value(0)) || cpuNodes.contains(done->nodes.value(1)));
    QVERIFY(monitoring::runEfficiency(points).has_value());
}

// A pip environment from a local wheel (no network): the first job builds it on its node into the
// work dir's cache, the next one reuses it; a build that fails fails the run with its last lines.
void SlurmEngineTest::environmentBuiltOnceOnTheNode() {
    const QString spec = m_scratch.path() + QStringLiteral("/envspec");
    QVERIFY(!test::makeWheel(spec + QStringLiteral("/wheels"), QStringLiteral("yardpkg"),
                             QStringLiteral("3.0"), QStringLiteral("VALUE = 'slurm'\n"))
                 .isEmpty());
    EnvironmentSpec env = test::pipEnvironment(
        QStringLiteral("offline"),
        test::writeOfflineRequirements(spec, QStringLiteral("yardpkg"), QStringLiteral("3.0")));
    const auto created = await(m_ws->engine()->createEnvironment(env));
    VERIFY_OK(created); // version 1 on a fresh work dir; the work dir may outlive a test run
    QStringList buildLogs;
    for (int i = 0; i < 2; ++i) {
        RunConfig c = command(
            QStringLiteral("python -c 'import sys, yardpkg; print(\"value\", yardpkg.VALUE, sys.prefix)'"));
        c.environment = QStringLiteral("offline");
        auto run = await(m_ws->engine()->submitRun(c));
        VERIFY_OK(run);
        auto done = waitFor(m_ws->engine(), run->id, ended, 180000);
        QVERIFY(done);
        QVERIFY2(done->status == RunStatus::Completed, qPrintable(done->error));
        QCOMPARE(done->config.environment, created->reference()); // the version it got
        auto logs = await(m_ws->engine()->listLogs(run->id));
        const QByteArray log = readRunFile(done.value(), logs->first().path);
        QVERIFY2(log.contains("value slurm") && log.contains("/environments/.cache/"), log.constData());
        buildLogs << QString::fromUtf8(
            readRunFile(done.value(), QStringLiteral("logs/environment/build_log.txt")));
    }
    QVERIFY2(buildLogs[0].contains(QStringLiteral("building environment ") + created->reference()),
             qPrintable(buildLogs[0]));
    QVERIFY2(buildLogs[1].contains(QStringLiteral("reusing environment ") + created->reference()),
             qPrintable(buildLogs[1]));
    QVERIFY(!buildLogs[1].contains(QStringLiteral("pip install")) &&
            !buildLogs[1].contains(QStringLiteral("Installing")));

    EnvironmentSpec broken = env;
    broken.name = QStringLiteral("broken");
    broken.location = test::writeOfflineRequirements(
        spec + QStringLiteral("/broken"), QStringLiteral("no-such-package"), QStringLiteral("1.0"));
    const auto brokenVersion = await(m_ws->engine()->createEnvironment(broken));
    VERIFY_OK(brokenVersion);
    RunConfig c = command(QStringLiteral("echo never"));
    c.environment = brokenVersion->reference();
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    auto done = waitFor(m_ws->engine(), run->id, ended, 180000);
    QVERIFY(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Failed));
    QVERIFY2(done->error.contains(QStringLiteral("could not be built")) &&
                 done->error.contains(QStringLiteral("no-such-package")),
             qPrintable(done->error));

    RunConfig unknown = command(QStringLiteral("true"));
    unknown.environment = QStringLiteral("nope");
    auto refused = await(m_ws->engine()->submitRun(unknown));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotFound);
}

void SlurmEngineTest::failingRunHasExitCode() {
    auto run = await(m_ws->engine()->submitRun(command(QStringLiteral("echo about to fail; exit 3"))));
    VERIFY_OK(run);
    auto done = waitFor(m_ws->engine(), run->id, ended);
    QVERIFY(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Failed));
    QCOMPARE(done->exitCode.value_or(-1), 3);
    QVERIFY2(done->error.contains(QLatin1String("exit code 3")), qPrintable(done->error));

    // Bad input is refused before anything reaches Slurm.
    RunConfig bad = command(QStringLiteral("true"));
    bad.sourceDirectory = QStringLiteral("/nonexistent/src");
    auto refused = await(m_ws->engine()->submitRun(bad));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("source_directory"));
    RunConfig wrongPartition = command(QStringLiteral("true"));
    wrongPartition.compute = QStringLiteral("nosuchpartition");
    auto rejected = await(m_ws->engine()->submitRun(wrongPartition));
    QVERIFY(!rejected);
    QVERIFY2(rejected.error().message.contains(QLatin1String("Slurm did not take the run")),
             qPrintable(rejected.error().message));
}

void SlurmEngineTest::cancelRunningRun() {
    auto run = await(m_ws->engine()->submitRun(command(QStringLiteral("echo started; sleep 120"))));
    VERIFY_OK(run);
    auto running =
        waitFor(m_ws->engine(), run->id, [](const RunInfo& r) { return r.status == RunStatus::Running; });
    QVERIFY(running && running->status == RunStatus::Running);
    // The node it runs on names it.
    auto nodes = await(m_ws->engine()->listNodes(QStringLiteral("debug")));
    VERIFY_OK(nodes);
    int holding = 0;
    for (const ComputeNode& n : nodes.value())
        if (n.runId == run->id) {
            ++holding;
            QCOMPARE(n.state, QStringLiteral("running"));
            QCOMPARE(running->nodes, QStringList{n.nodeId});
        }
    QCOMPARE(holding, 1);
    auto canceled = await(m_ws->engine()->cancelRun(run->id));
    QVERIFY2(canceled, canceled ? "" : qPrintable(canceled.error().message));
    auto done = waitFor(m_ws->engine(), run->id, ended, 20000);
    QVERIFY(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Canceled));
    QVERIFY(done->cancelRequested);
    auto again = await(m_ws->engine()->cancelRun(run->id));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
}

void SlurmEngineTest::pendingRunShowsReason() {
    RunConfig c = command(QStringLiteral("true"), 2);
    c.compute = QStringLiteral("small"); // MaxNodes=1: Slurm keeps it pending with a reason
    auto run = await(m_ws->engine()->submitRun(c));
    VERIFY_OK(run);
    auto queued = waitFor(
        m_ws->engine(), run->id, [](const RunInfo& r) { return !r.statusDetail.isEmpty(); }, 20000);
    QVERIFY(queued);
    QCOMPARE(toString(queued->status), toString(RunStatus::Queued));
    // Slurm's own reason: PartitionConfig or PartitionNodeLimit, depending on when it looks.
    QVERIFY2(queued->statusDetail.startsWith(QLatin1String("Partition")), qPrintable(queued->statusDetail));
    QVERIFY(await(m_ws->engine()->cancelRun(run->id)));
    auto done = waitFor(m_ws->engine(), run->id, ended, 20000);
    QCOMPARE(toString(done->status), toString(RunStatus::Canceled));
}

void SlurmEngineTest::logStreamSurvivesRestRestart() {
    auto run = await(m_ws->engine()->submitRun(
        command(QStringLiteral("for i in $(seq 1 40); do echo line $i; sleep 0.1; done"))));
    VERIFY_OK(run);
    auto logs = await(m_ws->engine()->listLogs(run->id));
    LogStream* stream = m_ws->engine()->openLog(run->id, logs->first(), this);
    QByteArray text;
    connect(stream, &LogStream::bytesAppended, this, [&](const QByteArray& b, qint64) { text += b; });
    QSignalSpy finished(stream, &LogStream::finished);
    stream->start(0);
    QTRY_VERIFY_WITH_TIMEOUT(text.contains("line 3\n"), 30000);
    QVERIFY2(m_cluster->restartRest(), qPrintable(m_cluster->error()));
    QVERIFY(finished.wait(60000));
    QStringList expected;
    for (int i = 1; i <= 40; ++i)
        expected << QStringLiteral("line %1").arg(i);
    QCOMPARE(QString::fromUtf8(text).trimmed().split(u'\n'), expected);
    auto done = waitFor(m_ws->engine(), run->id, ended);
    VERIFY_OK(done);
    QCOMPARE(toString(done->status), toString(RunStatus::Completed));

    // A call made while slurmrestd is down is retried with backoff and succeeds once it is back.
    QVERIFY(m_cluster->stopRest());
    auto pending = m_ws->engine()->listComputes();
    QTest::qWait(1200);
    QVERIFY(!pending.isFinished());
    QVERIFY2(m_cluster->startRest(), qPrintable(m_cluster->error()));
    auto computes = await(pending);
    VERIFY_OK(computes);
    QCOMPARE(computes->size(), 2);
}

void SlurmEngineTest::badTokensGiveClearErrors() {
    const QByteArray shortLived = m_cluster->token(1);
    QVERIFY(!shortLived.isEmpty());
    QTest::qWait(2500);
    Workspace* expired = openWorkspace(QStringLiteral("expired"), {}, {}, shortLived);
    auto r = await(expired->engine()->listComputes());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(r.error().message.contains(QLatin1String("expired")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("scontrol token")));
    QVERIFY(r.error().message.contains(QLatin1String("yard login slurm")));
    QVERIFY(!r.error().message.contains(QString::fromUtf8(shortLived)));

    const QByteArray wrong = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDAsInN1biI6InJvb3QifQ.c2lnbmF0dXJl";
    Workspace* forged = openWorkspace(QStringLiteral("wrong"), {}, {}, wrong);
    auto w = await(forged->engine()->listComputes());
    QVERIFY(!w);
    QCOMPARE(w.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(w.error().message.contains(QLatin1String("rejected the token")), qPrintable(w.error().message));
    QVERIFY(!w.error().message.contains(QString::fromUtf8(wrong)));

    // A token that expires while the engine is in use is caught on the next call, too.
    const QByteArray soon = m_cluster->token(2);
    Workspace* later = openWorkspace(QStringLiteral("later"), {}, {}, soon);
    QVERIFY(await(later->engine()->listComputes()));
    QTest::qWait(3000);
    auto l = await(later->engine()->listComputes());
    QVERIFY(!l);
    QCOMPARE(l.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(l.error().message.contains(QLatin1String("expired")), qPrintable(l.error().message));
}

void SlurmEngineTest::unreachableAndUnservedVersion() {
    Workspace* down = openWorkspace(QStringLiteral("down"), {}, QStringLiteral("http://127.0.0.1:9"));
    qobject_cast<slurm::SlurmEngine*>(down->engine())->client().setRetryBudgetMs(300);
    auto r = await(down->engine()->listComputes());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.contains(QLatin1String("Cannot reach slurmrestd at http://127.0.0.1:9")),
             qPrintable(r.error().message));

    Workspace* old = openWorkspace(QStringLiteral("old"), QStringLiteral("v0.0.36"));
    auto v = await(old->engine()->listComputes());
    QVERIFY(!v);
    QCOMPARE(v.error().field, QStringLiteral("api_version"));
    QVERIFY2(v.error().message.contains(QLatin1String("does not serve OpenAPI v0.0.36")),
             qPrintable(v.error().message));

    // Without api_version the engine finds the one the server serves.
    Workspace* detect = openWorkspace(QStringLiteral("detect"));
    QVERIFY(await(detect->engine()->listComputes()));
    QCOMPARE(qobject_cast<slurm::SlurmEngine*>(detect->engine())->client().apiVersion(),
             QStringLiteral("v0.0.38"));

    // A config with a bad url or a missing user is refused with the key that is wrong.
    QTemporaryDir dir;
    QFile f(dir.path() + QStringLiteral("/config.json"));
    f.open(QIODevice::WriteOnly);
    f.write(R"({"engine": "slurm", "url": "ftp://x", "user": "a", "work_dir": "/tmp"})");
    f.close();
    auto bad = Workspace::open(dir.path());
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("url"));
}

static QStringList keysOf(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
    return o.keys();
}

void SlurmEngineTest::yardJsonKeysMatchLocal() {
    const QString yard = qEnvironmentVariable("TRAINYARD_YARD");
    QVERIFY(!yard.isEmpty());
    auto runYard = [&](const QString& workspace, const QStringList& args, bool slurm) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRAINYARD_WORKSPACE"), workspace);
        if (slurm)
            env.insert(QStringLiteral("SLURM_JWT"), QString::fromUtf8(m_token)); // Slurm's own variable
        p.setProcessEnvironment(env);
        p.start(yard, args + QStringList{QStringLiteral("--json")});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    };
    const QString slurmWs = m_cluster->workDir() + QStringLiteral("/../ws-main");
    test::TestWorkspace local;
    // A local cluster and run, to compare with.
    QVERIFY(local.createCluster(QStringLiteral("cpu"), 0, 1));
    RunConfig lc = command(QStringLiteral("echo hi"));
    lc.compute = QStringLiteral("cpu");
    auto lrun = await(local.engine()->submitRun(lc));
    QVERIFY(lrun);
    QVERIFY(local.waitForEnd(lrun->id));

    auto srun = await(m_ws->engine()->submitRun(command(QStringLiteral("echo from slurm"))));
    VERIFY_OK(srun);
    QVERIFY(waitFor(m_ws->engine(), srun->id, ended));

    const QByteArray slurmComputes =
        runYard(slurmWs, {QStringLiteral("compute"), QStringLiteral("list")}, true);
    const QByteArray localComputes =
        runYard(local.folder(), {QStringLiteral("compute"), QStringLiteral("list")}, false);
    QVERIFY2(!keysOf(slurmComputes).isEmpty(), slurmComputes.constData());
    QCOMPARE(keysOf(slurmComputes), keysOf(localComputes));
    const QByteArray slurmRuns = runYard(slurmWs, {QStringLiteral("run"), QStringLiteral("list")}, true);
    const QByteArray localRuns =
        runYard(local.folder(), {QStringLiteral("run"), QStringLiteral("list")}, false);
    QVERIFY2(!keysOf(slurmRuns).isEmpty(), slurmRuns.constData());
    QCOMPARE(keysOf(slurmRuns), keysOf(localRuns));
    QVERIFY(!slurmRuns.contains(m_token));

    // run show and run logs on a Slurm run, as on a local one.
    const QByteArray slurmShow =
        runYard(slurmWs, {QStringLiteral("run"), QStringLiteral("show"), srun->id}, true);
    const QByteArray localShow =
        runYard(local.folder(), {QStringLiteral("run"), QStringLiteral("show"), lrun->id}, false);
    QVERIFY2(!keysOf(slurmShow).isEmpty(), slurmShow.constData());
    QCOMPARE(keysOf(slurmShow), keysOf(localShow));
    QProcess logs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRAINYARD_WORKSPACE"), slurmWs);
    env.insert(QStringLiteral("SLURM_JWT"), QString::fromUtf8(m_token));
    logs.setProcessEnvironment(env);
    logs.start(yard, {QStringLiteral("run"), QStringLiteral("logs"), srun->id});
    QVERIFY(logs.waitForFinished(60000));
    QCOMPARE(logs.exitCode(), 0);
    QCOMPARE(logs.readAllStandardOutput().trimmed(), QByteArray("from slurm"));
}

void SlurmEngineTest::tokenFromKeychain() {
    // The engine reads the token from the keychain (or, without one, this session's memory).
    auto& store = SecretStore::instance();
    store.setTimeoutMs(1500);
    Workspace* ws = openWorkspace(QStringLiteral("keychain"), {}, {}, "keychain");
    auto* engine = qobject_cast<slurm::SlurmEngine*>(ws->engine());
    auto none = await(ws->engine()->listComputes());
    if (!none) { // nothing stored yet (a developer's keychain may hold one from `yard login slurm`)
        QCOMPARE(none.error().kind, ErrorKind::Unauthorized);
        QVERIFY2(none.error().message.contains(QLatin1String("yard login slurm")),
                 qPrintable(none.error().message));
    }
    QVERIFY(await(store.write(engine->settings().tokenKey(), m_token)));
    auto ok = await(ws->engine()->listComputes());
    VERIFY_OK(ok);
    QFile config(ws->config().configPath);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(m_token.left(20)));
    await(store.remove(engine->settings().tokenKey()));
}

// Slurm forgets jobs MinJobAge after they end; the run's record and job_end.json keep the history.
void SlurmEngineTest::historyOutlivesSlurm() {
    auto run = await(m_ws->engine()->submitRun(command(QStringLiteral("true"))));
    VERIFY_OK(run);
    QVERIFY(waitFor(m_ws->engine(), run->id, ended));
    const QString dir = m_cluster->workDir() + QStringLiteral("/runs/") + run->id;
    // Make the record look like one whose job Slurm has purged while it was still running.
    auto record =
        slurm::readRunRecord(qobject_cast<slurm::SlurmEngine*>(m_ws->engine())->settings(), run->id);
    QVERIFY(record);
    slurm::SlurmRunRecord r = record.value();
    r.jobId = 9999999; // unknown to Slurm: GET job/{id} answers error 2017
    r.info.status = RunStatus::Running;
    r.info.exitCode.reset();
    QVERIFY(slurm::writeRunRecord(qobject_cast<slurm::SlurmEngine*>(m_ws->engine())->settings(), r));
    auto kept = await(m_ws->engine()->getRun(run->id));
    VERIFY_OK(kept);
    QCOMPARE(toString(kept->status), toString(RunStatus::Completed)); // from job_end.json
    QCOMPARE(kept->exitCode.value_or(-1), 0);
    // The engine saves that verdict in the background after answering: let it land before the
    // record is made stale again, or the late save undoes the edit below.
    QTRY_COMPARE(
        toString(slurm::readRunRecord(qobject_cast<slurm::SlurmEngine*>(m_ws->engine())->settings(), run->id)
                     ->info.status),
        toString(RunStatus::Completed));

    QVERIFY(slurm::writeRunRecord(qobject_cast<slurm::SlurmEngine*>(m_ws->engine())->settings(), r));
    QVERIFY(QFile::remove(dir + QStringLiteral("/job_end.json")));
    auto lost = await(m_ws->engine()->getRun(run->id));
    VERIFY_OK(lost);
    QCOMPARE(toString(lost->status), toString(RunStatus::Failed));
    QVERIFY2(lost->error.contains(QLatin1String("MinJobAge")), qPrintable(lost->error));
    // ... and that verdict is saved: the next read does not ask Slurm again.
    auto again = await(m_ws->engine()->getRun(run->id));
    QCOMPARE(toString(again->status), toString(RunStatus::Failed));
}

void SlurmEngineTest::yardWorkspaceCreateAndLogin() {
    const QString yard = qEnvironmentVariable("TRAINYARD_YARD");
    auto runYard = [&](const QStringList& args, const QByteArray& input, int& code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), m_cluster->conf()); // for `scontrol token`
        env.remove(QStringLiteral("SLURM_JWT"));
        p.setProcessEnvironment(env);
        p.start(yard, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        code = p.exitCode();
        return QByteArray(p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString folder = m_scratch.path() + QStringLiteral("/created");
    int code = -1;
    QByteArray out =
        runYard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--engine"),
                 QStringLiteral("slurm"), QStringLiteral("--path"), folder, QStringLiteral("--url"),
                 m_cluster->url() + u'/', QStringLiteral("--user"), m_cluster->user(),
                 QStringLiteral("--work-dir"), m_cluster->workDir(), QStringLiteral("--partition"),
                 QStringLiteral("debug"), QStringLiteral("--json")},
                {}, code);
    QVERIFY2(code == 0, out.constData());
    auto ws = Workspace::open(folder);
    VERIFY_OK(ws);
    QCOMPARE(ws.value()->config().engine, QStringLiteral("slurm"));

    out = runYard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--engine"),
                   QStringLiteral("slurm"), QStringLiteral("--path"), folder + QStringLiteral("2"),
                   QStringLiteral("--url"), QStringLiteral("ftp://x"), QStringLiteral("--user"),
                   QStringLiteral("a"), QStringLiteral("--work-dir"), QStringLiteral("/tmp")},
                  {}, code);
    QCOMPARE(code, 2);
    QVERIFY2(out.contains("http(s)://host:port"), out.constData());

    // A garbage token from stdin is refused by the server, and never echoed.
    out = runYard({QStringLiteral("login"), QStringLiteral("slurm"), QStringLiteral("--workspace"), folder,
                   QStringLiteral("--stdin")},
                  "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.Zm9yZ2Vk\n", code);
    QCOMPARE(code, 1);
    QVERIFY2(out.contains("rejected the token"), out.constData());
    QVERIFY(!out.contains("Zm9yZ2Vk"));

    // From `scontrol token`: valid; kept in the keychain, or a clear word that there is none.
    out = runYard({QStringLiteral("login"), QStringLiteral("slurm"), QStringLiteral("--workspace"), folder},
                  {}, code);
    QVERIFY2(code == 0 ? out.contains("kept in the keychain") : out.contains("keychain is not available"),
             out.constData());
    QVERIFY(!out.contains("SLURM_JWT="));
}

// Figures for the note: submit -> Running and a log line -> reader, Slurm vs local (medians).
void SlurmEngineTest::latencyFigures() {
    auto measure = [&](Engine* e, const QString& compute, QList<double>& toRunning, QList<double>& toLine) {
        RunConfig c = command(QStringLiteral("sleep 1; echo tick $(date +%s%3N); sleep 1"));
        c.compute = compute;
        QElapsedTimer clock;
        clock.start();
        auto run = await(e->submitRun(c));
        QVERIFY(run);
        auto logs = await(e->listLogs(run->id));
        while (logs && logs->isEmpty() &&
               clock.elapsed() < 30000) { // the local engine lists a rank once it starts
            QTest::qWait(10);
            logs = await(e->listLogs(run->id));
        }
        QVERIFY(logs && !logs->isEmpty());
        LogStream* s = e->openLog(run->id, logs->first(), this);
        qint64 lineAt = -1, runningAt = -1;
        connect(s, &LogStream::bytesAppended, this, [&](const QByteArray& b, qint64) {
            const int at = int(b.indexOf("tick "));
            if (lineAt < 0 && at >= 0) // the line carries the time it was printed
                lineAt = QDateTime::currentMSecsSinceEpoch() - b.mid(at + 5).trimmed().toLongLong();
        });
        s->start(0);
        while (clock.elapsed() < 60000 && (runningAt < 0 || lineAt < 0)) {
            if (runningAt < 0) {
                auto r = await(e->getRun(run->id));
                if (r && (r->status == RunStatus::Running || isTerminal(r->status)))
                    runningAt = clock.elapsed();
            }
            QTest::qWait(20);
        }
        toRunning << double(runningAt);
        toLine << double(lineAt);
        s->deleteLater();
    };
    test::TestWorkspace local;
    QVERIFY(local.createCluster(QStringLiteral("cpu"), 0, 2));
    QList<double> sRun, sLine, lRun, lLine;
    for (int i = 0; i < 3; ++i) {
        measure(m_ws->engine(), QStringLiteral("debug"), sRun, sLine);
        measure(local.engine(), QStringLiteral("cpu"), lRun, lLine);
    }
    std::sort(sRun.begin(), sRun.end());
    std::sort(sLine.begin(), sLine.end());
    std::sort(lRun.begin(), lRun.end());
    std::sort(lLine.begin(), lLine.end());
    qInfo("FIGURES submit->Running median: slurm %.0f ms, local %.0f ms; log line printed->reader median: "
          "slurm "
          "%.0f ms, local %.0f ms",
          sRun[1], lRun[1], sLine[1], lLine[1]);
    QVERIFY(sRun[1] > 0 && lRun[1] > 0);
}

QTEST_MAIN(SlurmEngineTest)
#include "tst_slurm_engine.moc"
