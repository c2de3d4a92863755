#include "core/alerts/AlertEvaluator.h"
#include "core/alerts/AlertRuleStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace trainyard;
using namespace trainyard::alerts;

namespace {

MetricPoint point(const QString& name, qint64 step, double value) {
    MetricPoint p;
    p.name = name;
    p.step = step;
    p.value = value;
    p.kind = QStringLiteral("scalar");
    return p;
}

AlertRule rule(const QString& id, AlertCondition condition, const QString& metric = {},
               double threshold = 0) {
    AlertRule r;
    r.id = id;
    r.condition = condition;
    r.metric = metric;
    r.threshold = threshold;
    return r;
}

const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const QString loss = QStringLiteral("loss");

} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT
private slots:
    void nanFiresOncePerSpell() {
        AlertEvaluator e;
        e.setRules({rule(QStringLiteral("a1"), AlertCondition::NonFinite, loss)});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        auto alerts = e.onPoints(QStringLiteral("r"),
                                 {point(loss, 0, 1), point(loss, 1, nan), point(loss, 2, nan)}, t0);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].ruleId, QStringLiteral("a1"));
        QVERIFY(alerts[0].message.contains(QStringLiteral("step 1")));
        QVERIFY(e.onPoints(QStringLiteral("r"), {point(loss, 3, std::numeric_limits<double>::infinity())}, t0)
                    .isEmpty());
        // back to finite, then NaN again: a new alert
        QVERIFY(e.onPoints(QStringLiteral("r"), {point(loss, 4, 0.5)}, t0).isEmpty());
        QCOMPARE(e.onPoints(QStringLiteral("r"), {point(loss, 5, nan)}, t0).size(), 1);
        // another metric does not fire
        QVERIFY(e.onPoints(QStringLiteral("r"), {point(QStringLiteral("acc"), 0, nan)}, t0).isEmpty());
    }

    void aboveAndBelowPerRunAndPrefix() {
        AlertEvaluator e;
        AlertRule onlyR2 = rule(QStringLiteral("a2"), AlertCondition::Below, loss, 0.1);
        onlyR2.runId = QStringLiteral("r2");
        e.setRules(
            {rule(QStringLiteral("a1"), AlertCondition::Above, loss, 10), onlyR2,
             rule(QStringLiteral("a3"), AlertCondition::Above, QStringLiteral("sys/cpu_percent/*"), 90)});
        QVERIFY(e.onPoints(QStringLiteral("r1"), {point(loss, 0, 10)}, t0).isEmpty()); // not above
        QCOMPARE(e.onPoints(QStringLiteral("r1"), {point(loss, 1, 10.5), point(loss, 2, 0.01)}, t0).size(),
                 1);
        const auto r2 = e.onPoints(QStringLiteral("r2"), {point(loss, 0, 0.01)}, t0);
        QCOMPARE(r2.size(), 1);
        QCOMPARE(r2[0].ruleId, QStringLiteral("a2"));
        QCOMPARE(
            e.onPoints(QStringLiteral("r1"), {point(QStringLiteral("sys/cpu_percent/node-0/0"), 0, 95)}, t0)
                .size(),
            1);
    }

    void staleAfterTheGivenTime() {
        AlertEvaluator e;
        AlertRule stale = rule(QStringLiteral("s"), AlertCondition::Stale, loss);
        stale.staleMinutes = 0.05; // 3 s
        e.setRules({stale});
        e.onRunStatus(QStringLiteral("r"), RunStatus::Running, {}, t0);
        QVERIFY(e.checkStale(t0).isEmpty()); // the clock starts
        e.onPoints(QStringLiteral("r"), {point(loss, 0, 1)}, t0.addSecs(2));
        QVERIFY(e.checkStale(t0.addSecs(4)).isEmpty()); // 2 s since the point
        const auto alerts = e.checkStale(t0.addSecs(6));
        QCOMPARE(alerts.size(), 1);
        QVERIFY(alerts[0].message.contains(QStringLiteral("4 s")));
        QVERIFY(e.checkStale(t0.addSecs(20)).isEmpty()); // once per silence
        e.onPoints(QStringLiteral("r"), {point(loss, 1, 1)}, t0.addSecs(21));
        QCOMPARE(e.checkStale(t0.addSecs(25)).size(), 1);
        e.onRunStatus(QStringLiteral("r"), RunStatus::Completed, {}, t0.addSecs(26));
        e.onPoints(QStringLiteral("r"), {point(loss, 2, 1)}, t0.addSecs(27));
        QVERIFY(e.checkStale(t0.addSecs(60)).isEmpty()); // an ended run is not stale
    }

    void runEndAndFailure() {
        AlertEvaluator e;
        e.setRules({rule(QStringLiteral("f"), AlertCondition::RunFailed),
                    rule(QStringLiteral("e"), AlertCondition::RunEnded)});
        QVERIFY(e.onRunStatus(QStringLiteral("ok"), RunStatus::Running, {}, t0).isEmpty());
        auto ended = e.onRunStatus(QStringLiteral("ok"), RunStatus::Completed, {}, t0);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0].ruleId, QStringLiteral("e"));
        QVERIFY(e.onRunStatus(QStringLiteral("ok"), RunStatus::Completed, {}, t0).isEmpty()); // once
        QVERIFY(e.onRunStatus(QStringLiteral("old"), RunStatus::Failed, {}, t0).isEmpty()); // ended unwatched
        e.onRunStatus(QStringLiteral("bad"), RunStatus::Queued, {}, t0);
        auto failed = e.onRunStatus(QStringLiteral("bad"), RunStatus::Failed, QStringLiteral("exit 3"), t0);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed[0].message.contains(QStringLiteral("exit 3")));
    }

    void nodeUnusable() {
        AlertEvaluator e;
        e.setRules({rule(QStringLiteral("u"), AlertCondition::NodeUnusable)});
        ComputeNode n;
        n.nodeId = QStringLiteral("n1");
        n.state = QStringLiteral("running");
        QVERIFY(e.onNode(QStringLiteral("r"), n, t0).isEmpty());
        n.state = QStringLiteral("unusable");
        n.reason = QStringLiteral("Not responding");
        QCOMPARE(e.onNode(QStringLiteral("r"), n, t0).size(), 1);
        QVERIFY(e.onNode(QStringLiteral("r"), n, t0).isEmpty());
    }

    void badRulesAreRefusedWithAClearMessage_data() {
        QTest::addColumn<int>("condition");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("staleMinutes");
        QTest::addColumn<QString>("says");
        QTest::newRow("above without metric")
            << int(AlertCondition::Above) << QString() << 1.0 << 0.0 << QStringLiteral("needs a metric");
        QTest::newRow("nan threshold")
            << int(AlertCondition::Below) << loss << std::numeric_limits<double>::quiet_NaN() << 0.0
            << QStringLiteral("finite number");
        QTest::newRow("stale zero") << int(AlertCondition::Stale) << loss << 0.0 << 0.0
                                    << QStringLiteral("more than 0");
        QTest::newRow("failed with metric")
            << int(AlertCondition::RunFailed) << loss << 0.0 << 0.0 << QStringLiteral("takes no metric");
    }
    void badRulesAreRefusedWithAClearMessage() {
        QFETCH(int, condition);
        QFETCH(QString, metric);
        QFETCH(double, threshold);
        QFETCH(double, staleMinutes);
        QFETCH(QString, says);
        AlertRule r = rule({}, AlertCondition(condition), metric, threshold);
        r.staleMinutes = staleMinutes;
        QTemporaryDir dir;
        AlertRuleStore store(dir.path());
        const auto added = store.add(r);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(says), qPrintable(added.error().message));
        QVERIFY(store.rules().value().isEmpty()); // nothing was written
    }

    void storeAddsListsRemoves() {
        QTemporaryDir dir;
        AlertRuleStore store(dir.path());
        QCOMPARE(store.add(rule({}, AlertCondition::Above, loss, 10)).value().id, QStringLiteral("alert-1"));
        AlertRule stale = rule({}, AlertCondition::Stale, loss);
        stale.staleMinutes = 2.5;
        stale.runId = QStringLiteral("r9");
        QCOMPARE(store.add(stale).value().id, QStringLiteral("alert-2"));
        const auto back = AlertRuleStore(dir.path()).rules().value();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[1].staleMinutes, 2.5);
        QCOMPARE(back[1].runId, QStringLiteral("r9"));
        QVERIFY(store.remove(QStringLiteral("alert-1")));
        const auto missing = store.remove(QStringLiteral("alert-1"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("alert-2")));
        QCOMPARE(store.add(rule({}, AlertCondition::NonFinite, loss)).value().id, QStringLiteral("alert-3"));
    }

    void aDamagedFileIsReportedNotOverwritten() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("alerts.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\":[{\"id\":\"alert-1\",\"condition\":\"exploded\"}]}");
        f.close();
        AlertRuleStore store(dir.path());
        const auto rules = store.rules();
        QVERIFY(!rules);
        QVERIFY(rules.error().message.contains(QStringLiteral("exploded")));
        QVERIFY(!store.add(rule({}, AlertCondition::NonFinite, loss)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("exploded"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alert_rules.moc"
