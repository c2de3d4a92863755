#include "core/engine/Engine.h"
#include "core/engine/Transfer.h"
#include "core/util/JsonFile.h"

#include "tests/support/TestWorkspace.h"
#include "tests/support/YardProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using trainyard::await;

// Training code written for Azure ML on the local engine: real MPI (mpirun from openmpi-bin,
// mpi4py from python3-mpi4py) with every rank in one world, ./outputs and ./logs as the run's
// outputs and logs by the rank rule, and max_run_duration_seconds.
class TestLocalMpi : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestWorkspace> m_ws;

    // Debian's python3-mpi4py belongs to Debian's python3, whatever python3 is first on PATH.
    static QJsonObject debianPython() {
        return {{QStringLiteral("python"), QStringLiteral("/usr/bin/python3")},
                {QStringLiteral("cancel_grace_seconds"), 2}};
    }

    QByteArray runFile(const QString& runId, const QString& path) const {
        QFile f(m_ws->folder() + QStringLiteral("/runs/") + runId + u'/' + path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QStringList runFiles(const QString& runId) const {
        QStringList paths;
        auto files = await(m_ws->engine()->listRunFiles(runId));
        if (files) {
            for (const RunFile& f : files.value())
                paths << f.path;
        }
        return paths;
    }

    RunConfig mpiRun(const QString& fileName, const QByteArray& script, int nodes, int perNode) {
        RunConfig c = m_ws->scriptRun(QStringLiteral("cpu"), fileName, script, QStringLiteral("mpi"));
        c.nodeCount = nodes;
        c.distribution.type = DistributionType::Mpi;
        c.distribution.processCountPerNode = perNode;
        return c;
    }

    using Out = trainyard::test::YardOutput;
    Out yard(const QStringList& args) const {
        return trainyard::test::runYard(args, {.workspace = m_ws->folder(), .timeoutMs = 60000});
    }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>(debianPython());
        QVERIFY(m_ws->createCluster(QStringLiteral("cpu"), 0, 4, 60).ok());
    }
    void cleanup() { m_ws.reset(); }

    // 2 nodes × 2 processes: one world of 4, the right sum on every rank, each rank's output in
    // its own log, and each rank's ./outputs kept apart (rank 0 at the top).
    void allreduceOverTwoNodesOfTwoProcesses() {
        const RunConfig c = mpiRun(QStringLiteral("allreduce.py"), R"(import os
from mpi4py import MPI
c = MPI.COMM_WORLD
total = c.allreduce(c.rank + 1)
print("rank %d size %d sum %d ompi %s" % (c.rank, c.size, total, os.environ.get("OMPI_COMM_WORLD_RANK")))
os.makedirs("outputs", exist_ok=True)
open("outputs/sum.txt", "w").write("%d %d" % (c.rank, total))
os.makedirs("logs", exist_ok=True)
open("logs/mine.txt", "w").write("rank %d" % c.rank)
)",
                                   2, 2);
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id);
        QVERIFY(run);
        QVERIFY2(run->status == RunStatus::Completed,
                 qPrintable(run->error +
                            QString::fromUtf8(runFile(run->id, QStringLiteral("logs/mpi_launcher.txt")))));
        auto logs = await(m_ws->engine()->listLogs(run->id));
        QCOMPARE(logs->size(), 4);
        for (int rank = 0; rank < 4; ++rank) {
            const QByteArray log = runFile(run->id, logs->at(rank).path);
            QVERIFY2(log.contains(QStringLiteral("rank %1 size 4 sum 10 ompi %1").arg(rank).toUtf8()),
                     log.constData());
            const QString dir = rank == 0 ? QString() : QStringLiteral("rank_%1/").arg(rank);
            QCOMPARE(runFile(run->id, QStringLiteral("outputs/") + dir + QStringLiteral("sum.txt")),
                     QStringLiteral("%1 10").arg(rank).toUtf8());
            QCOMPARE(runFile(run->id, QStringLiteral("logs/") + dir + QStringLiteral("mine.txt")),
                     QStringLiteral("rank %1").arg(rank).toUtf8());
        }
        // Node slots: ranks 0-1 on the first, 2-3 on the second, as the log paths say.
        QVERIFY(logs->at(3).path.endsWith(run->nodes.value(1) + QStringLiteral("/std_log_process_1.txt")));
        const QStringList files = runFiles(run->id);
        for (const QString& f : {QStringLiteral("outputs/sum.txt"), QStringLiteral("outputs/rank_3/sum.txt"),
                                 QStringLiteral("logs/mine.txt"), QStringLiteral("logs/rank_2/mine.txt")})
            QVERIFY2(files.contains(f), qPrintable(f + QStringLiteral(" not in ") + files.join(u' ')));
    }

    // torch.distributed as Azure ML's PyTorch distribution starts it (env://: MASTER_ADDR,
    // MASTER_PORT, RANK, WORLD_SIZE from the engine), Debian's python3-torch with gloo: 2 nodes × 2
    // processes in one group, the right sum on every rank, rank 0's checkpoint in ./outputs.
    void torchDistributedAllReduceOverTwoNodes() {
        if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral("-c"), QStringLiteral("import torch")}) != 0) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3-torch is not installed (.ci/deps/mpi.apt lists it)");
            QSKIP("python3-torch is not installed");
        }
        RunConfig c = m_ws->scriptRun(QStringLiteral("cpu"), QStringLiteral("ddp.py"), R"(import os
import torch
import torch.distributed as dist
dist.init_process_group("gloo")
t = torch.tensor([float(dist.get_rank() + 1)])
dist.all_reduce(t)
print("rank %d world %d sum %d" % (dist.get_rank(), dist.get_world_size(), int(t.item())), flush=True)
os.makedirs("outputs", exist_ok=True)
torch.save({"sum": t}, "outputs/state.pt")
dist.destroy_process_group()
)",
                                      QStringLiteral("ddp"));
        c.nodeCount = 2;
        c.distribution.type = DistributionType::PyTorch;
        c.distribution.processCountPerNode = 2;
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id, 120000);
        QVERIFY(run);
        auto logs = await(m_ws->engine()->listLogs(run->id));
        QVERIFY(logs);
        QByteArray all;
        for (const LogSource& log : logs.value())
            all += runFile(run->id, log.path);
        QVERIFY2(run->status == RunStatus::Completed, qPrintable(run->error + QString::fromUtf8(all)));
        QCOMPARE(logs->size(), 4);
        for (int rank = 0; rank < 4; ++rank)
            QVERIFY2(all.contains(QStringLiteral("rank %1 world 4 sum 10").arg(rank).toUtf8()),
                     all.constData());
        QVERIFY(runFiles(run->id).contains(QStringLiteral("outputs/state.pt")));
        QVERIFY(runFiles(run->id).contains(QStringLiteral("outputs/rank_3/state.pt")));
    }

    // The agent dying mid-run loses nothing: mpirun and the ranks go on, and its successor
    // finds their ends in the runners' files.
    void survivesTheAgentDying() {
        const RunConfig c = mpiRun(QStringLiteral("slow.py"), R"(import time
from mpi4py import MPI
c = MPI.COMM_WORLD
time.sleep(3)
print("sum", c.allreduce(1), flush=True)
)",
                                   2, 1);
        const QString id = await(m_ws->engine()->submitRun(c))->id;
        QCOMPARE(toString(m_ws->waitForStatus(id, RunStatus::Running)->status), QStringLiteral("Running"));
        m_ws->killAgent();
        auto run = m_ws->waitForEnd(id, 60000); // getRun starts a new agent
        QVERIFY(run);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        auto logs = await(m_ws->engine()->listLogs(id));
        QCOMPARE(logs->size(), 2);
        QVERIFY(runFile(id, logs->at(1).path).contains("sum 2"));
    }

    // A rank that dies fails the run at once: mpirun stops the others (which wait in a barrier).
    void oneRankFailingFailsTheRun() {
        const RunConfig c = mpiRun(QStringLiteral("fail.py"), R"(import os, time
from mpi4py import MPI
c = MPI.COMM_WORLD
print("rank", c.rank, "up", flush=True)
if c.rank == 2:
    os._exit(3)
c.barrier()
time.sleep(300)
)",
                                   2, 2);
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id, 60000);
        QVERIFY(run);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QCOMPARE(run->exitCode.value_or(-1), 3);
        QVERIFY2(run->error.contains(QLatin1String("rank 2")), qPrintable(run->error));
    }

    // What a script writes to ./outputs is listed while the run runs, and a source folder's own
    // outputs/ comes along, as Azure ML uploads it too.
    void outputsAreListedWhileRunning() {
        const QString src =
            m_ws->makeSource({{QStringLiteral("early.py"), R"(import os, time
os.makedirs("outputs", exist_ok=True)
open("outputs/early.txt", "w").write("written while running")
print("wrote", flush=True)
time.sleep(300)
)"},
                              {QStringLiteral("outputs/readme.txt"), "from the source folder"}});
        RunConfig c =
            m_ws->scriptRun(QStringLiteral("cpu"), QStringLiteral("unused.py"), "", QStringLiteral("out"));
        c.sourceDirectory = src;
        c.entryScript = QStringLiteral("early.py");
        const QString id = await(m_ws->engine()->submitRun(c))->id;
        QTRY_VERIFY_WITH_TIMEOUT(runFiles(id).contains(QStringLiteral("outputs/early.txt")), 30000);
        // The script can write before the agent has seen its rank start (Starting -> Running).
        QTRY_COMPARE_WITH_TIMEOUT(toString(await(m_ws->engine()->getRun(id))->status),
                                  QStringLiteral("Running"), 10000);
        QVERIFY(runFiles(id).contains(QStringLiteral("outputs/readme.txt")));
        QVERIFY(await(m_ws->engine()->cancelRun(id)).ok());
        QCOMPARE(toString(m_ws->waitForEnd(id, 30000)->status), QStringLiteral("Canceled"));
        const QString download = m_ws->scratch() + QStringLiteral("/download");
        Transfer* t = m_ws->engine()->downloadRunFiles(id, download, this);
        QSignalSpy finished(t, &Transfer::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<Status>().ok());
        QVERIFY(QFile::exists(download + QStringLiteral("/outputs/early.txt")));
    }

    // max_run_duration_seconds: every rank is stopped and the run ends Canceled with the reason.
    void timeLimitStopsEveryRank() {
        RunConfig c = mpiRun(QStringLiteral("long.py"),
                             "import time\nprint('up', flush=True)\ntime.sleep(300)\n", 2, 1);
        c.timeoutSeconds = 2;
        QElapsedTimer clock;
        clock.start();
        auto run = m_ws->waitForEnd(await(m_ws->engine()->submitRun(c))->id, 60000);
        QVERIFY(run);
        QCOMPARE(toString(run->status), QStringLiteral("Canceled"));
        QVERIFY2(run->error.contains(QLatin1String("time limit of 2 s")), qPrintable(run->error));
        QVERIFY(run->startedAt.msecsTo(run->endedAt) >= 2000);
        QVERIFY2(clock.elapsed() < 30000, "the limit was not enforced promptly");
    }

    // A 2-rank mpi run on a new workspace whose agent sees `path` as its PATH; its end.
    Result<RunInfo> mpiRunWithPath(const QByteArray& path) {
        const QByteArray saved = qgetenv("PATH");
        qputenv("PATH", path); // the new workspace's agent inherits it
        m_ws = std::make_unique<test::TestWorkspace>(debianPython());
        Result<RunInfo> run = Error::engine(QStringLiteral("the cluster was not created"));
        if (m_ws->createCluster(QStringLiteral("cpu"), 0, 4, 60).ok()) {
            const QString id =
                await(m_ws->engine()->submitRun(mpiRun(QStringLiteral("n.py"), "print(1)\n", 2, 1)))->id;
            run = m_ws->waitForEnd(id, 30000);
        }
        qputenv("PATH", saved);
        return run;
    }

    // Without mpirun or mpiexec on the agent's PATH an mpi run fails, saying what to install.
    void withoutAnMpiLauncherTheRunFailsSayingWhy() {
        auto run = mpiRunWithPath("/nonexistent");
        QVERIFY(run);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QVERIFY2(run->error.contains(QLatin1String("neither mpirun nor mpiexec")) &&
                     run->error.contains(QLatin1String("openmpi-bin")),
                 qPrintable(run->error));
    }

    // A launcher that ends without starting the ranks fails the run with its last words.
    void aLauncherThatStartsNoRankFailsTheRun() {
        QTemporaryDir fakeMpi; // outlives the workspace mpiRunWithPath makes
        QFile fake(fakeMpi.path() + QStringLiteral("/mpirun"));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\n"
                   "if [ \"$1\" = --version ]; then echo 'mpirun (Open MPI) 4.1.4'; exit 0; fi\n"
                   "echo 'There are not enough slots available in the system' >&2; exit 1\n");
        fake.close();
        fake.setPermissions(fake.permissions() | QFile::ExeOwner);
        auto run = mpiRunWithPath(fakeMpi.path().toUtf8() + ':' + qgetenv("PATH"));
        QVERIFY(run);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QVERIFY2(run->error.contains(QLatin1String("MPI launcher ended before starting it")) &&
                     run->error.contains(QLatin1String("not enough slots")),
                 qPrintable(run->error));
    }

    // Bad values are refused by yard with exit 2 and a message naming what is allowed.
    void badInputIsRefused() {
        const RunConfig c = m_ws->scriptRun(QStringLiteral("cpu"), QStringLiteral("n.py"), "print(1)\n");
        const QStringList submit{QStringLiteral("run"),
                                 QStringLiteral("submit"),
                                 QStringLiteral("--experiment"),
                                 QStringLiteral("bad"),
                                 QStringLiteral("--compute"),
                                 QStringLiteral("cpu"),
                                 QStringLiteral("--source-directory"),
                                 c.sourceDirectory,
                                 QStringLiteral("--entry-script"),
                                 QStringLiteral("n.py")};
        const QList<std::pair<QStringList, QString>> cases{
            {{QStringLiteral("--max-run-duration-seconds"), QStringLiteral("-5")},
             QStringLiteral("0: no limit")},
            {{QStringLiteral("--max-run-duration-seconds"), QStringLiteral("ten")},
             QStringLiteral("whole number")},
            {{QStringLiteral("--distribution"), QStringLiteral("mpi"), QStringLiteral("--node-count"),
              QStringLiteral("2"), QStringLiteral("--process-count-per-node"), QStringLiteral("200")},
             QStringLiteral("at most 256 processes")},
            {{QStringLiteral("--node-count"), QStringLiteral("300")}, QStringLiteral("at most 256 nodes")},
        };
        for (const auto& [extra, mention] : cases) {
            const Out o = yard(submit + extra);
            QVERIFY2(o.exit == 2, qPrintable(extra.join(u' ') + QStringLiteral(": exit %1, ").arg(o.exit) +
                                             QString::fromUtf8(o.err)));
            QVERIFY2(QString::fromUtf8(o.err).contains(mention), o.err.constData());
        }
        RunConfig negative = c;
        negative.timeoutSeconds = -1;
        auto refused = await(m_ws->engine()->submitRun(negative));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("max_run_duration_seconds"));
    }
};

QTEST_MAIN(TestLocalMpi)
#include "tst_local_mpi.moc"
