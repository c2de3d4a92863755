#include "ui/model/ComputeListModel.h"

#include "ui/StatusStyle.h"
#include "ui/model/ComputeWatcher.h"

#include <QBrush>

namespace trainyard::ui {

ComputeListModel::ComputeListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ComputeListModel::setWatcher(ComputeWatcher* watcher) {
    connect(watcher, &ComputeWatcher::computesChanged, this, &ComputeListModel::setComputes);
    if (watcher->hasLoaded())
        setComputes(watcher->computes());
}

int ComputeListModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_computes.size(); ++i)
        if (m_computes[i].spec.name == name)
            return i;
    return -1;
}

void ComputeListModel::setComputes(const QList<ComputeInfo>& computes) {
    // Same clusters in the same order: update in place so selection and scrolling stay.
    bool sameRows = computes.size() == m_computes.size();
    for (int i = 0; sameRows && i < computes.size(); ++i)
        sameRows = computes[i].spec.name == m_computes[i].spec.name;
    if (sameRows) {
        m_computes = computes;
        if (!m_computes.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_computes = computes;
    endResetModel();
}

int ComputeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_computes.size());
}

int ComputeListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComputeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComputeInfo& c = m_computes.at(index.row());
    if (role == NameRole)
        return c.spec.name;
    if (role == NodeCountsRole) {
        const NodeStateCounts& n = c.nodeStateCounts;
        return QVariantList{n.idle, n.running, n.preparing, n.unusable, n.leaving, n.preempted};
    }
    if (role == Qt::ForegroundRole && index.column() == Errors && !c.errors.isEmpty())
        return QBrush(toneColor(Tone::Error));
    if (role == Qt::ToolTipRole && index.column() == Errors)
        return c.errors.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && index.column() == NodeStates) {
        const NodeStateCounts& n = c.nodeStateCounts;
        const QList<int> counts{n.idle, n.running, n.preparing, n.unusable, n.leaving, n.preempted};
        QStringList parts;
        for (int i = 0; i < counts.size(); ++i)
            parts << QStringLiteral("%1: %2").arg(nodeStateText(nodeStates().at(i))).arg(counts[i]);
        return parts.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.spec.name;
    case State:
        if (c.provisioningState != QLatin1String("Succeeded"))
            return c.provisioningState;
        return c.allocationState == QLatin1String("Resizing") ? tr("Resizing") : tr("Steady");
    case Nodes:
        return c.currentNodeCount == c.targetNodeCount
                   ? QString::number(c.currentNodeCount)
                   : tr("%1 → %2").arg(c.currentNodeCount).arg(c.targetNodeCount);
    case NodeStates:
        return {};
    case VmSize:
        return c.spec.vmSize;
    case Priority:
        return c.spec.vmPriority == VmPriority::LowPriority ? tr("Low priority") : tr("Dedicated");
    case MinMax:
        return QStringLiteral("%1 – %2").arg(c.spec.minNodes).arg(c.spec.maxNodes);
    case IdleTimeout:
        return tr("%1 s").arg(c.spec.idleSecondsBeforeScaledown);
    case Errors:
        return c.errors.join(QStringLiteral("; "));
    }
    return {};
}

QVariant ComputeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Cluster");
    case State:
        return tr("State");
    case Nodes:
        return tr("Nodes");
    case NodeStates:
        return tr("Node states");
    case VmSize:
        return tr("VM size");
    case Priority:
        return tr("Priority");
    case MinMax:
        return tr("Min – max");
    case IdleTimeout:
        return tr("Idle timeout");
    case Errors:
        return tr("Errors");
    }
    return {};
}

} // namespace trainyard::ui
