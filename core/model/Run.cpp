#include "core/model/Run.h"

#include "core/model/Compute.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Run)
};
} // namespace

QString toString(DistributionType type) {
    switch (type) {
    case DistributionType::Mpi:
        return QStringLiteral("mpi");
    case DistributionType::PyTorch:
        return QStringLiteral("pytorch");
    case DistributionType::TensorFlow:
        return QStringLiteral("tensorflow");
    case DistributionType::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<DistributionType> distributionFromString(const QString& text) {
    for (auto type : {DistributionType::None, DistributionType::Mpi, DistributionType::PyTorch,
                      DistributionType::TensorFlow}) {
        if (text.compare(toString(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

Status validateRunConfig(const RunConfig& config) {
    // A run id is "<experiment>_<10-digit seconds>_<8 hex digits>" and names a folder, and file
    // names stop at 255 bytes: 20 of them are the id's own.
    static const QRegularExpression experimentName(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,%1}$").arg(kMaxExperimentNameLength - 1));
    if (!experimentName.match(config.experiment).hasMatch())
        return Error::invalid(
            Tr::tr("Invalid experiment name '%1': use 1 to %2 letters, digits, '_', '-' or '.', "
                   "starting with a letter or digit.")
                .arg(config.experiment)
                .arg(kMaxExperimentNameLength),
            QStringLiteral("experiment"));
    if (config.compute.isEmpty())
        return Error::invalid(Tr::tr("No compute target given: name one of the workspace's clusters."),
                              QStringLiteral("compute"));
    if (config.entryScript.isEmpty() == config.command.isEmpty())
        return Error::invalid(Tr::tr("Give exactly one of an entry script or a command."),
                              QStringLiteral("entry_script"));
    // The upper limits are those of any engine's largest cluster; an engine may hold fewer
    // (ClusterBounds).
    constexpr int kMostProcessesPerNode = 1024;
    if (config.nodeCount < 1 || config.nodeCount > kMaxNodesPerCluster)
        return Error::invalid(
            Tr::tr("node_count is %1: it must be 1 to %2.").arg(config.nodeCount).arg(kMaxNodesPerCluster),
            QStringLiteral("node_count"));
    const auto& d = config.distribution;
    if (d.processCountPerNode < 1 || d.processCountPerNode > kMostProcessesPerNode)
        return Error::invalid(Tr::tr("process_count_per_node is %1: it must be 1 to %2.")
                                  .arg(d.processCountPerNode)
                                  .arg(kMostProcessesPerNode),
                              QStringLiteral("process_count_per_node"));
    if (d.type == DistributionType::TensorFlow) {
        if (d.parameterServerCount < 0 || d.workerCount < 0)
            return Error::invalid(Tr::tr("worker and parameter server counts must be 0 or more."),
                                  QStringLiteral("worker_count"));
        const int workers = d.workerCount > 0 ? d.workerCount : config.nodeCount - d.parameterServerCount;
        if (workers < 1 || workers + d.parameterServerCount != config.nodeCount)
            return Error::invalid(
                Tr::tr("A TensorFlow run needs node_count = worker_count + parameter_server_count "
                       "with at least one worker; got node_count %1, %2 workers, %3 parameter servers.")
                    .arg(config.nodeCount)
                    .arg(d.workerCount)
                    .arg(d.parameterServerCount),
                QStringLiteral("worker_count"));
    } else if (d.workerCount != 0 || d.parameterServerCount != 0) {
        return Error::invalid(
            Tr::tr("Worker and parameter server counts apply only to the tensorflow distribution."),
            QStringLiteral("worker_count"));
    }
    if (config.timeoutSeconds < 0)
        return Error::invalid(Tr::tr("max_run_duration_seconds is %1: give a whole number of seconds, 1 or "
                                     "more, or 0 for no limit.")
                                  .arg(config.timeoutSeconds),
                              QStringLiteral("max_run_duration_seconds"));
    const QStringList names = config.environmentVariables.keys() + config.secretEnvironment.keys();
    for (const QString& name : names) {
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!envName.match(name).hasMatch())
            return Error::invalid(
                Tr::tr("Invalid environment variable name '%1': use letters, digits and '_', not "
                       "starting with a digit.")
                    .arg(name),
                QStringLiteral("environment_variables"));
    }
    return {};
}

} // namespace trainyard
