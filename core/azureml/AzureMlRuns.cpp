// AzureMlEngine's runs: submit (the code snapshot, then the command job), list, get, cancel,
// delete, and a run's files and logs through the run history and MLflow endpoints.
#include "core/azureml/AzureMlEngine.h"

#include "core/azureml/ArmJson.h"
#include "core/azureml/ArmSpec.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureLogStream.h"
#include "core/azureml/AzureMetricStream.h"
#include "core/azureml/BlobTransfer.h"
#include "core/azureml/EnvironmentArm.h"
#include "core/engine/RunSnapshot.h"
#include "core/secrets/RunSecretEnvironment.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};
} // namespace

// ---- runs ---------------------------------------------------------------------------------

QFuture<Result<RunInfo>> AzureMlEngine::submitRun(const RunConfig& config) {
    Promise<Result<RunInfo>> done;
    for (const Status& s : {validateRunConfig(config),
                            refuseSecretEnvironment(config.secretEnvironment, QStringLiteral("Azure ML"))}) {
        if (!s) {
            done(s.error());
            return done.future();
        }
    }
    JobRequest request;
    if (!config.compute.isEmpty())
        request.computeId = workspacePath() + QStringLiteral("/computes/") + config.compute;
    // The run's environment (azureml:{name}:{version}), else the workspace's default, else config.json's
    // environment_id, else a curated one.
    const QString environment = config.environment.isEmpty()
                                    ? m_config.raw.value(QLatin1String("default_environment")).toString()
                                    : config.environment;
    request.environmentId =
        !environment.isEmpty()
            ? environmentIdForJob(environment)
            : m_config.raw.value(QLatin1String("environment_id"))
                  .toString(
                      QStringLiteral("azureml://registries/azureml/environments/sklearn-1.5/labels/latest"));
    auto submit = [this, done, config](JobRequest job) {
        const QString name = RunSnapshot::newRunId(config.experiment);
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
        return done.future();
    }
    // Checked here, before anything is uploaded; the size limit is checked by the upload's listing.
    if (auto source = RunSnapshot::checkSource(config); !source) {
        done(source.error());
        return done.future();
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
        transfer->startSnapshotUpload(target.value(), config.sourceDirectory, prefix);
    });
    return done.future();
}

QFuture<Result<QList<RunInfo>>> AzureMlEngine::listRuns(const RunFilter& filter) {
    Promise<Result<QList<RunInfo>>> done;
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
                           if (!filter.parentRunId.isEmpty() && run.parentRunId != filter.parentRunId)
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
    return done.future();
}

QFuture<Result<RunInfo>> AzureMlEngine::getRun(const QString& runId) {
    Promise<Result<RunInfo>> done;
    m_http->send(spec("GET", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId),
                      Tr::tr("Get job '%1'").arg(runId)),
                 this, [done](const AzureResponse& r) {
                     if (!r.ok())
                         done(*r.error);
                     else
                         done(runFromJob(r.json()));
                 });
    return done.future();
}

QFuture<Status> AzureMlEngine::cancelRun(const QString& runId) {
    Promise<Status> done;
    // Jobs_Cancel: 202 + location, final state via location (docs/architecture.md "ARM operations").
    m_http->sendLongRunning(
        spec("POST", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId + QStringLiteral("/cancel")),
             Tr::tr("Cancel job '%1'").arg(runId)),
        this, {}, [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return done.future();
}

QFuture<Status> AzureMlEngine::deleteRun(const QString& runId) {
    Promise<Status> done;
    // Jobs_CreateOrUpdate's id rule, checked before anything is sent.
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$"));
    if (!valid.match(runId).hasMatch()) {
        done(Error::invalid(Tr::tr("run id '%1' is not allowed: letters, digits, '-' and '_', starting "
                                   "with a letter or digit, at most 255 characters.")
                                .arg(runId),
                            QStringLiteral("id")));
        return done.future();
    }
    // Jobs_Delete: DELETE W/{ws}/jobs/{id}; 200, 202 + Location + Retry-After, 204 (docs/architecture.md "ARM
    // operations"); the Location is polled until it stops answering 202.
    m_http->sendLongRunning(spec("DELETE", armUrl(workspacePath() + QStringLiteral("/jobs/") + runId),
                                 Tr::tr("Delete job '%1'").arg(runId)),
                            this, {},
                            [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return done.future();
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
    // https://{host}/mlflow/v2.0/{scope}/api/2.0/mlflow/ (docs/architecture.md "Run monitoring").
    // "mlflow_endpoint" (a https://host) overrides the host.
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
    Promise<Result<QList<RunFile>>> done;
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
    return done.future();
}

QFuture<Result<QList<LogSource>>> AzureMlEngine::listLogs(const QString& runId) {
    Promise<Result<QList<LogSource>>> done;
    runDetails(runId, this, [done](const Result<QJsonObject>& d) {
        if (!d) {
            done(d.error());
            return;
        }
        done(AzureLogStream::logSources(d.value()));
    });
    return done.future();
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
