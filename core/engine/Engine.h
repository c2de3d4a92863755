#pragma once

#include "core/engine/EngineCapabilities.h"
#include "core/model/Compute.h"
#include "core/model/Datastore.h"
#include "core/model/Environment.h"
#include "core/model/Metric.h"
#include "core/model/Run.h"
#include "core/model/VmSize.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

namespace trainyard {

class LogStream;
class MetricStream;
class SignIn;
class Transfer;

// The engine-neutral API (docs/architecture.md): the desktop, `yard` and the tests talk to an engine only
// through this. Every call returns at once; the QFuture finishes on a worker thread or the
// engine's network thread, never by blocking the caller. Streams are QObjects that emit signals
// in the thread that created them.
class Engine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Engine() override = default;

    virtual QString kind() const = 0; // "local" | "slurm" | "azureml"
    virtual QString displayName() const = 0;
    // Where this workspace's secrets sit in the keychain (SecretKeys builds keys below it): the
    // same for every Engine object of one workspace, different for two workspaces.
    virtual QString secretScope() const { return kind() + u'/' + displayName(); }
    // The folder on this machine for what Trainyard keeps about the workspace (the metric
    // store): the workspace folder itself for local, a folder below the user's cache otherwise.
    virtual QString stateFolder() const;
    // The interactive sign-in this engine offers, or nullptr when it has none.
    virtual SignIn* signIn() { return nullptr; }
    virtual QStringList vmSizes() const = 0;
    virtual EngineCapabilities capabilities() const { return {}; }
    // The vm sizes with their cores, memory and GPUs (Azure's VirtualMachineSizes_List); the
    // default knows only the names of vmSizes().
    virtual QFuture<Result<QList<VmSize>>> listVmSizes();

    // compute
    virtual QFuture<Result<QList<ComputeInfo>>> listComputes() = 0;
    virtual QFuture<Result<ComputeInfo>> getCompute(const QString& name) = 0;
    virtual QFuture<Result<ComputeInfo>> createCompute(const ComputeSpec& spec) = 0;
    virtual QFuture<Result<ComputeInfo>> updateCompute(const QString& name, const ScaleSettings& scale) = 0;
    virtual QFuture<Status> deleteCompute(const QString& name) = 0;
    virtual QFuture<Result<QList<ComputeNode>>> listNodes(const QString& name) = 0;

    // datastores
    virtual QFuture<Result<QList<DatastoreInfo>>> listDatastores() = 0;
    // Copies a folder to `targetPath` on the default datastore; progress and cancel on the Transfer.
    virtual Transfer* upload(const QString& sourceDir, const QString& targetPath, bool overwrite,
                             QObject* parent) = 0;
    virtual Transfer* download(const QString& datastorePath, const QString& destinationDir,
                               QObject* parent) = 0;
    // The files below `path` ("" = everything) on the default datastore, sorted by path. Engines
    // without capabilities().browseDatastore leave this default, which says so.
    virtual QFuture<Result<QList<DatastoreFile>>> listDatastoreFiles(const QString& path);

    // runs
    virtual QFuture<Result<RunInfo>> submitRun(const RunConfig& config) = 0;
    virtual QFuture<Result<QList<RunInfo>>> listRuns(const RunFilter& filter) = 0;
    virtual QFuture<Result<RunInfo>> getRun(const QString& runId) = 0;
    virtual QFuture<Status> cancelRun(const QString& runId) = 0;
    // Removes a run's record from the engine. Engines that keep every run (local, Slurm: their
    // history is the workspace's) leave this default, which says so.
    virtual QFuture<Status> deleteRun(const QString& runId) {
        return QtFuture::makeReadyFuture(Status(Error{
            ErrorKind::Unavailable,
            QCoreApplication::translate("Engine", "The %1 engine keeps its runs: run '%2' cannot be deleted.")
                .arg(kind(), runId),
            {}}));
    }
    virtual QFuture<Result<QList<RunFile>>> listRunFiles(const QString& runId) = 0;
    virtual QFuture<Result<QList<LogSource>>> listLogs(const QString& runId) = 0;
    virtual Transfer* downloadRunFiles(const QString& runId, const QString& destinationDir,
                                       QObject* parent) = 0;
    // One file of a run, whole (a logged image: outputs/images/<name>/<step>.png). Engines whose
    // run folders are not on this machine leave this default, which says so.
    virtual QFuture<Result<QByteArray>> readRunFile(const QString& runId, const QString& path) {
        return QtFuture::makeReadyFuture(Result<QByteArray>(
            Error{ErrorKind::Unavailable,
                  QCoreApplication::translate("Engine", "The %1 engine cannot read %2 of run '%3' directly.")
                      .arg(kind(), path, runId),
                  {}}));
    }
    // One run file (`path` as listRunFiles() names it) copied to `destinationDir/path`. This
    // default fetches all of the run's files there; engines that can fetch one file alone do.
    virtual Transfer* downloadRunFile(const QString& runId, const QString& path,
                                      const QString& destinationDir, QObject* parent);
    // Where the desktop puts a run file it hands to another program: below this user's cache,
    // never a folder other users share (/tmp), one folder per run.
    static QString openedFilesFolder(const QString& runId);

    // environments (Azure ML's Environment: interpreter, packages or image); `reference` is
    // "name" (the latest version) or "name:version". Engines without them say so.
    virtual QFuture<Result<QList<EnvironmentSpec>>> listEnvironments();
    virtual QFuture<Result<EnvironmentSpec>> getEnvironment(const QString& reference);
    virtual QFuture<Result<EnvironmentSpec>> createEnvironment(const EnvironmentSpec& spec);

    // live streams; the caller owns them (through parent) and calls start()
    virtual LogStream* openLog(const QString& runId, const LogSource& log, QObject* parent) = 0;
    virtual MetricStream* openMetrics(const QString& runId, QObject* parent) = 0;
};

} // namespace trainyard
