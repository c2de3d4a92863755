#include "Cli.h"

#include "core/batchai/BatchAiMapper.h"
#include "core/batchai/ImportSecrets.h"
#include "core/model/ModelJson.h"
#include "core/platform/System.h"

#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace yard {

using namespace trainyard;
using namespace trainyard::batchai;

// A value the file left to the command line: the flag, else a question when a person is at the
// terminal, else nothing (the caller then gives a usage error naming the flag).
static QString askIfInteractive(const QString& question) {
    if (!platform::stdinIsTerminal())
        return {};
    QTextStream err(stderr);
    err << question << ": " << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

static void printHuman(Cli& cli, const BatchAiImport& r) {
    QStringList out;
    out << QStringLiteral("%1: Batch AI %2 (%3%4)")
               .arg(r.document.sourceName, toString(r.document.kind), toString(r.document.shape),
                    r.document.apiVersion.isEmpty() ? QString()
                                                    : QStringLiteral(", API ") + r.document.apiVersion);
    if (r.compute) {
        const auto& c = *r.compute;
        out << QStringLiteral("compute %1: vm_size %2, vm_priority %3, min_nodes %4, max_nodes %5, "
                              "idle_seconds_before_scaledown %6")
                   .arg(c.name, c.vmSize.isEmpty() ? QStringLiteral("(missing)") : c.vmSize,
                        toString(c.vmPriority))
                   .arg(c.minNodes)
                   .arg(c.maxNodes)
                   .arg(c.idleSecondsBeforeScaledown);
    }
    if (r.run) {
        const auto& run = *r.run;
        const auto& d = run.distribution;
        QString dist = toString(d.type);
        if (d.type == DistributionType::TensorFlow)
            dist += QStringLiteral(" (%1 worker(s), %2 parameter server(s))")
                        .arg(d.workerCount)
                        .arg(d.parameterServerCount);
        else if (d.type != DistributionType::None)
            dist += QStringLiteral(" (%1 process(es) per node)").arg(d.processCountPerNode);
        out << QStringLiteral("run: experiment %1, compute %2, node_count %3, distribution %4")
                   .arg(run.experiment, run.compute.isEmpty() ? QStringLiteral("(missing)") : run.compute)
                   .arg(run.nodeCount)
                   .arg(dist);
        if (!r.image.isEmpty())
            out << QStringLiteral("image: %1").arg(r.image);
        for (const auto& in : r.inputs)
            out << QStringLiteral("input %1: %2/%3 (%4)")
                       .arg(in.id.toLower(), in.datastore, in.path, in.mode);
        for (const auto& o : r.outputs)
            out << QStringLiteral("output %1 (%2)").arg(o.id.toLower(), o.mode);
        for (auto it = run.environmentVariables.cbegin(); it != run.environmentVariables.cend(); ++it)
            out << QStringLiteral("env %1=%2").arg(it.key(), it.value());
        out << QStringLiteral("command:") << run.command;
    }
    for (const auto& s : r.secrets)
        out << QStringLiteral("secret %1 -> keychain '%2'").arg(s.field, s.key);
    out << QStringLiteral("%1 warning(s):").arg(r.warnings.size());
    for (const auto& w : r.warnings)
        out << QStringLiteral("  %1: %2").arg(w.field, w.message);
    cli.print(out.join(u'\n'));
}

// The import and what was made of it: under `key` in the JSON, else `line` after the import.
static void printOutcome(Cli& cli, const BatchAiImport& r, const QString& key, const QJsonObject& made,
                         const QString& line) {
    if (cli.json()) {
        QJsonObject j = toJson(r);
        j.insert(key, made);
        cli.printJson(j);
    } else {
        printHuman(cli, r);
        cli.print(line);
    }
}

static Status storeSecrets(const BatchAiImport& r) {
    return await(storeImportSecrets(r.secrets));
}

static int importBatchAi(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("compute"),
                 QStringLiteral("Cluster name (cluster files) or the compute a job runs on (job files)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("experiment"),
                 QStringLiteral("Experiment (default: the file's, else batchai-import)."),
                 QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("source-directory"),
         QStringLiteral("Folder with the job's scripts; pythonScriptFilePath's file name is run from it."),
         QStringLiteral("dir")});
    p.addOption({QStringLiteral("vm-size"),
                 QStringLiteral(
                     "VM size when the cluster file has none, or instead of its size (local engine: local)."),
                 QStringLiteral("size")});
    p.addOption({QStringLiteral("node-count"),
                 QStringLiteral("Nodes for the job (when the file has none, or instead)."),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("command"), QStringLiteral("Shell command instead of the toolkit's launch."),
                 QStringLiteral("command")});
    p.addOption({QStringLiteral("scale-from-zero"),
                 QStringLiteral("Manual scale N becomes 0..N nodes (default: N..N, idle nodes billed).")});
    p.addOption({QStringLiteral("idle-seconds-before-scaledown"),
                 QStringLiteral("Idle seconds before a node leaves (default 1800)."), QStringLiteral("s")});
    p.addOption({QStringLiteral("create"), QStringLiteral("Create the cluster on the workspace.")});
    p.addOption(
        {QStringLiteral("submit"), QStringLiteral("Submit the job on the workspace (needs --compute).")});
    if (!cli.parse(
            QStringLiteral("Reads a Batch AI cluster, job, file server or configuration.json and shows its "
                           "Trainyard / Azure ML equivalent with every point that needs a decision."),
            QStringLiteral("FILE")))
        return kUsage;
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("give exactly one Batch AI JSON file."));
    const bool create = cli.isSet(QStringLiteral("create"));
    const bool submit = cli.isSet(QStringLiteral("submit"));
    if (create && submit)
        return cli.usage(QStringLiteral("give --create (cluster files) or --submit (job files), not both."));

    ImportOptions options;
    options.computeName = cli.value(QStringLiteral("compute"));
    options.experiment = cli.value(QStringLiteral("experiment"));
    if (cli.isSet(QStringLiteral("source-directory")))
        options.sourceDirectory = QDir(cli.value(QStringLiteral("source-directory"))).absolutePath();
    options.vmSize = cli.value(QStringLiteral("vm-size"));
    options.manualScaleFromZero = cli.isSet(QStringLiteral("scale-from-zero"));
    int exit = kOk;
    options.command = cli.value(QStringLiteral("command"));
    if (cli.isSet(QStringLiteral("node-count"))) {
        auto v = cli.intOption(QStringLiteral("node-count"), exit);
        if (!v)
            return exit;
        if (*v < 1)
            return cli.usage(QStringLiteral("--node-count %1: a job needs at least 1 node.").arg(*v));
        options.nodeCount = *v;
    }
    if (cli.isSet(QStringLiteral("idle-seconds-before-scaledown"))) {
        auto v = cli.intOption(QStringLiteral("idle-seconds-before-scaledown"), exit);
        if (!v)
            return exit;
        options.idleSecondsBeforeScaledown = *v;
    }
    Workspace* workspace = nullptr;
    if (create || submit) {
        auto ws = cli.workspace();
        if (!ws)
            return cli.fail(ws.error());
        workspace = ws.value();
        options.workspaceName = workspace->name();
    }

    auto doc = readBatchAiFile(cli.positional().first());
    if (!doc)
        return cli.fail(doc.error());
    if (create && doc->kind != DocumentKind::Cluster)
        return cli.usage(QStringLiteral("--create makes a cluster, but %1 is a Batch AI %2.")
                             .arg(doc->sourceName, toString(doc->kind)));
    if (submit && doc->kind != DocumentKind::Job)
        return cli.usage(QStringLiteral("--submit runs a job, but %1 is a Batch AI %2.")
                             .arg(doc->sourceName, toString(doc->kind)));
    if (submit && options.computeName.isEmpty()) {
        options.computeName = askIfInteractive(QStringLiteral("Compute to run the job on"));
        if (options.computeName.isEmpty())
            return cli.usage(
                QStringLiteral("--submit needs --compute NAME (the cluster to run the job on)."));
    }
    BatchAiImport result = BatchAiMapper(doc.value(), options).map();
    if (create && result.compute && result.compute->vmSize.isEmpty()) {
        options.vmSize = askIfInteractive(QStringLiteral("VM size for the cluster"));
        if (options.vmSize.isEmpty())
            return cli.usage(QStringLiteral("%1 has no vmSize: give --vm-size.").arg(doc->sourceName));
        result = BatchAiMapper(doc.value(), options).map();
    }

    if (!create && !submit) {
        if (cli.json())
            cli.printJson(toJson(result));
        else
            printHuman(cli, result);
        return kOk;
    }
    if (create) {
        if (auto s = validateComputeSpec(*result.compute); !s)
            return cli.fail(s.error());
        if (auto s = storeSecrets(result); !s)
            return cli.fail(s.error());
        return cli.finish(workspace->engine()->createCompute(*result.compute), [&](const ComputeInfo& made) {
            printOutcome(cli, result, QStringLiteral("created"), toJson(made),
                         QStringLiteral("created compute %1").arg(made.spec.name));
        });
    }
    RunConfig config = *result.run;
    if (config.command.isEmpty())
        return cli.usage(QStringLiteral("%1 has nothing to run (no toolkit settings).").arg(doc->sourceName));
    if (config.sourceDirectory.isEmpty())
        config.sourceDirectory = QDir::currentPath();
    if (auto s = validateRunConfig(config); !s)
        return cli.fail(s.error());
    if (auto s = storeSecrets(result); !s)
        return cli.fail(s.error());
    return cli.finish(workspace->engine()->submitRun(config), [&](const RunInfo& run) {
        printOutcome(cli, result, QStringLiteral("submitted"), toJson(run),
                     QStringLiteral("submitted run %1").arg(run.id));
    });
}

static CommandRegistration registration{
    {QStringLiteral("import batchai"), importBatchAi,
     QStringLiteral("Show a Batch AI cluster/job/file server/configuration.json as Trainyard and Azure ML, "
                    "--create or --submit it.")}};

} // namespace yard
