// Peak memory figure (issue 5): a 1e6-line log and a 1e6-point chart open at once. Measured in a
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
    spinUntil([] { return false; }, 300);
    return {
        QStringLiteral("peak_rss_mb"),
        peakRssMb(),
        QStringLiteral("MB"),
        {},
        false,
        QStringLiteral("VmHWM of a process showing a 1e6-line log (LogView, tail painted) and a 1e6-point "
                       "chart with smoothing; %1 MB before opening them (Qt, the app); goal < 200 MB")
            .arg(before, 0, 'f', 1)};
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
