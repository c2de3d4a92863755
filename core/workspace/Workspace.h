#pragma once

#include "core/engine/Engine.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QObject>

#include <memory>

namespace trainyard {

// An opened workspace: its config and the engine that serves it. Workspace.from_config().
class Workspace : public QObject {
    Q_OBJECT
public:
    // A folder (local workspace or one holding config.json) or a config file.
    static Result<Workspace*> open(const QString& path, QObject* parent = nullptr);
    // The default local workspace, created on first use.
    static Result<Workspace*> openDefault(QObject* parent = nullptr);
    static Status createLocal(const QString& folder, const QString& name);

    const WorkspaceConfig& config() const { return m_config; }
    Engine* engine() const { return m_engine; }
    QString name() const { return m_config.name; }

private:
    Workspace(WorkspaceConfig config, QObject* parent);
    WorkspaceConfig m_config;
    Engine* m_engine = nullptr;
};

// Makes the engine a config names. Each engine adds its line in EngineFactory.cpp.
Result<Engine*> createEngine(const WorkspaceConfig& config, QObject* parent);

} // namespace trainyard
