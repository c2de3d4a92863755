// Peak memory figure (issues 5 and 15): a 1e6-line log, a 1e6-point chart and a chart overlaying
// 100 runs of 1e5 points each open at once. Measured in a
// child process (this program run again with only this group) so that the other benchmarks'
// baselines (a QPlainTextEdit with 1e5 lines, a QLineSeries with 1e6 points) do not count.
#include "Bench.h"
#include "MonitoringBenchSupport.h"

#include "core/engine/FileStreams.h"
#include "core/logs/LogDocument.h"
#include "core/metrics/MetricSeries.h"
#include "ui/charts/MetricChart.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtCharts/QChartView>

#include <memory>

using namespace trainyard;
using namespace bench::monitoring;

namespace {

const char* const kChildVariable = "TRAINYARD_BENCH_RSS_CHILD";

bench::Result probe() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    writeLogFile(path);
    const double before = peakRssMb();
    logs::LogDocument document;
    ui::LogModel model;
    ui::LogView view;
    view.resize(800, 600);
    view.show();
    document.open(new FileLogStream(path, [] { return true; }));
    model.setDocuments({&document}, {QStringLiteral("0")});
    view.setModel(&model);
    spinUntil([&] { return model.rowCount() == kLogLines && view.visibleRowsLoaded(); });
    view.viewport()->repaint();

    std::vector<double> steps, values;
    metricSeries(1000000, steps, values);
    metrics::MetricSeries series;
    for (size_t i = 0; i < steps.size(); ++i)
        series.append(steps[i], 1.7e9 + double(i), values[i]);
    std::vector<double>().swap(steps);
    std::vector<double>().swap(values);
    ui::MetricChart chart(QStringLiteral("loss"));
    chart.resize(800, 600);
    chart.addSeries(QStringLiteral("run_1"), &series, Qt::blue);
    chart.setSmoothing(0.6);
    chart.show();
    chart.refresh();
    chart.chartView()->grab();

    // The comparison view's worst case: 100 runs x 1e5 points on one chart.
    const double beforeOverlay = peakRssMb();
    std::vector<std::unique_ptr<metrics::MetricSeries>> runs;
    ui::MetricChart overlay(QStringLiteral("loss"));
    overlay.resize(800, 600);
    {
        std::vector<double> s, v;
        metricSeries(100000, s, v);
        for (int r = 0; r < 100; ++r) {
            auto run = std::make_unique<metrics::MetricSeries>();
            for (size_t i = 0; i < s.size(); ++i)
                run->append(s[i], 1.7e9 + double(i), v[i] * (1 + r * 0.01));
            overlay.addSeries(QStringLiteral("run_%1").arg(r), run.get(),
                              QColor::fromHsv(r * 37 % 360, 200, 200));
            runs.push_back(std::move(run));
        }
    }
    qint64 seriesBytes = 0;
    for (const auto& run : runs)
        seriesBytes += run->memoryBytes();
    overlay.show();
    overlay.refresh();
    overlay.chartView()->grab();
    overlay.zoom(0.1, 50000);
    overlay.chartView()->grab();
    spinUntil([] { return false; }, 300);
    return {
        QStringLiteral("peak_rss_mb"),
        peakRssMb(),
        QStringLiteral("MB"),
        {},
        false,
        QStringLiteral(
            "VmHWM of a process showing a 1e6-line log (LogView, tail painted), a 1e6-point "
            "chart with smoothing and a chart overlaying 100 runs x 1e5 points; %1 MB before opening "
            "them (Qt, the app), %2 MB before the overlay, whose series hold %3 MB (main's 24 bytes a point "
            "would be %4 MB); goal < 300 MB")
            .arg(before, 0, 'f', 1)
            .arg(beforeOverlay, 0, 'f', 1)
            .arg(double(seriesBytes) / 1048576.0, 0, 'f', 1)
            .arg(100 * 100000 * 24 / 1048576.0, 0, 'f', 1)};
}

QList<bench::Result> memoryBenchmarks(const bench::Context&) {
    if (qEnvironmentVariableIsSet(kChildVariable))
        return {probe()};
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("memory")});
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    return {bench::Result{o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("value")).toDouble(),
                          o.value(QStringLiteral("unit")).toString(),
                          {},
                          false,
                          o.value(QStringLiteral("note")).toString()}};
}

bench::BenchRegistration registration{QStringLiteral("memory"), memoryBenchmarks};

} // namespace
