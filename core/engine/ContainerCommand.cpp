#include "core/engine/ContainerCommand.h"

namespace trainyard {

void wrapInContainer(RankSpec& spec, const QString& runtime, const QString& image,
                     const QString& workspaceFolder) {
    QStringList arguments{
        QStringLiteral("run"),        QStringLiteral("--rm"), QStringLiteral("--network=host"),
        QStringLiteral("--ipc=host"), QStringLiteral("-v"),   workspaceFolder + u':' + workspaceFolder,
        QStringLiteral("-w"),         spec.workingDirectory};
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        if (it.key() != QLatin1String("PATH"))             // the image's own PATH holds its tools
            arguments << QStringLiteral("-e") << it.key(); // the value comes from the runner's environment
    }
    arguments << image << spec.program << spec.arguments;
    spec.program = runtime;
    spec.arguments = arguments;
}

} // namespace trainyard
