#include "ui/model/RunTableModel.h"

#include "core/engine/Engine.h"
#include "ui/StatusStyle.h"
#include "ui/model/RunSummaryLoader.h"
#include "ui/model/RunWatcher.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace trainyard::ui {

RunTableModel::RunTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunTableModel::setSummaryLoader(RunSummaryLoader* loader) {
    m_loader = loader;
    connect(loader, &RunSummaryLoader::loaded, this, [this](const QString& runId) {
        const int row = rowOf(runId);
        if (row >= 0 && !m_summaryColumns.isEmpty())
            emit dataChanged(index(row, ColumnCount), index(row, columnCount() - 1));
    });
}

void RunTableModel::setSummaryColumns(const QList<SummaryColumn>& columns) {
    if (columns == m_summaryColumns)
        return;
    if (columns.size() > m_summaryColumns.size()) {
        beginInsertColumns({}, ColumnCount + int(m_summaryColumns.size()),
                           ColumnCount + int(columns.size()) - 1);
        m_summaryColumns = columns;
        endInsertColumns();
    } else {
        beginResetModel();
        m_summaryColumns = columns;
        endResetModel();
    }
    emit headerDataChanged(Qt::Horizontal, ColumnCount, columnCount() - 1);
    requestSummaries();
}

void RunTableModel::requestSummaries() {
    if (!m_summaryColumns.isEmpty())
        loadSummaries();
}

void RunTableModel::loadSummaries() {
    if (!m_loader)
        return;
    for (int row = 0; row < m_runs.size(); ++row) {
        RunWatcher* origin = m_origins.value(row);
        if (!origin)
            continue;
        const RunInfo& run = m_runs[row];
        if (m_readWhileActive.contains(run.id) && isTerminal(run.status)) {
            m_readWhileActive.remove(run.id);
            m_loader->reload(origin->engine(), run.id);
        } else {
            if (!isTerminal(run.status))
                m_readWhileActive.insert(run.id);
            m_loader->request(origin->engine(), run.id);
        }
    }
}

QVariant RunTableModel::summaryData(const RunInfo& run, int column, int role) const {
    const SummaryColumn& c = m_summaryColumns.at(column - ColumnCount);
    const compare::MetricSummaries* all = m_loader ? m_loader->summaries(run.id) : nullptr;
    const auto it = all ? all->constFind(c.metric) : compare::MetricSummaries::const_iterator();
    const bool has = all && it != all->cend();
    const double v = !has                             ? qQNaN()
                     : c.statistic == Statistic::Last ? it->last
                     : c.statistic == Statistic::Min  ? it->min
                                                      : it->max;
    switch (role) {
    case Qt::DisplayRole:
        return std::isnan(v) ? QVariant() : QVariant(QLocale().toString(v, 'g', 6));
    case SortRole:
        return std::isnan(v) ? -std::numeric_limits<double>::max() : v; // runs without it sort last
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

void RunTableModel::setWatcher(RunWatcher* watcher) {
    setWatchers({watcher});
}

void RunTableModel::setWatchers(const QList<RunWatcher*>& watchers) {
    for (const QPointer<RunWatcher>& old : std::as_const(m_watchers))
        if (old)
            disconnect(old, nullptr, this, nullptr);
    m_watchers.clear();
    for (RunWatcher* watcher : watchers) {
        m_watchers << watcher;
        connect(watcher, &RunWatcher::runsChanged, this, &RunTableModel::rebuild);
        // A closed workspace's runs leave at once (the QPointer is already null by then).
        connect(watcher, &QObject::destroyed, this, &RunTableModel::rebuild);
    }
    rebuild();
}

void RunTableModel::rebuild() {
    QList<RunInfo> runs;
    QList<RunWatcher*> origins;
    for (const QPointer<RunWatcher>& watcher : std::as_const(m_watchers)) {
        if (!watcher)
            continue;
        runs << watcher->runs();
        for (qsizetype i = 0; i < watcher->runs().size(); ++i)
            origins << watcher.data();
    }
    setRows(runs, origins);
}

const RunInfo* RunTableModel::run(const QString& id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_runs[row];
}

int RunTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id)
            return i;
    return -1;
}

void RunTableModel::setRuns(const QList<RunInfo>& runs) {
    setRows(runs, QList<RunWatcher*>(runs.size(), nullptr));
}

void RunTableModel::setRows(const QList<RunInfo>& runs, const QList<RunWatcher*>& origins) {
    bool sameRows = runs.size() == m_runs.size();
    for (int i = 0; sameRows && i < runs.size(); ++i)
        sameRows = runs[i].id == m_runs[i].id && origins[i] == m_origins[i];
    if (sameRows) {
        m_runs = runs;
        m_origins = origins;
        if (!m_runs.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        requestSummaries(); // a run that ended is read again
        return;
    }
    // New runs usually arrive at one end; a reset is simple and the proxy keeps sorting.
    beginResetModel();
    m_runs = runs;
    m_origins = origins;
    endResetModel();
    requestSummaries();
}

int RunTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount + int(m_summaryColumns.size());
}

qint64 RunTableModel::durationSeconds(const RunInfo& run) {
    if (!run.startedAt.isValid())
        return -1;
    const QDateTime end = run.endedAt.isValid() ? run.endedAt : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, run.startedAt.secsTo(end));
}

static QString tagText(const QMap<QString, QString>& tags) {
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo& r = m_runs.at(index.row());
    const RunWatcher* origin = m_origins.value(index.row());
    if (index.column() >= ColumnCount && role != RunIdRole && role != WatcherRole && role != StatusRole &&
        role != SearchTextRole)
        return summaryData(r, index.column(), role);
    switch (role) {
    case RunIdRole:
        return r.id;
    case WatcherRole:
        return QVariant::fromValue(quintptr(m_origins.value(index.row())));
    case StatusRole:
        return int(r.status);
    case SearchTextRole:
        return QStringList{r.id,
                           r.displayName,
                           r.experiment,
                           r.compute,
                           statusText(r.status),
                           tagText(r.tags),
                           origin ? origin->engine()->displayName() : QString()}
            .join(u'\n');
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(statusIcon(r.status)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status && !r.statusDetail.isEmpty())
            return localizedStatusDetail(r.statusDetail);
        if (index.column() == Status && !r.error.isEmpty())
            return r.error;
        return {};
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(r.status);
        case Number:
            return r.number;
        case Nodes:
            return r.nodeCount;
        case Started:
            return r.startedAt.isValid() ? r.startedAt : r.createdAt;
        case Duration:
            return durationSeconds(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return statusText(r.status);
        case Number:
            return r.number;
        case DisplayName:
            return r.displayName.isEmpty() ? r.id : r.displayName;
        case Experiment:
            return r.experiment;
        case Compute:
            return r.compute;
        case Nodes:
            return r.nodeCount;
        case Started:
            return r.startedAt.isValid() ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case Duration:
            return formatDuration(durationSeconds(r));
        case Tags:
            return tagText(r.tags);
        case Workspace:
            return origin ? origin->engine()->displayName() : QString();
        case Engine:
            return !r.engine.isEmpty() ? r.engine : origin ? origin->engine()->kind() : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= ColumnCount && section < columnCount()) {
        const SummaryColumn& c = m_summaryColumns.at(section - ColumnCount);
        return c.statistic == Statistic::Last  ? tr("%1 (last)").arg(c.metric)
               : c.statistic == Statistic::Min ? tr("%1 (min)").arg(c.metric)
                                               : tr("%1 (max)").arg(c.metric);
    }
    switch (section) {
    case Status:
        return tr("Status");
    case Number:
        return tr("No.");
    case DisplayName:
        return tr("Name");
    case Experiment:
        return tr("Experiment");
    case Compute:
        return tr("Compute");
    case Nodes:
        return tr("Nodes");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Tags:
        return tr("Tags");
    case Workspace:
        return tr("Workspace");
    case Engine:
        return tr("Engine");
    }
    return {};
}

} // namespace trainyard::ui
