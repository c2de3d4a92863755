#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>

namespace trainyard {

// Every keychain key (SecretStore) Trainyard reads or writes is spelled here and nowhere else,
// so that the code that writes a secret and the code that reads it cannot drift apart (the
// desktop once kept a cluster's admin password under a key the Azure ML engine never read).
// Keys name where a secret belongs, never the secret itself; they may appear in messages.
struct SecretKeys {
    // Slurm: the JWT for `user` at the slurmrestd `url`.
    static QString slurmToken(const QUrl& url, const QString& user); // "slurm/<url>/<user>/jwt"

    // Azure: one sign-in (authority, tenant, account) holds the token cache, the service
    // principal's secret and storage account keys; `scope` is what azureScope() gives.
    static QString azureScope(const QUrl& authority, const QString& tenant, const QString& account);
    static QString azureToken(const QString& scope);
    static QString azureClientSecret(const QString& scope, const QString& servicePrincipalId);
    static QString azureStorageKey(const QString& scope, const QString& storageAccount);

    // A cluster's admin password, below the workspace's Engine::secretScope(). The engine reads it
    // when it creates the cluster.
    static QString computeAdminPassword(const QString& workspaceScope, const QString& compute);
    // Writes the password where createCompute() reads it (call it before createCompute()); an
    // empty password removes a stale one, so that a cluster never gets an older cluster's password.
    static QFuture<Status> keepComputeAdminPassword(const QString& workspaceScope, const QString& compute,
                                                    const QByteArray& password);

    // A secret a run gets as an environment variable (`yard secret set <name>`, --secret-env).
    static QString runSecret(const QString& name); // "run-secret/<name>"

    // A secret found in an imported Batch AI file (`what`: "adminUserPassword", ...), below the
    // workspace it was imported into, the file's kind (cluster, job, ...) and its name.
    static QString batchAiImport(const QString& workspace, const QString& kind, const QString& name,
                                 const QString& what);
};

} // namespace trainyard
