#include "core/slurm/SlurmMapping.h"
#include "core/slurm/SlurmSettings.h"

#include <QTest>

using namespace trainyard;
using namespace trainyard::slurm;

// Slurm's words to Trainyard's: job states, node states, wait statuses, host lists, settings.
class SlurmMappingTest : public QObject {
    Q_OBJECT
private slots:
    void jobStates_data();
    void jobStates();
    void nodeStates_data();
    void nodeStates();
    void exitCodes();
    void hostLists();
    void jwtExpiry();
    void gpus();
    void settings();
};

void SlurmMappingTest::jobStates_data() {
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("pending") << "PENDING"
                             << "Resources"
                             << "Queued"
                             << "Resources";
    QTest::newRow("configuring") << "CONFIGURING"
                                 << "None"
                                 << "Preparing"
                                 << "";
    QTest::newRow("running") << "RUNNING"
                             << "None"
                             << "Running"
                             << "";
    QTest::newRow("completing") << "COMPLETING"
                                << "None"
                                << "Finalizing"
                                << "";
    QTest::newRow("completed") << "COMPLETED"
                               << "None"
                               << "Completed"
                               << "";
    QTest::newRow("failed") << "FAILED"
                            << "NonZeroExitCode"
                            << "Failed"
                            << "NonZeroExitCode";
    QTest::newRow("timeout") << "TIMEOUT"
                             << "TimeLimit"
                             << "Failed"
                             << "TimeLimit";
    QTest::newRow("node_fail") << "NODE_FAIL"
                               << "None"
                               << "Failed"
                               << "";
    QTest::newRow("oom") << "OUT_OF_MEMORY"
                         << "None"
                         << "Failed"
                         << "";
    QTest::newRow("boot_fail") << "BOOT_FAIL"
                               << "None"
                               << "Failed"
                               << "";
    QTest::newRow("deadline") << "DEADLINE"
                              << "None"
                              << "Failed"
                              << "";
    QTest::newRow("cancelled") << "CANCELLED"
                               << "None"
                               << "Canceled"
                               << "";
    QTest::newRow("preempted") << "PREEMPTED"
                               << "None"
                               << "Queued"
                               << "PREEMPTED";
}

void SlurmMappingTest::jobStates() {
    QFETCH(QString, state);
    QFETCH(QString, reason);
    QFETCH(QString, status);
    QFETCH(QString, detail);
    const JobState s = mapJobState(state, reason);
    QCOMPARE(toString(s.status), status);
    QCOMPARE(s.detail, detail);
    if (s.status == RunStatus::Failed)
        QVERIFY2(s.error.contains(state), qPrintable(s.error));
}

void SlurmMappingTest::nodeStates_data() {
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("category");
    QTest::newRow("idle") << "idle" << QStringList{} << "idle";
    QTest::newRow("allocated") << "allocated" << QStringList{} << "running";
    QTest::newRow("mixed") << "mixed" << QStringList{} << "running";
    QTest::newRow("down") << "down" << QStringList{} << "unusable";
    QTest::newRow("drained") << "idle" << QStringList{QStringLiteral("DRAIN")} << "unusable";
    QTest::newRow("draining") << "mixed" << QStringList{QStringLiteral("DRAIN")} << "leaving";
    QTest::newRow("not responding") << "idle" << QStringList{QStringLiteral("NOT_RESPONDING")} << "unusable";
    QTest::newRow("powering up") << "idle"
                                 << QStringList{QStringLiteral("CLOUD"), QStringLiteral("POWERING_UP")}
                                 << "preparing";
    QTest::newRow("powering down") << "idle" << QStringList{QStringLiteral("POWERING_DOWN")} << "leaving";
    QTest::newRow("powered down") << "idle"
                                  << QStringList{QStringLiteral("CLOUD"), QStringLiteral("POWERED_DOWN")}
                                  << "idle";
}

void SlurmMappingTest::nodeStates() {
    QFETCH(QString, state);
    QFETCH(QStringList, flags);
    QFETCH(QString, category);
    QCOMPARE(mapNodeState(state, flags), category);
}

void SlurmMappingTest::exitCodes() {
    QCOMPARE(exitCodeFromWaitStatus(0), 0);
    QCOMPARE(exitCodeFromWaitStatus(768), 3); // `exit 3`
    QCOMPARE(exitCodeFromWaitStatus(256 * 255), 255);
    QCOMPARE(exitCodeFromWaitStatus(9), 137);  // SIGKILL
    QCOMPARE(exitCodeFromWaitStatus(15), 143); // SIGTERM
}

void SlurmMappingTest::hostLists() {
    QCOMPARE(expandHostList(QStringLiteral("n[1-3,5],gpu02")),
             (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"),
                          QStringLiteral("n5"), QStringLiteral("gpu02")}));
    QCOMPARE(expandHostList(QStringLiteral("gpu[01-02]")),
             (QStringList{QStringLiteral("gpu01"), QStringLiteral("gpu02")}));
    QCOMPARE(expandHostList(QStringLiteral("n1")), QStringList{QStringLiteral("n1")});
    QCOMPARE(expandHostList(QString()), QStringList{});
    QCOMPARE(expandHostList(QStringLiteral("rack[1-2]-n[3-4]")),
             (QStringList{QStringLiteral("rack1-n3"), QStringLiteral("rack1-n4"), QStringLiteral("rack2-n3"),
                          QStringLiteral("rack2-n4")}));
}

void SlurmMappingTest::jwtExpiry() {
    // {"alg":"HS256"} . {"exp":4102444800,"sun":"root"} . signature
    const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDAsInN1biI6InJvb3QifQ.c2ln";
    const auto exp = slurm::jwtExpiry(token);
    QVERIFY(exp);
    QCOMPARE(exp->toSecsSinceEpoch(), 4102444800);
    QVERIFY(!slurm::jwtExpiry("not-a-jwt"));
}

void SlurmMappingTest::gpus() {
    QCOMPARE(gpuCount(QStringLiteral("gpu:4")), 4);
    QCOMPARE(gpuCount(QStringLiteral("gpu:a100:2(S:0-1),gpu:v100:1")), 3);
    QCOMPARE(gpuCount(QStringLiteral("")), 0);
    QCOMPARE(gpuCount(QStringLiteral("mps:100")), 0);
    // A node's own GPUs, for the node table.
    const ComputeNode node =
        nodeFromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("n1")},
                                 {QStringLiteral("state"), QStringLiteral("IDLE")},
                                 {QStringLiteral("gres"), QStringLiteral("gpu:a100:2(S:0-1),mps:100")}});
    QCOMPARE(node.gpus, QStringList{QStringLiteral("gpu:a100:2")});
}

void SlurmMappingTest::settings() {
    WorkspaceConfig c;
    c.engine = QStringLiteral("slurm");
    c.configPath = QStringLiteral("/x/config.json");
    c.raw = QJsonObject{{QStringLiteral("url"), QStringLiteral("http://login1:6820/")},
                        {QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("work_dir"), QStringLiteral("/shared/alice/ty")}};
    auto s = slurmSettingsFromConfig(c);
    QVERIFY(s);
    QCOMPARE(s->tokenKey(), QStringLiteral("slurm/http://login1:6820/alice/jwt"));
    QCOMPARE(s->runDir(QStringLiteral("r1")), QStringLiteral("/shared/alice/ty/runs/r1"));

    c.raw.insert(QStringLiteral("work_dir"), QStringLiteral("relative/dir"));
    auto relative = slurmSettingsFromConfig(c);
    QVERIFY(!relative);
    QCOMPARE(relative.error().field, QStringLiteral("work_dir"));
    c.raw.insert(QStringLiteral("work_dir"), QStringLiteral("/shared"));
    c.raw.insert(QStringLiteral("api_version"), QStringLiteral("v0.0.99"));
    auto version = slurmSettingsFromConfig(c);
    QVERIFY(!version);
    QCOMPARE(version.error().field, QStringLiteral("api_version"));
    QVERIFY(version.error().message.contains(QLatin1String("v0.0.38")));
    c.raw.remove(QStringLiteral("api_version"));
    c.raw.remove(QStringLiteral("user"));
    auto noUser = slurmSettingsFromConfig(c);
    QVERIFY(!noUser);
    QCOMPARE(noUser.error().field, QStringLiteral("user"));
}

QTEST_MAIN(SlurmMappingTest)
#include "tst_slurm_mapping.moc"
