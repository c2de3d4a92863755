#include "core/batchai/JobMapping.h"

namespace trainyard::batchai {

namespace {

// Double-quoted for sh with $ left live (Batch AI expanded variables in these values).
QString shDoubleQuoted(const QString& s) {
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"));
    return u'"' + out + u'"';
}

QString shSingleQuoted(const QString& s) {
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// The environment Batch AI's TensorFlow tasks had, derived from TF_CONFIG where the engine does
// not set them (Azure ML sets only TF_CONFIG; the local engine sets both).
const QString kTfFromConfig = QStringLiteral(
    "[ -n \"$AZ_BATCHAI_TASK_TYPE\" ] || eval \"$(python3 -c 'import json,os;"
    "c=json.loads(os.environ.get(\"TF_CONFIG\",\"{}\"));k=c.get(\"cluster\",{});t=c.get(\"task\",{});"
    "print(\"export AZ_BATCHAI_TASK_TYPE=%s AZ_BATCHAI_TASK_INDEX=%d AZ_BATCHAI_PS_HOSTS=%s "
    "AZ_BATCHAI_WORKER_HOSTS=%s\"%(t.get(\"type\",\"worker\"),t.get(\"index\",0),\",\".join(k.get(\"ps\",[]))"
    ","
    "\",\".join(k.get(\"worker\",[]))))')\"");

// The lines that set Batch AI's variables up on one target: `local` (Trainyard's engines, which
// pass datastore paths as arguments) or Azure ML (${{inputs.x}} / ${{outputs.x}}).
class Prelude {
public:
    Prelude(const JobState& job, const BatchAiImport& out, bool local, QStringList* arguments)
        : m_job(job)
        , m_out(out)
        , m_local(local)
        , m_arguments(arguments) {}

    QStringList lines() {
        mountRoot();
        directories();
        runtimeVariables();
        for (auto it = m_job.exportedEnv.cbegin(); it != m_job.exportedEnv.cend(); ++it)
            m_lines << QStringLiteral("export %1=%2").arg(it.key(), shDoubleQuoted(it.value()));
        return m_lines;
    }

private:
    bool uses(const char* var) const { return m_job.variables.contains(QLatin1String(var)); }
    QString argument(const QString& reference) {
        m_arguments->append(reference);
        return QStringLiteral("\"$%1\"").arg(m_arguments->size());
    }

    void mountRoot() {
        if (!uses("AZ_BATCHAI_MOUNT_ROOT") && !uses("AZ_BATCHAI_JOB_MOUNT_ROOT"))
            return;
        if (m_local) {
            // The local engine's datastore stands for the whole mount root.
            m_lines << QStringLiteral("export AZ_BATCHAI_MOUNT_ROOT=%1")
                           .arg(argument(QStringLiteral("{datastore:.}")));
        } else {
            m_lines << QStringLiteral("export AZ_BATCHAI_MOUNT_ROOT=\"${TMPDIR:-/tmp}/batchai_mount_root\"")
                    << QStringLiteral("mkdir -p \"$AZ_BATCHAI_MOUNT_ROOT\"");
            for (const QString& mount : m_job.mountsUsed)
                m_lines << QStringLiteral("ln -sfn ${{inputs.%1}} \"$AZ_BATCHAI_MOUNT_ROOT/%2\"")
                               .arg(azureMlName(QStringLiteral("mount_") + mount), mount);
        }
        m_lines << QStringLiteral("export AZ_BATCHAI_JOB_MOUNT_ROOT=\"$AZ_BATCHAI_MOUNT_ROOT\"");
    }

    void directories() {
        for (const auto& in : m_out.inputs) {
            if (in.id.startsWith(QLatin1String("mount_")))
                continue;
            m_lines << QStringLiteral("export AZ_BATCHAI_INPUT_%1=%2")
                           .arg(in.id, m_local ? argument(QStringLiteral("{datastore:%1}").arg(in.mountPath))
                                               : QStringLiteral("${{inputs.%1}}").arg(azureMlName(in.id)));
        }
        for (const auto& out : m_out.outputs) {
            const QString var =
                out.id == QLatin1String("shared_job_temp") ? QStringLiteral("AZ_BATCHAI_SHARED_JOB_TEMP")
                : out.id == QLatin1String("stdouterr")     ? QStringLiteral("AZ_BATCHAI_STDOUTERR_DIR")
                                                           : QStringLiteral("AZ_BATCHAI_OUTPUT_") + out.id;
            m_lines << QStringLiteral("export %1=%2")
                           .arg(var,
                                m_local
                                    ? QStringLiteral("\"$TRAINYARD_OUTPUTS_DIR/%1\"").arg(azureMlName(out.id))
                                    : QStringLiteral("${{outputs.%1}}").arg(azureMlName(out.id)))
                    << QStringLiteral("mkdir -p \"$%1\"").arg(var);
        }
    }

    void runtimeVariables() {
        if (uses("AZ_BATCHAI_JOB_TEMP"))
            m_lines << QStringLiteral(
                "export AZ_BATCHAI_JOB_TEMP=\"${AZ_BATCHAI_JOB_TEMP:-${TMPDIR:-/tmp}}\"");
        if (uses("AZ_BATCHAI_JOB_TEMP_DIR"))
            m_lines << QStringLiteral("export AZ_BATCHAI_JOB_TEMP_DIR=\"${TMPDIR:-/tmp}\"");
        for (const char* gpus : {"AZ_BATCHAI_NUM_GPUS", "AZ_BATCHAI_NUM_GPUS_PER_NODE"})
            if (uses(gpus))
                m_lines << QStringLiteral("export %1=\"$(nvidia-smi -L 2>/dev/null | wc -l)\"")
                               .arg(QString::fromLatin1(gpus));
        if (m_job.run.distribution.type == DistributionType::TensorFlow)
            m_lines << QString(kTfFromConfig)
                           .replace(QStringLiteral("python3"),
                                    m_local ? QStringLiteral("python3") : QStringLiteral("python"));
        else if (uses("AZ_BATCHAI_TASK_INDEX"))
            m_lines << QStringLiteral(
                "export "
                "AZ_BATCHAI_TASK_INDEX=\"${AZ_BATCHAI_TASK_INDEX:-${RANK:-${OMPI_COMM_WORLD_"
                "RANK:-${PMI_RANK:-0}}}}\"");
        if (uses("AZ_BATCHAI_PYTORCH_INIT_METHOD"))
            m_lines << QStringLiteral("export AZ_BATCHAI_PYTORCH_INIT_METHOD=env://");
        if (uses("AZ_BATCHAI_PYTORCH_BACKEND") || !m_job.pytorchBackend.isEmpty())
            m_lines << QStringLiteral("export AZ_BATCHAI_PYTORCH_BACKEND=%1")
                           .arg(shSingleQuoted(m_job.pytorchBackend.isEmpty() ? QStringLiteral("gloo")
                                                                              : m_job.pytorchBackend));
    }

    const JobState& m_job;
    const BatchAiImport& m_out;
    const bool m_local;
    QStringList* m_arguments;
    QStringList m_lines;
};

} // namespace

void writeCommands(MappingContext& c, JobState& job, const QString& body, const QString& preparation) {
    QStringList localArguments, unused;
    const QStringList localPrelude = Prelude(job, c.out(), true, &localArguments).lines();
    job.run.arguments = localArguments;
    if (body.isEmpty())
        return; // nothing to run: run.command and azureMlCommand stay empty
    const QString prepLine =
        preparation.isEmpty() ? QString() : QStringLiteral("{ %1; } || exit $?").arg(preparation);
    const QStringList prep = prepLine.isEmpty() ? QStringList() : QStringList{prepLine};

    // Local and Slurm: a shell function, so the prelude's "$1".."$n" are the run's arguments.
    QStringList local{QStringLiteral("batchai() {")};
    const QString localBody = QString(body).replace(QStringLiteral("@PYTHON@"), QStringLiteral("python3"));
    for (const QString& l : localPrelude + prep + localBody.split(u'\n'))
        local << QStringLiteral("  ") + l;
    local << QStringLiteral("}") << QStringLiteral("batchai");
    job.run.command = local.join(u'\n');

    const QString amlBody = QString(body).replace(QStringLiteral("@PYTHON@"), QStringLiteral("python"));
    c.out().azureMlCommand =
        (Prelude(job, c.out(), false, &unused).lines() + prep + QStringList{amlBody}).join(u'\n');
}

} // namespace trainyard::batchai
