#include "ui/runs/RunSelection.h"

#include "ui/model/RunTableModel.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace trainyard::ui {

QStringList selectedRunIds(const QTableView* table) {
    QModelIndexList rows = table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(RunTableModel::RunIdRole).toString();
    return ids;
}

} // namespace trainyard::ui
