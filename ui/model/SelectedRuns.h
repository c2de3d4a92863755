#pragma once

#include "ui/model/RunTableModel.h"

#include <QItemSelectionModel>
#include <QStringList>

#include <algorithm>

namespace trainyard::ui {

// The ids of the selected rows of a runs table, top to bottom as the table shows them.
inline QStringList selectedRunIds(const QItemSelectionModel* selection) {
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids << row.data(RunTableModel::RunIdRole).toString();
    return ids;
}

} // namespace trainyard::ui
