#include "core/batchai/JobMapping.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace trainyard::batchai {

namespace {

const QString kBlobStore = QStringLiteral("workspaceblobstore");

// A path under $AZ_BATCHAI_(JOB_)MOUNT_ROOT -> (mount folder, rest); nullopt otherwise.
std::optional<std::pair<QString, QString>> splitMountPath(const QString& path) {
    static const QRegularExpression re(
        QStringLiteral("^\\$\\{?AZ_BATCHAI_(?:JOB_)?MOUNT_ROOT\\}?/*([^/]*)/*(.*)$"));
    const auto m = re.match(path.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString rest = m.captured(2);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    return std::make_pair(m.captured(1), rest);
}

// Where a Batch AI path lives: on the datastore a mount of this file became, else assumed on
// the workspace's blob store (and said so).
ImportDirectory resolveDirectory(MappingContext& c, const QString& id, const QString& path,
                                 const QString& mode, const QString& f) {
    ImportDirectory d;
    d.id = id;
    d.mode = mode;
    d.original = path;
    d.datastore = kBlobStore;
    const auto split = splitMountPath(path);
    if (!split) {
        d.mountPath = QString(path).remove(QRegularExpression(QStringLiteral("^/+")));
        d.path = d.mountPath;
        c.warn(f, MapperTr::tr("'%1' is not under $AZ_BATCHAI_MOUNT_ROOT: datastore %2 path '%3' is assumed.")
                      .arg(path, kBlobStore, d.path));
        return d;
    }
    const auto& [mount, rest] = *split;
    d.mountPath = rest.isEmpty() ? mount : mount + u'/' + rest;
    d.path = d.mountPath;
    bool found = false;
    for (const auto& ds : std::as_const(c.out().datastores)) {
        if (ds.relativeMountPath == mount) {
            d.datastore = ds.name;
            d.path = rest;
            found = true;
        }
    }
    if (!found)
        c.warn(f, MapperTr::tr(
                      "mount '%1' is not in this file (it was on the cluster): datastore %2 path '%3' is "
                      "assumed; change it if the data lives elsewhere.")
                      .arg(mount, kBlobStore, d.path));
    return d;
}

ImportDirectory newOutput(const QString& id) {
    return ImportDirectory{id, {}, {}, QStringLiteral("rw_mount"), {}, {}};
}

} // namespace

void mapInputDirectories(MappingContext& c, const QJsonArray& ins) {
    for (int i = 0; i < ins.size(); ++i) {
        const QJsonObject d = ins.at(i).toObject();
        const QString f = c.field(QStringLiteral("inputDirectories[%1]").arg(i));
        const QString id = d.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            c.warn(f + QStringLiteral(".id"), MapperTr::tr("an input directory needs an id: not imported."));
            continue;
        }
        c.out().inputs << resolveDirectory(c, id, d.value(QStringLiteral("path")).toString(),
                                           QStringLiteral("ro_mount"), f + QStringLiteral(".path"));
        c.reportUnknown(d, f, {QStringLiteral("id"), QStringLiteral("path")});
    }
}

void mapOutputDirectories(MappingContext& c, const QJsonArray& outs) {
    for (int i = 0; i < outs.size(); ++i) {
        const QJsonObject d = outs.at(i).toObject();
        const QString f = c.field(QStringLiteral("outputDirectories[%1]").arg(i));
        ImportDirectory o = newOutput(d.value(QStringLiteral("id")).toString());
        if (o.id.isEmpty()) {
            c.warn(f + QStringLiteral(".id"), MapperTr::tr("an output directory needs an id: not imported."));
            continue;
        }
        o.original = d.value(QStringLiteral("pathPrefix")).toString();
        if (!d.value(QStringLiteral("pathSuffix")).toString().isEmpty())
            o.original += u'/' + d.value(QStringLiteral("pathSuffix")).toString();
        c.warn(f, MapperTr::tr(
                      "output '%1' becomes a job output in its own folder per job (Batch AI made a unique "
                      "folder below '%2' too); the path is chosen by the engine.")
                      .arg(azureMlName(o.id), o.original));
        for (const char* old : {"type", "createNew"})
            if (present(d, QString::fromLatin1(old)))
                c.warn(f + u'.' + QString::fromLatin1(old),
                       MapperTr::tr(
                           "a 2017-09-01-preview field with no equivalent: every output is a new folder."));
        c.out().outputs << o;
        c.reportUnknown(d, f,
                        {QStringLiteral("id"), QStringLiteral("pathPrefix"), QStringLiteral("pathSuffix"),
                         QStringLiteral("type"), QStringLiteral("createNew")});
    }
}

void addOutputsTheCommandUses(MappingContext& c, JobState& job) {
    BatchAiImport& out = c.out();
    // Declared directories are set even when the command does not name them: scripts read them.
    for (const auto& in : std::as_const(out.inputs))
        job.variables.insert(QStringLiteral("AZ_BATCHAI_INPUT_") + in.id);
    QStringList variables = job.variables.values();
    variables.sort(); // the same warnings in the same order on every run
    const auto hasId = [](const QList<ImportDirectory>& list, const QString& id) {
        return std::any_of(list.cbegin(), list.cend(), [&](const auto& d) { return d.id == id; });
    };
    for (const QString& var : std::as_const(variables)) {
        if (var.startsWith(QLatin1String("AZ_BATCHAI_INPUT_"))) {
            if (!hasId(out.inputs, var.mid(17)))
                c.warn(job.toolkitField,
                       MapperTr::tr("$%1 names no input directory of this job: it is empty.").arg(var));
        } else if (var.startsWith(QLatin1String("AZ_BATCHAI_OUTPUT_")) && !hasId(out.outputs, var.mid(18))) {
            out.outputs << newOutput(var.mid(18));
            c.warn(job.toolkitField,
                   MapperTr::tr(
                       "$%1 names no output directory of this job (Batch AI set it anyway for OUTPUTS): "
                       "output '%2' is added.")
                       .arg(var, azureMlName(var.mid(18))));
        }
    }
    if (job.variables.contains(QStringLiteral("AZ_BATCHAI_SHARED_JOB_TEMP")))
        out.outputs << newOutput(QStringLiteral("shared_job_temp"));
    if (job.variables.contains(QStringLiteral("AZ_BATCHAI_STDOUTERR_DIR")))
        out.outputs << newOutput(QStringLiteral("stdouterr"));
}

QList<ImportDirectory> mountInputs(MappingContext& c, const JobState& job) {
    // The local datastore mirrors the whole mount root; Azure ML gets one read-write input per
    // mount, linked back under the same path (JobCommand.cpp).
    QList<ImportDirectory> inputs;
    for (const QString& mount : std::as_const(job.mountsUsed)) {
        ImportDirectory d = resolveDirectory(c, QStringLiteral("mount_") + mount,
                                             QStringLiteral("$AZ_BATCHAI_MOUNT_ROOT/") + mount,
                                             QStringLiteral("rw_mount"), job.toolkitField);
        c.warn(job.toolkitField,
               MapperTr::tr(
                   "the command reaches mount '%1' through $AZ_BATCHAI_MOUNT_ROOT: on Azure ML it becomes "
                   "read-write input '%2' (datastore %3), linked back under the same path.")
                   .arg(mount, azureMlName(d.id), d.datastore));
        inputs << d;
    }
    return inputs;
}

} // namespace trainyard::batchai
