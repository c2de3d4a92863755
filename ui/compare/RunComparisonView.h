#pragma once

#include "core/compare/RunComparison.h"
#include "core/model/Run.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace trainyard {
class Engine;

namespace ui {

class RunMetricsPanel;

// A run to compare and the engine it lives on (runs of several workspaces can be compared).
struct ComparedRun {
    Engine* engine = nullptr;
    RunInfo run;
};

// Several runs side by side: their metrics overlaid on one chart per metric (a colour per run,
// the legend by display name), over a table of what differs between them (config, arguments,
// environment, tags, properties, and last / min / max of every metric), or of everything with
// "Differences only" off. The metric rows follow the runs' metrics as they load.
class RunComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget* parent = nullptr);
    ~RunComparisonView() override;

    void setRuns(const QList<ComparedRun>& runs);
    QStringList runIds() const;
    QStringList labels() const { return m_labels; } // what the legends and column headers say

    void setDifferencesOnly(bool on);
    bool differencesOnly() const;

    RunMetricsPanel* metricsPanel() const { return m_metrics; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* differencesOnlyBox() const { return m_onlyDifferences; }
    const compare::RunComparison* comparison() const { return m_comparison.get(); }

signals:
    void tableUpdated();

private:
    void rebuildComparison();
    void fillTable();

    QList<ComparedRun> m_runs;
    QStringList m_labels;
    std::unique_ptr<compare::RunComparison> m_comparison;
    QLabel* m_title;
    QCheckBox* m_onlyDifferences;
    RunMetricsPanel* m_metrics;
    QTableWidget* m_table;
    QTimer* m_rebuildTimer;
};

} // namespace ui
} // namespace trainyard
