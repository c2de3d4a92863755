#include "core/secrets/SecretKeys.h"

#include "core/secrets/SecretStore.h"

namespace trainyard {

namespace {
QString withoutTrailingSlash(QString url) {
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}
} // namespace

QString SecretKeys::slurmToken(const QUrl& url, const QString& user) {
    return QStringLiteral("slurm/%1/%2/jwt").arg(url.toString(QUrl::StripTrailingSlash), user);
}

QString SecretKeys::azureScope(const QUrl& authority, const QString& tenant, const QString& account) {
    return QStringLiteral("azureml/%1/%2/%3")
        .arg(withoutTrailingSlash(authority.toString()), tenant, account);
}

QString SecretKeys::azureToken(const QString& scope) {
    return scope + QStringLiteral("/token");
}

QString SecretKeys::azureClientSecret(const QString& scope, const QString& servicePrincipalId) {
    return scope + QStringLiteral("/client-secret/") + servicePrincipalId;
}

QString SecretKeys::azureStorageKey(const QString& scope, const QString& storageAccount) {
    return scope + QStringLiteral("/storage-key/") + storageAccount;
}

QString SecretKeys::computeAdminPassword(const QString& workspaceScope, const QString& compute) {
    return QStringLiteral("%1/compute/%2/admin-password").arg(workspaceScope, compute);
}

QFuture<Status> SecretKeys::keepComputeAdminPassword(const QString& workspaceScope, const QString& compute,
                                                     const QByteArray& password) {
    const QString key = computeAdminPassword(workspaceScope, compute);
    if (password.isEmpty())
        return SecretStore::instance().remove(key);
    return SecretStore::instance().write(key, password);
}

QString SecretKeys::runSecret(const QString& name) {
    return QStringLiteral("run-secret/") + name;
}

QString SecretKeys::batchAiImport(const QString& workspace, const QString& kind, const QString& name,
                                  const QString& what) {
    return QStringLiteral("batchai/%1/%2/%3/%4").arg(workspace, kind, name, what);
}

} // namespace trainyard
