#pragma once

class QTableView;

namespace trainyard::ui {

class RunTableModel;

// The runs table's header menu (right-click a column title): show or hide each column, and add
// metric columns (last, min, max of a metric the runs logged), which sort like any other.
// Metric names come from reading the runs' metrics in the background, started by the first
// opening of the menu.
void installRunColumnsMenu(QTableView* table, RunTableModel* model);

} // namespace trainyard::ui
