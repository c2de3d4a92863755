#include "ui/workspace/WorkspaceView.h"

#include "core/workspace/Workspace.h"
#include "ui/compute/ComputePage.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunsPage.h"
#include "ui/workspace/DatastoresPage.h"

namespace trainyard::ui {

WorkspaceView::WorkspaceView(Workspace* workspace, const QString& path, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_computeWatcher(new ComputeWatcher(workspace->engine(), this))
    , m_runWatcher(new RunWatcher(workspace->engine(), this))
    , m_computePage(new ComputePage(m_computeWatcher))
    , m_datastoresPage(new DatastoresPage(workspace->engine()))
    , m_runsPage(new RunsPage(m_runWatcher, m_computeWatcher)) {
    m_workspace->setParent(this);
}

WorkspaceView::~WorkspaceView() {
    // The pages live in the window's stack; they go with the workspace they show.
    delete m_computePage;
    delete m_datastoresPage;
    delete m_runsPage;
}

void WorkspaceView::refresh() {
    m_computeWatcher->refresh();
    m_runWatcher->refresh();
    m_datastoresPage->refresh();
}

} // namespace trainyard::ui
