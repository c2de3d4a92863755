#pragma once

#include "core/azureml/AzureCloud.h"
#include "core/engine/Engine.h"
#include "core/workspace/WorkspaceConfig.h"

#include <functional>

namespace trainyard::azureml {

class AzureCredential;
class AzureHttpClient;
struct AzureResponse;
struct BlobTarget;

// The Azure Machine Learning engine: ARM (api-version 2025-12-01) for computes, datastores and
// jobs; the run-history and MLflow-compatible data plane for logs and metrics; the Blob service
// for datastore uploads (docs/architecture.md "Azure Machine Learning"
// describes every call made here).
// Everything runs on the engine's thread through one AzureHttpClient; nothing blocks.
class AzureMlEngine : public Engine {
    Q_OBJECT
public:
    static constexpr const char* kApiVersion = "2025-12-01";

    AzureMlEngine(WorkspaceConfig config, AzureCloud cloud, QObject* parent = nullptr);

    QString kind() const override { return QStringLiteral("azureml"); }
    QString displayName() const override { return m_config.name; }
    // Two workspaces may share a name: the ARM path tells them apart.
    QString secretScope() const override { return kind() + workspacePath(); }
    SignIn* signIn() override;
    QStringList vmSizes() const override;
    QFuture<Result<QList<VmSize>>> listVmSizes() override;
    QFuture<Result<QList<EnvironmentSpec>>> listEnvironments() override;
    QFuture<Result<EnvironmentSpec>> getEnvironment(const QString& reference) override;
    QFuture<Result<EnvironmentSpec>> createEnvironment(const EnvironmentSpec& spec) override;

    AzureCredential* credential() const { return m_credential; }
    AzureHttpClient* http() const { return m_http; }
    const AzureCloud& cloud() const { return m_cloud; }

    QFuture<Result<QList<ComputeInfo>>> listComputes() override;
    QFuture<Result<ComputeInfo>> getCompute(const QString& name) override;
    QFuture<Result<ComputeInfo>> createCompute(const ComputeSpec& spec) override;
    QFuture<Result<ComputeInfo>> updateCompute(const QString& name, const ScaleSettings& scale) override;
    QFuture<Status> deleteCompute(const QString& name) override;
    QFuture<Result<QList<ComputeNode>>> listNodes(const QString& name) override;

    QFuture<Result<QList<DatastoreInfo>>> listDatastores() override;
    Transfer* upload(const QString& sourceDir, const QString& targetPath, bool overwrite,
                     QObject* parent) override;
    Transfer* download(const QString& datastorePath, const QString& destinationDir, QObject* parent) override;

    QFuture<Result<RunInfo>> submitRun(const RunConfig& config) override;
    QFuture<Result<QList<RunInfo>>> listRuns(const RunFilter& filter) override;
    QFuture<Result<RunInfo>> getRun(const QString& runId) override;
    QFuture<Status> cancelRun(const QString& runId) override;
    QFuture<Status> deleteRun(const QString& runId) override;
    EngineCapabilities capabilities() const override { return {.deleteRuns = true}; }
    QFuture<Result<QList<RunFile>>> listRunFiles(const QString& runId) override;
    QFuture<Result<QList<LogSource>>> listLogs(const QString& runId) override;
    Transfer* downloadRunFiles(const QString& runId, const QString& destinationDir, QObject* parent) override;

    LogStream* openLog(const QString& runId, const LogSource& log, QObject* parent) override;
    MetricStream* openMetrics(const QString& runId, QObject* parent) override;

    // Not in Engine: the workspace itself and the resource group's workspaces.
    QFuture<Result<QJsonObject>> getWorkspace();
    // Workspaces_CreateOrUpdate after a Workspaces_Get: an existing workspace is returned as it
    // is when `existOk` (Workspace.create(exist_ok=True)), else a Conflict error.
    static QFuture<Result<QJsonObject>> createWorkspace(AzureHttpClient* http, const AzureCloud& cloud,
                                                        const QString& subscription,
                                                        const QString& resourceGroup, const QString& name,
                                                        const QJsonObject& body, bool existOk,
                                                        QObject* context);
    static QFuture<Result<QList<QJsonObject>>> listWorkspaces(AzureHttpClient* http, const AzureCloud& cloud,
                                                              const QString& subscription,
                                                              const QString& resourceGroup, QObject* context);

    // Run-history details (docs/architecture.md "Run monitoring"): status and logFiles (name -> SAS URL).
    void runDetails(const QString& runId, QObject* context,
                    std::function<void(const Result<QJsonObject>&)> done);
    // The MLflow REST base, ".../api/2.0/mlflow/" (docs/architecture.md "Run monitoring").
    void mlflowBase(QObject* context, std::function<void(const Result<QUrl>&)> done);
    // Where the default datastore's blobs live and how to sign for them.
    void defaultBlobTarget(QObject* context, std::function<void(const Result<BlobTarget>&)> done);

    QString workspacePath() const; // /subscriptions/../workspaces/{ws}
    QUrl armUrl(const QString& path, const QString& query = {}) const;

private:
    void computeAfterWrite(const QString& name, const AzureResponse& r,
                           std::function<void(const Result<ComputeInfo>&)> done);
    void discovery(QObject* context, std::function<void(const Result<QJsonObject>&)> done);

    WorkspaceConfig m_config;
    AzureCloud m_cloud;
    AzureHttpClient* m_http;
    AzureCredential* m_credential;
    QJsonObject m_workspace; // cached Workspaces_Get answer (location, discoveryUrl, mlFlowTrackingUri)
    QJsonObject m_discovery; // cached discovery answer
};

} // namespace trainyard::azureml
