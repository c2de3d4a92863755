#include "core/batchai/JobMapping.h"

#include <QRegularExpression>

namespace trainyard::batchai {

namespace {

const QRegularExpression& batchAiVariable() {
    static const QRegularExpression re(
        QStringLiteral("\\$\\{?(AZ_BATCHAI_[A-Z0-9_]+|AZ_BATCH_[A-Z0-9_]+)\\}?"));
    return re;
}

// What becomes of one Batch AI variable ($AZ_BATCHAI_<name>); empty when it needs no word here
// (mounts and directories are explained where they are mapped).
QString explain(const QString& var, const QString& name, DistributionType distribution) {
    const bool tensorFlow = distribution == DistributionType::TensorFlow;
    if (var.startsWith(QLatin1String("AZ_BATCH_")))
        return MapperTr::tr("$%1 is Azure Batch's, not Batch AI's: neither Azure ML nor Trainyard sets it.")
            .arg(var);
    if (name == QLatin1String("MOUNT_ROOT") || name == QLatin1String("JOB_MOUNT_ROOT") ||
        name.startsWith(QLatin1String("INPUT_")) || name.startsWith(QLatin1String("OUTPUT_")))
        return {};
    if (name == QLatin1String("JOB_TEMP") || name == QLatin1String("JOB_TEMP_DIR"))
        return MapperTr::tr("$%1 (node-local temp dir) becomes the process's $TMPDIR (or /tmp).").arg(var);
    if (name == QLatin1String("SHARED_JOB_TEMP"))
        return MapperTr::tr(
                   "$%1 (a folder every node shared over NFS) becomes output 'shared_job_temp'; nodes "
                   "see each other's files only where the output is a shared mount.")
            .arg(var);
    if (name == QLatin1String("STDOUTERR_DIR"))
        return MapperTr::tr("$%1 becomes output 'stdouterr'; the job's own logs are the engine's.").arg(var);
    if (name == QLatin1String("MPI_HOST_FILE"))
        return MapperTr::tr("$%1: there is no host file; an MPI distribution starts the processes itself, so "
                            "drop the own mpirun (see the toolkit warning).")
            .arg(var);
    if (name == QLatin1String("NUM_GPUS") || name == QLatin1String("NUM_GPUS_PER_NODE"))
        return MapperTr::tr("$%1 is counted with nvidia-smi at start (0 without GPUs).").arg(var);
    if (name == QLatin1String("PS_HOSTS") || name == QLatin1String("WORKER_HOSTS") ||
        name == QLatin1String("TASK_TYPE"))
        return tensorFlow
                   ? MapperTr::tr("$%1 is derived from TF_CONFIG (Trainyard's local engine also sets it).")
                         .arg(var)
                   : MapperTr::tr("$%1 exists only in TensorFlow runs; this job is not one.").arg(var);
    if (name == QLatin1String("TASK_INDEX"))
        return tensorFlow
                   ? MapperTr::tr("$%1 is the TF_CONFIG task index.").arg(var)
                   : MapperTr::tr("$%1 becomes the process rank ($RANK, $OMPI_COMM_WORLD_RANK).").arg(var);
    if (name == QLatin1String("PYTORCH_INIT_METHOD"))
        return MapperTr::tr(
                   "$%1 (a shared-file init URL) becomes env:// : MASTER_ADDR, MASTER_PORT, RANK and "
                   "WORLD_SIZE come from the PyTorch distribution.")
            .arg(var);
    if (name == QLatin1String("PYTORCH_BACKEND"))
        return MapperTr::tr("$%1 is set to the job's communicationBackend.").arg(var);
    if (name.startsWith(QLatin1String("PREV_OUTPUT_")))
        return MapperTr::tr("$%1 (the previous try's output) has no equivalent: it is empty.").arg(var);
    return MapperTr::tr("$%1 is not a Batch AI variable this importer knows: not set.").arg(var);
}

} // namespace

void noteVariables(MappingContext& c, JobState& job, const QString& text, const QString& f) {
    static const QRegularExpression mountUse(
        QStringLiteral("\\$\\{?AZ_BATCHAI_(?:JOB_)?MOUNT_ROOT\\}?/+([A-Za-z0-9_.-]+)"));
    for (auto it = batchAiVariable().globalMatch(text); it.hasNext();) {
        const QString var = it.next().captured(1);
        if (job.variables.contains(var))
            continue;
        job.variables.insert(var);
        const QString message =
            explain(var, var.mid(QStringLiteral("AZ_BATCHAI_").size()), job.run.distribution.type);
        if (!message.isEmpty())
            c.warn(f, message);
    }
    for (auto it = mountUse.globalMatch(text); it.hasNext();) {
        const QString mount = it.next().captured(1);
        if (!job.mountsUsed.contains(mount))
            job.mountsUsed << mount;
    }
}

} // namespace trainyard::batchai
