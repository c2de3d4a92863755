#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace trainyard {
class Engine;

namespace ui {

class ComputeWatcher;
class RunDetailsPanel;
class RunFilterProxyModel;
class RunTableModel;
class RunWatcher;
class SubmitRunDialog;

// Experiments and runs of a workspace: the filterable runs table over the run panel, with
// submit, cancel and clone-and-resubmit.
class RunsPage : public QWidget {
    Q_OBJECT
public:
    RunsPage(RunWatcher* runs, ComputeWatcher* computes, QWidget* parent = nullptr);

    void setExperiment(const QString& experiment); // "" = every experiment
    SubmitRunDialog* openSubmitDialog();
    SubmitRunDialog* openCloneDialog(const QString& runId);
    void requestCancel(const QString& runId); // asks first
    void selectRun(const QString& runId);
    QString selectedRun() const;
    QStringList selectedRuns() const; // in the table's order
    void focusFilter();

    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* statusFilter() const { return m_status; }
    QTableView* table() const { return m_table; }
    RunTableModel* model() const { return m_model; }
    RunFilterProxyModel* proxy() const { return m_proxy; }
    RunDetailsPanel* details() const { return m_details; }
    QString bannerText() const;

    QPushButton* compareButton() const { return m_compare; }

signals:
    void message(const QString& text);
    // Two or more runs to see side by side (the Compare button; the window opens the view).
    void compareRequested(const QStringList& runIds);

private:
    void updateState();
    void applyStatusFilter();
    void showBanner(const QString& text, bool error);
    QStringList experiments() const;

    Engine* m_engine;
    RunWatcher* m_runs;
    ComputeWatcher* m_computes;
    RunTableModel* m_model;
    RunFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLabel* m_banner;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QPushButton* m_cancel;
    QPushButton* m_clone;
    QPushButton* m_compare;
    QStackedWidget* m_stack;
    QLabel* m_emptyText = nullptr; // the empty state's sentence, which depends on the filter
    QTableView* m_table;
    RunDetailsPanel* m_details;
};

} // namespace ui
} // namespace trainyard
