#include "core/model/Run.h"

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
    static const QRegularExpression experimentName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$"));
    if (!experimentName.match(config.experiment).hasMatch())
        return Error::invalid(
            Tr::tr("Invalid experiment name '%1': use 1 to 255 letters, digits, '_', '-' or '.', "
                   "starting with a letter or digit.")
                .arg(config.experiment),
            QStringLiteral("experiment"));
    if (config.compute.isEmpty())
        return Error::invalid(Tr::tr("No compute target given: name one of the workspace's clusters."),
                              QStringLiteral("compute"));
    if (config.entryScript.isEmpty() == config.command.isEmpty())
        return Error::invalid(Tr::tr("Give exactly one of an entry script or a command."),
                              QStringLiteral("entry_script"));
    if (config.nodeCount < 1)
        return Error::invalid(Tr::tr("node_count is %1: it must be at least 1.").arg(config.nodeCount),
                              QStringLiteral("node_count"));
    const auto& d = config.distribution;
    if (d.processCountPerNode < 1)
        return Error::invalid(
            Tr::tr("process_count_per_node is %1: it must be at least 1.").arg(d.processCountPerNode),
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
    for (auto it = config.environmentVariables.cbegin(); it != config.environmentVariables.cend(); ++it) {
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!envName.match(it.key()).hasMatch())
            return Error::invalid(
                Tr::tr("Invalid environment variable name '%1': use letters, digits and '_', not "
                       "starting with a digit.")
                    .arg(it.key()),
                QStringLiteral("environment_variables"));
    }
    return {};
}

} // namespace trainyard
