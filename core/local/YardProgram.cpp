#include "core/local/YardProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace trainyard::local {

QString yardProgram() {
    const QString fromEnv = qEnvironmentVariable("TRAINYARD_YARD");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef Q_OS_WIN
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/yard.exe");
#else
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/yard");
#endif
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("yard"));
    return onPath.isEmpty() ? QStringLiteral("yard") : onPath;
}

} // namespace trainyard::local
