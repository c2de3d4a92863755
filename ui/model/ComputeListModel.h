#pragma once

#include "core/model/Compute.h"

#include <QAbstractTableModel>

namespace trainyard::ui {

class ComputeWatcher;

// One row per cluster of a workspace, fed by a ComputeWatcher. The NodeStates column carries
// the node counts (NodeCountsRole) that NodeStateBarDelegate draws as a stacked bar.
class ComputeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        State,
        Nodes,
        NodeStates,
        VmSize,
        Priority,
        MinMax,
        IdleTimeout,
        Errors,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1, NodeCountsRole };

    explicit ComputeListModel(QObject* parent = nullptr);
    void setWatcher(ComputeWatcher* watcher);
    void setComputes(const QList<ComputeInfo>& computes);
    const QList<ComputeInfo>& computes() const { return m_computes; }
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ComputeInfo> m_computes;
};

} // namespace trainyard::ui
