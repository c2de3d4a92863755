#include "core/batchai/JobMapping.h"

#include "core/batchai/BatchAiDuration.h"
#include "core/batchai/MountMapping.h"
#include "core/batchai/ToolkitCommands.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace trainyard::batchai {

namespace {

constexpr qint64 kBatchAiDefaultWallClock = 7 * 24 * 3600;

void mapExperiment(MappingContext& c, RunConfig& run) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$"));
    QString experiment = c.options().experiment;
    if (experiment.isEmpty())
        experiment = c.doc().experimentName;
    if (experiment.isEmpty())
        experiment = QStringLiteral("batchai-import");
    if (!valid.match(experiment).hasMatch()) {
        QString fixed = experiment;
        fixed.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
        fixed.remove(QRegularExpression(QStringLiteral("^[^A-Za-z0-9]+")));
        if (fixed.isEmpty())
            fixed = QStringLiteral("batchai-import");
        c.warn(c.field(QStringLiteral("experimentName")),
               MapperTr::tr(
                   "'%1' is not a valid experiment name (letters, digits, '_', '-', '.'): '%2' is used.")
                   .arg(experiment, fixed));
        experiment = fixed.left(255);
    }
    run.experiment = experiment;
}

void mapCompute(MappingContext& c, const QJsonObject& p, RunConfig& run) {
    const QString clusterId =
        p.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("id")).toString();
    if (!c.options().computeName.isEmpty()) {
        run.compute = c.options().computeName;
    } else if (!clusterId.isEmpty()) {
        run.compute = computeNameFrom(clusterId.section(u'/', -1));
        c.warn(c.field(QStringLiteral("cluster.id")),
               MapperTr::tr(
                   "the job ran on Batch AI cluster '%1': compute '%2' is assumed; give --compute to choose.")
                   .arg(clusterId.section(u'/', -1), run.compute));
    } else {
        c.warn(c.field(QStringLiteral("cluster.id")),
               MapperTr::tr("missing (the az command line gave it as a flag): give --compute."));
    }
}

void mapNodeCount(MappingContext& c, const QJsonObject& p, RunConfig& run) {
    const QString f = c.field(QStringLiteral("nodeCount"));
    const auto nodes = intValue(p, QStringLiteral("nodeCount"));
    const auto given = c.options().nodeCount;
    run.nodeCount = nodes.value_or(1);
    if (given && *given >= 1) {
        if (nodes && *nodes != *given)
            c.warn(f, MapperTr::tr("%1 is replaced by %2 from the command line.").arg(*nodes).arg(*given));
        run.nodeCount = *given;
    } else if (!nodes) {
        c.warn(f, MapperTr::tr("missing: 1 node is used; give --node-count."));
    } else if (*nodes < 1) {
        c.warn(f, MapperTr::tr("%1 is not a node count: 1 is used.").arg(*nodes));
        run.nodeCount = 1;
    }
}

// Values that refer to other variables are set at the start of the command, where those exist.
void mapEnvironmentVariables(MappingContext& c, JobState& job, const QJsonArray& env) {
    for (int i = 0; i < env.size(); ++i) {
        const QJsonObject e = env.at(i).toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        const QString value = textOf(e.value(QStringLiteral("value")));
        const QString f = c.field(QStringLiteral("environmentVariables[%1]").arg(i));
        if (name.isEmpty()) {
            c.warn(f, MapperTr::tr("an environment variable needs a name: not imported."));
            continue;
        }
        if (!value.contains(u'$')) {
            job.run.environmentVariables.insert(name, value);
            continue;
        }
        job.exportedEnv.insert(name, value);
        noteVariables(c, job, value, f + QStringLiteral(".value"));
        c.warn(f + QStringLiteral(".value"),
               MapperTr::tr(
                   "'%1' refers to other variables: it is set at the start of the command, where they exist.")
                   .arg(name));
    }
}

void mapSecrets(MappingContext& c, const QJsonArray& secrets) {
    for (int i = 0; i < secrets.size(); ++i) {
        const QJsonObject s = secrets.at(i).toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        const QString f = c.field(QStringLiteral("secrets[%1]").arg(i));
        if (present(s, QStringLiteral("value"))) {
            c.addSecret(f + QStringLiteral(".value"), QStringLiteral("secrets/") + name,
                        s.value(QStringLiteral("value")));
            c.warn(f,
                   MapperTr::tr(
                       "'%1' is not passed to the run as a plain environment variable (an Azure ML job has "
                       "no secrets field): read it from the workspace Key Vault in the script.")
                       .arg(name));
        }
        if (present(s, QStringLiteral("valueSecretReference")))
            c.warn(f + QStringLiteral(".valueSecretReference"),
                   MapperTr::tr(
                       "'%1' is read from Key Vault (%2): give the job's identity access and read it in the "
                       "script.")
                       .arg(name, keyVaultUrl(s, QStringLiteral("valueSecretReference"))));
    }
}

void mapRegistry(MappingContext& c, const QJsonObject& reg, const QString& f) {
    BatchAiImport& out = c.out();
    out.registry.address = reg.value(QStringLiteral("serverUrl")).toString();
    const QJsonObject cred = reg.value(QStringLiteral("credentials")).toObject();
    out.registry.username = cred.value(QStringLiteral("username")).toString();
    const QString cf = f + QStringLiteral(".credentials");
    if (present(cred, QStringLiteral("password")))
        out.registry.passwordKey =
            c.addSecret(cf + QStringLiteral(".password"), QStringLiteral("registry/password"),
                        cred.value(QStringLiteral("password")));
    if (present(cred, QStringLiteral("passwordSecretReference")))
        c.warn(cf + QStringLiteral(".passwordSecretReference"),
               MapperTr::tr(
                   "the registry password is in Key Vault (%1): Azure ML reads registry credentials from the "
                   "workspace's Key Vault; copy the secret there.")
                   .arg(keyVaultUrl(cred, QStringLiteral("passwordSecretReference"))));
    if (!out.registry.address.isEmpty())
        c.warn(f + QStringLiteral(".serverUrl"),
               MapperTr::tr(
                   "private registry %1: the Azure ML environment pulls from it with the user '%2' and the "
                   "password from the keychain.")
                   .arg(out.registry.address, out.registry.username));
    c.reportUnknown(reg, f,
                    {QStringLiteral("image"), QStringLiteral("serverUrl"), QStringLiteral("credentials")});
}

void mapContainer(MappingContext& c, const QJsonObject& p, RunConfig& run) {
    const QString f = c.field(QStringLiteral("containerSettings"));
    if (!p.value(QStringLiteral("containerSettings")).isObject()) {
        c.warn(f, MapperTr::tr("no container: Batch AI ran the job on the node's OS image; Azure ML needs an "
                               "environment (choose a curated one)."));
        return;
    }
    const QJsonObject container = p.value(QStringLiteral("containerSettings")).toObject();
    const QJsonObject reg = container.value(QStringLiteral("imageSourceRegistry")).toObject();
    c.out().image = reg.value(QStringLiteral("image")).toString();
    if (c.out().image.isEmpty())
        c.warn(f + QStringLiteral(".imageSourceRegistry.image"),
               MapperTr::tr("missing: give the job's container image."));
    mapRegistry(c, reg, f + QStringLiteral(".imageSourceRegistry"));
    if (present(container, QStringLiteral("shmSize")))
        run.shmSize = container.value(QStringLiteral("shmSize")).toString();
    c.reportUnknown(container, f, {QStringLiteral("imageSourceRegistry"), QStringLiteral("shmSize")});
}

// The toolkit's launch (or the command line's), the job preparation, and the outputs, inputs
// and set-up lines the Batch AI variables they use need.
void mapWhatToRun(MappingContext& c, const QJsonObject& p, JobState& job) {
    const ToolkitLaunch launch = mapToolkit(c, p, job.run);
    job.toolkitField = launch.field;
    job.pytorchBackend = launch.pytorchBackend;
    QString body = launch.body;
    const QString command = c.options().command.trimmed();
    if (!command.isEmpty()) {
        c.warn(job.toolkitField,
               body.isEmpty() ? MapperTr::tr("the command comes from the command line.")
                              : MapperTr::tr("the toolkit's launch is replaced by the command from the "
                                             "command line (the distribution stays)."));
        body = command;
    }
    noteVariables(c, job, body, job.toolkitField);
    const QJsonValue preparation = p.value(QStringLiteral("jobPreparation"));
    const QString prep = preparation.toObject().value(QStringLiteral("commandLine")).toString();
    if (preparation.isObject()) {
        noteVariables(c, job, prep, c.field(QStringLiteral("jobPreparation.commandLine")));
        c.warn(c.field(QStringLiteral("jobPreparation")),
               MapperTr::tr("runs before the command in every process (Batch AI ran it once per node)."));
    }
    addOutputsTheCommandUses(c, job);
    const QList<ImportDirectory> mounts = mountInputs(c, job);
    writeCommands(c, job, body, prep);
    c.out().inputs += mounts;
}

void mapConstraints(MappingContext& c, const QJsonObject& p, RunConfig& run) {
    const QJsonObject constraints = p.value(QStringLiteral("constraints")).toObject();
    const QString f = c.field(QStringLiteral("constraints.maxWallClockTime"));
    run.timeoutSeconds = kBatchAiDefaultWallClock;
    if (present(constraints, QStringLiteral("maxWallClockTime"))) {
        const QString text = textOf(constraints.value(QStringLiteral("maxWallClockTime")));
        if (const auto seconds = parseBatchAiDuration(text))
            run.timeoutSeconds = *seconds;
        else
            c.warn(f,
                   MapperTr::tr("'%1' is not a duration (use 7.00:00:00, P7D or 7 days, 0:00:00): Batch AI's "
                                "default, 7 days, is used.")
                       .arg(text));
    } else {
        c.warn(f,
               MapperTr::tr(
                   "not given: Batch AI stopped jobs after 7 days; that limit is written explicitly (Azure "
                   "ML has "
                   "no default)."));
    }
    c.reportUnknown(constraints, c.field(QStringLiteral("constraints")),
                    {QStringLiteral("maxWallClockTime")});
}

void warnDropped(MappingContext& c, const QJsonObject& p, const RunConfig& run) {
    for (const char* prio : {"schedulingPriority", "priority"})
        if (present(p, QString::fromLatin1(prio)))
            c.warn(c.field(QString::fromLatin1(prio)),
                   MapperTr::tr("'%1': Azure ML compute clusters have no job priority: dropped.")
                       .arg(textOf(p.value(QString::fromLatin1(prio)))));
    if (present(p, QStringLiteral("stdOutErrPathPrefix")))
        c.warn(c.field(QStringLiteral("stdOutErrPathPrefix")),
               MapperTr::tr("the engine keeps the job's logs ('yard run logs'); the path '%1' is dropped.")
                   .arg(p.value(QStringLiteral("stdOutErrPathPrefix")).toString()));
    if (present(p, QStringLiteral("stdOutErrPathSuffix")))
        c.warn(c.field(QStringLiteral("stdOutErrPathSuffix")),
               MapperTr::tr("the engine keeps the logs: dropped."));
    if (!c.doc().location.isEmpty() || present(p, QStringLiteral("location")))
        c.warn(c.field(QStringLiteral("location")),
               MapperTr::tr("a job runs in its workspace's region: dropped."));
    if (!c.out().image.isEmpty())
        c.warn(c.field(QStringLiteral("containerSettings.imageSourceRegistry.image")),
               MapperTr::tr(
                   "Azure ML runs '%1' as environment '%2' (create it from the image); Trainyard's local and "
                   "Slurm engines run the command on the host without the container.")
                   .arg(c.out().image, c.out().environmentName));
    if (!run.shmSize.isEmpty())
        c.warn(c.field(QStringLiteral("containerSettings.shmSize")),
               MapperTr::tr("becomes resources.shmSize %1 on Azure ML; other engines do not limit /dev/shm.")
                   .arg(run.shmSize));
}

const QSet<QString>& jobFields() {
    static const QSet<QString> known{QStringLiteral("nodeCount"),
                                     QStringLiteral("cluster"),
                                     QStringLiteral("mountVolumes"),
                                     QStringLiteral("inputDirectories"),
                                     QStringLiteral("outputDirectories"),
                                     QStringLiteral("environmentVariables"),
                                     QStringLiteral("secrets"),
                                     QStringLiteral("containerSettings"),
                                     QStringLiteral("jobPreparation"),
                                     QStringLiteral("constraints"),
                                     QStringLiteral("schedulingPriority"),
                                     QStringLiteral("priority"),
                                     QStringLiteral("stdOutErrPathPrefix"),
                                     QStringLiteral("stdOutErrPathSuffix"),
                                     QStringLiteral("location"),
                                     QStringLiteral("experimentName"),
                                     QStringLiteral("tensorFlowSettings"),
                                     QStringLiteral("horovodSettings"),
                                     QStringLiteral("customMpiSettings"),
                                     QStringLiteral("pyTorchSettings"),
                                     QStringLiteral("cntkSettings"),
                                     QStringLiteral("chainerSettings"),
                                     QStringLiteral("caffeSettings"),
                                     QStringLiteral("caffe2Settings"),
                                     QStringLiteral("customToolkitSettings")};
    return known;
}

} // namespace

void mapJob(MappingContext& c) {
    const QJsonObject p = c.doc().properties;
    JobState job;
    RunConfig& run = job.run;
    c.setScopeName(c.nameOrFileBaseName());
    run.displayName = c.nameOrFileBaseName();
    run.sourceDirectory = c.options().sourceDirectory;
    run.tags.insert(QStringLiteral("batchai_source"), QFileInfo(c.doc().sourceName).fileName());
    mapExperiment(c, run);
    mapCompute(c, p, run);
    mapNodeCount(c, p, run);
    // mounts first: the directories refer to them
    if (p.value(QStringLiteral("mountVolumes")).isObject())
        mapMountVolumes(c, p.value(QStringLiteral("mountVolumes")).toObject(),
                        c.field(QStringLiteral("mountVolumes")));
    mapInputDirectories(c, p.value(QStringLiteral("inputDirectories")).toArray());
    mapOutputDirectories(c, p.value(QStringLiteral("outputDirectories")).toArray());
    mapEnvironmentVariables(c, job, p.value(QStringLiteral("environmentVariables")).toArray());
    mapSecrets(c, p.value(QStringLiteral("secrets")).toArray());
    mapContainer(c, p, run);
    c.out().environmentName = c.out().image.isEmpty() ? QString() : environmentNameFrom(c.out().image);
    mapWhatToRun(c, p, job);
    mapConstraints(c, p, run);
    warnDropped(c, p, run);
    c.reportServiceState(p, c.root());
    c.reportUnknown(p, c.root(), jobFields());
    c.out().run = run;
}

} // namespace trainyard::batchai
