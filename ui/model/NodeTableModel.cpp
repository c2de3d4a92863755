#include "ui/model/NodeTableModel.h"

#include "ui/StatusStyle.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace trainyard::ui {

NodeTableModel::NodeTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NodeTableModel::setNodes(const QList<ComputeNode>& nodes) {
    bool sameRows = nodes.size() == m_nodes.size();
    for (int i = 0; sameRows && i < nodes.size(); ++i)
        sameRows = nodes[i].nodeId == m_nodes[i].nodeId;
    if (sameRows) {
        m_nodes = nodes;
        if (!m_nodes.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_nodes = nodes;
    endResetModel();
}

int NodeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComputeNode& n = m_nodes.at(index.row());
    if (role == Qt::DecorationRole && index.column() == State) {
        QPixmap pixmap(12, 12);
        pixmap.fill(nodeStateColor(n.state));
        return QIcon(pixmap);
    }
    if (role == Qt::ToolTipRole && index.column() == Gpus && !n.gpus.isEmpty())
        return n.gpus.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NodeId:
        return n.nodeId;
    case State:
        return nodeStateText(n.state);
    case Run:
        return n.runId;
    case Address:
        return n.privateIpAddress;
    case Since:
        return n.stateSince.isValid() ? QLocale().toString(n.stateSince.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    case Reason:
        return n.reason;
    case Gpus:
        return n.gpus.join(QStringLiteral(", ")); // the GPUs this node owns
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeId:
        return tr("Node");
    case State:
        return tr("State");
    case Run:
        return tr("Run");
    case Address:
        return tr("Address");
    case Since:
        return tr("Since");
    case Reason:
        return tr("Reason");
    case Gpus:
        return tr("GPUs");
    }
    return {};
}

} // namespace trainyard::ui
