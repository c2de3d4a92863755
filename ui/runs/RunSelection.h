#pragma once

#include <QStringList>

class QTableView;

namespace trainyard::ui {

// The ids of the runs selected in a runs table (any model with RunTableModel's RunIdRole), in
// the order the table shows them: what Compare hands on.
QStringList selectedRunIds(const QTableView* table);

} // namespace trainyard::ui
