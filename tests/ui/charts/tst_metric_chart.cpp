#include "core/metrics/MetricSeries.h"
#include "ui/charts/MetricChart.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <cmath>
#include <limits>

using namespace trainyard;
using namespace trainyard::ui;
using metrics::MetricSeries;
using metrics::XAxisMode;

class TestMetricChart : public QObject {
    Q_OBJECT
private slots:
    void drawsAFewPointsPerColumnAndKeepsSpikes() {
        MetricSeries s;
        for (int i = 0; i < 200000; ++i)
            s.append(i, 1000 + i, i == 123457 ? 99.0 : std::sin(i / 500.0));
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(800, 500);
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::blue);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        const int columns = chart.columns();
        QVERIFY(columns > 100 && columns < 800);
        QVERIFY(chart.drawnPoints() <= 4 * columns + 2);
        QVERIFY(chart.drawnRaw(0).contains(QPointF(123457, 99.0)));
        // Zoom: re-aggregated over the new range, still bounded, the spike still there.
        chart.zoom(0.01, 123457);
        QVERIFY(!chart.isAutoRange());
        const auto [x0, x1] = chart.xRange();
        QVERIFY(x1 - x0 < 3000);
        QVERIFY(chart.drawnPoints() <= 4 * columns + 2);
        QVERIFY(chart.drawnRaw(0).contains(QPointF(123457, 99.0)));
        for (const QPointF& p : chart.drawnRaw(0).mid(1, chart.drawnRaw(0).size() - 2))
            QVERIFY(p.x() >= x0 && p.x() <= x1);
        chart.pan(0.5);
        QCOMPARE(chart.xRange().first, x0 + (x1 - x0) * 0.5);
        chart.resetZoom();
        QVERIFY(chart.isAutoRange());
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 199999.0));
    }

    void logYSmoothingTimeAxesAndLegend() {
        MetricSeries s;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double values[] = {4, -1, 0, nan, 2, 1};
        for (int i = 0; i < 6; ++i)
            s.append(i, 1700000000 + 10 * i, values[i]);
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(600, 400);
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::red);
        chart.show();
        chart.refresh();
        QCOMPARE(chart.drawnRaw(0).size(), 5); // NaN is not drawn
        chart.setLogY(true);
        for (const QPointF& p : chart.drawnRaw(0))
            QVERIFY(p.y() > 0); // nor are values a log axis cannot show
        QCOMPARE(chart.drawnRaw(0).size(), 3);
        chart.setLogY(false);
        chart.setSmoothing(0.6);
        QVERIFY(chart.drawnPoints() > chart.drawnRaw(0).size()); // the smoothed line is drawn too
        chart.setXAxisMode(XAxisMode::RelativeTime);
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 50.0));
        chart.setXAxisMode(XAxisMode::WallTime);
        QCOMPARE(chart.xRange().first, 1700000000.0);
        QVERIFY(chart.drawnRaw(0).first().x() == 1700000000.0 * 1000); // QDateTimeAxis: ms
        const QString legend = chart.legendText();
        QVERIFY(legend.contains(QLatin1String("last 1")));
        QVERIFY(legend.contains(QLatin1String("min -1")));
        QVERIFY(legend.contains(QLatin1String("max 4")));
        QVERIFY(legend.contains(QLatin1String("1 NaN/inf not drawn")));
    }

    void numbersFollowTheLocale() {
        // --lang de makes German the default locale (ui/AppSetup.h): "0,5", not "0.5".
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MetricSeries s;
        s.append(0, 1700000000, 0.5);
        s.append(1, 1700000010, 1.25);
        MetricChart chart(QStringLiteral("loss"));
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::red);
        chart.refresh();
        const QString legend = chart.legendText();
        QLocale::setDefault(before);
        QVERIFY2(legend.contains(QLatin1String("min 0,5")), qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("last 1,25")), qPrintable(legend));
        const QChart* qchart = chart.findChild<QChartView*>()->chart();
        QVERIFY(qchart->localizeNumbers());
        QCOMPARE(qchart->locale().language(), QLocale::German);
        // Qt Charts localises only formats with a precision: a bare "%g" leaves the labels empty.
        for (QAbstractAxis* axis : qchart->axes())
            if (auto* value = qobject_cast<QValueAxis*>(axis))
                QVERIFY2(value->labelFormat().startsWith(QLatin1String("%.")),
                         qPrintable(value->labelFormat()));
    }

    void overlaidRunsShareTheAxes() {
        MetricSeries a, b;
        for (int i = 0; i < 100; ++i) {
            a.append(i, i, i);
            b.append(i * 2, i, -i);
        }
        MetricChart chart(QStringLiteral("x"));
        chart.addSeries(QStringLiteral("a"), &a, Qt::red);
        chart.addSeries(QStringLiteral("b"), &b, Qt::blue);
        chart.refresh();
        QCOMPARE(chart.seriesCount(), 2);
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 198.0));
        QVERIFY(!chart.drawnRaw(1).isEmpty());
    }

    void zoomNeverLeavesTheData() {
        MetricSeries s;
        for (int i = 0; i < 1000; ++i)
            s.append(i, 1700000000 + i, std::sin(i / 50.0));
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(700, 450);
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::blue);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QVERIFY(!chart.resetZoomButton()->isEnabled()); // nothing to reset yet
        chart.zoom(0.1, 500);
        QVERIFY(!chart.isAutoRange());
        QVERIFY(chart.resetZoomButton()->isEnabled());
        const double width = chart.xRange().second - chart.xRange().first;
        chart.pan(-50); // far past the first point: stops at it, same width
        QCOMPARE(chart.xRange().first, 0.0);
        QCOMPARE(chart.xRange().second, width);
        chart.pan(50);
        QCOMPARE(chart.xRange().second, 999.0);
        chart.setXRange(-100, 50);
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 150.0));
        chart.zoom(100, 500); // out past everything: the whole range, following the data again
        QVERIFY(chart.isAutoRange());
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 999.0));
        chart.zoom(1e-12, 500); // in: never narrower than a millionth of the data
        QVERIFY(chart.xRange().second - chart.xRange().first >= 999.0 * 1e-6 * 0.999);
        chart.resetZoomButton()->click();
        QVERIFY(chart.isAutoRange());
        QVERIFY(!chart.resetZoomButton()->isEnabled());
    }

    void hoverPicksTheNearestRawPoint() {
        MetricSeries s;
        for (int i = 0; i < 200000; ++i)
            s.append(i, 1700000000 + i * 0.01, 1.0 + 0.25 * std::sin(i * 0.37) + i * 1e-6);
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(800, 500);
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::blue);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        const QRectF plot = chart.chartView()->chart()->plotArea();
        const QPointF pos(plot.left() + plot.width() * 0.37, plot.center().y());
        const MetricChart::Hover h = chart.hoverAt(pos);
        QCOMPARE(h.line, 0);
        const double x = 199999.0 * (pos.x() - plot.left()) / plot.width();
        QVERIFY2(std::abs(double(h.index) - x) <= 2.5, qPrintable(QString::number(h.index)));
        // A raw point, not one of the few per column M4 handed to the chart.
        const QPointF raw(double(h.index), s.values()[size_t(h.index)]);
        QVERIFY(!chart.drawnRaw(0).contains(raw));
        // Zoomed far in, the nearest point is exactly the one under the pointer.
        chart.setXRange(1000, 1010);
        QCOMPARE(chart
                     .hoverAt(chart.chartView()->chart()->plotArea().topLeft() +
                              QPointF(chart.chartView()->chart()->plotArea().width() * 0.4, 5))
                     .index,
                 qint64(1004));
        // The readout, through a real mouse move.
        const QRectF zoomed = chart.chartView()->chart()->plotArea();
        QTest::mouseMove(chart.chartView()->viewport(),
                         QPoint(int(zoomed.left() + zoomed.width() * 0.6), int(zoomed.center().y())));
        QTRY_VERIFY(chart.hoverText().contains(QLatin1String("step 1006")));
        QVERIFY2(chart.hoverText().contains(
                     QLocale().toString(s.values()[1006], 'g', QLocale::FloatingPointShortest)),
                 qPrintable(chart.hoverText()));
        QCOMPARE(chart.hoverAt(QPointF(1, 1)).line, -1); // outside the plot: nothing
    }

    void rawAndSmoothedAreNamed() {
        MetricSeries s;
        for (int i = 0; i < 100; ++i)
            s.append(i, i, i % 7);
        MetricChart chart(QStringLiteral("loss"));
        chart.addSeries(QStringLiteral("run_1"), &s, Qt::red);
        chart.refresh();
        QVERIFY(!chart.legendText().contains(QLatin1String("smoothed")));
        chart.setSmoothing(0.6);
        QVERIFY(chart.legendText().contains(QLatin1String("Solid lines: smoothed")));
        QVERIFY(chart.legendText().contains(QLatin1String("faint lines: raw")));
        QStringList names;
        for (QAbstractSeries* series : chart.chartView()->chart()->series())
            names << series->name();
        QCOMPARE(names, (QStringList{QStringLiteral("run_1 (raw)"), QStringLiteral("run_1 (smoothed)")}));
    }

    void legendIsNeverClipped() {
        std::vector<MetricSeries> series(20);
        MetricChart chart(QStringLiteral("loss"));
        for (int r = 0; r < 20; ++r) {
            for (int i = 0; i < 50; ++i)
                series[size_t(r)].append(i, i, r + i * 0.1);
            chart.addSeries(QStringLiteral("a-rather-long-run-display-name-%1").arg(r), &series[size_t(r)],
                            Qt::red);
        }
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QApplication::processEvents();
        QLabel* legend = nullptr;
        for (QLabel* label : chart.findChildren<QLabel*>())
            if (label->text().contains(QLatin1String("run-display-name-19")))
                legend = label;
        QVERIFY(legend);
        QVERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(legend->height())
                                .arg(legend->heightForWidth(legend->width()))));
    }
};

QTEST_MAIN(TestMetricChart)
#include "tst_metric_chart.moc"
