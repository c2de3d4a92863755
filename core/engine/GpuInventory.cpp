#include "core/engine/GpuInventory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GpuInventory)
};
} // namespace

QList<GpuDevice> parseNvidiaSmiCsv(const QByteArray& output) {
    QList<GpuDevice> gpus;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 4)
            continue;
        bool indexOk = false, memoryOk = false;
        GpuDevice gpu;
        gpu.index = fields[0].trimmed().toInt(&indexOk);
        gpu.name = QString::fromUtf8(fields[1].trimmed());
        gpu.memoryMiB = fields[2].trimmed().toLongLong(&memoryOk); // "[N/A]" on some boards
        gpu.uuid = QString::fromUtf8(fields[3].trimmed());
        if (indexOk && !gpu.name.isEmpty())
            gpus << gpu;
    }
    return gpus;
}

Result<std::optional<QList<GpuDevice>>> gpusFromWorkspaceJson(const QJsonObject& workspaceJson) {
    const QJsonValue value =
        workspaceJson.value(QStringLiteral("local")).toObject().value(QStringLiteral("gpus"));
    if (value.isUndefined())
        return std::optional<QList<GpuDevice>>();
    const auto bad = [](qsizetype i) {
        return Error::invalid(Tr::tr("workspace.json: local.gpus[%1] must be a GPU's name or an object with "
                                     "\"name\" (and optionally \"index\", \"memory_mib\", \"uuid\").")
                                  .arg(i),
                              QStringLiteral("local.gpus"));
    };
    if (!value.isArray())
        return Error::invalid(Tr::tr("workspace.json: local.gpus must be a list of GPUs ([] for none)."),
                              QStringLiteral("local.gpus"));
    QList<GpuDevice> gpus;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        GpuDevice gpu;
        gpu.index = int(i);
        if (items[i].isString()) {
            gpu.name = items[i].toString();
        } else if (items[i].isObject()) {
            const QJsonObject o = items[i].toObject();
            gpu.index = o.value(QStringLiteral("index")).toInt(int(i));
            gpu.name = o.value(QStringLiteral("name")).toString();
            gpu.memoryMiB = qint64(o.value(QStringLiteral("memory_mib")).toDouble());
            gpu.uuid = o.value(QStringLiteral("uuid")).toString();
        }
        if (gpu.name.trimmed().isEmpty())
            return bad(i);
        gpus << gpu;
    }
    return std::optional<QList<GpuDevice>>(gpus);
}

QList<VmSize> localVmSizes(const QList<GpuDevice>& gpus, int vCPUs, double memoryGB) {
    QList<VmSize> sizes;
    VmSize cpu;
    cpu.name = QStringLiteral("local");
    cpu.family = QStringLiteral("local");
    cpu.vCPUs = vCPUs;
    cpu.memoryGB = memoryGB;
    sizes << cpu;
    for (int k = 1; k <= gpus.size(); ++k) {
        VmSize gpu = cpu;
        gpu.name = QStringLiteral("local-gpu%1").arg(k);
        gpu.family = QStringLiteral("localGpu");
        gpu.gpus = k;
        gpu.gpuDevices = gpus;
        sizes << gpu;
    }
    return sizes;
}

std::optional<int> localGpusPerNode(const QString& vmSize) {
    if (vmSize == QLatin1String("local"))
        return 0;
    static const QRegularExpression gpuSize(QStringLiteral("^local-gpu([1-9][0-9]{0,2})$"));
    const auto match = gpuSize.match(vmSize);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString describeGpu(const GpuDevice& gpu) {
    QString text = QStringLiteral("%1: %2").arg(gpu.index).arg(gpu.name);
    if (gpu.memoryMiB > 0)
        text += QStringLiteral(" (%1 MiB)").arg(gpu.memoryMiB);
    return text;
}

Status checkGpuFit(const ComputeSpec& spec, const QList<GpuDevice>& gpus) {
    const int perNode = localGpusPerNode(spec.vmSize).value_or(0);
    if (perNode == 0)
        return {};
    const qint64 needed = qint64(perNode) * spec.maxNodes;
    if (needed <= gpus.size())
        return {};
    QStringList names;
    for (const GpuDevice& gpu : gpus)
        names << describeGpu(gpu);
    return Error::invalid(
        Tr::tr(
            "compute '%1' cannot fit: %2 nodes of %3 need %4 GPUs, each node its own, but this machine has "
            "%5 (%6). Lower max_nodes or choose a smaller size (yard compute list-sizes).")
            .arg(spec.name)
            .arg(spec.maxNodes)
            .arg(spec.vmSize)
            .arg(needed)
            .arg(gpus.size())
            .arg(names.isEmpty() ? Tr::tr("none found") : names.join(QStringLiteral(", "))),
        QStringLiteral("max_nodes"));
}

int localNodeSlot(const QString& clusterName, const QString& nodeId) {
    const QString prefix = clusterName + QStringLiteral("-n");
    if (!nodeId.startsWith(prefix))
        return -1;
    bool ok = false;
    const int slot = nodeId.mid(prefix.size()).toInt(&ok);
    return ok ? slot : -1;
}

QList<GpuDevice> gpusOfNode(int gpusPerNode, int slot, const QList<GpuDevice>& gpus) {
    if (gpusPerNode <= 0 || slot < 0 || qint64(slot + 1) * gpusPerNode > gpus.size())
        return {};
    return gpus.mid(qsizetype(slot) * gpusPerNode, gpusPerNode);
}

QString cudaVisibleDevices(const QList<GpuDevice>& gpus) {
    QStringList indices;
    for (const GpuDevice& gpu : gpus)
        indices << QString::number(gpu.index);
    return indices.join(u',');
}

} // namespace trainyard
