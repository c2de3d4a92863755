#include "ui/runs/RunColumnsMenu.h"

#include "ui/model/RunSummaryLoader.h"
#include "ui/model/RunTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace trainyard::ui {

namespace {

using Column = RunTableModel::SummaryColumn;
using Statistic = RunTableModel::Statistic;

void toggleSummary(RunTableModel* model, const Column& column, bool on) {
    QList<Column> columns = model->summaryColumns();
    columns.removeAll(column);
    if (on)
        columns << column;
    model->setSummaryColumns(columns);
}

void fillMetricMenu(QMenu* metrics, RunTableModel* model) {
    RunSummaryLoader* loader = model->summaryLoader();
    const QStringList names = loader->metricNames();
    if (names.isEmpty())
        metrics
            ->addAction(loader->isIdle() ? RunTableModel::tr("No metrics logged")
                                         : RunTableModel::tr("Reading the runs' metrics…"))
            ->setEnabled(false);
    for (const QString& name : names) {
        for (const auto& [statistic, label] : {std::pair{Statistic::Last, RunTableModel::tr("%1 (last)")},
                                               std::pair{Statistic::Min, RunTableModel::tr("%1 (min)")},
                                               std::pair{Statistic::Max, RunTableModel::tr("%1 (max)")}}) {
            QAction* action = metrics->addAction(label.arg(name));
            const Column column{name, statistic};
            action->setCheckable(true);
            action->setChecked(model->summaryColumns().contains(column));
            QObject::connect(action, &QAction::toggled, model,
                             [model, column](bool on) { toggleSummary(model, column, on); });
        }
        metrics->addSeparator();
    }
}

} // namespace

void installRunColumnsMenu(QTableView* table, RunTableModel* model) {
    if (!model->summaryLoader())
        model->setSummaryLoader(new RunSummaryLoader(model));
    QHeaderView* header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, table, [table, model](const QPoint& at) {
            // Reading starts here: nobody pays for metric columns they never asked for.
            model->loadSummaries();
            auto* menu = new QMenu(table);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (int c = 0; c < RunTableModel::ColumnCount; ++c) {
                QAction* action = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!table->isColumnHidden(c));
                action->setEnabled(c != RunTableModel::Status); // one column always stays
                QObject::connect(action, &QAction::toggled, table,
                                 [table, c](bool on) { table->setColumnHidden(c, !on); });
            }
            fillMetricMenu(menu->addMenu(RunTableModel::tr("Metric columns")), model);
            menu->popup(table->horizontalHeader()->mapToGlobal(at));
        });
}

} // namespace trainyard::ui
