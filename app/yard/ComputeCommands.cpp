#include "Cli.h"

#include "core/model/ModelJson.h"

namespace yard {

using namespace trainyard;

static QStringList computeRow(const ComputeInfo& c) {
    const auto& n = c.nodeStateCounts;
    return {c.spec.name,
            c.spec.vmSize,
            toString(c.spec.vmPriority),
            QStringLiteral("%1..%2").arg(c.spec.minNodes).arg(c.spec.maxNodes),
            QString::number(c.spec.idleSecondsBeforeScaledown),
            c.provisioningState,
            c.allocationState,
            QStringLiteral("%1/%2").arg(c.currentNodeCount).arg(c.targetNodeCount),
            QStringLiteral("%1/%2/%3/%4/%5/%6")
                .arg(n.idle)
                .arg(n.running)
                .arg(n.preparing)
                .arg(n.unusable)
                .arg(n.leaving)
                .arg(n.preempted)};
}

static const QStringList kComputeHeaders{QStringLiteral("Name"),
                                         QStringLiteral("VM size"),
                                         QStringLiteral("Priority"),
                                         QStringLiteral("Nodes"),
                                         QStringLiteral("Idle s"),
                                         QStringLiteral("Provisioning"),
                                         QStringLiteral("Allocation"),
                                         QStringLiteral("Current/Target"),
                                         QStringLiteral("Idle/Run/Prep/Unus/Leav/Pree")};

static void addScaleOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("min-nodes"), QStringLiteral("Nodes kept even when idle (>= 0)."),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("max-nodes"), QStringLiteral("Most nodes (>= 1, >= min-nodes)."),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("idle-seconds-before-scaledown"),
                 QStringLiteral("Seconds a node stays idle before it is released (>= 0)."),
                 QStringLiteral("s")});
}

static const QString kComputeName = QStringLiteral("the compute's name");

// Waits for a call that answers with one cluster and prints it.
static int printCompute(Cli& cli, QFuture<Result<ComputeInfo>> call) {
    return cli.finish(call, [&](const ComputeInfo& c) {
        if (cli.json())
            cli.printJson(toJson(c));
        else
            cli.printTable(kComputeHeaders, {computeRow(c)});
    });
}

// Reads --min-nodes, --max-nodes and --idle-seconds-before-scaledown into their fields when given
// (int or std::optional<int>); on a bad value prints why, sets `exit` and returns false.
template <typename Field>
static bool readScaleOptions(Cli& cli, Field& min, Field& max, Field& idle, int& exit) {
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("min-nodes"), &min}, std::pair{QStringLiteral("max-nodes"), &max},
          std::pair{QStringLiteral("idle-seconds-before-scaledown"), &idle}}) {
        if (!cli.isSet(option))
            continue;
        const auto value = cli.intOption(option, exit);
        if (!value)
            return false;
        *field = *value;
    }
    return true;
}

static int create(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("name"),
                 QStringLiteral("2-16 letters, digits, hyphens; starts with a letter."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("vm-size"), QStringLiteral("The engine's vm size (local: 'local')."),
                 QStringLiteral("size"), QStringLiteral("local")});
    p.addOption({QStringLiteral("vm-priority"), QStringLiteral("dedicated (default) or lowpriority."),
                 QStringLiteral("priority"), QStringLiteral("dedicated")});
    addScaleOptions(p);
    if (!cli.parse(QStringLiteral("Creates a compute cluster (AmlCompute.provisioning_configuration).")))
        return kUsage;
    ComputeSpec spec;
    spec.name = cli.value(QStringLiteral("name"));
    if (spec.name.isEmpty())
        return cli.usage(QStringLiteral("--name is required."));
    spec.vmSize = cli.value(QStringLiteral("vm-size"));
    const QString priority = cli.value(QStringLiteral("vm-priority")).toLower();
    if (priority != QLatin1String("dedicated") && priority != QLatin1String("lowpriority"))
        return cli.usage(QStringLiteral("--vm-priority '%1' is not allowed: use dedicated or lowpriority.")
                             .arg(cli.value(QStringLiteral("vm-priority"))));
    spec.vmPriority =
        priority == QLatin1String("lowpriority") ? VmPriority::LowPriority : VmPriority::Dedicated;
    int exit = kOk;
    if (!readScaleOptions(cli, spec.minNodes, spec.maxNodes, spec.idleSecondsBeforeScaledown, exit))
        return exit;
    return cli.onEngine([&](Engine* engine) { return printCompute(cli, engine->createCompute(spec)); });
}

static int list(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists the compute clusters.")))
        return kUsage;
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->listComputes(), [&](const QList<ComputeInfo>& computes) {
            cli.printList(computes, kComputeHeaders, computeRow);
        });
    });
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows a compute cluster's status (get_status())."),
                   QStringLiteral("name")))
        return kUsage;
    return cli.onTarget(kComputeName, [&](const Cli::Target& compute) {
        return printCompute(cli, compute.engine->getCompute(compute.name));
    });
}

static int update(Cli& cli) {
    auto& p = cli.parser();
    addScaleOptions(p);
    p.addOption({QStringLiteral("vm-size"), QStringLiteral("Cannot be changed; given only to be refused."),
                 QStringLiteral("size")});
    if (!cli.parse(QStringLiteral("Changes a cluster's scale settings (update(min_nodes, max_nodes, "
                                  "idle_seconds_before_scaledown))."),
                   QStringLiteral("name")))
        return kUsage;
    int exit = kOk;
    if (cli.isSet(QStringLiteral("vm-size")))
        return cli.usage(
            QStringLiteral("the vm size of a cluster cannot be changed after creation; create a new "
                           "cluster with --vm-size %1 instead.")
                .arg(cli.value(QStringLiteral("vm-size"))));
    ScaleSettings scale;
    if (!readScaleOptions(cli, scale.minNodes, scale.maxNodes, scale.idleSecondsBeforeScaledown, exit))
        return exit;
    if (!scale.minNodes && !scale.maxNodes && !scale.idleSecondsBeforeScaledown)
        return cli.usage(QStringLiteral("nothing to change: give --min-nodes, --max-nodes or "
                                        "--idle-seconds-before-scaledown."));
    return cli.onTarget(kComputeName, [&](const Cli::Target& compute) {
        return printCompute(cli, compute.engine->updateCompute(compute.name, scale));
    });
}

static int remove(Cli& cli) {
    if (!cli.parse(QStringLiteral("Deletes a compute cluster (refused while runs are active on it)."),
                   QStringLiteral("name")))
        return kUsage;
    return cli.onTarget(kComputeName, [&](const Cli::Target& compute) {
        return cli.finish(compute.engine->deleteCompute(compute.name), [&] {
            if (cli.json())
                cli.printJson(
                    QJsonObject{{QStringLiteral("name"), compute.name}, {QStringLiteral("deleted"), true}});
            else
                cli.print(QStringLiteral("Deleted compute '%1'.").arg(compute.name));
        });
    });
}

static int listNodes(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists a cluster's nodes."), QStringLiteral("name")))
        return kUsage;
    return cli.onTarget(kComputeName, [&](const Cli::Target& compute) {
        return cli.finish(compute.engine->listNodes(compute.name), [&](const QList<ComputeNode>& nodes) {
            cli.printList(
                nodes,
                {QStringLiteral("Node"), QStringLiteral("State"), QStringLiteral("Run"),
                 QStringLiteral("Address"), QStringLiteral("Since")},
                [](const ComputeNode& n) {
                    return QStringList{n.nodeId, n.state, n.runId, n.privateIpAddress, isoTime(n.stateSince)};
                });
        });
    });
}

static const CommandRegistration registration{
    {QStringLiteral("compute create"), create, QStringLiteral("Create a compute cluster.")},
    {QStringLiteral("compute list"), list, QStringLiteral("List the compute clusters.")},
    {QStringLiteral("compute show"), show, QStringLiteral("Show a cluster's status and node counts.")},
    {QStringLiteral("compute update"), update, QStringLiteral("Change min/max nodes and idle time.")},
    {QStringLiteral("compute delete"), remove, QStringLiteral("Delete a cluster.")},
    {QStringLiteral("compute list-nodes"), listNodes, QStringLiteral("List a cluster's nodes.")},
};

} // namespace yard
