#pragma once

#include "core/model/Run.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace trainyard::ui {
class ChildRunList;
}

namespace trainyard {
class Engine;

namespace ui {

class RunAlertNotifier;
class ElidedLabel;
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
    QString titleText() const;    // the whole title, also when the header shows it elided
    QString childrenText() const; // what the Child runs tab says when there are none
    // Opens the Outputs file `path` with the program the desktop chooses for it, after core has
    // copied it into this user's own cache folder; says so when nothing could open it.
    void openFile(const QString& path);

signals:
    void cancelRequested(const QString& runId);
    void cloneRequested(const QString& runId);
    // Every fresh read of the run, so the runs list can show the same state at once.
    void runRead(const trainyard::RunInfo& run);

private:
    void poll();
    void showRun(const RunInfo& run);
    void refreshFiles();
    void refreshChildren();
    void openCurrentFile();
    void saveFiles();

    Engine* m_engine = nullptr;
    QString m_runId;
    RunInfo m_run;
    bool m_inFlight = false;
    int m_tick = 0;
    QTimer* m_timer;
    ElidedLabel* m_title;
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
    ChildRunList* m_children;
    QStackedWidget* m_childrenStack;
    QLabel* m_noChildren;
    QWidget* m_empty;
    QWidget* m_content;
    RunAlertNotifier* m_alerts; // alert rules on the shown run: notifications, run events
};

} // namespace ui
} // namespace trainyard
