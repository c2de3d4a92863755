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

static int printCompute(Cli& cli, const ComputeInfo& c) {
    if (cli.json())
        cli.printJson(toJson(c));
    else
        cli.printTable(kComputeHeaders, {computeRow(c)});
    return kOk;
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
    if (cli.isSet(QStringLiteral("min-nodes"))) {
        auto v = cli.intOption(QStringLiteral("min-nodes"), exit);
        if (!v)
            return exit;
        spec.minNodes = *v;
    }
    if (cli.isSet(QStringLiteral("max-nodes"))) {
        auto v = cli.intOption(QStringLiteral("max-nodes"), exit);
        if (!v)
            return exit;
        spec.maxNodes = *v;
    }
    if (cli.isSet(QStringLiteral("idle-seconds-before-scaledown"))) {
        auto v = cli.intOption(QStringLiteral("idle-seconds-before-scaledown"), exit);
        if (!v)
            return exit;
        spec.idleSecondsBeforeScaledown = *v;
    }
    Engine* engine = cli.engine(exit);
    if (!engine)
        return exit;
    auto result = await(engine->createCompute(spec));
    if (!result)
        return cli.fail(result.error());
    return printCompute(cli, result.value());
}

static int list(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists the compute clusters.")))
        return kUsage;
    int exit = kOk;
    Engine* engine = cli.engine(exit);
    if (!engine)
        return exit;
    auto result = await(engine->listComputes());
    if (!result)
        return cli.fail(result.error());
    if (cli.json()) {
        QJsonArray array;
        for (const auto& c : result.value())
            array.append(toJson(c));
        cli.printJson(array);
    } else {
        QList<QStringList> rows;
        for (const auto& c : result.value())
            rows << computeRow(c);
        cli.printTable(kComputeHeaders, rows);
    }
    return kOk;
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows a compute cluster's status (get_status())."),
                   QStringLiteral("name")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the compute's name"), exit);
    if (!target)
        return exit;
    auto result = await(target->engine->getCompute(target->name));
    if (!result)
        return cli.fail(result.error());
    return printCompute(cli, result.value());
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
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("min-nodes"), &scale.minNodes},
          std::pair{QStringLiteral("max-nodes"), &scale.maxNodes},
          std::pair{QStringLiteral("idle-seconds-before-scaledown"), &scale.idleSecondsBeforeScaledown}}) {
        if (!cli.isSet(option))
            continue;
        auto v = cli.intOption(option, exit);
        if (!v)
            return exit;
        *field = *v;
    }
    if (!scale.minNodes && !scale.maxNodes && !scale.idleSecondsBeforeScaledown)
        return cli.usage(QStringLiteral("nothing to change: give --min-nodes, --max-nodes or "
                                        "--idle-seconds-before-scaledown."));
    const auto target = cli.target(QStringLiteral("the compute's name"), exit);
    if (!target)
        return exit;
    auto result = await(target->engine->updateCompute(target->name, scale));
    if (!result)
        return cli.fail(result.error());
    return printCompute(cli, result.value());
}

static int remove(Cli& cli) {
    if (!cli.parse(QStringLiteral("Deletes a compute cluster (refused while runs are active on it)."),
                   QStringLiteral("name")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the compute's name"), exit);
    if (!target)
        return exit;
    auto result = await(target->engine->deleteCompute(target->name));
    if (!result)
        return cli.fail(result.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("name"), target->name}, {QStringLiteral("deleted"), true}});
    else
        cli.print(QStringLiteral("Deleted compute '%1'.").arg(target->name));
    return kOk;
}

static int listNodes(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists a cluster's nodes."), QStringLiteral("name")))
        return kUsage;
    int exit = kOk;
    const auto target = cli.target(QStringLiteral("the compute's name"), exit);
    if (!target)
        return exit;
    auto result = await(target->engine->listNodes(target->name));
    if (!result)
        return cli.fail(result.error());
    if (cli.json()) {
        QJsonArray array;
        for (const auto& n : result.value())
            array.append(toJson(n));
        cli.printJson(array);
    } else {
        QList<QStringList> rows;
        for (const auto& n : result.value())
            rows << QStringList{n.nodeId, n.state, n.runId, n.privateIpAddress, isoTime(n.stateSince)};
        cli.printTable({QStringLiteral("Node"), QStringLiteral("State"), QStringLiteral("Run"),
                        QStringLiteral("Address"), QStringLiteral("Since")},
                       rows);
    }
    return kOk;
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
