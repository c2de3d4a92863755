#include "core/local/LocalEngine.h"

#include "core/engine/ClusterBounds.h"
#include "core/engine/DatastoreArguments.h"
#include "core/engine/EnvironmentStore.h"
#include "core/engine/FileStreams.h"
#include "core/engine/GpuInventory.h"
#include "core/engine/RankPlan.h"
#include "core/engine/RunFileRead.h"
#include "core/engine/RunSnapshot.h"
#include "core/engine/Transfer.h"
#include "core/local/AgentClient.h"
#include "core/local/EnvironmentPreparation.h"
#include "core/local/LocalDatabase.h"
#include "core/local/LocalGpus.h"
#include "core/local/NodeGpus.h"
#include "core/local/RankFiles.h"
#include "core/monitoring/SystemMetrics.h"
#include "core/util/FileTree.h"
#include "core/util/JsonFile.h"
#include "core/util/PathConfinement.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace trainyard::local {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalEngine)
};
} // namespace

static const QString kDefaultDatastore = QStringLiteral("workspaceblobstore");
static const QString kEnvironmentLog = QStringLiteral("environment"); // the LogSource of the build log

LocalEngine::LocalEngine(const QString& folder, const QString& name, QObject* parent)
    : Engine(parent)
    , m_layout(folder)
    , m_name(name) {
    m_pool.setMaxThreadCount(2);
}

LocalEngine::~LocalEngine() {
    m_pool.waitForDone();
}

Status LocalEngine::createWorkspace(const QString& folder, const QString& name) {
    const LocalLayout layout(folder);
    if (QFileInfo::exists(layout.workspaceFile()))
        return Error::conflict(Tr::tr("A workspace already exists in %1.").arg(layout.folder()));
    if (!QDir().mkpath(layout.folder()) || !QDir().mkpath(layout.datastore(kDefaultDatastore)) ||
        !QDir().mkpath(layout.runsRoot()))
        return Error::io(Tr::tr("Cannot create the workspace folder %1.").arg(layout.folder()));
    // Run settings, logs and outputs are this user's: nobody else may enter the folder.
    QFile::setPermissions(layout.folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject json{
        {QStringLiteral("name"), name.isEmpty() ? QFileInfo(layout.folder()).fileName() : name},
        {QStringLiteral("engine"), QStringLiteral("local")},
        {QStringLiteral("format"), kWorkspaceFormat},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (auto db = LocalDatabase::open(layout); !db)
        return db.error();
    return writeJsonFileAtomically(layout.workspaceFile(), json);
}

template <typename F> auto LocalEngine::onWorker(F&& work) {
    using R = std::invoke_result_t<F, LocalDatabase&>;
    // A connection per call: opening SQLite costs well under a millisecond, and a connection
    // cached in a pool thread would be torn down by that thread's exit, racing process exit.
    return QtConcurrent::run(&m_pool, [layout = m_layout, work = std::forward<F>(work)]() -> R {
        auto db = LocalDatabase::open(layout);
        if (!db)
            return R(db.error());
        return work(*db.value());
    });
}

EngineCapabilities LocalEngine::capabilities() const {
    // Node slots on this machine: no network to join, no admin account to create.
    return {.computeNetwork = false, .computeAdminUser = false, .deleteRuns = true, .browseDatastore = true};
}

// ---- compute ---------------------------------------------------------------------------------

// The GPUs each node owns, for clusters of a GPU size (a detection problem leaves them out).
static Result<ComputeInfo> withGpus(Result<ComputeInfo> compute, const LocalLayout& layout) {
    if (compute && localGpusPerNode(compute->spec.vmSize).value_or(0) > 0) {
        if (auto gpus = localGpus(layout))
            describeNodeGpus(compute.value(), gpus.value());
    }
    return compute;
}

QFuture<Result<QList<ComputeInfo>>> LocalEngine::listComputes() {
    return onWorker([layout = m_layout](LocalDatabase& db) -> Result<QList<ComputeInfo>> {
        auto computes = db.computes();
        if (computes) {
            for (ComputeInfo& c : computes.value())
                c = withGpus(c, layout).value();
        }
        return computes;
    });
}

QFuture<Result<ComputeInfo>> LocalEngine::getCompute(const QString& name) {
    return onWorker(
        [name, layout = m_layout](LocalDatabase& db) { return withGpus(db.compute(name), layout); });
}

QFuture<Result<QList<VmSize>>> LocalEngine::listVmSizes() {
    return onWorker([layout = m_layout](LocalDatabase&) { return localSizes(layout); });
}

// A GPU size must exist on this machine and every node of the cluster must get GPUs of its own.
static Status checkLocalSize(const ComputeSpec& spec, const LocalLayout& layout) {
    const auto perNode = localGpusPerNode(spec.vmSize);
    if (!perNode)
        return Error::invalid(
            Tr::tr("vm_size '%1' is not offered by the local engine: use 'local' (a node is a slot on this "
                   "machine) or 'local-gpuN' for N GPUs per node (yard compute list-sizes).")
                .arg(spec.vmSize),
            QStringLiteral("vm_size"));
    if (*perNode == 0)
        return {};
    auto gpus = localGpus(layout);
    if (!gpus)
        return gpus.error();
    return checkGpuFit(spec, gpus.value());
}

QFuture<Result<ComputeInfo>> LocalEngine::createCompute(const ComputeSpec& spec) {
    return onWorker([spec, layout = m_layout](LocalDatabase& db) -> Result<ComputeInfo> {
        if (auto s = validateComputeSpec(spec); !s)
            return s.error();
        if (auto s = checkLocalSize(spec, layout); !s)
            return s.error();
        if (auto s = checkScaleBounds(localClusterBounds(), spec.minNodes, spec.maxNodes); !s)
            return s.error();
        if (auto s = db.insertCompute(spec); !s)
            return s.error();
        if (spec.minNodes > 0)
            agentclient::ensureRunning(layout); // it brings the cluster up to min_nodes
        return db.compute(spec.name);
    });
}

QFuture<Result<ComputeInfo>> LocalEngine::updateCompute(const QString& name, const ScaleSettings& scale) {
    return onWorker([name, scale, layout = m_layout](LocalDatabase& db) -> Result<ComputeInfo> {
        auto current = db.compute(name);
        if (!current)
            return current.error();
        const int minNodes = scale.minNodes.value_or(current->spec.minNodes);
        const int maxNodes = scale.maxNodes.value_or(current->spec.maxNodes);
        const int idle = scale.idleSecondsBeforeScaledown.value_or(current->spec.idleSecondsBeforeScaledown);
        if (auto s = validateScale(minNodes, maxNodes, idle); !s)
            return s.error();
        if (auto s = checkScaleBounds(localClusterBounds(), minNodes, maxNodes); !s)
            return s.error();
        ComputeSpec scaled = current->spec;
        scaled.maxNodes = maxNodes;
        if (auto s = checkLocalSize(scaled, layout); !s)
            return s.error();
        if (auto s = db.updateScale(name, minNodes, maxNodes, idle); !s)
            return s.error();
        agentclient::ensureRunning(layout);
        return db.compute(name);
    });
}

QFuture<Status> LocalEngine::deleteCompute(const QString& name) {
    return onWorker([name, layout = m_layout](LocalDatabase& db) -> Status {
        if (auto s = db.deleteCompute(name); !s)
            return s;
        agentclient::wake(layout);
        return {};
    });
}

QFuture<Result<QList<ComputeNode>>> LocalEngine::listNodes(const QString& name) {
    return onWorker([name, layout = m_layout](LocalDatabase& db) -> Result<QList<ComputeNode>> {
        auto c = withGpus(db.compute(name), layout);
        if (!c)
            return c.error();
        return c->nodes;
    });
}

// ---- datastores ------------------------------------------------------------------------------

QFuture<Result<QList<DatastoreInfo>>> LocalEngine::listDatastores() {
    return onWorker([layout = m_layout](LocalDatabase&) -> Result<QList<DatastoreInfo>> {
        QList<DatastoreInfo> list;
        const QDir root(layout.datastoresRoot());
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            DatastoreInfo d;
            d.name = name;
            d.type = QStringLiteral("local");
            d.location = root.filePath(name);
            d.isDefault = name == kDefaultDatastore;
            list << d;
        }
        return list;
    });
}

Transfer* LocalEngine::upload(const QString& sourceDir, const QString& targetPath, bool overwrite,
                              QObject* parent) {
    const QString root = m_layout.datastore(kDefaultDatastore);
    return Transfer::start(
        &m_pool,
        [root, sourceDir, targetPath, overwrite](Transfer* transfer) -> Status {
            auto target = confinedPath(root, targetPath, QStringLiteral("target_path"));
            if (!target)
                return target.error();
            if (!QFileInfo(sourceDir).isDir())
                return Error::invalid(Tr::tr("Source folder %1 does not exist.").arg(sourceDir),
                                      QStringLiteral("src_dir"));
            return copyTree(sourceDir, target.value(), overwrite,
                            [transfer](const TransferProgress& p) { emit transfer->progress(p); },
                            transfer->cancelFlag(), {});
        },
        parent);
}

Transfer* LocalEngine::download(const QString& path, const QString& destinationDir, QObject* parent) {
    const QString root = m_layout.datastore(kDefaultDatastore);
    return Transfer::start(
        &m_pool,
        [root, path, destinationDir](Transfer* transfer) -> Status {
            auto source = confinedPath(root, path, QStringLiteral("path"));
            if (!source)
                return source.error();
            return copyTree(source.value(), destinationDir + u'/' + QFileInfo(source.value()).fileName(),
                            true, [transfer](const TransferProgress& p) { emit transfer->progress(p); },
                            transfer->cancelFlag(), {});
        },
        parent);
}

QFuture<Result<QList<DatastoreFile>>> LocalEngine::listDatastoreFiles(const QString& path) {
    return onWorker(
        [root = m_layout.datastore(kDefaultDatastore), path](LocalDatabase&) -> Result<QList<DatastoreFile>> {
            auto folder = confinedPath(root, path, QStringLiteral("path"));
            if (!folder)
                return folder.error();
            const QString prefix = path.isEmpty() ? QString() : QDir::cleanPath(path) + u'/';
            QList<DatastoreFile> files;
            for (const TreeEntry& e : listTree(folder.value()))
                files.append({prefix + e.relativePath, e.size, e.modified});
            return files;
        });
}

// ---- runs ------------------------------------------------------------------------------------

// The run's environment as "name:version" (versions never change, so the run keeps what it got);
// none named: the workspace's "default_environment", else none. An image is refused here when
// no container runtime is installed, rather than when the run starts.
static Result<QString> resolveEnvironment(const LocalLayout& layout, const QString& requested) {
    QString reference = requested;
    if (reference.isEmpty()) {
        auto json = readJsonObjectFile(layout.workspaceFile());
        reference = json ? json->value(QStringLiteral("default_environment")).toString() : QString();
        if (reference.isEmpty())
            return QString();
    }
    auto spec = EnvironmentStore(layout.environmentsRoot()).get(reference);
    if (!spec)
        return spec.error();
    if (spec->source == EnvironmentSource::Image && localContainerRuntime().isEmpty())
        return Error{
            ErrorKind::Unavailable,
            Tr::tr("environment %1 runs in the image %2, which needs podman or docker on this machine; "
                   "neither is installed.")
                .arg(spec->reference(), spec->location),
            {}};
    return spec->reference();
}

QFuture<Result<RunInfo>> LocalEngine::submitRun(const RunConfig& submitted) {
    return onWorker([submitted, layout = m_layout](LocalDatabase& db) -> Result<RunInfo> {
        RunConfig config = submitted;
        if (config.distribution.type == DistributionType::TensorFlow && config.distribution.workerCount == 0)
            config.distribution.workerCount = config.nodeCount - config.distribution.parameterServerCount;
        if (auto s = validateRunConfig(config); !s)
            return s.error();
        if (auto s = checkRunBounds(localClusterBounds(), config); !s)
            return s.error();
        auto compute = db.compute(config.compute);
        if (!compute)
            return compute.error();
        if (config.nodeCount > compute->spec.maxNodes)
            return Error::invalid(
                Tr::tr("node_count %1 is more than compute '%2' can have (max_nodes %3): lower "
                       "node_count or raise max_nodes.")
                    .arg(config.nodeCount)
                    .arg(config.compute)
                    .arg(compute->spec.maxNodes),
                QStringLiteral("node_count"));
        // A datastore reference that leaves the datastore is refused now, not when the run starts.
        if (auto refs = mountDatastoreReferences(config.arguments, layout.datastore(kDefaultDatastore));
            !refs)
            return refs.error();
        if (auto environment = resolveEnvironment(layout, config.environment); !environment)
            return environment.error();
        else
            config.environment = environment.value();
        auto source = RunSnapshot::checkSource(config);
        if (!source)
            return source.error();
        config.sourceDirectory = source.value();
        if (const auto workspace = readJsonObjectFile(layout.workspaceFile()))
            monitoring::applyWorkspaceSamplingInterval(config.environmentVariables, workspace.value());
        const QString runId = RunSnapshot::newRunId(config.experiment);
        // The snapshot is complete before the run exists, so the agent never starts a half copy.
        if (auto s = RunSnapshot::copy(config.sourceDirectory, layout.snapshot(runId)); !s) {
            QDir(layout.run(runId)).removeRecursively();
            return s.error();
        }
        auto run = db.insertRun(config, runId);
        if (!run) {
            QDir(layout.run(runId)).removeRecursively();
            return run.error();
        }
        agentclient::ensureRunning(layout);
        return run;
    });
}

QFuture<Result<QList<RunInfo>>> LocalEngine::listRuns(const RunFilter& filter) {
    return onWorker([filter](LocalDatabase& db) { return db.runs(filter); });
}

QFuture<Result<RunInfo>> LocalEngine::getRun(const QString& runId) {
    return onWorker([runId, layout = m_layout](LocalDatabase& db) {
        auto run = db.run(runId);
        // Whoever watches an active run keeps its agent alive: after a crash (kill -9) the next
        // look at the run starts a new agent, which reconciles from the runners' files.
        if (run && !isTerminal(run->status))
            agentclient::ensureRunning(layout);
        return run;
    });
}

QFuture<Status> LocalEngine::cancelRun(const QString& runId) {
    return onWorker([runId, layout = m_layout](LocalDatabase& db) -> Status {
        if (auto s = db.requestCancel(runId); !s)
            return s;
        agentclient::ensureRunning(layout);
        return {};
    });
}

QFuture<Status> LocalEngine::deleteRun(const QString& runId) {
    return onWorker([runId, layout = m_layout](LocalDatabase& db) -> Status {
        if (auto s = RunSnapshot::checkRunId(runId); !s)
            return s;
        if (auto s = db.deleteRun(runId); !s)
            return s;
        // The record goes first: a folder left by a failed removal is only disk space.
        if (!QDir(layout.run(runId)).removeRecursively())
            return Error::io(Tr::tr("Run '%1' is deleted, but some of its files in %2 could not be removed.")
                                 .arg(runId, layout.run(runId)));
        return {};
    });
}

QFuture<Result<QList<RunFile>>> LocalEngine::listRunFiles(const QString& runId) {
    return onWorker([runId, layout = m_layout](LocalDatabase& db) -> Result<QList<RunFile>> {
        if (auto run = db.run(runId); !run)
            return run.error();
        QList<RunFile> files;
        for (const QString& part : {QStringLiteral("outputs"), QStringLiteral("logs")}) {
            for (const TreeEntry& e : listTree(layout.run(runId) + u'/' + part))
                files.append({part + u'/' + e.relativePath, e.size, e.modified});
        }
        const QFileInfo metrics(layout.metricsFile(runId));
        if (metrics.exists())
            files.append({QStringLiteral("metrics.jsonl"), metrics.size(), metrics.lastModified()});
        return files;
    });
}

QFuture<Result<QByteArray>> LocalEngine::readRunFile(const QString& runId, const QString& path) {
    return onWorker([runId, path, layout = m_layout](LocalDatabase& db) -> Result<QByteArray> {
        if (auto run = db.run(runId); !run)
            return run.error();
        return readFileInRunFolder(layout.run(runId), path);
    });
}

QFuture<Result<QList<LogSource>>> LocalEngine::listLogs(const QString& runId) {
    return onWorker([runId, layout = m_layout](LocalDatabase& db) -> Result<QList<LogSource>> {
        auto run = db.run(runId);
        if (!run)
            return run.error();
        QList<LogSource> logs;
        for (int rank = 0; rank < processCount(run->config); ++rank) {
            auto spec = readJsonObjectFile(rankfiles::specFile(layout.rankDir(runId, rank)));
            if (!spec)
                break; // not launched yet
            const QString path =
                QDir(layout.run(runId)).relativeFilePath(rankSpecFromJson(spec.value()).logFile);
            logs.append({QString::number(rank), path});
        }
        if (QFileInfo::exists(layout.environmentLog(runId))) // the Preparing output, after the ranks'
            logs.append(
                {kEnvironmentLog, QDir(layout.run(runId)).relativeFilePath(layout.environmentLog(runId))});
        return logs;
    });
}

Transfer* LocalEngine::downloadRunFiles(const QString& runId, const QString& destinationDir,
                                        QObject* parent) {
    return Transfer::start(
        &m_pool,
        [runId, destinationDir, layout = m_layout](Transfer* transfer) -> Status {
            if (auto s = RunSnapshot::checkRunId(runId); !s)
                return s;
            if (!QFileInfo(layout.run(runId)).isDir())
                return Error::notFound(Tr::tr("No run with id '%1' in this workspace.").arg(runId));
            for (const QString& part : {QStringLiteral("outputs"), QStringLiteral("logs")}) {
                const QString from = layout.run(runId) + u'/' + part;
                if (!QFileInfo(from).isDir())
                    continue;
                const Status s = copyTree(
                    from, destinationDir + u'/' + part, true,
                    [transfer](const TransferProgress& p) { emit transfer->progress(p); },
                    transfer->cancelFlag());
                if (!s)
                    return s;
            }
            return {};
        },
        parent);
}

Transfer* LocalEngine::downloadRunFile(const QString& runId, const QString& path,
                                       const QString& destinationDir, QObject* parent) {
    return Transfer::start(
        &m_pool,
        [runId, path, destinationDir, layout = m_layout](Transfer* transfer) -> Status {
            if (auto s = RunSnapshot::checkRunId(runId); !s)
                return s;
            auto source = confinedPath(layout.run(runId), path, QStringLiteral("path"));
            if (!source)
                return source.error();
            if (!QFileInfo(source.value()).isFile())
                return Error::notFound(Tr::tr("Run '%1' has no file %2.").arg(runId, path));
            // Only this user may read what is copied out of the (private) workspace.
            if (!QDir().mkpath(destinationDir))
                return Error::io(Tr::tr("Cannot create the folder %1.").arg(destinationDir));
            QFile::setPermissions(destinationDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            return copyTree(
                source.value(), destinationDir + u'/' + path, true,
                [transfer](const TransferProgress& p) { emit transfer->progress(p); },
                transfer->cancelFlag());
        },
        parent);
}

// ---- environments ----------------------------------------------------------------------------

QFuture<Result<QList<EnvironmentSpec>>> LocalEngine::listEnvironments() {
    return onWorker([layout = m_layout](LocalDatabase&) -> Result<QList<EnvironmentSpec>> {
        return EnvironmentStore(layout.environmentsRoot()).list();
    });
}

QFuture<Result<EnvironmentSpec>> LocalEngine::getEnvironment(const QString& reference) {
    return onWorker([reference, layout = m_layout](LocalDatabase&) {
        return EnvironmentStore(layout.environmentsRoot()).get(reference);
    });
}

QFuture<Result<EnvironmentSpec>> LocalEngine::createEnvironment(const EnvironmentSpec& spec) {
    return onWorker([spec, layout = m_layout](LocalDatabase&) {
        return EnvironmentStore(layout.environmentsRoot()).create(spec);
    });
}

LogStream* LocalEngine::openLog(const QString& runId, const LogSource& log, QObject* parent) {
    if (log.name == kEnvironmentLog) {
        // Ends with the build, or with the run when it never needed one.
        const QString state = m_layout.environmentState(runId) + QStringLiteral("/result.json");
        const QString finalFile = m_layout.run(runId) + QStringLiteral("/final.json");
        return new FileLogStream(
            m_layout.run(runId) + u'/' + log.path,
            [state, finalFile] { return QFileInfo::exists(state) || QFileInfo::exists(finalFile); }, parent);
    }
    const QString rankDir = m_layout.rankDir(runId, log.name.toInt());
    return new FileLogStream(
        m_layout.run(runId) + u'/' + log.path,
        [rankDir] { return QFileInfo::exists(rankfiles::exitFile(rankDir)); }, parent);
}

MetricStream* LocalEngine::openMetrics(const QString& runId, QObject* parent) {
    const QString finalFile = m_layout.run(runId) + QStringLiteral("/final.json");
    return new FileMetricStream(
        m_layout.metricsFile(runId), [finalFile] { return QFileInfo::exists(finalFile); }, parent);
}

} // namespace trainyard::local
