#include "core/local/AgentSocket.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trainyard::local {

namespace {

// Unix socket paths stop at 108 bytes (104 on macOS).
constexpr int kMaxSocketPath = 100;

// A folder that is this user's alone: owned by it, not a link, nobody else may enter or write.
bool isPrivateFolder(const QString& folder) {
    struct stat info {};
    if (::lstat(QFile::encodeName(folder).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::getuid() && (info.st_mode & 077) == 0;
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
    const QString own = QDir::tempPath() + QStringLiteral("/trainyard-%1").arg(::getuid());
    ::mkdir(QFile::encodeName(own).constData(), 0700); // fails harmlessly when it exists
    if (isPrivateFolder(own))
        return fits(own + u'/' + name);
    return QString();
}

bool peerIsThisUser(qintptr socketDescriptor) {
#if defined(SO_PEERCRED)
    struct ucred peer {};
    socklen_t size = sizeof(peer);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0)
        return false;
    return peer.uid == ::getuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return false;
    return uid == ::getuid();
#endif
}

} // namespace trainyard::local
