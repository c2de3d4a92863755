#include "core/workspace/Workspace.h"

#include "core/local/LocalEngine.h"

#include <QFileInfo>

namespace trainyard {

Workspace::Workspace(WorkspaceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {}

Result<Workspace*> Workspace::open(const QString& path, QObject* parent) {
    auto config = loadWorkspaceConfig(path);
    if (!config)
        return config.error();
    std::unique_ptr<Workspace> workspace(new Workspace(config.value(), nullptr));
    auto engine = createEngine(workspace->m_config, workspace.get());
    if (!engine)
        return engine.error();
    workspace->m_engine = engine.value();
    workspace->setParent(parent);
    return workspace.release();
}

Status Workspace::createLocal(const QString& folder, const QString& name) {
    return local::LocalEngine::createWorkspace(folder, name);
}

Result<Workspace*> Workspace::openDefault(QObject* parent) {
    const QString folder = defaultWorkspaceFolder();
    if (!QFileInfo::exists(folder + QStringLiteral("/workspace.json"))) {
        if (auto s = createLocal(folder, QStringLiteral("default")); !s)
            return s.error();
    }
    return open(folder, parent);
}

} // namespace trainyard
