#pragma once

#include "core/model/RunStatus.h"
#include "ui/StatusStyle.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace trainyard {
class Engine;

namespace ui {

class ComputeWatcher;
class EmptyState;
class RunDetailsPanel;
class RunFilterProxyModel;
class RunTableModel;
class RunWatcher;
class SubmitRunDialog;

// Experiments and runs of a workspace: the filterable runs table over the run panel, with
// submit, cancel, clone-and-resubmit, compare and delete (buttons, a context menu per row and
// the Delete key).
class RunsPage : public QWidget {
    Q_OBJECT
public:
    RunsPage(RunWatcher* runs, ComputeWatcher* computes, QWidget* parent = nullptr);

    void setExperiment(const QString& experiment); // "" = every experiment
    SubmitRunDialog* openSubmitDialog();
    SubmitRunDialog* openCloneDialog(const QString& runId);
    void requestCancel(const QString& runId);      // asks first
    void requestDelete(const QStringList& runIds); // asks first; finished runs only
    void selectRun(const QString& runId);
    QString selectedRun() const;      // the run the panel shows (the current row)
    QStringList selectedRuns() const; // every selected row, in table order
    void focusFilter();
    // Ctrl+F: the log's search box while the user is in the log, the runs filter otherwise.
    void focusFind();
    QMenu* contextMenu(); // the menu a right click on the selected rows opens (tests, tour)

    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* statusFilter() const { return m_status; }
    QTableView* table() const { return m_table; }
    RunTableModel* model() const { return m_model; }
    RunFilterProxyModel* proxy() const { return m_proxy; }
    RunDetailsPanel* details() const { return m_details; }
    QString bannerText() const;
    QString
    noMatchText() const; // what the table says when the filter hides every run ("" when it shows some)

    QPushButton* compareButton() const { return m_compare; }

signals:
    void message(const QString& text);
    // Compare the selected runs (two or more): the comparison view listens.
    void compareRequested(const QStringList& runIds);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void applyStatusFilter();
    void filterChanged();
    // A banner about one run stays while that run is as it was when the banner was shown and
    // goes as soon as it changes (a submitted run starts, a canceled one ends); one about no run
    // goes after a few seconds.
    void showBanner(const QString& text, Tone tone, const QString& runId = {});
    void updateBanner();
    void deleteRuns(const QStringList& runIds);
    QStringList experiments() const;

    Engine* m_engine;
    RunWatcher* m_runs;
    ComputeWatcher* m_computes;
    RunTableModel* m_model;
    RunFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLabel* m_banner;
    QString m_bannerRun; // the run the banner is about, or ""
    RunStatus m_bannerStatus = RunStatus::NotStarted;
    bool m_bannerCancelRequested = false;
    QTimer* m_bannerTimer;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QPushButton* m_cancel;
    QPushButton* m_clone;
    QPushButton* m_delete;
    QList<std::pair<QPushButton*, QString>> m_buttonTexts; // shown beside the icon when there is room
    QPushButton* m_compare;
    QStackedWidget* m_stack;
    QStackedWidget* m_tableStack;
    EmptyState* m_noMatch;
    QLabel* m_emptyText = nullptr; // the empty state's sentence, which depends on the filter
    QTableView* m_table;
    RunDetailsPanel* m_details;
    bool m_resetting = false;
};

} // namespace ui
} // namespace trainyard
