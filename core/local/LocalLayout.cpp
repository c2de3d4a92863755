#include "core/local/LocalLayout.h"

#include <QCryptographicHash>
#include <QDir>

namespace trainyard::local {

LocalLayout::LocalLayout(QString folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath())) {}

QString LocalLayout::agentSocketName() const {
    // Unix socket paths are limited to about 100 bytes, so name the socket by a hash of the folder.
    const QByteArray hash =
        QCryptographicHash::hash(m_folder.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("trainyard-agent-") + QString::fromLatin1(hash);
}

} // namespace trainyard::local
