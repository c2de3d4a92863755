#pragma once

#include "core/model/Run.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace trainyard {
class Engine;

namespace ui {

class RunLogPanel;
class RunMetricsPanel;

// One run, the native RunDetails widget: a header (status in colour, duration, compute, nodes,
// exit code, error and, while it waits, why) over tabs Logs, Metrics, Resources (CPU, memory,
// I/O, GPU per rank), Outputs, Properties & tags and Child runs. Polls getRun() while the run is open (no
// push from core yet).
class RunDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunDetailsPanel(QWidget* parent = nullptr);
    void setRun(Engine* engine, const QString& runId);
    void clear();
    QString runId() const { return m_runId; }
    const RunInfo& run() const { return m_run; }
    QString waitReasonText() const;
    QString statusText() const;
    RunLogPanel* logPanel() const { return m_logs; }
    RunMetricsPanel* metricsPanel() const { return m_metrics; }
    RunMetricsPanel* resourcesPanel() const { return m_resources; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* fileTree() const { return m_files; }
    QStringList filePaths() const; // the run files the Outputs tab lists
    // Copies the run's files into `dir` (what "Save as…" does once a folder is chosen).
    void saveFilesTo(const QString& dir);
    QString filesMessage() const;

signals:
    void cancelRequested(const QString& runId);
    void cloneRequested(const QString& runId);

private:
    void poll();
    void showRun(const RunInfo& run);
    void refreshFiles();
    void refreshChildren();
    void openFile();
    void saveFiles();

    Engine* m_engine = nullptr;
    QString m_runId;
    RunInfo m_run;
    bool m_inFlight = false;
    int m_tick = 0;
    QTimer* m_timer;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_facts;
    QLabel* m_waitReason;
    QLabel* m_error;
    QPushButton* m_cancel;
    QPushButton* m_clone;
    QTabWidget* m_tabs;
    RunLogPanel* m_logs;
    RunMetricsPanel* m_metrics;
    RunMetricsPanel* m_resources; // sys/… metrics per rank
    QTreeWidget* m_files;
    QLabel* m_filesMessage;
    QTableWidget* m_properties;
    QTreeWidget* m_children;
    QWidget* m_empty;
    QWidget* m_content;
};

} // namespace ui
} // namespace trainyard
