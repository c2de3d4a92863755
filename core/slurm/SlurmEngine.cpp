// SlurmEngine: partitions as clusters (read-only over slurmrestd 22.05) and the work dir's
// datastore. Runs are in SlurmRuns.cpp.
#include "core/slurm/SlurmEngine.h"

#include "core/engine/Transfer.h"
#include "core/slurm/SlurmMapping.h"
#include "core/util/FileTree.h"
#include "core/util/PathConfinement.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent>

#include <algorithm>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmEngine)
};

Error readOnlyOnSlurm(const QString& what, const QString& scontrol, const QString& field) {
    return {ErrorKind::Unavailable,
            Tr::tr("Slurm's REST API (22.05) cannot %1, so Trainyard does not pretend to. A Slurm "
                   "operator does it on the cluster with `%2`; Trainyard shows the change at once.")
                .arg(what, scontrol),
            field};
}
} // namespace

SlurmEngine::SlurmEngine(SlurmSettings settings, QObject* parent)
    : Engine(parent)
    , m_settings(std::move(settings))
    , m_client(m_settings, this) {
    m_pool.setMaxThreadCount(2);
}

SlurmEngine::~SlurmEngine() {
    m_pool.waitForDone();
}

// ---- compute ---------------------------------------------------------------------------------

void SlurmEngine::loadPartitions(std::function<void(Result<QList<ComputeInfo>>)> done) {
    m_client.get(QStringLiteral("partitions"), [this, done](Result<QJsonObject> partitions) {
        if (!partitions)
            return done(partitions.error());
        m_client.get(QStringLiteral("nodes"), [this, partitions, done](Result<QJsonObject> nodes) {
            if (!nodes)
                return done(nodes.error());
            m_client.get(QStringLiteral("jobs"), [partitions, nodes, done](Result<QJsonObject> jobs) {
                if (!jobs)
                    return done(jobs.error());
                // Which run holds each node: ours by run id (the job's name), others as Slurm jobs.
                QHash<QString, QString> runOnNode;
                for (const auto& j : jobs->value(QStringLiteral("jobs")).toArray()) {
                    const QJsonObject o = j.toObject();
                    const QString state = o.value(QStringLiteral("job_state")).toString();
                    if (state != QLatin1String("RUNNING") && state != QLatin1String("COMPLETING") &&
                        state != QLatin1String("CONFIGURING"))
                        continue;
                    const QString name = o.value(QStringLiteral("name")).toString();
                    const QString label =
                        o.value(QStringLiteral("comment"))
                                .toString()
                                .startsWith(QLatin1String("trainyard run "))
                            ? name
                            : QStringLiteral("slurm job %1 (%2)")
                                  .arg(o.value(QStringLiteral("job_id")).toVariant().toLongLong())
                                  .arg(name);
                    for (const QString& host : expandHostList(o.value(QStringLiteral("nodes")).toString()))
                        runOnNode.insert(host, label);
                }
                QList<QPair<QStringList, ComputeNode>> all; // (partitions, node)
                QHash<QString, int> gpusOnNode;
                for (const auto& n : nodes->value(QStringLiteral("nodes")).toArray()) {
                    const QJsonObject o = n.toObject();
                    QStringList parts;
                    for (const auto& p : o.value(QStringLiteral("partitions")).toArray())
                        parts << p.toString();
                    ComputeNode node = nodeFromJson(o);
                    node.runId = runOnNode.value(node.nodeId);
                    all.append({parts, node});
                    gpusOnNode.insert(node.nodeId, gpuCount(o.value(QStringLiteral("gres")).toString()));
                }
                QList<ComputeInfo> list;
                for (const auto& p : partitions->value(QStringLiteral("partitions")).toArray()) {
                    const QJsonObject o = p.toObject();
                    ComputeInfo c;
                    c.spec.name = o.value(QStringLiteral("name")).toString();
                    c.spec.vmSize = QStringLiteral("slurm");
                    c.spec.minNodes = 0;
                    c.spec.maxNodes = o.value(QStringLiteral("total_nodes")).toInt();
                    c.spec.idleSecondsBeforeScaledown = 0;
                    const QString state = o.value(QStringLiteral("state")).toString();
                    int gpus = 0;
                    for (const auto& [parts, node] : all)
                        if (parts.contains(c.spec.name)) {
                            c.nodes << node;
                            gpus += gpusOnNode.value(node.nodeId);
                        }
                    c.spec.description = Tr::tr("Slurm partition: nodes %1, %2 CPUs, %3 GPUs, state %4")
                                             .arg(o.value(QStringLiteral("nodes")).toString())
                                             .arg(o.value(QStringLiteral("total_cpus")).toInt())
                                             .arg(gpus)
                                             .arg(state);
                    c.nodeStateCounts = countNodes(c.nodes);
                    c.currentNodeCount = c.nodeStateCounts.total();
                    c.targetNodeCount = c.currentNodeCount;
                    if (state != QLatin1String("UP")) {
                        c.provisioningState = QStringLiteral("Failed");
                        c.errors
                            << Tr::tr("The partition's state is %1: Slurm starts no jobs in it.").arg(state);
                    }
                    list << c;
                }
                done(list);
            });
        });
    });
}

QFuture<Result<QList<ComputeInfo>>> SlurmEngine::listComputes() {
    Promise<Result<QList<ComputeInfo>>> out;
    loadPartitions([out](Result<QList<ComputeInfo>> r) { out.finish(std::move(r)); });
    return out.future();
}

QFuture<Result<ComputeInfo>> SlurmEngine::getCompute(const QString& name) {
    Promise<Result<ComputeInfo>> out;
    loadPartitions([out, name](Result<QList<ComputeInfo>> r) {
        if (!r)
            return out.finish(r.error());
        QStringList names;
        for (const ComputeInfo& c : r.value()) {
            if (c.spec.name == name)
                return out.finish(c);
            names << c.spec.name;
        }
        out.finish(Error::notFound(Tr::tr("No partition '%1' on this Slurm cluster: it has %2.")
                                       .arg(name, names.join(QStringLiteral(", ")))));
    });
    return out.future();
}

QFuture<Result<ComputeInfo>> SlurmEngine::createCompute(const ComputeSpec& spec) {
    return QtFuture::makeReadyFuture<Result<ComputeInfo>>(
        readOnlyOnSlurm(Tr::tr("create a partition"),
                        QStringLiteral("scontrol create PartitionName=%1 Nodes=<nodes> MaxNodes=<n>")
                            .arg(spec.name.isEmpty() ? QStringLiteral("<name>") : spec.name),
                        QStringLiteral("name")));
}

QFuture<Result<ComputeInfo>> SlurmEngine::updateCompute(const QString& name, const ScaleSettings& scale) {
    QString field = QStringLiteral("max_nodes");
    QString what = Tr::tr("change a partition's size (max_nodes is the partition's node count)");
    if (scale.idleSecondsBeforeScaledown && !scale.maxNodes) {
        field = QStringLiteral("idle_seconds_before_scaledown");
        what = Tr::tr("change idle_seconds_before_scaledown (Slurm's SuspendTime in slurm.conf)");
    } else if (scale.minNodes && !scale.maxNodes) {
        field = QStringLiteral("min_nodes");
        what = Tr::tr("change min_nodes (nodes are powered up by Slurm's power saving, not by Trainyard)");
    }
    return QtFuture::makeReadyFuture<Result<ComputeInfo>>(readOnlyOnSlurm(
        what,
        QStringLiteral("scontrol update PartitionName=%1 MaxNodes=<n>` or `scontrol update NodeName=<node> "
                       "State=DRAIN|RESUME Reason=<why>")
            .arg(name),
        field));
}

QFuture<Status> SlurmEngine::deleteCompute(const QString& name) {
    return QtFuture::makeReadyFuture<Status>(readOnlyOnSlurm(
        Tr::tr("delete a partition"), QStringLiteral("scontrol delete PartitionName=%1").arg(name),
        QStringLiteral("name")));
}

QFuture<Result<QList<ComputeNode>>> SlurmEngine::listNodes(const QString& name) {
    return getCompute(name).then([](Result<ComputeInfo> c) -> Result<QList<ComputeNode>> {
        if (!c)
            return c.error();
        return c->nodes;
    });
}

// ---- datastores ------------------------------------------------------------------------------

QFuture<Result<QList<DatastoreInfo>>> SlurmEngine::listDatastores() {
    DatastoreInfo d;
    d.name = QStringLiteral("workspaceblobstore");
    d.type = QStringLiteral("slurm-shared");
    d.location = m_settings.datastoreDir();
    d.isDefault = true;
    return QtFuture::makeReadyFuture<Result<QList<DatastoreInfo>>>(QList<DatastoreInfo>{d});
}

Transfer* SlurmEngine::upload(const QString& sourceDir, const QString& targetPath, bool overwrite,
                              QObject* parent) {
    return Transfer::start(
        &m_pool,
        [s = m_settings, sourceDir, targetPath, overwrite](Transfer* t) -> Status {
            auto target = confinedPath(s.datastoreDir(), targetPath, QStringLiteral("target_path"));
            if (!target)
                return target.error();
            if (!QFileInfo(sourceDir).isDir())
                return Error::invalid(Tr::tr("Source folder %1 does not exist.").arg(sourceDir),
                                      QStringLiteral("src_dir"));
            return copyTree(
                sourceDir, target.value(), overwrite, [t](const TransferProgress& p) { emit t->progress(p); },
                t->cancelFlag());
        },
        parent);
}

Transfer* SlurmEngine::download(const QString& path, const QString& destinationDir, QObject* parent) {
    return Transfer::start(
        &m_pool,
        [s = m_settings, path, destinationDir](Transfer* t) -> Status {
            auto source = confinedPath(s.datastoreDir(), path, QStringLiteral("path"));
            if (!source)
                return source.error();
            return copyTree(
                source.value(), destinationDir + u'/' + QFileInfo(source.value()).fileName(), true,
                [t](const TransferProgress& p) { emit t->progress(p); }, t->cancelFlag());
        },
        parent);
}

} // namespace trainyard::slurm
