#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace trainyard::ui {

class RunFilterProxyModel;
class RunTableModel;
class RunWatcher;

// The runs of every open workspace in one filterable list, with the workspace and engine as
// columns. Opening a row shows that run in its own workspace's runs page.
class AllRunsPage : public QWidget {
    Q_OBJECT
public:
    explicit AllRunsPage(QWidget* parent = nullptr);
    void setWatchers(const QList<RunWatcher*>& watchers);
    RunTableModel* model() const { return m_model; }
    RunFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QStringList selectedRuns() const;
    QMenu* contextMenu(); // open in its workspace, compare, copy id
    QPushButton* compareButton() const { return m_compare; }

signals:
    void runActivated(trainyard::ui::RunWatcher* watcher, const QString& runId);
    // Compare the selected runs (two or more, of any open workspaces): the comparison view listens.
    void compareRequested(const QStringList& runIds);

private:
    void applyStatusFilter();

    RunTableModel* m_model;
    RunFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QTableView* m_table;
    QPushButton* m_compare;
};

} // namespace trainyard::ui
