#include "core/engine/Engine.h"
#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/util/JsonFile.h"

#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using trainyard::await;

// Real runs on the local engine: the agent and the runners are `yard` processes, the scripts
// are Python. Each test checks what a user would look at: status, exit code, logs, metrics,
// the environment every rank saw, outputs.
class TestLocalRuns : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestWorkspace> m_ws;

    // Every rank writes its environment to outputs/env-<rank>.json.
    static QByteArray envDumpScript() {
        return R"(import json, os, sys
keys = ["RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT", "TF_CONFIG",
        "OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE", "OMPI_COMM_WORLD_LOCAL_RANK",
        "AZ_BATCHAI_PS_HOSTS", "AZ_BATCHAI_WORKER_HOSTS", "AZ_BATCHAI_TASK_INDEX",
        "TRAINYARD_RANK", "TRAINYARD_RUN_ID", "TRAINYARD_NODE_ID", "GREETING"]
rank = os.environ["TRAINYARD_RANK"]
out = os.environ["TRAINYARD_OUTPUTS_DIR"]
with open(os.path.join(out, "env-%s.json" % rank), "w") as f:
    json.dump({k: os.environ.get(k) for k in keys} | {"argv": sys.argv[1:], "cwd": os.getcwd()}, f)
print("rank", rank, "done")
)";
    }

    RunConfig config(const QString& source, const QString& script) {
        RunConfig c;
        c.experiment = QStringLiteral("itest");
        c.compute = QStringLiteral("cpu");
        c.sourceDirectory = source;
        c.entryScript = script;
        return c;
    }

    // A run of `script` written as `fileName` into its own source folder, on the cluster cpu.
    RunConfig scriptRun(const QString& fileName, const QByteArray& script) {
        return m_ws->scriptRun(QStringLiteral("cpu"), fileName, script, QStringLiteral("itest"));
    }
    // Submits one such run and returns its id.
    QString submit(const QString& fileName, const QByteArray& script) {
        return await(m_ws->engine()->submitRun(scriptRun(fileName, script)))->id;
    }

    QJsonObject rankEnv(const QString& runId, int rank) {
        auto json = readJsonObjectFile(m_ws->folder() +
                                       QStringLiteral("/runs/%1/outputs/env-%2.json").arg(runId).arg(rank));
        return json ? json.value() : QJsonObject();
    }

    QByteArray readLog(const QString& runId, int rank) {
        auto logs = await(m_ws->engine()->listLogs(runId));
        if (!logs || logs->size() <= rank)
            return {};
        QFile f(m_ws->folder() + QStringLiteral("/runs/") + runId + u'/' + logs->at(rank).path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_ws->createCluster(QStringLiteral("cpu"), 0, 4, 60).ok());
    }
    void cleanup() { m_ws.reset(); }

    void singleNodeRunWithLogsMetricsAndOutputs() {
        RunConfig c = scriptRun(QStringLiteral("train.py"), R"(import os, sys
from trainyard import run
print("args", sys.argv[1:])
for step in range(20):
    run.log("loss", 1.0 / (step + 1), step=step)
    print("step", step)
run.log_list("accuracies", [0.5, 0.7, 0.9])
run.tag("model", "tiny")
open(os.path.join(os.environ["TRAINYARD_OUTPUTS_DIR"], "model.bin"), "wb").write(b"weights")
)");
        c.arguments = {QStringLiteral("--epochs"), QStringLiteral("2")};
        auto submitted = await(m_ws->engine()->submitRun(c));
        QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
        QVERIFY(submitted->status == RunStatus::Queued);
        QCOMPARE(submitted->number, 1);
        auto run = m_ws->waitForEnd(submitted->id);
        QVERIFY(run.ok());
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        QCOMPARE(run->exitCode.value_or(-1), 0);
        QVERIFY(run->startedAt.isValid() && run->endedAt >= run->startedAt);
        QCOMPARE(run->nodes.size(), 1);

        const QByteArray log = readLog(run->id, 0);
        QVERIFY2(log.contains("args ['--epochs', '2']"), log.constData());
        QVERIFY(log.contains("step 19"));

        // Metrics through the stream a view would use.
        MetricStream* stream = m_ws->engine()->openMetrics(run->id, this);
        QList<MetricPoint> points;
        connect(stream, &MetricStream::pointsAppended, this,
                [&](const QList<MetricPoint>& p) { points += p; });
        QSignalSpy finished(stream, &MetricStream::finished);
        stream->start();
        QVERIFY(finished.wait(10000));
        int losses = 0;
        for (const MetricPoint& p : points)
            losses += p.name == QLatin1String("loss");
        QCOMPARE(losses, 20);
        points.removeIf([](const MetricPoint& p) { return p.name.startsWith(QLatin1String("sys/")); });
        QCOMPARE(points.last().kind, QStringLiteral("tag"));

        auto files = await(m_ws->engine()->listRunFiles(run->id));
        QVERIFY(files.ok());
        QStringList paths;
        for (const RunFile& f : files.value())
            paths << f.path;
        QVERIFY2(paths.contains(QStringLiteral("outputs/model.bin")), qPrintable(paths.join(u',')));
        QVERIFY(paths.contains(QStringLiteral("metrics.jsonl")));
    }

    void pytorchThreeNodesSeeTheirRanks() {
        RunConfig c = scriptRun(QStringLiteral("env.py"), envDumpScript());
        c.nodeCount = 3;
        c.distribution.type = DistributionType::PyTorch;
        c.environmentVariables.insert(QStringLiteral("GREETING"), QStringLiteral("hello"));
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        QCOMPARE(run->nodes.size(), 3);
        QSet<QString> nodes;
        QString masterPort;
        for (int rank = 0; rank < 3; ++rank) {
            const QJsonObject env = rankEnv(run->id, rank);
            QCOMPARE(env.value(QStringLiteral("RANK")).toString(), QString::number(rank));
            QCOMPARE(env.value(QStringLiteral("WORLD_SIZE")).toString(), QStringLiteral("3"));
            QCOMPARE(env.value(QStringLiteral("LOCAL_RANK")).toString(), QStringLiteral("0"));
            QCOMPARE(env.value(QStringLiteral("MASTER_ADDR")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(env.value(QStringLiteral("GREETING")).toString(), QStringLiteral("hello"));
            QVERIFY(env.value(QStringLiteral("cwd"))
                        .toString()
                        .endsWith(rank == 0 ? QStringLiteral("/snapshot")
                                            : QStringLiteral("/ranks/%1/cwd").arg(rank)));
            if (rank == 0)
                masterPort = env.value(QStringLiteral("MASTER_PORT")).toString();
            QCOMPARE(env.value(QStringLiteral("MASTER_PORT")).toString(), masterPort);
            nodes << env.value(QStringLiteral("TRAINYARD_NODE_ID")).toString();
            QVERIFY(
                readLog(run->id, rank).contains(QByteArray("rank " + QByteArray::number(rank) + " done")));
        }
        QVERIFY(masterPort.toInt() > 0);
        QCOMPARE(nodes.size(), 3); // one process per node
    }

    void tensorflowOneParameterServerTwoWorkers() {
        RunConfig c = scriptRun(QStringLiteral("env.py"), envDumpScript());
        c.nodeCount = 3;
        c.distribution = {DistributionType::TensorFlow, 1, 2, 1};
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        QStringList types;
        for (int rank = 0; rank < 3; ++rank) {
            const QJsonObject env = rankEnv(run->id, rank);
            const QJsonObject tf =
                QJsonDocument::fromJson(env.value(QStringLiteral("TF_CONFIG")).toString().toUtf8()).object();
            const QJsonObject cluster = tf.value(QStringLiteral("cluster")).toObject();
            QCOMPARE(cluster.value(QStringLiteral("ps")).toArray().size(), 1);
            QCOMPARE(cluster.value(QStringLiteral("worker")).toArray().size(), 2);
            const QJsonObject task = tf.value(QStringLiteral("task")).toObject();
            types << task.value(QStringLiteral("type")).toString() +
                         QString::number(task.value(QStringLiteral("index")).toInt());
            QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_TASK_INDEX")).toString(),
                     QString::number(task.value(QStringLiteral("index")).toInt()));
        }
        QCOMPARE(types,
                 (QStringList{QStringLiteral("worker0"), QStringLiteral("worker1"), QStringLiteral("ps0")}));
    }

    void azureMlV1ScriptRunsUnchanged() {
        // The file is compared line by line: no sys/ lines beside the script's (interval 0).
        RunConfig aml = scriptRun(QStringLiteral("aml.py"), R"(from azureml.core import Run
run = Run.get_context()
for i in range(5):
    run.log("accuracy", 0.5 + i / 10)
run.log_row("per_class", cls="cat", precision=0.9)
print("experiment", run.experiment.name)
)");
        aml.environmentVariables.insert(QStringLiteral("TRAINYARD_SYSTEM_METRICS_INTERVAL"),
                                        QStringLiteral("0"));
        const QString id = await(m_ws->engine()->submitRun(aml))->id;
        auto run = m_ws->waitForEnd(id);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        QVERIFY(readLog(run->id, 0).contains("experiment itest"));
        QFile metrics(m_ws->folder() + QStringLiteral("/runs/%1/metrics.jsonl").arg(run->id));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[4].contains("\"accuracy\""));
        QVERIFY(lines[5].contains("\"row\""));
    }

    void oneRankFailingFailsTheRunAndStopsTheOthers() {
        RunConfig c = scriptRun(QStringLiteral("fail.py"), R"(import os, sys, time
rank = int(os.environ["RANK"])
if rank == 1:
    print("rank 1 gives up", flush=True)
    sys.exit(3)
time.sleep(120)
)");
        c.nodeCount = 3;
        c.distribution.type = DistributionType::PyTorch;
        QElapsedTimer t;
        t.start();
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id, 60000);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QCOMPARE(run->exitCode.value_or(-1), 3);
        QVERIFY2(run->error.contains(QStringLiteral("rank 1")), qPrintable(run->error));
        QVERIFY2(t.elapsed() < 40000, "the other ranks were not stopped"); // they would sleep 120 s
        auto compute = await(m_ws->engine()->getCompute(QStringLiteral("cpu")));
        QCOMPARE(compute->nodeStateCounts.running, 0); // nodes released
    }

    void aProcessKilledBySignalSaysWhich() {
        auto run = m_ws->waitForEnd(submit(
            QStringLiteral("oom.py"),
            "import os, signal\nprint('allocating', flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n"));
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QCOMPARE(run->exitCode.value_or(-1), 137);
        QVERIFY2(run->error.contains(QStringLiteral("killed by signal 9")), qPrintable(run->error));
        QVERIFY(readLog(run->id, 0).contains("allocating"));
    }

    void aMissingProgramFailsWithTheReason() {
        const QString src = m_ws->makeSource({{QStringLiteral("x.txt"), "x"}});
        RunConfig c = config(src, QString());
        c.command = QStringLiteral("definitely-not-a-program-xyz");
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QCOMPARE(run->exitCode.value_or(-1), 127); // the shell's "command not found"
        QVERIFY(readLog(run->id, 0).contains("not found"));
    }

    void cancelStopsEveryRankAndKeepsTheLog() {
        const QString src = m_ws->makeSource({{QStringLiteral("long.py"), R"(import signal, sys, time
print("started", flush=True)
time.sleep(300)
)"},
                                              {QStringLiteral("stubborn.py"), R"(import signal, time
signal.signal(signal.SIGTERM, lambda *a: print("ignoring SIGTERM", flush=True))
print("started", flush=True)
while True:
    time.sleep(0.1)
)"}});
        RunConfig c = config(src, QStringLiteral("long.py"));
        c.nodeCount = 2;
        c.distribution.type = DistributionType::Mpi;
        const QString politeId = await(m_ws->engine()->submitRun(c))->id;
        c.entryScript = QStringLiteral("stubborn.py");
        c.nodeCount = 1;
        c.distribution = {};
        const QString stubbornId = await(m_ws->engine()->submitRun(c))->id;
        QCOMPARE(toString(m_ws->waitForStatus(politeId, RunStatus::Running)->status),
                 QStringLiteral("Running"));
        QCOMPARE(toString(m_ws->waitForStatus(stubbornId, RunStatus::Running)->status),
                 QStringLiteral("Running"));
        QTRY_VERIFY_WITH_TIMEOUT(readLog(stubbornId, 0).contains("started"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(readLog(politeId, 0).contains("started"), 20000);
        QVERIFY(await(m_ws->engine()->cancelRun(politeId)).ok());
        QVERIFY(await(m_ws->engine()->cancelRun(stubbornId)).ok());
        auto polite = m_ws->waitForEnd(politeId, 30000);
        auto stubborn = m_ws->waitForEnd(stubbornId, 30000); // SIGKILL after the 3 s grace
        QCOMPARE(toString(polite->status), QStringLiteral("Canceled"));
        QCOMPARE(toString(stubborn->status), QStringLiteral("Canceled"));
        QVERIFY(readLog(stubbornId, 0).contains("ignoring SIGTERM"));
        QVERIFY(readLog(politeId, 0).contains("started"));
        // Cancelling again, or an ended run, changes nothing.
        QVERIFY(await(m_ws->engine()->cancelRun(politeId)).ok());
        QCOMPARE(toString(await(m_ws->engine()->getRun(politeId))->status), QStringLiteral("Canceled"));
    }

    void cancelWhileQueued() {
        QVERIFY(m_ws->createCluster(QStringLiteral("tiny"), 0, 1).ok());
        const RunConfig c = m_ws->scriptRun(QStringLiteral("tiny"), QStringLiteral("s.py"),
                                            "import time; time.sleep(30)\n", QStringLiteral("itest"));
        const QString first = await(m_ws->engine()->submitRun(c))->id;
        const QString second = await(m_ws->engine()->submitRun(c))->id;
        QCOMPARE(toString(m_ws->waitForStatus(first, RunStatus::Running)->status), QStringLiteral("Running"));
        QTRY_VERIFY_WITH_TIMEOUT(
            await(m_ws->engine()->getRun(second))->statusDetail.contains(QStringLiteral("max_nodes")), 10000);
        QVERIFY(await(m_ws->engine()->cancelRun(second)).ok());
        QCOMPARE(toString(m_ws->waitForEnd(second, 10000)->status), QStringLiteral("Canceled"));
        QVERIFY(await(m_ws->engine()->cancelRun(first)).ok());
        QCOMPARE(toString(m_ws->waitForEnd(first, 20000)->status), QStringLiteral("Canceled"));
    }

    void logStreamDeliversEveryByteOnce() {
        const QString id = submit(QStringLiteral("talk.py"), R"(import time
for i in range(200):
    print("line %05d" % i)
    if i % 50 == 0:
        time.sleep(0.2)
)");
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_ws->engine()->listLogs(id))->isEmpty(), 20000);
        LogStream* stream = m_ws->engine()->openLog(id, await(m_ws->engine()->listLogs(id))->first(), this);
        QByteArray all;
        qint64 expectedOffset = 0;
        connect(stream, &LogStream::bytesAppended, this, [&](const QByteArray& bytes, qint64 offset) {
            QCOMPARE(offset, expectedOffset);
            expectedOffset += bytes.size();
            all += bytes;
        });
        QSignalSpy finished(stream, &LogStream::finished);
        stream->start(0);
        QVERIFY(finished.wait(30000));
        const QList<QByteArray> lines = all.trimmed().split('\n');
        QCOMPARE(lines.size(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(lines[i], QByteArray("line ") + QByteArray::number(i).rightJustified(5, '0'));
    }

    void submitRefusesBadRequests() {
        const QString src = m_ws->makeSource({{QStringLiteral("ok.py"), "print(1)\n"}});
        RunConfig c = config(src, QStringLiteral("ok.py"));
        c.compute = QStringLiteral("nope");
        auto r = await(m_ws->engine()->submitRun(c));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("No compute named 'nope'")));
        QVERIFY(r.error().message.contains(QStringLiteral("cpu"))); // says what exists
        c = config(src, QStringLiteral("missing.py"));
        QCOMPARE(await(m_ws->engine()->submitRun(c)).error().field, QStringLiteral("entry_script"));
        c = config(m_ws->scratch() + QStringLiteral("/does-not-exist"), QStringLiteral("ok.py"));
        QCOMPARE(await(m_ws->engine()->submitRun(c)).error().field, QStringLiteral("source_directory"));
        c = config(src, QStringLiteral("ok.py"));
        c.nodeCount = 5;
        auto tooMany = await(m_ws->engine()->submitRun(c));
        QCOMPARE(tooMany.error().field, QStringLiteral("node_count"));
        QVERIFY(tooMany.error().message.contains(QStringLiteral("max_nodes 4")));
        QCOMPARE(await(m_ws->engine()->listRuns({}))->size(), 0); // nothing half-made
        QVERIFY(QDir(m_ws->folder() + QStringLiteral("/runs"))
                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalRuns)
#include "tst_local_runs.moc"
