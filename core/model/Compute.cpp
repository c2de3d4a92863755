#include "core/model/Compute.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trainyard {

QString toString(VmPriority priority) {
    return priority == VmPriority::LowPriority ? QStringLiteral("lowpriority") : QStringLiteral("dedicated");
}

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Compute)
};
} // namespace

Status validateComputeName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,15}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return Error::invalid(
        Tr::tr("Invalid cluster name '%1': use 2 to 16 characters, letters, digits and hyphens, "
               "starting with a letter.")
            .arg(name),
        QStringLiteral("name"));
}

Status validateScale(int minNodes, int maxNodes, int idleSeconds) {
    if (minNodes < 0)
        return Error::invalid(Tr::tr("min_nodes is %1: it must be 0 or more.").arg(minNodes),
                              QStringLiteral("min_nodes"));
    if (maxNodes < 1)
        return Error::invalid(Tr::tr("max_nodes is %1: it must be at least 1.").arg(maxNodes),
                              QStringLiteral("max_nodes"));
    if (maxNodes > kMaxNodesPerCluster)
        return Error::invalid(
            Tr::tr("max_nodes is %1: at most %2 nodes per cluster.").arg(maxNodes).arg(kMaxNodesPerCluster),
            QStringLiteral("max_nodes"));
    if (minNodes > maxNodes)
        return Error::invalid(
            Tr::tr("min_nodes (%1) is greater than max_nodes (%2): min_nodes must be at most max_nodes.")
                .arg(minNodes)
                .arg(maxNodes),
            QStringLiteral("min_nodes"));
    if (idleSeconds < 0)
        return Error::invalid(
            Tr::tr("idle_seconds_before_scaledown is %1: it must be 0 or more seconds.").arg(idleSeconds),
            QStringLiteral("idle_seconds_before_scaledown"));
    return {};
}

Status validateComputeSpec(const ComputeSpec& spec) {
    if (auto s = validateComputeName(spec.name); !s)
        return s;
    if (spec.vmSize.trimmed().isEmpty())
        return Error::invalid(Tr::tr("vm_size is missing: choose one of the engine's vm sizes."),
                              QStringLiteral("vm_size"));
    return validateScale(spec.minNodes, spec.maxNodes, spec.idleSecondsBeforeScaledown);
}

} // namespace trainyard
