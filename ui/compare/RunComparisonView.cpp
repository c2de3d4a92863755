#include "ui/compare/RunComparisonView.h"

#include "core/metrics/MetricSeries.h"
#include "ui/charts/RunMetricsPanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace trainyard::ui {

using compare::Section;

namespace {

QString sectionText(Section section) {
    switch (section) {
    case Section::Config:
        return RunComparisonView::tr("Config");
    case Section::Arguments:
        return RunComparisonView::tr("Arguments");
    case Section::Environment:
        return RunComparisonView::tr("Environment");
    case Section::Tags:
        return RunComparisonView::tr("Tags");
    case Section::Properties:
        return RunComparisonView::tr("Properties");
    case Section::Metrics:
        return RunComparisonView::tr("Metrics");
    }
    return {};
}

// Display names are not unique (a clone keeps its original's): the run number tells them apart.
QStringList uniqueLabels(const QList<ComparedRun>& runs) {
    QStringList labels;
    for (const ComparedRun& r : runs)
        labels << (r.run.displayName.isEmpty() ? r.run.id : r.run.displayName);
    QStringList unique = labels;
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (labels.count(labels[i]) > 1 && labels[i] != runs[i].run.id)
            unique[i] += QStringLiteral(" #%1").arg(runs[i].run.number);
    return unique;
}

} // namespace

RunComparisonView::RunComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_onlyDifferences(new QCheckBox(tr("Differences only")))
    , m_metrics(new RunMetricsPanel)
    , m_table(new QTableWidget)
    , m_rebuildTimer(new QTimer(this)) {
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_onlyDifferences->setChecked(true);
    m_onlyDifferences->setToolTip(tr("Show only the values that are not the same in every run"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setObjectName(QStringLiteral("comparisonTable"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_onlyDifferences);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_metrics);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the charts first: proportions, kept when the view is shown
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // Points arrive in batches (every 50 ms at most): the summaries follow a little behind.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(250);
    connect(m_rebuildTimer, &QTimer::timeout, this, &RunComparisonView::rebuildComparison);
    connect(m_metrics, &RunMetricsPanel::chartsUpdated, m_rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &RunComparisonView::fillTable);
}

RunComparisonView::~RunComparisonView() = default;

void RunComparisonView::setRuns(const QList<ComparedRun>& runs) {
    m_runs = runs;
    m_labels = uniqueLabels(runs);
    m_title->setText(tr("Comparing %1 runs").arg(runs.size()));
    m_metrics->clear();
    for (qsizetype i = 0; i < runs.size(); ++i)
        m_metrics->addRun(runs[i].engine, runs[i].run.id, m_labels[i]);
    rebuildComparison();
}

QStringList RunComparisonView::runIds() const {
    QStringList ids;
    for (const ComparedRun& r : m_runs)
        ids << r.run.id;
    return ids;
}

void RunComparisonView::setDifferencesOnly(bool on) {
    m_onlyDifferences->setChecked(on);
}

bool RunComparisonView::differencesOnly() const {
    return m_onlyDifferences->isChecked();
}

void RunComparisonView::rebuildComparison() {
    QList<RunInfo> runs;
    QList<compare::MetricSummaries> summaries;
    const QStringList names = m_metrics->metricNames();
    for (const ComparedRun& r : std::as_const(m_runs)) {
        runs << r.run;
        compare::MetricSummaries perRun;
        for (const QString& name : names) {
            const metrics::MetricSeries* series = m_metrics->series(r.run.id, name);
            if (!series)
                continue;
            compare::MetricSummary s;
            s.count = series->size();
            s.last = series->last();
            s.min = series->min();
            s.max = series->max();
            perRun.insert(name, s);
        }
        summaries << perRun;
    }
    m_comparison = std::make_unique<compare::RunComparison>(runs, summaries);
    fillTable();
}

void RunComparisonView::fillTable() {
    if (!m_comparison)
        return;
    const QList<compare::ComparisonRow> rows =
        differencesOnly() ? m_comparison->differences() : m_comparison->rows();
    m_table->clear();
    m_table->setColumnCount(int(2 + m_runs.size()));
    m_table->setRowCount(int(rows.size()));
    QStringList headers{tr("Section"), tr("Name")};
    headers << m_labels;
    m_table->setHorizontalHeaderLabels(headers);
    for (qsizetype c = 0; c < m_runs.size(); ++c) {
        QTableWidgetItem* header = m_table->horizontalHeaderItem(int(2 + c));
        header->setForeground(RunMetricsPanel::runColour(int(c)));
        header->setToolTip(m_runs[c].run.id);
    }
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int r = 0; r < rows.size(); ++r) {
        const compare::ComparisonRow& row = rows[r];
        m_table->setItem(r, 0, new QTableWidgetItem(sectionText(row.section)));
        auto* key = new QTableWidgetItem(row.key);
        if (row.differs && !differencesOnly())
            key->setFont(bold);
        m_table->setItem(r, 1, key);
        for (int c = 0; c < row.values.size(); ++c) {
            auto* item = new QTableWidgetItem(row.values[c] ? *row.values[c] : tr("(missing)"));
            if (!row.values[c])
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(item->text());
            m_table->setItem(r, 2 + c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    emit tableUpdated();
}

} // namespace trainyard::ui
