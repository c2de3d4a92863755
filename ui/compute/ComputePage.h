#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QTimer;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace trainyard {
class Engine;

namespace ui {

class ComputeDialog;
class ComputeListModel;
class ComputeWatcher;
class NodeTableModel;

// The Compute page of a workspace: every cluster with its live state and node-state bar, the
// nodes of the selected one, and create / update / delete. Says what to do when there is none.
class ComputePage : public QWidget {
    Q_OBJECT
public:
    ComputePage(ComputeWatcher* watcher, QWidget* parent = nullptr);

    ComputeDialog* openCreateDialog();
    ComputeDialog* openUpdateDialog();
    void requestDelete(); // asks, naming the cluster; the refusal (active runs) shows in the page
    QString selectedCompute() const;
    void selectCompute(const QString& name);
    QString bannerText() const;
    QMenu* contextMenu(); // what a right click on a cluster opens (tests, tour)
    QTableView* table() const { return m_table; }
    ComputeListModel* model() const { return m_model; }

signals:
    void message(const QString& text);
    void selectionChanged();

private:
    void updateSelection();
    // A success goes after a few seconds; a refusal ("runs still active") stays only while it
    // is true: until no run on the cluster is active any more, or the cluster is gone.
    void showBanner(const QString& text, bool error, const QString& cluster = {});
    void updateBanner();
    void confirmDelete(const QString& name, int activeRuns);
    void deleteCompute(const QString& name);

    Engine* m_engine;
    ComputeWatcher* m_watcher;
    ComputeListModel* m_model;
    NodeTableModel* m_nodes;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QTableView* m_nodeTable;
    QLabel* m_nodesTitle;
    QLabel* m_banner;
    QString m_bannerCluster; // the cluster a refusal is about
    QTimer* m_bannerTimer;
    bool m_checkingBanner = false;
    QPushButton* m_update;
    QPushButton* m_delete;
};

} // namespace ui
} // namespace trainyard
