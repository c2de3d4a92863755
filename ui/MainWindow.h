#pragma once

#include <QMainWindow>

class QTreeWidget;

namespace trainyard {
class Workspace;

namespace ui {

// The first face of the desktop app: the workspace's clusters and runs, refreshed from core.
// (The full navigator, pages and run panel come with the desktop issue.)
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);

private:
    void refresh();

    Workspace* m_workspace;
    QTreeWidget* m_clusters;
    QTreeWidget* m_runs;
};

} // namespace ui
} // namespace trainyard
