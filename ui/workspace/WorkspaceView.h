#pragma once

#include <QObject>
#include <QString>

namespace trainyard {
class Workspace;

namespace ui {

class ComputePage;
class ComputeWatcher;
class DatastoresPage;
class RunWatcher;
class RunsPage;

// Everything the window shows for one open workspace: its watchers (the only pollers) and its
// pages. The window may hold several of these at once.
class WorkspaceView : public QObject {
    Q_OBJECT
public:
    WorkspaceView(Workspace* workspace, const QString& path, QObject* parent = nullptr);
    ~WorkspaceView() override;

    Workspace* workspace() const { return m_workspace; }
    QString path() const { return m_path; }
    ComputeWatcher* computeWatcher() const { return m_computeWatcher; }
    RunWatcher* runWatcher() const { return m_runWatcher; }
    ComputePage* computePage() const { return m_computePage; }
    DatastoresPage* datastoresPage() const { return m_datastoresPage; }
    RunsPage* runsPage() const { return m_runsPage; }
    void refresh();

private:
    Workspace* m_workspace;
    QString m_path;
    ComputeWatcher* m_computeWatcher;
    RunWatcher* m_runWatcher;
    ComputePage* m_computePage;
    DatastoresPage* m_datastoresPage;
    RunsPage* m_runsPage;
};

} // namespace ui
} // namespace trainyard
