#pragma once

#include "core/model/Compute.h"

#include <QAbstractTableModel>

namespace trainyard::ui {

// The nodes of the selected cluster (from ComputeInfo.nodes or Engine::listNodes).
class NodeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NodeId, State, Run, Address, Since, Reason, Gpus, ColumnCount };

    explicit NodeTableModel(QObject* parent = nullptr);
    void setNodes(const QList<ComputeNode>& nodes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ComputeNode> m_nodes;
};

} // namespace trainyard::ui
