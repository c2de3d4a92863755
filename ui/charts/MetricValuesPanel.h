#pragma once

#include "core/metrics/MetricSummary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace trainyard::ui {

// Beside the charts: every metric of the run with its last value, shown for what it is (text and
// booleans as text, numbers with their range), and the table of the selected log_row /
// log_table / log_list metric. Fed with the run's points; refresh() redraws (the panel batches).
class MetricValuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricValuesPanel(QWidget* parent = nullptr);

    void clear();
    void addPoints(const QList<MetricPoint>& points);
    void refresh();

    // What is shown, for tests: the "Last" cell of a metric ("" when there is no such row), and
    // the table shown for a row/table/list metric after selecting it.
    QString lastValue(const QString& name) const;
    void selectMetric(const QString& name);
    QList<QStringList> shownTable() const;

private:
    void showTable(const QString& name);

    MetricSummary m_summary;
    QTableWidget* m_values;
    QLabel* m_tableTitle;
    QTableWidget* m_table;
    QString m_selected;
};

} // namespace trainyard::ui
