#pragma once

#include "core/model/Run.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QPushButton;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace trainyard {
class Workspace;

namespace ui {

class AllRunsPage;
class AzureSignInDialog;
class RunComparisonView;
class WorkspaceView;

// The desktop app's window: a navigator (workspaces → Compute, Datastores, Experiments → runs)
// on the left, the chosen page in the middle, the engines and their state in the status bar.
// Several workspaces can be open at once; the last ones and the geometry are remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes ownership. `path` is what reopens it (folder or config file).
    WorkspaceView* addWorkspace(Workspace* workspace, const QString& path);
    bool openWorkspacePath(const QString& path); // shows the error and returns false on failure
    void restoreSession();                       // the workspaces open last time, or the default one
    QList<WorkspaceView*> workspaces() const { return m_views; }
    WorkspaceView* currentWorkspace() const;

    enum class Page { Compute, Datastores, Runs };
    void showPage(WorkspaceView* view, Page page, const QString& experiment = {});
    QWidget* currentPage() const;
    AllRunsPage* allRunsPage() const { return m_allRuns; }
    QToolBar* toolBar() const { return m_toolBar; }
    QAction* updateClusterAction() const { return m_updateCluster; }
    // Shows the runs side by side (found in any open workspace; unknown ids are left out).
    RunComparisonView* compareRuns(const QStringList& runIds);
    RunComparisonView* comparisonView() const { return m_comparison; }
    // Opens the device code sign-in for an Azure ML workspace (the first one that reported
    // Unauthorized when `view` is null, else the current one); null for other engines.
    AzureSignInDialog* signInToAzure(WorkspaceView* view = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildToolBar();
    void updateActions(); // what the current page and its selection allow
    void find();          // Ctrl+F: the log's search while reading a log, else the runs filter
    void setIcon(QAction* action, const QString& name);
    void newWorkspace();
    void openWorkspaceFolder();
    void openWorkspaceConfig();
    void closeCurrentWorkspace();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void navigatorChanged();
    void updateExperiments(WorkspaceView* view);
    void updateStatusBar();
    void updateAllRuns();
    void deleteSelected();
    void notifyRunEnded(const RunInfo& run);
    void showAbout();

    QTreeWidget* m_navigator;
    QStackedWidget* m_pages;
    QWidget* m_welcome;
    AllRunsPage* m_allRuns = nullptr;
    RunComparisonView* m_comparison = nullptr;
    QTreeWidgetItem* m_allRunsItem = nullptr;
    QLabel* m_engineStatus;
    QMenu* m_recentMenu = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QList<WorkspaceView*> m_views;
    QHash<WorkspaceView*, QString> m_connection; // last error per workspace, "" when fine
    QSet<WorkspaceView*> m_needsSignIn;          // Azure ML workspaces that answered Unauthorized
    QPushButton* m_signInButton = nullptr;
    QAction* m_signInAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_submit = nullptr;
    QAction* m_createCluster = nullptr;
    QAction* m_updateCluster = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QHash<QAction*, QString> m_iconNames; // re-read when the palette turns dark or light
};

} // namespace ui
} // namespace trainyard
