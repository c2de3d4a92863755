#include "core/engine/Engine.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace trainyard {

QString Engine::stateFolder() const {
    // Named by a hash: a scope may hold characters a file name cannot.
    const QByteArray key = (kind() + u'/' + displayName()).toUtf8();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/trainyard/workspaces/") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace trainyard
