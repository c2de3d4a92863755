#include "ui/charts/RunMetricsPanel.h"

#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"
#include "core/metrics/MetricCsv.h"
#include "core/metrics/MetricIngestor.h"
#include "core/monitoring/SystemMetrics.h"
#include "ui/charts/MetricChart.h"
#include "ui/charts/MetricImagesView.h"
#include "ui/charts/MetricValuesPanel.h"

#include "ui/Icons.h"
#include "ui/WhenReady.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace trainyard::ui {

using metrics::MetricSeries;
using metrics::XAxisMode;

namespace {
constexpr int kFlushMs = 50;
const QColor kColours[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                           QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                           QColor(227, 119, 194), QColor(127, 127, 127)};
} // namespace

RunMetricsPanel::RunMetricsPanel(QWidget* parent, Content shows)
    : QWidget(parent)
    , m_xBox(new QComboBox)
    , m_logBox(new QCheckBox(tr("Log y")))
    , m_smoothSlider(new QSlider(Qt::Horizontal))
    , m_status(new QLabel)
    , m_grid(new QGridLayout)
    , m_export(new QPushButton(tr("Export CSV…")))
    , m_empty(new QLabel)
    , m_scroll(new QScrollArea)
    , m_stack(new QStackedWidget)
    , m_flushTimer(new QTimer(this))
    , m_values(new MetricValuesPanel)
    , m_images(new MetricImagesView)
    , m_imagesBox(new QWidget)
    , m_content(shows) {
    m_xBox->addItem(tr("Step"), int(XAxisMode::Step));
    m_xBox->addItem(tr("Relative time"), int(XAxisMode::RelativeTime));
    m_xBox->addItem(tr("Wall time"), int(XAxisMode::WallTime));
    if (m_content == Content::SystemMetrics)
        m_xBox->setCurrentIndex(m_xBox->findData(int(XAxisMode::WallTime)));
    m_smoothSlider->setRange(0, 99); // weight = value / 100; 0 = off (the default)
    m_smoothSlider->setToolTip(tr("Smoothing (debiased exponential moving average)"));
    auto* exportButton = m_export;
    exportButton->setIcon(themedIcon(QStringLiteral("document-save")));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("X axis:")));
    bar->addWidget(m_xBox);
    bar->addWidget(m_logBox);
    bar->addWidget(new QLabel(tr("Smoothing:")));
    bar->addWidget(m_smoothSlider);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto* content = new QWidget;
    content->setLayout(m_grid);
    // One scroll bar at most: charts keep their width and scroll only downwards.
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    m_empty->setObjectName(QStringLiteral("metricsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(
        m_content == Content::SystemMetrics
            ? tr("<p><b>No resource use yet.</b></p><p>Each rank's CPU, memory and disk use appear "
                 "here while the run runs, sampled every few seconds.</p>")
            : tr("<p><b>No metrics yet.</b></p><p>A run's charts appear here once its script logs "
                 "a number:<br><code>from trainyard import run; run.log(\"loss\", 0.25, step=10)</code>"
                 "</p>"));
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    // Right of the charts: the values table and the images.
    auto* imagesScroll = new QScrollArea;
    imagesScroll->setWidgetResizable(true);
    imagesScroll->setWidget(m_images);
    auto* imagesLayout = new QVBoxLayout(m_imagesBox);
    imagesLayout->setContentsMargins(0, 0, 0, 0);
    imagesLayout->addWidget(new QLabel(tr("Images")));
    imagesLayout->addWidget(imagesScroll);
    m_imagesBox->hide();
    m_side = new QSplitter(Qt::Vertical);
    m_side->addWidget(m_values);
    m_side->addWidget(m_imagesBox);
    m_side->setSizes({350, 450});
    // The empty state covers both: a run with no metric of any kind.
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // in proportion: charts keep most of the width
    m_side->hide();                 // shown with the first run: see addRun()
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    m_status->hide();

    connect(m_xBox, &QComboBox::activated, this,
            [this] { setXAxisMode(XAxisMode(m_xBox->currentData().toInt())); });
    connect(m_logBox, &QCheckBox::toggled, this, &RunMetricsPanel::setLogY);
    connect(m_smoothSlider, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    connect(exportButton, &QPushButton::clicked, this, [this] { askAndExport({}); });
    connect(this, &RunMetricsPanel::csvExported, this, [this](const Status& status) {
        m_status->setText(status ? tr("Metrics exported.") : status.error().message);
        m_status->show();
    });
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &RunMetricsPanel::flush);
    m_sinceFlush.start();
    updateEmptyState();
}

QString RunMetricsPanel::emptyText() const {
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void RunMetricsPanel::updateEmptyState() {
    const bool empty = m_charts.isEmpty() && !m_anyValues;
    m_stack->setCurrentWidget(empty ? m_empty : m_stack->widget(1));
    m_export->setEnabled(!m_charts.isEmpty());
}

void RunMetricsPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int columns = width() >= 2 * 380 + 40 ? 2 : 1;
    if (columns != m_columns) {
        m_columns = columns;
        layoutCharts();
    }
}

void RunMetricsPanel::layoutCharts() {
    // Charts in name order.
    int i = 0;
    for (MetricChart* c : std::as_const(m_charts)) {
        m_grid->removeWidget(c);
        m_grid->addWidget(c, i / m_columns, i % m_columns);
        ++i;
    }
}

RunMetricsPanel::~RunMetricsPanel() {
    clear();
}

void RunMetricsPanel::clear() {
    for (RunData& run : m_runs) {
        delete run.stream;
        qDeleteAll(run.series);
    }
    m_runs.clear();
    qDeleteAll(m_charts);
    m_charts.clear();
    m_dirty.clear();
    m_flushTimer->stop();
    m_status->hide();
    m_values->clear();
    m_images->clear();
    m_imagesBox->hide();
    m_valuesDirty = false;
    m_anyValues = false;
    updateEmptyState();
}

void RunMetricsPanel::setRun(Engine* engine, const QString& runId) {
    clear();
    addRun(engine, runId);
}

QColor RunMetricsPanel::runColour(int i) {
    if (i < int(std::size(kColours)))
        return kColours[i];
    // Golden-angle hues: each new run lands far from the ones before it.
    return QColor::fromHsv(int(std::fmod(i * 137.508, 360.0)), 200 - (i % 3) * 40, 170 + (i % 2) * 40);
}

QStringList RunMetricsPanel::runIds() const {
    QStringList ids;
    for (const RunData& run : m_runs)
        ids << run.runId;
    return ids;
}

void RunMetricsPanel::addRun(Engine* engine, const QString& runId, const QString& label) {
    if (!engine)
        return;
    RunData run;
    run.runId = runId;
    run.label = label.isEmpty() ? runId : label;
    run.colour = runColour(int(m_runs.size()));
    if (m_runs.isEmpty())
        m_images->setRun(engine, runId);
    run.stream = engine->openMetrics(runId, nullptr);
    connect(run.stream, &MetricStream::pointsAppended, this,
            [this, runId](const QList<MetricPoint>& points) { addPoints(runId, points); });
    connect(run.stream, &MetricStream::failed, this, [this](const Error& error) {
        m_status->setText(error.message);
        m_status->show();
    });
    m_runs << run;
    // One run's values and images; resource use has numbers only, and an overlay of several
    // runs (the comparison view) gives its whole width to the charts.
    m_side->setVisible(m_content != Content::SystemMetrics && m_runs.size() == 1);
    run.stream->start();
}

const MetricSeries* RunMetricsPanel::series(const QString& runId, const QString& name) const {
    for (const RunData& run : m_runs)
        if (run.runId == runId)
            return run.series.value(name);
    return nullptr;
}

int RunMetricsPanel::pointCount(const QString& name) const {
    if (m_runs.isEmpty())
        return 0;
    const MetricSeries* s = m_runs.front().series.value(name);
    return s ? int(s->size()) : 0;
}

MetricChart* RunMetricsPanel::chartFor(const QString& name) {
    if (MetricChart* chart = m_charts.value(name))
        return chart;
    auto* chart = new MetricChart(name);
    connect(chart, &MetricChart::exportRequested, this, &RunMetricsPanel::askAndExport);
    chart->setXAxisMode(XAxisMode(m_xBox->currentData().toInt()));
    chart->setLogY(m_logBox->isChecked());
    chart->setSmoothing(m_smoothSlider->value() / 100.0);
    m_charts.insert(name, chart);
    layoutCharts();
    updateEmptyState();
    return chart;
}

void RunMetricsPanel::addPoints(const QString& runId, const QList<MetricPoint>& points) {
    auto run = std::find_if(m_runs.begin(), m_runs.end(), [&](const RunData& r) { return r.runId == runId; });
    if (run == m_runs.end())
        return;
    if (m_store)
        m_store->ingest(runId, points); // one transaction per batch, on the store's thread
    // The values table and images are the first run's, on the metrics tab.
    if (run == m_runs.begin() && m_content != Content::SystemMetrics) {
        QList<MetricPoint> scripts; // resource samples are the Resources tab's
        scripts.reserve(points.size());
        for (const MetricPoint& p : points)
            if (!p.name.startsWith(monitoring::kSystemPrefix))
                scripts.append(p);
        if (!scripts.isEmpty()) {
            m_values->addPoints(scripts);
            m_images->addPoints(scripts);
            m_valuesDirty = true;
            m_anyValues = true;
        }
    }
    MetricSeries* series = nullptr;
    QString last;
    const bool systemPanel = m_content == Content::SystemMetrics;
    for (const MetricPoint& p : points) {
        // Charts are for numbers: text (tags, words, booleans, images) is in the values table.
        if (!p.text.isEmpty())
            continue;
        if (p.name.startsWith(monitoring::kSystemPrefix) != systemPanel)
            continue; // the other tab's
        QString name = p.kind == QLatin1String("row") || p.kind == QLatin1String("table")
                           ? p.name + u'/' + p.column
                           : p.name;
        // System metrics: one chart per measure, one line per rank (named with its node).
        QString key = name;
        QString label = run->label;
        if (systemPanel) {
            label = tr("rank %1").arg(p.rank);
            if (const auto sys = monitoring::parseSystemMetricName(p.name)) {
                if (sys->measure == QLatin1String("cores_requested"))
                    continue; // one number at the start, shown as the run's efficiency
                name = monitoring::kSystemPrefix + sys->measure;
                label = tr("rank %1 (%2)").arg(sys->rank).arg(sys->node);
            } else {
                key = name + u'@' + QString::number(p.rank);
            }
        }
        if (!series || key != last) {
            series = run->series.value(key);
            if (!series) {
                series = new MetricSeries;
                run->series.insert(key, series);
                chartFor(name)->addSeries(label, series, systemPanel ? runColour(p.rank) : run->colour);
            }
            last = key;
        }
        series->append(double(p.step), p.time, p.value);
        m_dirty.insert(name);
    }
    // Draw at once when idle, at most every 50 ms under a stream of points.
    if ((!m_dirty.isEmpty() || m_valuesDirty) && !m_flushTimer->isActive())
        m_flushTimer->start(int(qMax<qint64>(0, kFlushMs - m_sinceFlush.elapsed())));
}

void RunMetricsPanel::flush() {
    m_sinceFlush.restart();
    for (const QString& name : std::as_const(m_dirty))
        if (MetricChart* chart = m_charts.value(name))
            chart->refresh();
    m_dirty.clear();
    if (std::exchange(m_valuesDirty, false)) {
        m_values->refresh();
        m_images->refresh();
        m_imagesBox->setVisible(!m_images->imageNames().isEmpty());
        updateEmptyState();
    }
    emit chartsUpdated();
}

void RunMetricsPanel::setXAxisMode(XAxisMode mode) {
    m_xBox->setCurrentIndex(m_xBox->findData(int(mode)));
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setXAxisMode(mode);
    emit xAxisModeChanged(mode);
}

XAxisMode RunMetricsPanel::xAxisMode() const {
    return XAxisMode(m_xBox->currentData().toInt());
}

void RunMetricsPanel::setLogY(bool on) {
    m_logBox->setChecked(on);
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setLogY(on);
}

void RunMetricsPanel::setSmoothing(double weight) {
    QSignalBlocker block(m_smoothSlider);
    m_smoothSlider->setValue(int(std::lround(weight * 100)));
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setSmoothing(weight);
}

QString RunMetricsPanel::suggestedCsvName(const QString& metric) const {
    return metrics::suggestedCsvName(m_runs.isEmpty() ? QStringLiteral("run") : m_runs.front().runId,
                                     metric.isEmpty() ? QStringLiteral("metrics") : metric);
}

void RunMetricsPanel::askAndExport(const QString& metric) {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export metrics"), QDir::home().filePath(suggestedCsvName(metric)), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path, metric);
}

void RunMetricsPanel::exportCsv(const QString& path, const QString& metric) {
    // A snapshot: the series keep growing on this thread while the worker writes.
    auto copies = std::make_shared<QList<std::pair<std::pair<QString, QString>, MetricSeries>>>();
    for (const RunData& run : std::as_const(m_runs))
        for (auto it = run.series.cbegin(); it != run.series.cend(); ++it)
            if (metric.isEmpty() || it.key() == metric)
                copies->append({{run.runId, it.key()}, **it});
    whenReady(this, QtConcurrent::run([path, copies] {
                  QList<metrics::CsvSeries> list;
                  for (const auto& [key, series] : *copies)
                      list.append({key.first, key.second, &series});
                  return metrics::writeMetricsCsv(path, list);
              }),
              [this](const Status& status) { emit csvExported(status); });
}

} // namespace trainyard::ui
