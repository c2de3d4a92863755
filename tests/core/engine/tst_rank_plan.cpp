#include "core/engine/RankPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trainyard;

class TestRankPlan : public QObject {
    Q_OBJECT

    static RunContext context(int nodes, int ports) {
        RunContext c;
        c.runId = QStringLiteral("exp_1_abc");
        c.snapshotDir = QStringLiteral("/ws/runs/r/snapshot");
        c.logsDir = QStringLiteral("/ws/runs/r/logs");
        c.metricsFile = QStringLiteral("/ws/runs/r/metrics.jsonl");
        for (int i = 0; i < nodes; ++i)
            c.nodeIds << QStringLiteral("cpu-n%1").arg(i);
        for (int i = 0; i < ports; ++i)
            c.freePorts << quint16(40000 + i);
        return c;
    }

private slots:
    void pytorchRanks() {
        RunConfig config;
        config.entryScript = QStringLiteral("train.py");
        config.nodeCount = 3;
        config.distribution.type = DistributionType::PyTorch;
        const auto ranks = planRanks(config, context(3, portsNeeded(config)));
        QCOMPARE(ranks.size(), 3);
        for (int r = 0; r < 3; ++r) {
            const auto& env = ranks[r].environment;
            QCOMPARE(env.value(QStringLiteral("RANK")), QString::number(r));
            QCOMPARE(env.value(QStringLiteral("WORLD_SIZE")), QStringLiteral("3"));
            QCOMPARE(env.value(QStringLiteral("LOCAL_RANK")), QStringLiteral("0"));
            QCOMPARE(env.value(QStringLiteral("MASTER_ADDR")), QStringLiteral("127.0.0.1"));
            QCOMPARE(env.value(QStringLiteral("MASTER_PORT")), QStringLiteral("40003"));
            QCOMPARE(ranks[r].logFile, QStringLiteral("/ws/runs/r/logs/cpu-n%1/std_log.txt").arg(r));
            QCOMPARE(ranks[r].arguments.mid(0, 2),
                     (QStringList{QStringLiteral("-u"), QStringLiteral("train.py")}));
        }
    }

    void mpiTwoProcessesPerNode() {
        RunConfig config;
        config.command = QStringLiteral("./bench");
        config.nodeCount = 2;
        config.distribution = {DistributionType::Mpi, 2, 0, 0};
        const auto ranks = planRanks(config, context(2, portsNeeded(config)));
        QCOMPARE(ranks.size(), 4);
        // The launcher (mpirun, srun --mpi) gives the MPI variables, with the connection behind them.
        QVERIFY(!ranks[3].environment.contains(QStringLiteral("OMPI_COMM_WORLD_RANK")));
        QVERIFY(!ranks[3].environment.contains(QStringLiteral("PMI_RANK")));
        QCOMPARE(ranks[3].environment.value(QStringLiteral("TRAINYARD_RANK")), QStringLiteral("3"));
        QCOMPARE(ranks[3].nodeId, QStringLiteral("cpu-n1"));
        QVERIFY(ranks[3].logFile.endsWith(QStringLiteral("cpu-n1/std_log_process_1.txt")));
    }

    // Rank 0 works in the snapshot, every other rank in a folder of its own (RankWorkDirs).
    void workingDirectoryPerRank() {
        RunConfig config;
        config.entryScript = QStringLiteral("train.py");
        config.nodeCount = 3;
        config.distribution.type = DistributionType::PyTorch;
        RunContext ctx = context(3, portsNeeded(config));
        QCOMPARE(planRanks(config, ctx)[2].workingDirectory, ctx.snapshotDir); // no ranks folder given
        ctx.ranksDir = QStringLiteral("/ws/runs/r/ranks");
        const auto ranks = planRanks(config, ctx);
        QCOMPARE(ranks[0].workingDirectory, ctx.snapshotDir);
        QCOMPARE(ranks[1].workingDirectory, QStringLiteral("/ws/runs/r/ranks/1/cwd"));
        QCOMPARE(ranks[2].workingDirectory, QStringLiteral("/ws/runs/r/ranks/2/cwd"));
    }

    void tensorflowPsAndWorkers() {
        RunConfig config;
        config.entryScript = QStringLiteral("tf.py");
        config.nodeCount = 3;
        config.distribution = {DistributionType::TensorFlow, 1, 2, 1};
        const auto ranks = planRanks(config, context(3, portsNeeded(config)));
        QCOMPARE(ranks.size(), 3);
        const QStringList types{QStringLiteral("worker"), QStringLiteral("worker"), QStringLiteral("ps")};
        const QList<int> indexes{0, 1, 0};
        for (int r = 0; r < 3; ++r) {
            const QJsonObject tf =
                QJsonDocument::fromJson(ranks[r].environment.value(QStringLiteral("TF_CONFIG")).toUtf8())
                    .object();
            const QJsonObject cluster = tf.value(QStringLiteral("cluster")).toObject();
            QCOMPARE(cluster.value(QStringLiteral("worker")).toArray().size(), 2);
            QCOMPARE(cluster.value(QStringLiteral("ps")).toArray().size(), 1);
            QCOMPARE(cluster.value(QStringLiteral("ps")).toArray()[0].toString(),
                     QStringLiteral("127.0.0.1:40002"));
            QCOMPARE(tf.value(QStringLiteral("task")).toObject().value(QStringLiteral("type")).toString(),
                     types[r]);
            QCOMPARE(tf.value(QStringLiteral("task")).toObject().value(QStringLiteral("index")).toInt(),
                     indexes[r]);
            QCOMPARE(ranks[r].environment.value(QStringLiteral("AZ_BATCHAI_PS_HOSTS")),
                     QStringLiteral("127.0.0.1:40002"));
            QCOMPARE(ranks[r].environment.value(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS")),
                     QStringLiteral("127.0.0.1:40000,127.0.0.1:40001"));
        }
    }

    void commandArgumentsAreQuoted() {
        RunConfig config;
        config.command = QStringLiteral("echo");
        RunContext c = context(1, 2);
        c.resolvedArguments = {QStringLiteral("a b"), QStringLiteral("it's"), QString()};
        const auto ranks = planRanks(config, c);
        QCOMPARE(ranks[0].program, QStringLiteral("/bin/sh"));
        QCOMPARE(ranks[0].arguments[1], QStringLiteral("echo 'a b' 'it'\\''s' ''"));
    }

    void specRoundTrips() {
        RunConfig config;
        config.entryScript = QStringLiteral("train.py");
        auto spec = planRanks(config, context(1, 2)).first();
        spec.rankDir = QStringLiteral("/x");
        spec.graceSeconds = 7;
        const RankSpec back = rankSpecFromJson(toJson(spec));
        QCOMPARE(back.program, spec.program);
        QCOMPARE(back.arguments, spec.arguments);
        QCOMPARE(back.environment, spec.environment);
        QCOMPARE(back.graceSeconds, 7);
        QCOMPARE(back.rankDir, spec.rankDir);
    }
};

QTEST_GUILESS_MAIN(TestRankPlan)
#include "tst_rank_plan.moc"
