#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace trainyard {

// Not built yet: opening such a workspace says so instead of failing later.
Result<Engine*> createAzureMlEngine(const WorkspaceConfig& config, QObject*) {
    return Error{ErrorKind::Unavailable,
                 QCoreApplication::translate("trainyard::Workspace",
                                             "The %1 engine is not available in this build of Trainyard.")
                     .arg(config.engine),
                 QStringLiteral("engine")};
}

} // namespace trainyard
