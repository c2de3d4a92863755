#include "ui/runs/ChildRunList.h"

#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"
#include "core/metrics/MetricSummary.h"
#include "ui/StatusStyle.h"

#include <QHeaderView>

#include <memory>

namespace trainyard::ui {

namespace {
enum Column { Id, Status, Name, Metrics };
constexpr int kMaxMetricReads = 100; // children whose metrics are read; the rest show "…"
constexpr int kMetricsShown = 4;
} // namespace

ChildRunList::ChildRunList(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("childRuns"));
    setHeaderLabels({tr("Run"), tr("Status"), tr("Name"), tr("Metrics")});
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const QString id = item->data(Id, Qt::UserRole).toString(); !id.isEmpty())
            emit childActivated(id);
    });
}

void ChildRunList::clearChildren() {
    clear();
    m_metrics.clear();
    m_readWhen.clear();
    m_engine = nullptr;
}

void ChildRunList::showChildren(Engine* engine, const QList<RunInfo>& children) {
    if (engine != m_engine) {
        m_metrics.clear();
        m_readWhen.clear();
    }
    m_engine = engine;
    const QString selected = currentItem() ? currentItem()->data(Id, Qt::UserRole).toString() : QString();
    clear();
    int reads = 0;
    for (const RunInfo& run : children) {
        auto* item = new QTreeWidgetItem(
            this, {run.id, ui::statusText(run.status), run.displayName, m_metrics.value(run.id)});
        item->setData(Id, Qt::UserRole, run.id);
        item->setIcon(Status, statusIcon(run.status));
        if (run.id == selected)
            setCurrentItem(item);
        // Ended children are read once (after they ended); active ones on every refresh.
        const auto seen = m_readWhen.constFind(run.id);
        const bool stale = seen == m_readWhen.constEnd() || !isTerminal(*seen);
        if (stale && reads < kMaxMetricReads) {
            ++reads;
            m_readWhen.insert(run.id, run.status);
            readMetrics(run.id);
        }
    }
    resizeColumnToContents(Id);
    resizeColumnToContents(Name);
}

void ChildRunList::readMetrics(const QString& childId) {
    if (!m_engine)
        return;
    MetricStream* stream = m_engine->openMetrics(childId, this);
    stream->setFollow(false);
    auto summary = std::make_shared<MetricSummary>();
    connect(stream, &MetricStream::pointsAppended, this,
            [summary](const QList<MetricPoint>& points) { summary->add(points); });
    const auto done = [this, stream, summary, childId] {
        QStringList parts;
        for (const MetricSummaryRow& row : summary->rows()) {
            if (parts.size() == kMetricsShown) {
                parts << QStringLiteral("…");
                break;
            }
            parts << row.name + u'=' + row.last;
        }
        m_metrics.insert(childId, parts.join(QStringLiteral(", ")));
        for (int i = 0; i < topLevelItemCount(); ++i)
            if (topLevelItem(i)->data(Id, Qt::UserRole).toString() == childId)
                topLevelItem(i)->setText(Metrics, m_metrics.value(childId));
        stream->deleteLater();
        emit metricsRead(childId);
    };
    connect(stream, &MetricStream::finished, this, done);
    connect(stream, &MetricStream::failed, this, done);
    stream->start();
}

QString ChildRunList::metricsText(const QString& childId) const {
    return m_metrics.value(childId);
}

QString ChildRunList::statusText(const QString& childId) const {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(Id, Qt::UserRole).toString() == childId)
            return topLevelItem(i)->text(Status);
    return {};
}

} // namespace trainyard::ui
