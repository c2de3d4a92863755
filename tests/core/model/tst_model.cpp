#include "core/model/Compute.h"
#include "core/model/ModelJson.h"
#include "core/model/Run.h"

#include <QTest>

using namespace trainyard;

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void computeName_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "cpu-cluster" << true;
        QTest::newRow("two chars") << "ab" << true;
        QTest::newRow("sixteen") << "a234567890123456" << true;
        QTest::newRow("one char") << "a" << false;
        QTest::newRow("seventeen") << "a2345678901234567" << false;
        QTest::newRow("digit first") << "1cluster" << false;
        QTest::newRow("hyphen first") << "-cluster" << false;
        QTest::newRow("underscore") << "gpu_cluster" << false;
        QTest::newRow("space") << "gpu cluster" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("unicode") << "clüster" << false;
    }
    void computeName() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Status s = validateComputeName(name);
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QVERIFY(s.error().message.contains(u'\'' + name + u'\''));
            QVERIFY(s.error().message.contains(QStringLiteral("2 to 16 characters")));
            QCOMPARE(s.error().field, QStringLiteral("name"));
        }
    }

    void scale_data() {
        QTest::addColumn<int>("minNodes");
        QTest::addColumn<int>("maxNodes");
        QTest::addColumn<int>("idle");
        QTest::addColumn<QString>("field"); // empty = valid
        QTest::newRow("ok") << 0 << 4 << 120 << "";
        QTest::newRow("min = max") << 3 << 3 << 0 << "";
        QTest::newRow("min > max") << 5 << 4 << 120 << "min_nodes";
        QTest::newRow("max 0") << 0 << 0 << 120 << "max_nodes";
        QTest::newRow("negative min") << -1 << 4 << 120 << "min_nodes";
        QTest::newRow("negative idle") << 0 << 4 << -5 << "idle_seconds_before_scaledown";
    }
    void scale() {
        QFETCH(int, minNodes);
        QFETCH(int, maxNodes);
        QFETCH(int, idle);
        QFETCH(QString, field);
        const Status s = validateScale(minNodes, maxNodes, idle);
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s.ok())
            QCOMPARE(s.error().field, field);
    }

    void runConfig_data() {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("distribution");
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("ps");
        QTest::addColumn<bool>("valid");
        QTest::newRow("single") << 1 << "none" << 0 << 0 << true;
        QTest::newRow("tf 1ps+2w") << 3 << "tensorflow" << 2 << 1 << true;
        QTest::newRow("tf implied workers") << 3 << "tensorflow" << 0 << 1 << true;
        QTest::newRow("tf mismatch") << 3 << "tensorflow" << 3 << 1 << false;
        QTest::newRow("tf only ps") << 1 << "tensorflow" << 0 << 1 << false;
        QTest::newRow("workers without tf") << 2 << "pytorch" << 2 << 0 << false;
        QTest::newRow("zero nodes") << 0 << "none" << 0 << 0 << false;
    }
    void runConfig() {
        QFETCH(int, nodes);
        QFETCH(QString, distribution);
        QFETCH(int, workers);
        QFETCH(int, ps);
        QFETCH(bool, valid);
        RunConfig c;
        c.experiment = QStringLiteral("exp");
        c.compute = QStringLiteral("cpu");
        c.command = QStringLiteral("true");
        c.nodeCount = nodes;
        c.distribution.type = *distributionFromString(distribution);
        c.distribution.workerCount = workers;
        c.distribution.parameterServerCount = ps;
        QCOMPARE(validateRunConfig(c).ok(), valid);
    }

    void runConfigNeedsOneOfScriptOrCommand() {
        RunConfig c;
        c.experiment = QStringLiteral("exp");
        c.compute = QStringLiteral("cpu");
        QVERIFY(!validateRunConfig(c).ok());
        c.command = QStringLiteral("echo");
        c.entryScript = QStringLiteral("train.py");
        QVERIFY(!validateRunConfig(c).ok());
        c.command.clear();
        QVERIFY(validateRunConfig(c).ok());
        c.environmentVariables.insert(QStringLiteral("1BAD"), QStringLiteral("x"));
        QCOMPARE(validateRunConfig(c).error().field, QStringLiteral("environment_variables"));
    }

    void statusNames() {
        for (int i = 0; i <= int(RunStatus::Canceled); ++i) {
            const auto s = static_cast<RunStatus>(i);
            QVERIFY(runStatusFromString(toString(s)) == s);
            QVERIFY(runStatusFromString(toString(s).toLower()) == s);
        }
        QVERIFY(!runStatusFromString(QStringLiteral("Done")));
        QVERIFY(isTerminal(RunStatus::Canceled) && !isTerminal(RunStatus::Finalizing));
    }

    void computeJsonUsesSdkNames() {
        ComputeInfo c;
        c.spec.name = QStringLiteral("cpu");
        c.spec.vmSize = QStringLiteral("local");
        c.spec.minNodes = 1;
        c.spec.maxNodes = 4;
        c.spec.idleSecondsBeforeScaledown = 300;
        c.nodeStateCounts.idle = 1;
        const QJsonObject j = toJson(c);
        for (const char* key : {"name", "vm_size", "vm_priority", "min_nodes", "max_nodes",
                                "idle_seconds_before_scaledown", "provisioning_state", "allocation_state",
                                "current_node_count", "target_node_count", "node_state_counts", "errors"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("idle_seconds_before_scaledown")).toInt(), 300);
        const QJsonObject counts = j.value(QStringLiteral("node_state_counts")).toObject();
        QCOMPARE(counts.keys().size(), 6);
        QCOMPARE(counts.value(QStringLiteral("idle")).toInt(), 1);
    }

    void runConfigRoundTrips() {
        RunConfig c;
        c.experiment = QStringLiteral("mnist");
        c.sourceDirectory = QStringLiteral("/src");
        c.entryScript = QStringLiteral("train.py");
        c.arguments = {QStringLiteral("--lr"), QStringLiteral("0.1")};
        c.compute = QStringLiteral("gpu");
        c.nodeCount = 3;
        c.distribution = {DistributionType::TensorFlow, 1, 2, 1};
        c.environmentVariables.insert(QStringLiteral("A"), QStringLiteral("1"));
        c.tags.insert(QStringLiteral("team"), QStringLiteral("vision"));
        const RunConfig back = runConfigFromJson(toJson(c));
        QCOMPARE(back.experiment, c.experiment);
        QCOMPARE(back.arguments, c.arguments);
        QCOMPARE(back.nodeCount, 3);
        QVERIFY(back.distribution.type == DistributionType::TensorFlow);
        QCOMPARE(back.distribution.workerCount, 2);
        QCOMPARE(back.distribution.parameterServerCount, 1);
        QCOMPARE(back.environmentVariables, c.environmentVariables);
        QCOMPARE(back.tags, c.tags);
        QVERIFY(!toJson(c).contains(QLatin1String("shm_size"))); // unset: written as before
        c.shmSize = QStringLiteral("16g");
        c.timeoutSeconds = 604800;
        const RunConfig limited = runConfigFromJson(toJson(c));
        QCOMPARE(limited.shmSize, c.shmSize);
        QCOMPARE(limited.timeoutSeconds, c.timeoutSeconds);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
