#include "core/engine/Engine.h"

#include "core/engine/Transfer.h"

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

QFuture<Result<QList<DatastoreFile>>> Engine::listDatastoreFiles(const QString& path) {
    Q_UNUSED(path)
    return QtFuture::makeReadyFuture(Result<QList<DatastoreFile>>(Error{
        ErrorKind::Unavailable,
        QCoreApplication::translate("Engine", "The %1 engine cannot list a datastore's files yet: download "
                                              "a folder to see what it holds.")
            .arg(kind()),
        {}}));
}

Transfer* Engine::downloadRunFile(const QString& runId, const QString& path, const QString& destinationDir,
                                  QObject* parent) {
    Q_UNUSED(path)
    return downloadRunFiles(runId, destinationDir, parent);
}

QString Engine::openedFilesFolder(const QString& runId) {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/trainyard/opened/") + runId;
}

QFuture<Result<QList<VmSize>>> Engine::listVmSizes() {
    QList<VmSize> sizes;
    for (const QString& name : vmSizes()) {
        VmSize size;
        size.name = name;
        sizes << size;
    }
    return QtFuture::makeReadyFuture(Result<QList<VmSize>>(sizes));
}

static Error noEnvironments(const Engine& engine) {
    return Error{
        ErrorKind::Unavailable,
        QCoreApplication::translate("Engine", "The %1 engine has no environments.").arg(engine.kind()),
        {}};
}

QFuture<Result<QList<EnvironmentSpec>>> Engine::listEnvironments() {
    return QtFuture::makeReadyFuture(Result<QList<EnvironmentSpec>>(noEnvironments(*this)));
}

QFuture<Result<EnvironmentSpec>> Engine::getEnvironment(const QString&) {
    return QtFuture::makeReadyFuture(Result<EnvironmentSpec>(noEnvironments(*this)));
}

QFuture<Result<EnvironmentSpec>> Engine::createEnvironment(const EnvironmentSpec&) {
    return QtFuture::makeReadyFuture(Result<EnvironmentSpec>(noEnvironments(*this)));
}

} // namespace trainyard
