#include "core/local/YardProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace trainyard::local {

QString yardProgram() {
    const QString fromEnv = qEnvironmentVariable("TRAINYARD_YARD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/yard");
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("yard"));
    return onPath.isEmpty() ? QStringLiteral("yard") : onPath;
}

} // namespace trainyard::local
