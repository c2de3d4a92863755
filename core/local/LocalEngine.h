#pragma once

#include "core/engine/Engine.h"
#include "core/local/AgentOptions.h"
#include "core/local/LocalLayout.h"

#include <QThreadPool>

namespace trainyard::local {

class LocalDatabase;

// The embedded engine: a workspace is a folder, clusters are node slots on this machine, runs
// are real processes started by the workspace's agent. Every call runs on a small worker pool
// with its own database connection; the agent is woken (or started) after each change.
class LocalEngine : public Engine {
    Q_OBJECT
public:
    LocalEngine(const QString& folder, const QString& name, QObject* parent = nullptr);
    ~LocalEngine() override;

    // Creates a new workspace folder (workspace.json, database, datastore). Fails if one exists.
    static Status createWorkspace(const QString& folder, const QString& name);

    QString kind() const override { return QStringLiteral("local"); }
    QString displayName() const override { return m_name; }
    QStringList vmSizes() const override { return {QStringLiteral("local")}; }
    QString stateFolder() const override { return m_layout.folder(); }
    EngineCapabilities capabilities() const override;
    QFuture<Result<QList<VmSize>>> listVmSizes() override;
    const LocalLayout& layout() const { return m_layout; }

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
    QFuture<Result<QList<DatastoreFile>>> listDatastoreFiles(const QString& path) override;

    QFuture<Result<RunInfo>> submitRun(const RunConfig& config) override;
    QFuture<Result<QList<RunInfo>>> listRuns(const RunFilter& filter) override;
    QFuture<Result<RunInfo>> getRun(const QString& runId) override;
    QFuture<Status> cancelRun(const QString& runId) override;
    QFuture<Status> deleteRun(const QString& runId) override; // a finished run, with its folder
    QFuture<Result<QList<RunFile>>> listRunFiles(const QString& runId) override;
    QFuture<Result<QByteArray>> readRunFile(const QString& runId, const QString& path) override;
    QFuture<Result<QList<LogSource>>> listLogs(const QString& runId) override;
    Transfer* downloadRunFiles(const QString& runId, const QString& destinationDir, QObject* parent) override;
    Transfer* downloadRunFile(const QString& runId, const QString& path, const QString& destinationDir,
                              QObject* parent) override;

    QFuture<Result<QList<EnvironmentSpec>>> listEnvironments() override;
    QFuture<Result<EnvironmentSpec>> getEnvironment(const QString& reference) override;
    QFuture<Result<EnvironmentSpec>> createEnvironment(const EnvironmentSpec& spec) override;

    LogStream* openLog(const QString& runId, const LogSource& log, QObject* parent) override;
    MetricStream* openMetrics(const QString& runId, QObject* parent) override;

private:
    template <typename F> auto onWorker(F&& work);

    LocalLayout m_layout;
    QString m_name;
    QThreadPool m_pool;
};

} // namespace trainyard::local
