#include "ui/model/RunFilterProxyModel.h"

#include "ui/model/RunTableModel.h"

namespace trainyard::ui {

RunFilterProxyModel::RunFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RunTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RunFilterProxyModel::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void RunFilterProxyModel::setStatusFilter(StatusFilter filter, RunStatus status) {
    m_statusFilter = filter;
    m_status = status;
    invalidateFilter();
}

void RunFilterProxyModel::setExperiment(const QString& experiment) {
    m_experiment = experiment;
    invalidateFilter();
}

bool RunFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = RunStatus(index.data(RunTableModel::StatusRole).toInt());
    if (m_statusFilter == StatusFilter::Exact && status != m_status)
        return false;
    if (m_statusFilter == StatusFilter::Active && isTerminal(status))
        return false;
    if (!m_experiment.isEmpty() &&
        sourceModel()->index(sourceRow, RunTableModel::Experiment, sourceParent).data().toString() !=
            m_experiment)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(RunTableModel::SearchTextRole).toString();
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace trainyard::ui
