#pragma once

#include "core/engine/Engine.h"
#include "core/slurm/SlurmClient.h"
#include "core/slurm/SlurmRunStore.h"
#include "core/slurm/SlurmSettings.h"
#include "core/util/Promise.h"

#include <QThreadPool>

namespace trainyard::slurm {

// A real Slurm cluster through slurmrestd: partitions are clusters, runs are batch jobs whose
// tasks srun starts with the distribution environment, and whose snapshot, logs, metrics and
// outputs live in the run's folder on the shared work dir (read there live, as files). Network
// calls run on the engine's thread (async QNetworkAccessManager); file work on a small pool.
class SlurmEngine : public Engine {
    Q_OBJECT
public:
    SlurmEngine(SlurmSettings settings, QObject* parent = nullptr);
    ~SlurmEngine() override;

    QString kind() const override { return QStringLiteral("slurm"); }
    QString displayName() const override { return m_settings.name; }
    QStringList vmSizes() const override { return {QStringLiteral("slurm")}; }
    const SlurmSettings& settings() const { return m_settings; }
    SlurmClient& client() { return m_client; }

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
    QFuture<Result<QList<RunFile>>> listRunFiles(const QString& runId) override;
    QFuture<Result<QByteArray>> readRunFile(const QString& runId, const QString& path) override;
    QFuture<Result<QList<LogSource>>> listLogs(const QString& runId) override;
    Transfer* downloadRunFiles(const QString& runId, const QString& destinationDir, QObject* parent) override;

    LogStream* openLog(const QString& runId, const LogSource& log, QObject* parent) override;
    MetricStream* openMetrics(const QString& runId, QObject* parent) override;

    // Kept on the work dir (<work>/environments), built by the job itself (SlurmEnvironment).
    QFuture<Result<QList<EnvironmentSpec>>> listEnvironments() override;
    QFuture<Result<EnvironmentSpec>> getEnvironment(const QString& reference) override;
    QFuture<Result<EnvironmentSpec>> createEnvironment(const EnvironmentSpec& spec) override;

private:
    // submitRun once the run fits its partition (ClusterBounds).
    void submitWithinBounds(RunConfig config, Promise<Result<RunInfo>> out);
    void loadPartitions(std::function<void(Result<QList<ComputeInfo>>)> done);
    // Brings records up to date with Slurm's view of their jobs (`jobs` from GET jobs or job/{id})
    // and saves those that changed; `done` gets the merged runs.
    void refreshRecords(QList<SlurmRunRecord> records, std::function<void(Result<QList<RunInfo>>)> done,
                        bool all);
    // `job` is Slurm's view; without it Slurm forgot the job and `jobEnd` (job_end.json) decides.
    void merge(SlurmRunRecord& record, const QJsonObject* job, std::optional<int> jobEnd) const;
    void environmentFailure(RunInfo& info) const;
    std::function<bool()> endedCheck(const QString& runId, QObject* owner);

    SlurmSettings m_settings;
    SlurmClient m_client;
    QThreadPool m_pool;
};

} // namespace trainyard::slurm
