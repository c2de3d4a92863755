// AzureMlEngine: the workspace (get, list, create) and its datastores (listing, the default blob
// container, uploads and downloads). Clusters are in AzureMlComputes.cpp, runs in AzureMlRuns.cpp.
#include "core/azureml/AzureMlEngine.h"

#include "core/azureml/ArmJson.h"
#include "core/azureml/ArmSpec.h"
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/BlobTransfer.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};

const QString kApi = QString::fromLatin1(AzureMlEngine::kApiVersion);
} // namespace

AzureMlEngine::AzureMlEngine(WorkspaceConfig config, AzureCloud cloud, QObject* parent)
    : Engine(parent)
    , m_config(std::move(config))
    , m_cloud(std::move(cloud)) {
    // The client needs the credential's token source and the credential the client's network:
    // the source looks the credential up when called.
    m_http = new AzureHttpClient(
        [this](bool refresh, TokenCallback done) { m_credential->token(refresh, std::move(done)); }, this);
    m_http->setPollIntervalMs(int(m_cloud.pollIntervalSeconds * 1000));
    m_credential = new AzureCredential(m_cloud, m_http, this);
}

SignIn* AzureMlEngine::signIn() {
    return m_credential;
}

QStringList AzureMlEngine::vmSizes() const {
    // Common AmlCompute sizes; the service accepts any size the region offers.
    return {QStringLiteral("STANDARD_DS3_V2"), QStringLiteral("STANDARD_D13_V2"),
            QStringLiteral("STANDARD_NC6S_V3"), QStringLiteral("STANDARD_NC24ADS_A100_V4"),
            QStringLiteral("STANDARD_ND96ASR_V4")};
}

QString AzureMlEngine::workspacePath() const {
    // docs/architecture.md "ARM operations": W = /subscriptions/{sub}/resourceGroups/{rg}/providers/...
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/"
                          "workspaces/%3")
        .arg(m_config.subscriptionId, m_config.resourceGroup, m_config.name);
}

QUrl AzureMlEngine::armUrl(const QString& path, const QString& query) const {
    QString url = m_cloud.armEndpoint.toString() + path + QStringLiteral("?api-version=") + kApi;
    if (!query.isEmpty())
        url += u'&' + query;
    return QUrl(url);
}

// ---- workspace ----------------------------------------------------------------------------

QFuture<Result<QJsonObject>> AzureMlEngine::getWorkspace() {
    Promise<Result<QJsonObject>> done;
    m_http->send(spec("GET", armUrl(workspacePath()), Tr::tr("Get workspace '%1'").arg(m_config.name)), this,
                 [this, done](const AzureResponse& r) {
                     if (!r.ok()) {
                         done(*r.error);
                         return;
                     }
                     m_workspace = r.json();
                     done(m_workspace);
                 });
    return done.future();
}

QFuture<Result<QList<QJsonObject>>>
AzureMlEngine::listWorkspaces(AzureHttpClient* http, const AzureCloud& cloud, const QString& subscription,
                              const QString& resourceGroup, QObject* context) {
    Promise<Result<QList<QJsonObject>>> done;
    const QUrl url(cloud.armEndpoint.toString() +
                   QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                  "Microsoft.MachineLearningServices/workspaces?api-version=%3")
                       .arg(subscription, resourceGroup, kApi));
    http->getAll(url, Tr::tr("List workspaces of resource group '%1'").arg(resourceGroup), context,
                 [done](const Result<QJsonArray>& r) {
                     if (!r) {
                         done(r.error());
                         return;
                     }
                     QList<QJsonObject> out;
                     for (const QJsonValue& v : r.value())
                         out << v.toObject();
                     done(out);
                 });
    return done.future();
}

QFuture<Result<QJsonObject>> AzureMlEngine::createWorkspace(AzureHttpClient* http, const AzureCloud& cloud,
                                                            const QString& subscription,
                                                            const QString& resourceGroup, const QString& name,
                                                            const QJsonObject& body, bool existOk,
                                                            QObject* context) {
    Promise<Result<QJsonObject>> done;
    // docs/architecture.md "ARM operations": workspace name ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$.
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$"));
    if (!valid.match(name).hasMatch()) {
        done(Error::invalid(Tr::tr("workspace name '%1' is not allowed: 3 to 33 letters, digits, '_' or "
                                   "'-', starting with a letter or digit.")
                                .arg(name),
                            QStringLiteral("workspace_name")));
        return done.future();
    }
    const QUrl url(cloud.armEndpoint.toString() +
                   QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                  "Microsoft.MachineLearningServices/workspaces/%3?api-version=%4")
                       .arg(subscription, resourceGroup, name, kApi));
    // Workspaces_Get first: ARM's PUT would silently update an existing workspace.
    http->send(
        spec("GET", url, Tr::tr("Get workspace '%1'").arg(name)), context,
        [=](const AzureResponse& existing) {
            if (existing.ok()) {
                if (existOk)
                    done(existing.json());
                else
                    done(Error::conflict(Tr::tr("Workspace '%1' already exists in resource group '%2'; "
                                                "pass --exist-ok to use it as it is.")
                                             .arg(name, resourceGroup)));
                return;
            }
            if (existing.error->kind != ErrorKind::NotFound) {
                done(*existing.error);
                return;
            }
            if (body.value(QLatin1String("location")).toString().isEmpty()) {
                done(Error::invalid(
                    Tr::tr("workspace '%1' does not exist; creating it needs a location (an Azure region, "
                           "e.g. eastus2).")
                        .arg(name),
                    QStringLiteral("location")));
                return;
            }
            // Workspaces_CreateOrUpdate: 200, or 202 + Location + Retry-After (docs/architecture.md "LRO").
            http->sendLongRunning(spec("PUT", url, Tr::tr("Create workspace '%1'").arg(name), body), context,
                                  {}, [=](const AzureResponse& created) {
                                      if (!created.ok()) {
                                          done(*created.error);
                                          return;
                                      }
                                      const QJsonObject json = created.json();
                                      if (json.contains(QLatin1String("id"))) {
                                          done(json);
                                          return;
                                      }
                                      // A Location poll ending without a body: the final state is a GET away.
                                      http->send(spec("GET", url, Tr::tr("Get workspace '%1'").arg(name)),
                                                 context, [done](const AzureResponse& r) {
                                                     if (r.ok())
                                                         done(r.json());
                                                     else
                                                         done(*r.error);
                                                 });
                                  });
        });
    return done.future();
}

// ---- datastores ---------------------------------------------------------------------------

QFuture<Result<QList<DatastoreInfo>>> AzureMlEngine::listDatastores() {
    Promise<Result<QList<DatastoreInfo>>> done;
    m_http->getAll(armUrl(workspacePath() + QStringLiteral("/datastores")), Tr::tr("List datastores"), this,
                   [done](const Result<QJsonArray>& r) {
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       QList<DatastoreInfo> out;
                       for (const QJsonValue& v : r.value())
                           out << datastoreFromArm(v.toObject());
                       done(out);
                   });
    return done.future();
}

void AzureMlEngine::defaultBlobTarget(QObject* context, std::function<void(const Result<BlobTarget>&)> done) {
    // "blob_endpoint"/"storage_account"/"container" in config.json name the storage directly
    // (Azurite, private endpoints); otherwise the default datastore says where it is.
    auto withAccount = [this, context, done](QUrl container, QString account) {
        SecretStore::instance()
            .read(SecretKeys::azureStorageKey(m_cloud.secretScope(), account))
            .then(context, [container, account, done](const Result<QByteArray>& key) {
                if (!key) {
                    done(
                        Error{ErrorKind::Unauthorized,
                              Tr::tr("No account key for storage account '%1' in the keychain: store it with "
                                     "`yard datastore set-key --account %1`.")
                                  .arg(account),
                              {}});
                    return;
                }
                BlobTarget t;
                t.containerUrl = container;
                t.account = account;
                t.accountKey = QByteArray::fromBase64(key.value());
                done(t);
            });
    };
    const QString endpoint = m_config.raw.value(QLatin1String("blob_endpoint")).toString();
    if (!endpoint.isEmpty()) {
        const QString account = m_config.raw.value(QLatin1String("storage_account")).toString();
        const QString container =
            m_config.raw.value(QLatin1String("container")).toString(QStringLiteral("azureml-blobstore"));
        const QUrl url(endpoint + u'/' + container);
        if (auto s = checkEndpoint(url, QStringLiteral("blob_endpoint")); !s) {
            done(s.error());
            return;
        }
        withAccount(url, account);
        return;
    }
    m_http->send(
        spec("GET", armUrl(workspacePath() + QStringLiteral("/datastores"), QStringLiteral("isDefault=true")),
             Tr::tr("Find the default datastore")),
        context, [withAccount, done](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            for (const QJsonValue& v : r.json().value(QLatin1String("value")).toArray()) {
                const QJsonObject p = v.toObject().value(QLatin1String("properties")).toObject();
                if (!p.value(QLatin1String("isDefault")).toBool())
                    continue;
                const DatastoreInfo d = datastoreFromArm(v.toObject());
                if (d.type != QLatin1String("AzureBlob"))
                    break;
                withAccount(QUrl(d.location), p.value(QLatin1String("accountName")).toString());
                return;
            }
            done(Error::notFound(Tr::tr("The workspace has no default Azure Blob datastore.")));
        });
}

Transfer* AzureMlEngine::upload(const QString& sourceDir, const QString& targetPath, bool overwrite,
                                QObject* parent) {
    auto* t = new BlobTransfer(m_http, parent);
    defaultBlobTarget(t, [t, sourceDir, targetPath, overwrite](const Result<BlobTarget>& target) {
        if (!target)
            t->fail(target.error());
        else
            t->startUpload(target.value(), sourceDir, targetPath, overwrite);
    });
    return t;
}

Transfer* AzureMlEngine::download(const QString& datastorePath, const QString& destinationDir,
                                  QObject* parent) {
    auto* t = new BlobTransfer(m_http, parent);
    defaultBlobTarget(t, [t, datastorePath, destinationDir](const Result<BlobTarget>& target) {
        if (!target)
            t->fail(target.error());
        else
            t->startDownload(target.value(), datastorePath, destinationDir);
    });
    return t;
}

} // namespace trainyard::azureml
