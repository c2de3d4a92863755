#include "core/azureml/AzureMlEngine.h"

#include "core/azureml/ArmJson.h"
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureLogStream.h"
#include "core/azureml/AzureMetricStream.h"
#include "core/azureml/BlobTransfer.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};

// A future and the function that completes it once, from the engine's thread.
template <typename T> std::pair<QFuture<T>, std::function<void(const T&)>> promise() {
    auto p = std::make_shared<QPromise<T>>();
    p->start();
    QFuture<T> f = p->future();
    return {f, [p](const T& value) {
                p->addResult(value);
                p->finish();
            }};
}

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

static AzureRequest::Spec spec(QByteArray method, QUrl url, QString what, const QJsonObject& body = {}) {
    AzureRequest::Spec s;
    s.method = std::move(method);
    s.url = std::move(url);
    s.what = std::move(what);
    if (!body.isEmpty())
        s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}

static QString computeSecretKey(const AzureMlEngine& e, const QString& name) {
    return e.cloud().cacheKey(QStringLiteral("compute-admin-password") + e.workspacePath() + u'/' + name);
}

// ---- workspace ----------------------------------------------------------------------------

QFuture<Result<QJsonObject>> AzureMlEngine::getWorkspace() {
    auto [future, done] = promise<Result<QJsonObject>>();
    m_http->send(spec("GET", armUrl(workspacePath()), Tr::tr("Get workspace '%1'").arg(m_config.name)), this,
                 [this, done](const AzureResponse& r) {
                     if (!r.ok()) {
                         done(*r.error);
                         return;
                     }
                     m_workspace = r.json();
                     done(m_workspace);
                 });
    return future;
}

QFuture<Result<QList<QJsonObject>>>
AzureMlEngine::listWorkspaces(AzureHttpClient* http, const AzureCloud& cloud, const QString& subscription,
                              const QString& resourceGroup, QObject* context) {
    auto [future, done] = promise<Result<QList<QJsonObject>>>();
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
    return future;
}

QFuture<Result<QJsonObject>> AzureMlEngine::createWorkspace(AzureHttpClient* http, const AzureCloud& cloud,
                                                            const QString& subscription,
                                                            const QString& resourceGroup, const QString& name,
                                                            const QJsonObject& body, bool existOk,
                                                            QObject* context) {
    auto [future, done] = promise<Result<QJsonObject>>();
    // docs/architecture.md "ARM operations": workspace name ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$.
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$"));
    if (!valid.match(name).hasMatch()) {
        done(Error::invalid(Tr::tr("workspace name '%1' is not allowed: 3 to 33 letters, digits, '_' or "
                                   "'-', starting with a letter or digit.")
                                .arg(name),
                            QStringLiteral("workspace_name")));
        return future;
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
    return future;
}

// ---- compute ------------------------------------------------------------------------------

QFuture<Result<QList<ComputeInfo>>> AzureMlEngine::listComputes() {
    auto [future, done] = promise<Result<QList<ComputeInfo>>>();
    m_http->getAll(armUrl(workspacePath() + QStringLiteral("/computes")), Tr::tr("List computes"), this,
                   [done](const Result<QJsonArray>& r) {
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       QList<ComputeInfo> out;
                       for (const QJsonValue& v : r.value())
                           out << computeFromArm(v.toObject());
                       done(out);
                   });
    return future;
}

QFuture<Result<ComputeInfo>> AzureMlEngine::getCompute(const QString& name) {
    auto [future, done] = promise<Result<ComputeInfo>>();
    if (auto s = validateComputeName(name); !s) {
        done(s.error());
        return future;
    }
    m_http->send(spec("GET", armUrl(workspacePath() + QStringLiteral("/computes/") + name),
                      Tr::tr("Get compute '%1'").arg(name)),
                 this, [done](const AzureResponse& r) {
                     if (!r.ok())
                         done(*r.error);
                     else
                         done(computeFromArm(r.json()));
                 });
    return future;
}

void AzureMlEngine::computeAfterWrite(const QString& name, const AzureResponse& r,
                                      std::function<void(const Result<ComputeInfo>&)> done) {
    if (!r.ok()) {
        done(*r.error);
        return;
    }
    // After the operation the resource is read again (ARM RPC: the final state is a GET away).
    getCompute(name).then(this, [done](const Result<ComputeInfo>& c) { done(c); });
}

QFuture<Result<ComputeInfo>> AzureMlEngine::createCompute(const ComputeSpec& specIn) {
    auto [future, done] = promise<Result<ComputeInfo>>();
    if (auto s = validateComputeSpec(specIn); !s) {
        done(s.error());
        return future;
    }
    ComputeSpec spec = specIn;
    if (!spec.subnetName.isEmpty() && spec.vnetResourceGroup.isEmpty())
        spec.vnetResourceGroup = m_config.resourceGroup;
    if (!spec.subnetName.isEmpty() && spec.vnetName.isEmpty()) {
        done(Error::invalid(
            Tr::tr("subnet_name needs vnet_name (and vnet_resourcegroup_name if the network is in "
                   "another resource group)."),
            QStringLiteral("vnet_name")));
        return future;
    }
    // The workspace's location (the compute's) and the admin password (keychain) first.
    auto withLocation = [this, spec, done](const QString& location) {
        SecretStore::instance()
            .read(computeSecretKey(*this, spec.name))
            .then(this, [this, spec, location, done](const Result<QByteArray>& password) {
                ComputeRequest request;
                request.location = location;
                request.subscriptionId = m_config.subscriptionId;
                if (password)
                    request.adminPassword = QString::fromUtf8(password.value());
                auto s = azureml::spec(
                    "PUT", armUrl(workspacePath() + QStringLiteral("/computes/") + spec.name),
                    Tr::tr("Create compute '%1'").arg(spec.name), computeCreateBody(spec, request));
                m_http->sendLongRunning(s, this, {}, [this, name = spec.name, done](const AzureResponse& r) {
                    computeAfterWrite(name, r, done);
                });
            });
    };
    const QString configured = m_config.raw.value(QLatin1String("location")).toString();
    if (!configured.isEmpty()) {
        withLocation(configured);
    } else if (!m_workspace.isEmpty()) {
        withLocation(m_workspace.value(QLatin1String("location")).toString());
    } else {
        getWorkspace().then(this, [withLocation, done](const Result<QJsonObject>& ws) {
            if (!ws)
                done(ws.error());
            else
                withLocation(ws.value().value(QLatin1String("location")).toString());
        });
    }
    return future;
}

QFuture<Result<ComputeInfo>> AzureMlEngine::updateCompute(const QString& name, const ScaleSettings& scale) {
    auto [future, done] = promise<Result<ComputeInfo>>();
    getCompute(name).then(this, [this, name, scale, done](const Result<ComputeInfo>& current) {
        if (!current) {
            done(current.error());
            return;
        }
        const ComputeSpec& c = current->spec;
        const int minNodes = scale.minNodes.value_or(c.minNodes);
        const int maxNodes = scale.maxNodes.value_or(c.maxNodes);
        const int idle = scale.idleSecondsBeforeScaledown.value_or(c.idleSecondsBeforeScaledown);
        if (auto s = validateScale(minNodes, maxNodes, idle); !s) {
            done(s.error());
            return;
        }
        // Compute_Update: PATCH with only scaleSettings (docs/architecture.md "ARM operations").
        m_http->sendLongRunning(
            spec("PATCH", armUrl(workspacePath() + QStringLiteral("/computes/") + name),
                 Tr::tr("Update compute '%1'").arg(name), computeScaleBody(minNodes, maxNodes, idle)),
            this, {}, [this, name, done](const AzureResponse& r) { computeAfterWrite(name, r, done); });
    });
    return future;
}

QFuture<Status> AzureMlEngine::deleteCompute(const QString& name) {
    auto [future, done] = promise<Status>();
    if (auto s = validateComputeName(name); !s) {
        done(s);
        return future;
    }
    // underlyingResourceAction is required (docs/architecture.md "ARM operations"): Delete removes the cluster.
    m_http->sendLongRunning(spec("DELETE",
                                 armUrl(workspacePath() + QStringLiteral("/computes/") + name,
                                        QStringLiteral("underlyingResourceAction=Delete")),
                                 Tr::tr("Delete compute '%1'").arg(name)),
                            this, {},
                            [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return future;
}

QFuture<Result<QList<ComputeNode>>> AzureMlEngine::listNodes(const QString& name) {
    auto [future, done] = promise<Result<QList<ComputeNode>>>();
    m_http->send(
        spec("POST",
             armUrl(workspacePath() + QStringLiteral("/computes/") + name + QStringLiteral("/listNodes")),
             Tr::tr("List nodes of compute '%1'").arg(name)),
        this, [done](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            QList<ComputeNode> nodes;
            for (const QJsonValue& v : r.json().value(QLatin1String("nodes")).toArray())
                nodes << nodeFromArm(v.toObject());
            done(nodes);
        });
    return future;
}

// ---- datastores ---------------------------------------------------------------------------

QFuture<Result<QList<DatastoreInfo>>> AzureMlEngine::listDatastores() {
    auto [future, done] = promise<Result<QList<DatastoreInfo>>>();
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
    return future;
}

void AzureMlEngine::defaultBlobTarget(QObject* context, std::function<void(const Result<BlobTarget>&)> done) {
    // "blob_endpoint"/"storage_account"/"container" in config.json name the storage directly
    // (Azurite, private endpoints); otherwise the default datastore says where it is.
    auto withAccount = [this, context, done](QUrl container, QString account) {
        SecretStore::instance()
            .read(m_cloud.cacheKey(QStringLiteral("storage-key/") + account))
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

// ---- runs ---------------------------------------------------------------------------------

static QString newJobName(const QString& experiment) {
    // Jobs_CreateOrUpdate id: ^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$ (docs/architecture.md "ARM operations").
    QString base = experiment;
    base.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_-]")), QStringLiteral("_"));
    if (base.isEmpty() || !base.at(0).isLetterOrNumber())
        base.prepend(u'r');
    return QStringLiteral("%1_%2_%3")
        .arg(base.left(200), QString::number(QDateTime::currentSecsSinceEpoch()),
             QString::number(QRandomGenerator::global()->bounded(0x10000000), 16));
}

QFuture<Result<RunInfo>> AzureMlEngine::submitRun(const RunConfig& config) {
    auto [future, done] = promise<Result<RunInfo>>();
    if (auto s = validateRunConfig(config); !s) {
        done(s.error());
        return future;
    }
    JobRequest request;
    if (!config.compute.isEmpty())
        request.computeId = workspacePath() + QStringLiteral("/computes/") + config.compute;
    request.environmentId =
        m_config.raw.value(QLatin1String("environment_id"))
            .toString(QStringLiteral("azureml://registries/azureml/environments/sklearn-1.5/labels/latest"));
    auto submit = [this, done, config](JobRequest job) {
        const QString name = newJobName(config.experiment);
        m_http->send(spec("PUT", armUrl(workspacePath() + QStringLiteral("/jobs/") + name),
                          Tr::tr("Submit job '%1'").arg(name), commandJobBody(config, job)),
                     this, [done, config](const AzureResponse& r) {
                         if (!r.ok()) {
                             done(*r.error);
                             return;
                         }
                         RunInfo run = runFromJob(r.json());
                         run.config = config;
                         done(run);
                     });
    };
    if (config.sourceDirectory.isEmpty()) {
        submit(request);
        return future;
    }
    // The snapshot: source_directory goes to the default datastore under LocalUpload/<id>/ (as
    // azure-ai-ml's uploads do) and becomes an anonymous code asset version
    // whose ARM id is the job's codeId (the code_asset recording's PUT codes/{name}/versions/{v}).
    const QString codeName = QUuid::createUuid().toString(QUuid::Id128);
    const QString prefix = QStringLiteral("LocalUpload/") + codeName;
    defaultBlobTarget(this, [this, config, request, submit, done, codeName,
                             prefix](const Result<BlobTarget>& target) {
        if (!target) {
            done(target.error());
            return;
        }
        auto* transfer = new BlobTransfer(m_http, this);
        connect(
            transfer, &Transfer::finished, this,
            [this, transfer, config, request, submit, done, codeName, prefix,
             container = target->containerUrl](const Status& uploaded) mutable {
                transfer->deleteLater();
                if (!uploaded) {
                    done(uploaded.error());
                    return;
                }
                const QJsonObject body{{QStringLiteral("properties"),
                                        QJsonObject{{QStringLiteral("isAnonymous"), true},
                                                    {QStringLiteral("codeUri"),
                                                     QString(container.toString() + u'/' + prefix + u'/')}}}};
                m_http->send(spec("PUT",
                                  armUrl(workspacePath() + QStringLiteral("/codes/") + codeName +
                                         QStringLiteral("/versions/1")),
                                  Tr::tr("Register the code snapshot of '%1'").arg(config.sourceDirectory),
                                  body),
                             this, [request, submit, done](const AzureResponse& r) mutable {
                                 if (!r.ok()) {
                                     done(*r.error);
                                     return;
                                 }
                                 request.codeId = r.json().value(QLatin1String("id")).toString();
                                 submit(request);
                             });
            });
        transfer->startUpload(target.value(), config.sourceDirectory, prefix, true);
    });
    return future;
}

QFuture<Result<QList<RunInfo>>> AzureMlEngine::listRuns(const RunFilter& filter) {
    auto [future, done] = promise<Result<QList<RunInfo>>>();
    m_http->getAll(armUrl(workspacePath() + QStringLiteral("/jobs"), QStringLiteral("listViewType=All")),
                   Tr::tr("List jobs"), this, [done, filter](const Result<QJsonArray>& r) {
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       QList<RunInfo> out;
                       for (const QJsonValue& v : r.value()) {
                           RunInfo run = runFromJob(v.toObject());
                           if (!filter.experiment.isEmpty() && run.experiment != filter.experiment)
                               continue;
                           if (filter.status && run.status != *filter.status)
                               continue;
                           if (!filter.compute.isEmpty() && run.compute != filter.compute)
                               continue;
                           out << run;
                       }
                       std::stable_sort(out.begin(), out.end(), [](const RunInfo& a, const RunInfo& b) {
                           return a.createdAt > b.createdAt;
                       });
                       if (filter.limit > 0 && out.size() > filter.limit)
                           out = out.mid(0, filter.limit);
                       done(out);
                   });
    return future;
}

QFuture<Result<RunInfo>> AzureMlEngine::getRun(const QString& runId) {
    auto [future, done] = promise<Result<RunInfo>>();
    m_http->send(spec("GET", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId),
                      Tr::tr("Get job '%1'").arg(runId)),
                 this, [done](const AzureResponse& r) {
                     if (!r.ok())
                         done(*r.error);
                     else
                         done(runFromJob(r.json()));
                 });
    return future;
}

QFuture<Status> AzureMlEngine::cancelRun(const QString& runId) {
    auto [future, done] = promise<Status>();
    // Jobs_Cancel: 202 + location, final state via location (docs/architecture.md "ARM operations").
    m_http->sendLongRunning(
        spec("POST", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId + QStringLiteral("/cancel")),
             Tr::tr("Cancel job '%1'").arg(runId)),
        this, {}, [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return future;
}

QFuture<Status> AzureMlEngine::deleteRun(const QString& runId) {
    auto [future, done] = promise<Status>();
    // Jobs_CreateOrUpdate's id rule, checked before anything is sent.
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$"));
    if (!valid.match(runId).hasMatch()) {
        done(Error::invalid(Tr::tr("run id '%1' is not allowed: letters, digits, '-' and '_', starting "
                                   "with a letter or digit, at most 255 characters.")
                                .arg(runId),
                            QStringLiteral("id")));
        return future;
    }
    // Jobs_Delete: DELETE W/{ws}/jobs/{id}; 200, 202 + Location + Retry-After, 204 (docs/architecture.md "ARM
    // operations"); the Location is polled until it stops answering 202.
    m_http->sendLongRunning(spec("DELETE", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId),
                                 Tr::tr("Delete job '%1'").arg(runId)),
                            this, {},
                            [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return future;
}

void AzureMlEngine::discovery(QObject* context, std::function<void(const Result<QJsonObject>&)> done) {
    if (!m_discovery.isEmpty()) {
        done(m_discovery);
        return;
    }
    auto fromWorkspace = [this, context, done](const QJsonObject& ws) {
        const QUrl url(
            ws.value(QLatin1String("properties")).toObject().value(QLatin1String("discoveryUrl")).toString());
        m_http->send(spec("GET", url, Tr::tr("Discover the workspace's service endpoints")), context,
                     [this, done](const AzureResponse& r) {
                         if (!r.ok()) {
                             done(*r.error);
                             return;
                         }
                         m_discovery = r.json();
                         done(m_discovery);
                     });
    };
    if (!m_workspace.isEmpty()) {
        fromWorkspace(m_workspace);
        return;
    }
    getWorkspace().then(context, [fromWorkspace, done](const Result<QJsonObject>& ws) {
        if (!ws)
            done(ws.error());
        else
            fromWorkspace(ws.value());
    });
}

void AzureMlEngine::runDetails(const QString& runId, QObject* context,
                               std::function<void(const Result<QJsonObject>&)> done) {
    // {api}/history/v1.0/{W}/runs/{runId}/details; azure-ai-ml takes {api} from the discovery
    // answer's "api" entry (docs/architecture.md "Run monitoring"). "history_endpoint" overrides it.
    auto withApi = [this, runId, context, done](const QString& api) {
        const QUrl url(api + QStringLiteral("/history/v1.0") + workspacePath() + QStringLiteral("/runs/") +
                       runId + QStringLiteral("/details"));
        m_http->send(spec("GET", url, Tr::tr("Get run details of '%1'").arg(runId)), context,
                     [done](const AzureResponse& r) {
                         if (!r.ok())
                             done(*r.error);
                         else
                             done(r.json());
                     });
    };
    const QString configured = m_config.raw.value(QLatin1String("history_endpoint")).toString();
    if (!configured.isEmpty()) {
        withApi(configured);
        return;
    }
    discovery(context, [withApi, done](const Result<QJsonObject>& d) {
        if (!d) {
            done(d.error());
            return;
        }
        const QString api = d.value().value(QLatin1String("api")).toString();
        if (api.isEmpty())
            done(Error::engine(Tr::tr("The workspace's discovery answer has no 'api' endpoint.")));
        else
            withApi(api);
    });
}

void AzureMlEngine::mlflowBase(QObject* context, std::function<void(const Result<QUrl>&)> done) {
    // mlFlowTrackingUri azureml://{host}/mlflow/v1.0/{scope} ->
    // https://{host}/mlflow/v2.0/{scope}/api/2.0/mlflow/ (docs/architecture.md "Run monitoring"). "mlflow_endpoint" (a
    // https://host) overrides the host.
    auto build = [this, done](const QString& trackingUri) {
        const QUrl tracking(trackingUri);
        QString host =
            tracking.host() + (tracking.port() > 0 ? u':' + QString::number(tracking.port()) : QString());
        QString scheme = QStringLiteral("https");
        const QString configured = m_config.raw.value(QLatin1String("mlflow_endpoint")).toString();
        if (!configured.isEmpty()) {
            const QUrl c(configured);
            scheme = c.scheme();
            host = c.host() + (c.port() > 0 ? u':' + QString::number(c.port()) : QString());
        }
        if (host.isEmpty()) {
            done(Error::engine(Tr::tr("The workspace has no mlFlowTrackingUri.")));
            return;
        }
        done(QUrl(scheme + QStringLiteral("://") + host + QStringLiteral("/mlflow/v2.0") + workspacePath() +
                  QStringLiteral("/api/2.0/mlflow/")));
    };
    if (!m_config.raw.value(QLatin1String("mlflow_endpoint")).toString().isEmpty()) {
        build(QStringLiteral("azureml://placeholder"));
        return;
    }
    auto fromWs = [build](const QJsonObject& ws) {
        build(ws.value(QLatin1String("properties"))
                  .toObject()
                  .value(QLatin1String("mlFlowTrackingUri"))
                  .toString());
    };
    if (!m_workspace.isEmpty()) {
        fromWs(m_workspace);
        return;
    }
    getWorkspace().then(context, [fromWs, done](const Result<QJsonObject>& ws) {
        if (!ws)
            done(ws.error());
        else
            fromWs(ws.value());
    });
}

QFuture<Result<QList<RunFile>>> AzureMlEngine::listRunFiles(const QString& runId) {
    auto [future, done] = promise<Result<QList<RunFile>>>();
    runDetails(runId, this, [done](const Result<QJsonObject>& d) {
        if (!d) {
            done(d.error());
            return;
        }
        QList<RunFile> files;
        const QJsonObject logs = d.value().value(QLatin1String("logFiles")).toObject();
        for (auto it = logs.begin(); it != logs.end(); ++it)
            files << RunFile{it.key(), -1, {}};
        done(files);
    });
    return future;
}

QFuture<Result<QList<LogSource>>> AzureMlEngine::listLogs(const QString& runId) {
    auto [future, done] = promise<Result<QList<LogSource>>>();
    runDetails(runId, this, [done](const Result<QJsonObject>& d) {
        if (!d) {
            done(d.error());
            return;
        }
        done(AzureLogStream::logSources(d.value()));
    });
    return future;
}

Transfer* AzureMlEngine::downloadRunFiles(const QString& runId, const QString& destinationDir,
                                          QObject* parent) {
    auto* t = new BlobTransfer(m_http, parent);
    runDetails(runId, t, [t, destinationDir](const Result<QJsonObject>& d) {
        if (!d) {
            t->fail(d.error());
            return;
        }
        QList<QPair<QString, QUrl>> files;
        const QJsonObject logs = d.value().value(QLatin1String("logFiles")).toObject();
        for (auto it = logs.begin(); it != logs.end(); ++it)
            files.append({it.key(), QUrl(it.value().toString())});
        t->startDownloadUrls(files, destinationDir);
    });
    return t;
}

LogStream* AzureMlEngine::openLog(const QString& runId, const LogSource& log, QObject* parent) {
    return new AzureLogStream(this, runId, log.path.isEmpty() ? log.name : log.path, parent);
}

MetricStream* AzureMlEngine::openMetrics(const QString& runId, QObject* parent) {
    return new AzureMetricStream(this, runId, parent);
}

} // namespace trainyard::azureml
