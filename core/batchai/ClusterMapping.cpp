#include "core/batchai/ClusterMapping.h"

#include "core/batchai/MountMapping.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace trainyard::batchai {

namespace {

// Azure ML SDK v1's idle time; REST v2 defaults to 120 s. Batch AI had no idle scale-down at all,
// so neither is "the same": we take v1's, the names we follow, and say so.
constexpr int kDefaultIdleSeconds = 1800;

QString clusterName(MappingContext& c) {
    QString name = c.options().computeName;
    if (name.isEmpty())
        name = c.doc().name;
    if (name.isEmpty()) {
        name = computeNameFrom(QFileInfo(c.doc().sourceName).completeBaseName());
        c.warn(QStringLiteral("name"),
               MapperTr::tr("the file names no cluster: '%1' (from the file name) is used; "
                            "give --compute to choose.")
                   .arg(name));
    } else if (!validateComputeName(name)) {
        const QString fixed = computeNameFrom(name);
        c.warn(
            QStringLiteral("name"),
            MapperTr::tr("'%1' is not a valid Azure ML compute name (2-16 letters, digits, hyphens, starting "
                         "with a letter): '%2' is used.")
                .arg(name, fixed));
        name = fixed;
    }
    return name;
}

void mapVmSize(MappingContext& c, const QJsonObject& p, ComputeSpec& spec) {
    const QString given = c.options().vmSize;
    spec.vmSize = p.value(QStringLiteral("vmSize")).toString();
    if (spec.vmSize.isEmpty()) {
        spec.vmSize = given;
        c.warn(c.field(QStringLiteral("vmSize")),
               spec.vmSize.isEmpty()
                   ? MapperTr::tr("missing (the az command line gave it as a flag): give --vm-size.")
                   : MapperTr::tr("missing: '%1' from the command line is used.").arg(spec.vmSize));
    } else if (!given.isEmpty() && given != spec.vmSize) {
        c.warn(c.field(QStringLiteral("vmSize")),
               MapperTr::tr("%1 is replaced by '%2' from the command line.").arg(spec.vmSize, given));
        spec.vmSize = given;
    } else {
        static const QRegularExpression retired(
            QStringLiteral("^standard_(nc(6|12|24|24r)|nc(6|12|24|24r)s_v2|nd(6|12|24|24r)s|nv(6|12|24))$"),
            QRegularExpression::CaseInsensitiveOption);
        if (retired.match(spec.vmSize).hasMatch())
            c.warn(
                c.field(QStringLiteral("vmSize")),
                MapperTr::tr("%1 (K80/P100/P40/M60 era) is retired in Azure: choose a current size such as "
                             "Standard_NC4as_T4_v3 or Standard_NC6s_v3; kept as written until you do.")
                    .arg(spec.vmSize));
    }
    const QString priority = p.value(QStringLiteral("vmPriority")).toString();
    if (priority.compare(QLatin1String("lowpriority"), Qt::CaseInsensitive) == 0)
        spec.vmPriority = VmPriority::LowPriority;
    else if (!priority.isEmpty() && priority.compare(QLatin1String("dedicated"), Qt::CaseInsensitive) != 0)
        c.warn(c.field(QStringLiteral("vmPriority")),
               MapperTr::tr("'%1' is not dedicated or lowpriority: dedicated is used.").arg(priority));
}

void mapAutoScale(MappingContext& c, const QJsonObject& autoScale, const QString& sf, ComputeSpec& spec) {
    const QString af = sf + QStringLiteral(".autoScale");
    const auto min = intValue(autoScale, QStringLiteral("minimumNodeCount"));
    const auto max = intValue(autoScale, QStringLiteral("maximumNodeCount"));
    spec.minNodes = min.value_or(0);
    spec.maxNodes = max.value_or(qMax(1, spec.minNodes));
    if (!min || !max)
        c.warn(af, MapperTr::tr("minimumNodeCount and maximumNodeCount are required: %1..%2 is used.")
                       .arg(spec.minNodes)
                       .arg(spec.maxNodes));
    if (spec.minNodes < 0 || spec.maxNodes < 1 || spec.minNodes > spec.maxNodes) {
        const int fixedMin = qMax(0, spec.minNodes);
        const int fixedMax = qMax(qMax(1, spec.maxNodes), fixedMin);
        c.warn(af, MapperTr::tr(
                       "%1..%2 is not a node range (0 <= minimum <= maximum, maximum >= 1): %3..%4 is used.")
                       .arg(spec.minNodes)
                       .arg(spec.maxNodes)
                       .arg(fixedMin)
                       .arg(fixedMax));
        spec.minNodes = fixedMin;
        spec.maxNodes = fixedMax;
    }
    if (present(autoScale, QStringLiteral("initialNodeCount")))
        c.warn(af + QStringLiteral(".initialNodeCount"),
               MapperTr::tr(
                   "Azure ML has no initial node count (was %1): the cluster starts at min_nodes %2 and "
                   "grows with the queue.")
                   .arg(textOf(autoScale.value(QStringLiteral("initialNodeCount"))))
                   .arg(spec.minNodes));
    c.reportUnknown(autoScale, af,
                    {QStringLiteral("minimumNodeCount"), QStringLiteral("maximumNodeCount"),
                     QStringLiteral("initialNodeCount")});
}

void mapManualScale(MappingContext& c, const QJsonObject& manual, const QString& sf, ComputeSpec& spec) {
    const QString tf = sf + QStringLiteral(".manual.targetNodeCount");
    const int given = intValue(manual, QStringLiteral("targetNodeCount")).value_or(1);
    const int n = qMax(0, given);
    if (given < 0)
        c.warn(tf, MapperTr::tr("%1 is not a node count: 0 is used.").arg(given));
    if (c.options().manualScaleFromZero) {
        spec.minNodes = 0;
        spec.maxNodes = qMax(1, n);
        c.warn(tf, MapperTr::tr(
                       "Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes 0, max_nodes %2 "
                       "(nodes start when jobs come and leave when idle; the first job waits for them).")
                       .arg(n)
                       .arg(spec.maxNodes));
    } else {
        spec.minNodes = n;
        spec.maxNodes = qMax(1, n);
        c.warn(tf, MapperTr::tr(
                       "Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes = max_nodes = %1, "
                       "so %1 nodes stay allocated and are billed even when idle; choose 0..%1 "
                       "(--scale-from-zero) to release idle nodes.")
                       .arg(n));
    }
    if (present(manual, QStringLiteral("nodeDeallocationOption")))
        c.warn(sf + QStringLiteral(".manual.nodeDeallocationOption"),
               MapperTr::tr(
                   "'%1' has no Azure ML equivalent (Azure ML waits for running jobs before it removes a "
                   "node): dropped.")
                   .arg(manual.value(QStringLiteral("nodeDeallocationOption")).toString()));
    c.reportUnknown(manual, sf + QStringLiteral(".manual"),
                    {QStringLiteral("targetNodeCount"), QStringLiteral("nodeDeallocationOption")});
}

void mapScale(MappingContext& c, const QJsonObject& p, ComputeSpec& spec) {
    const QJsonObject scale = p.value(QStringLiteral("scaleSettings")).toObject();
    const QJsonObject manual = scale.value(QStringLiteral("manual")).toObject();
    const QJsonObject autoScale = scale.value(QStringLiteral("autoScale")).toObject();
    const QString sf = c.field(QStringLiteral("scaleSettings"));
    if (!manual.isEmpty() && !autoScale.isEmpty())
        c.warn(sf, MapperTr::tr(
                       "has both manual and autoScale (Batch AI allowed exactly one): autoScale is used."));
    if (!autoScale.isEmpty()) {
        mapAutoScale(c, autoScale, sf, spec);
    } else if (!manual.isEmpty()) {
        mapManualScale(c, manual, sf, spec);
    } else {
        spec.minNodes = 0;
        spec.maxNodes = 1;
        c.warn(sf, MapperTr::tr(
                       "missing (the az command line gave it as a flag): min_nodes 0, max_nodes 1 is used; "
                       "give --min-nodes / --max-nodes."));
    }
    c.reportUnknown(scale, sf, {QStringLiteral("manual"), QStringLiteral("autoScale")});
    spec.idleSecondsBeforeScaledown = c.options().idleSecondsBeforeScaledown.value_or(kDefaultIdleSeconds);
    if (!c.options().idleSecondsBeforeScaledown)
        c.warn(
            QStringLiteral("idle_seconds_before_scaledown"),
            MapperTr::tr("Batch AI clusters did not scale down on their own; Azure ML does: idle nodes leave "
                         "after %1 s (Azure ML SDK v1's default; REST v2's is 120 s). Give "
                         "--idle-seconds-before-scaledown to choose.")
                .arg(kDefaultIdleSeconds));
}

void mapSubnet(MappingContext& c, const QJsonObject& p, ComputeSpec& spec) {
    const QString subnet =
        p.value(QStringLiteral("subnet")).toObject().value(QStringLiteral("id")).toString();
    if (subnet.isEmpty())
        return;
    static const QRegularExpression re(
        QStringLiteral("^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.Network/"
                       "virtualNetworks/([^/]+)/subnets/([^/]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(subnet);
    if (!m.hasMatch()) {
        c.warn(c.field(QStringLiteral("subnet.id")),
               MapperTr::tr("not a subnet resource id (/subscriptions/…/resourceGroups/…/providers/"
                            "Microsoft.Network/virtualNetworks/…/subnets/…): not imported."));
        return;
    }
    // ArmJson composes the id again from these parts (the SDK's vnet_* / subnet_name).
    c.out().subscriptionId = m.captured(1);
    spec.vnetResourceGroup = m.captured(2);
    spec.vnetName = m.captured(3);
    spec.subnetName = m.captured(4);
}

void mapAccessAndImage(MappingContext& c, const QJsonObject& p, ComputeSpec& spec) {
    mapSubnet(c, p, spec);
    if (p.value(QStringLiteral("userAccountSettings")).isObject()) {
        const QString f = c.field(QStringLiteral("userAccountSettings"));
        mapUserAccount(c, p.value(QStringLiteral("userAccountSettings")).toObject(), f, &spec);
        // ArmJson leaves remoteLoginPortPublicAccess to Azure's default, NotSpecified (README
        // "AmlCompute"; the published create example spells it): the SSH port is open unless the
        // cluster is in a virtual network.
        if (!spec.adminUsername.isEmpty())
            c.warn(f, spec.subnetName.isEmpty()
                          ? MapperTr::tr(
                                "becomes userAccountCredentials; Azure ML opens the nodes' SSH port unless "
                                "the cluster is in a virtual network (remoteLoginPortPublicAccess "
                                "NotSpecified).")
                          : MapperTr::tr(
                                "becomes userAccountCredentials; in its virtual network the cluster's SSH "
                                "port is closed to the internet (remoteLoginPortPublicAccess NotSpecified): "
                                "reach the nodes from inside the network."));
    }
    if (p.value(QStringLiteral("virtualMachineConfiguration")).isObject()) {
        const QJsonObject img = p.value(QStringLiteral("virtualMachineConfiguration"))
                                    .toObject()
                                    .value(QStringLiteral("imageReference"))
                                    .toObject();
        c.warn(c.field(QStringLiteral("virtualMachineConfiguration.imageReference")),
               MapperTr::tr(
                   "Azure ML manages the node OS (the image was %1 %2 %3): tools that image had (the Data "
                   "Science VM's conda, CUDA) come from the job's environment image instead.")
                   .arg(img.value(QStringLiteral("publisher")).toString(),
                        img.value(QStringLiteral("offer")).toString(),
                        img.value(QStringLiteral("sku")).toString()));
    }
}

void mapSetupTask(MappingContext& c, const QJsonObject& task, const QString& nf) {
    c.warn(
        nf + QStringLiteral(".setupTask"),
        MapperTr::tr("Azure ML runs no setup task on its nodes: bake '%1' into the job's environment image "
                     "(or run it first in the job's command).")
            .arg(task.value(QStringLiteral("commandLine")).toString()));
    const QJsonArray env = task.value(QStringLiteral("environmentVariables")).toArray();
    for (int i = 0; i < env.size(); ++i)
        c.warn(QStringLiteral("%1.setupTask.environmentVariables[%2]").arg(nf).arg(i),
               MapperTr::tr("'%1' belonged to the setup task: set it in the environment image.")
                   .arg(env.at(i).toObject().value(QStringLiteral("name")).toString()));
    const QJsonArray secrets = task.value(QStringLiteral("secrets")).toArray();
    for (int i = 0; i < secrets.size(); ++i) {
        const QJsonObject s = secrets.at(i).toObject();
        const QString sname = s.value(QStringLiteral("name")).toString();
        const QString f = QStringLiteral("%1.setupTask.secrets[%2]").arg(nf).arg(i);
        if (present(s, QStringLiteral("value")))
            c.addSecret(f + QStringLiteral(".value"), QStringLiteral("setupTask/") + sname,
                        s.value(QStringLiteral("value")));
        if (present(s, QStringLiteral("valueSecretReference")))
            c.warn(
                f + QStringLiteral(".valueSecretReference"),
                MapperTr::tr("'%1' is read from Key Vault (%2): give the workspace's identity access to it; "
                             "there is no setup task to receive it.")
                    .arg(sname, keyVaultUrl(s, QStringLiteral("valueSecretReference"))));
    }
    if (present(task, QStringLiteral("runElevated")))
        c.warn(nf + QStringLiteral(".setupTask.runElevated"),
               MapperTr::tr("no setup task to run elevated: dropped."));
}

void mapNodeSetup(MappingContext& c, const QJsonObject& p) {
    const QJsonObject setup = p.value(QStringLiteral("nodeSetup")).toObject();
    const QString nf = c.field(QStringLiteral("nodeSetup"));
    if (setup.value(QStringLiteral("setupTask")).isObject())
        mapSetupTask(c, setup.value(QStringLiteral("setupTask")).toObject(), nf);
    if (setup.value(QStringLiteral("mountVolumes")).isObject())
        mapMountVolumes(c, setup.value(QStringLiteral("mountVolumes")).toObject(),
                        nf + QStringLiteral(".mountVolumes"));
    if (present(setup, QStringLiteral("performanceCountersSettings")))
        c.warn(nf + QStringLiteral(".performanceCountersSettings"),
               MapperTr::tr("Azure ML collects node metrics itself (Azure Monitor): the Application Insights "
                            "settings are dropped."));
    c.reportUnknown(setup, nf,
                    {QStringLiteral("setupTask"), QStringLiteral("mountVolumes"),
                     QStringLiteral("performanceCountersSettings")});
}

} // namespace

void mapUserAccount(MappingContext& c, const QJsonObject& a, const QString& f, ComputeSpec* spec) {
    if (spec) {
        spec->adminUsername = a.value(QStringLiteral("adminUserName")).toString();
        spec->adminSshPublicKey = a.value(QStringLiteral("adminUserSshPublicKey")).toString();
    }
    if (present(a, QStringLiteral("adminUserPassword")))
        c.addSecret(f + QStringLiteral(".adminUserPassword"), QStringLiteral("adminUserPassword"),
                    a.value(QStringLiteral("adminUserPassword")));
    c.reportUnknown(a, f,
                    {QStringLiteral("adminUserName"), QStringLiteral("adminUserSshPublicKey"),
                     QStringLiteral("adminUserPassword")});
}

void mapCluster(MappingContext& c) {
    const QJsonObject p = c.doc().properties;
    ComputeSpec spec;
    spec.name = clusterName(c);
    c.setScopeName(spec.name);
    mapVmSize(c, p, spec);
    mapScale(c, p, spec);
    mapAccessAndImage(c, p, spec);
    mapNodeSetup(c, p);
    if (!c.doc().location.isEmpty() || present(p, QStringLiteral("location")))
        c.warn(QStringLiteral("location"),
               MapperTr::tr("an Azure ML compute lives in its workspace's region ('%1' is not used).")
                   .arg(c.doc().location.isEmpty() ? p.value(QStringLiteral("location")).toString()
                                                   : c.doc().location));
    c.reportServiceState(p, c.root());
    c.reportUnknown(p, c.root(),
                    {QStringLiteral("vmSize"), QStringLiteral("vmPriority"), QStringLiteral("scaleSettings"),
                     QStringLiteral("userAccountSettings"), QStringLiteral("subnet"),
                     QStringLiteral("virtualMachineConfiguration"), QStringLiteral("nodeSetup"),
                     QStringLiteral("location")});
    spec.description =
        MapperTr::tr("Imported from Batch AI %1").arg(QFileInfo(c.doc().sourceName).fileName());
    c.out().compute = spec;
}

} // namespace trainyard::batchai
