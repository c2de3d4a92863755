#include "core/metrics/M4Aggregator.h"
#include "core/metrics/MinMaxPyramid.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace trainyard::metrics;

// M4 against brute force: for random series (with NaN, +inf, -inf, duplicates, steps) and random
// views, every pixel column's first, last, min and max drawable point is in the output, the
// output is in x order, holds nothing else and never more than 4 points a column plus the two
// edge points. Rule under test: a point with a non-finite x or y (or y <= 0 with log-y) is not
// drawable and appears nowhere.
class TestM4Aggregator : public QObject {
    Q_OBJECT
private slots:
    void propertyAgainstBruteForce() {
        QRandomGenerator rng(2024);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        for (int round = 0; round < 400; ++round) {
            const int n = int(rng.bounded(2000));
            std::vector<double> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
            double at = rng.bounded(100.0) - 50;
            for (int i = 0; i < n; ++i) {
                at += rng.bounded(4) == 0 ? 0 : rng.bounded(3.0); // duplicates too
                x[size_t(i)] = at;
                const int k = int(rng.bounded(40));
                y[size_t(i)] = k == 0 ? nan : k == 1 ? inf : k == 2 ? -inf : rng.bounded(200.0) - 100;
            }
            const bool positiveOnly = round % 3 == 0;
            const int columns = 1 + int(rng.bounded(300));
            double x0 = n ? x.front() : 0, x1 = n ? x.back() : 1;
            if (round % 2 && n > 2) { // a zoomed view somewhere inside
                x0 = x[size_t(rng.bounded(n))];
                x1 = x0 + 1 + rng.bounded(50.0);
            }
            if (!(x1 > x0))
                x1 = x0 + 1;
            const QList<QPointF> out =
                M4Aggregator::aggregate(x.data(), y.data(), n, x0, x1, columns, positiveOnly);

            const auto drawable = [&](int i) {
                return std::isfinite(y[size_t(i)]) && (!positiveOnly || y[size_t(i)] > 0);
            };
            // Brute force: the columns and the points each must keep.
            QList<QPointF> must;
            int inView = 0;
            QMap<int, QList<int>> byColumn;
            for (int i = 0; i < n; ++i) {
                if (!drawable(i) || x[size_t(i)] < x0 || x[size_t(i)] > x1)
                    continue;
                ++inView;
                const int c = std::min(columns - 1, int((x[size_t(i)] - x0) * columns / (x1 - x0)));
                byColumn[c] << i;
            }
            for (const QList<int>& members : std::as_const(byColumn)) {
                int mn = members.front(), mx = members.front();
                for (int i : members) {
                    if (y[size_t(i)] < y[size_t(mn)])
                        mn = i;
                    if (y[size_t(i)] > y[size_t(mx)])
                        mx = i;
                }
                for (int i : {members.front(), members.back(), mn, mx})
                    must << QPointF(x[size_t(i)], y[size_t(i)]);
            }
            for (const QPointF& p : must)
                QVERIFY2(out.contains(p),
                         qPrintable(
                             QStringLiteral("round %1: (%2, %3) missing").arg(round).arg(p.x()).arg(p.y())));
            // Nothing non-drawable, in x order, bounded size.
            for (qsizetype i = 0; i < out.size(); ++i) {
                QVERIFY(std::isfinite(out[i].y()));
                QVERIFY(!positiveOnly || out[i].y() > 0);
                if (i > 0)
                    QVERIFY(out[i - 1].x() <= out[i].x());
            }
            QVERIFY(out.size() <= qsizetype(4) * byColumn.size() + 2);
            QVERIFY(out.size() <= inView + 2);
            // Every point in the view that is output is a real point of the series.
            for (const QPointF& p : out) {
                bool real = false;
                for (int i = 0; i < n && !real; ++i)
                    real = x[size_t(i)] == p.x() && y[size_t(i)] == p.y() && drawable(i);
                QVERIFY(real);
            }
        }
    }

    void edgePointsLeadTheLineIntoTheView() {
        const double x[] = {0, 1, 2, 3, 4, 5};
        const double y[] = {10, 11, 12, 13, 14, 15};
        const QList<QPointF> out = M4Aggregator::aggregate(x, y, 6, 1.5, 3.5, 10);
        QCOMPARE(out.front(), QPointF(1, 11));
        QCOMPARE(out.back(), QPointF(4, 14));
        QCOMPARE(out.size(), 4);
    }

    void aMillionPointsBecomeAFewPerColumn() {
        std::vector<double> x(1000000), y(1000000);
        for (size_t i = 0; i < x.size(); ++i) {
            x[i] = double(i);
            y[i] = std::sin(double(i) / 1000);
        }
        y[777777] = 50; // one spike
        const QList<QPointF> out =
            M4Aggregator::aggregate(x.data(), y.data(), qint64(x.size()), 0, 999999, 800);
        QVERIFY(out.size() <= 4 * 800 + 2);
        QVERIFY(out.contains(QPointF(777777, 50)));
    }

    void degenerateInputs() {
        const double x[] = {1};
        const double y[] = {2};
        QVERIFY(M4Aggregator::aggregate(x, y, 0, 0, 1, 10).isEmpty());
        QVERIFY(M4Aggregator::aggregate(x, y, 1, 1, 1, 10).isEmpty());
        QVERIFY(M4Aggregator::aggregate(x, y, 1, 0, 2, 0).isEmpty());
        QCOMPARE(M4Aggregator::aggregate(x, y, 1, 0, 2, 10).size(), 1);
    }

    // The pyramid path (many points a column) draws exactly what the scan draws, NaN, ±inf,
    // ties and log-y included, for whole views and zooms.
    void pyramidGivesTheSamePoints() {
        QRandomGenerator rng(99);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        for (int round = 0; round < 60; ++round) {
            const int n = 5000 + int(rng.bounded(40000));
            std::vector<double> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                x[size_t(i)] = i / 3; // three points per x: ties in x too
                const int k = int(rng.bounded(60));
                y[size_t(i)] = k == 0   ? nan
                               : k == 1 ? inf
                               : k == 2 ? -inf
                               : k == 3 ? 0.0
                                        : double(rng.bounded(50)) - 10;
            }
            MinMaxPyramid pyramid;
            pyramid.extend(y.data(), n / 2); // grown in two steps, as a live series grows
            pyramid.extend(y.data(), n);
            const bool positiveOnly = round % 2;
            const int columns = 20 + int(rng.bounded(800));
            double x0 = 0, x1 = x.back();
            if (round % 3 == 0) {
                x0 = rng.bounded(x1 / 2);
                x1 = x0 + 1 + rng.bounded(x1 / 2);
            }
            const QList<QPointF> scanned =
                M4Aggregator::aggregate(x.data(), y.data(), n, x0, x1, columns, positiveOnly);
            const QList<QPointF> fast = M4Aggregator::aggregate(XValues{x.data()}, y.data(), n, x0, x1,
                                                                columns, positiveOnly, &pyramid);
            QCOMPARE(fast, scanned);
        }
    }
};

QTEST_GUILESS_MAIN(TestM4Aggregator)
#include "tst_m4_aggregator.moc"
