#include "core/local/AgentSocket.h"

#include "core/platform/Files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace trainyard::local {

namespace {

// Unix socket paths stop at 108 bytes (104 on macOS).
constexpr int kMaxSocketPath = 100;

// A folder that is this user's alone: owned by it, not a link, nobody else may enter or write.
bool isPrivateFolder(const QString& folder) {
    return platform::isPrivateFolder(folder.toStdString());
}

QString fits(const QString& path) {
    return QFile::encodeName(path).size() < kMaxSocketPath ? path : QString();
}

} // namespace

QString agentSocketPath(const LocalLayout& layout) {
    const QString name =
        QStringLiteral("trainyard-agent-") +
        QString::fromLatin1(
            QCryptographicHash::hash(layout.folder().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime))
        if (QString path = fits(runtime + u'/' + name); !path.isEmpty())
            return path;
    if (isPrivateFolder(layout.folder()))
        if (QString path = fits(layout.folder() + QStringLiteral("/agent.sock")); !path.isEmpty())
            return path;
    const QString own =
        QDir::tempPath() + QStringLiteral("/trainyard-") + QString::fromStdString(platform::currentUserId());
    QDir().mkdir(own,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // fails harmlessly when it exists
    if (isPrivateFolder(own))
        return fits(own + u'/' + name);
    return QString();
}

bool peerIsThisUser(qintptr socketDescriptor) {
    return platform::localPeerIsThisUser(std::intptr_t(socketDescriptor));
}

} // namespace trainyard::local
