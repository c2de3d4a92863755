#include "core/metrics/MetricStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace trainyard;
using namespace trainyard::metrics;

namespace {
MetricPoint point(const QString& name, qint64 step, double value, double time) {
    MetricPoint p;
    p.name = name;
    p.step = step;
    p.value = value;
    p.time = time;
    p.kind = QStringLiteral("scalar");
    return p;
}
} // namespace

class TestMetricStore : public QObject {
    Q_OBJECT
private slots:
    void insertAndQueryByStepAndTime() {
        QTemporaryDir dir;
        MetricStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("metrics.db"))));
        QList<MetricPoint> batch;
        for (int i = 0; i < 10000; ++i) {
            batch << point(QStringLiteral("loss"), i, 1.0 / (i + 1), 1000 + i * 0.1);
            if (i % 10 == 0)
                batch << point(QStringLiteral("acc"), i, i / 10000.0, 1000 + i * 0.1);
        }
        QVERIFY(store.insert(QStringLiteral("run_1"), batch));
        QVERIFY(store.insert(QStringLiteral("run_2"), {point(QStringLiteral("loss"), 0, 9, 5)}));
        QCOMPARE(store.runs().value(), (QStringList{QStringLiteral("run_1"), QStringLiteral("run_2")}));
        QCOMPARE(store.names(QStringLiteral("run_1")).value(),
                 (QStringList{QStringLiteral("acc"), QStringLiteral("loss")}));
        QCOMPARE(store.count(QStringLiteral("run_1"), QStringLiteral("loss")).value(), 10000);
        const auto range =
            store.pointsBySteps(QStringLiteral("run_1"), QStringLiteral("loss"), 100, 199).value();
        QCOMPARE(range.size(), 100);
        QCOMPARE(range.front().step, 100);
        QCOMPARE(range.back().value, 1.0 / 200);
        const auto byTime =
            store.pointsByTime(QStringLiteral("run_1"), QStringLiteral("acc"), 1000, 1010).value();
        QCOMPARE(byTime.size(), 11); // steps 0, 10, ..., 100
        QCOMPARE(store.pointsBySteps(QStringLiteral("run_2"), QStringLiteral("loss")).value().size(), 1);
        QVERIFY(store.pointsBySteps(QStringLiteral("nope"), QStringLiteral("loss")).value().isEmpty());
    }

    void nonFiniteValuesRoundTrip() {
        QTemporaryDir dir;
        MetricStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("metrics.db"))));
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY(store.insert(QStringLiteral("r"),
                             {point(QStringLiteral("x"), 0, std::nan(""), 1),
                              point(QStringLiteral("x"), 1, inf, 2), point(QStringLiteral("x"), 2, -inf, 3),
                              point(QStringLiteral("x"), 3, 0.25, 4)}));
        const auto back = store.pointsBySteps(QStringLiteral("r"), QStringLiteral("x")).value();
        QCOMPARE(back.size(), 4);
        QVERIFY(std::isnan(back[0].value));
        QCOMPARE(back[1].value, inf);
        QCOMPARE(back[2].value, -inf);
        QCOMPARE(back[3].value, 0.25);
    }

    void historySurvivesReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.db"));
        {
            MetricStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.insert(QStringLiteral("r"), {point(QStringLiteral("x"), 0, 1, 1)}));
        }
        MetricStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.insert(QStringLiteral("r"), {point(QStringLiteral("x"), 1, 2, 2)}));
        QCOMPARE(store.count(QStringLiteral("r"), QStringLiteral("x")).value(), 2);
        QVERIFY(store.removeRun(QStringLiteral("r")));
        QCOMPARE(store.count(QStringLiteral("r"), QStringLiteral("x")).value(), 0);
    }

    void badPathsAreClearErrors() {
        MetricStore store;
        const Status s = store.open(QStringLiteral("/nonexistent/dir/metrics.db"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("/nonexistent/dir/metrics.db")));
        MetricStore closed;
        QVERIFY(!closed.insert(QStringLiteral("r"), {point(QStringLiteral("x"), 0, 1, 1)}));
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metric_store.moc"
