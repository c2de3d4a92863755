#include "core/azureml/ArmJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <climits>

namespace trainyard::azureml {

static QJsonObject obj(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toObject();
}
static QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
static int num(const QJsonObject& o, const char* key, int fallback = 0) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

QString lastSegment(const QString& armId) {
    return armId.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

QJsonObject computeCreateBody(const ComputeSpec& spec, const ComputeRequest& request) {
    QJsonObject props{{QStringLiteral("vmSize"), spec.vmSize},
                      {QStringLiteral("vmPriority"), spec.vmPriority == VmPriority::LowPriority
                                                         ? QStringLiteral("LowPriority")
                                                         : QStringLiteral("Dedicated")},
                      {QStringLiteral("osType"), QStringLiteral("Linux")},
                      {QStringLiteral("scaleSettings"),
                       computeScaleBody(spec.minNodes, spec.maxNodes, spec.idleSecondsBeforeScaledown)
                           .value(QLatin1String("properties"))
                           .toObject()
                           .value(QLatin1String("properties"))
                           .toObject()
                           .value(QLatin1String("scaleSettings"))}};
    if (!spec.subnetName.isEmpty()) {
        // The SDK's vnet_resourcegroup_name / vnet_name / subnet_name become one subnet id.
        const QString rg = spec.vnetResourceGroup.isEmpty() ? QString() : spec.vnetResourceGroup;
        props.insert(
            QStringLiteral("subnet"),
            QJsonObject{{QStringLiteral("id"),
                         QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/"
                                        "virtualNetworks/%3/subnets/%4")
                             .arg(request.subscriptionId, rg, spec.vnetName, spec.subnetName)}});
    }
    if (!spec.adminUsername.isEmpty()) {
        QJsonObject credentials{{QStringLiteral("adminUserName"), spec.adminUsername}};
        if (!spec.adminSshPublicKey.isEmpty())
            credentials.insert(QStringLiteral("adminUserSshPublicKey"), spec.adminSshPublicKey);
        if (!request.adminPassword.isEmpty())
            credentials.insert(QStringLiteral("adminUserPassword"), request.adminPassword);
        props.insert(QStringLiteral("userAccountCredentials"), credentials);
    }
    QJsonObject properties{{QStringLiteral("computeType"), QStringLiteral("AmlCompute")},
                           {QStringLiteral("properties"), props}};
    if (!spec.description.isEmpty())
        properties.insert(QStringLiteral("description"), spec.description);
    QJsonObject body{{QStringLiteral("properties"), properties}};
    if (!request.location.isEmpty())
        body.insert(QStringLiteral("location"), request.location);
    return body;
}

QJsonObject computeScaleBody(int minNodes, int maxNodes, int idleSeconds) {
    const QJsonObject scale{
        {QStringLiteral("maxNodeCount"), maxNodes},
        {QStringLiteral("minNodeCount"), minNodes},
        {QStringLiteral("nodeIdleTimeBeforeScaleDown"), isoDurationFromSeconds(idleSeconds)}};
    return {
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("scaleSettings"), scale}}}}}};
}

static QStringList errorMessages(const QJsonValue& errors) {
    QStringList out;
    for (const QJsonValue& e : errors.toArray()) {
        // ErrorResponse: {"error": {"code","message"}}
        const QJsonObject inner = e.toObject().value(QLatin1String("error")).toObject();
        const QString code = str(inner, "code");
        const QString message = str(inner, "message");
        if (!code.isEmpty() || !message.isEmpty())
            out << (code.isEmpty() ? message : code + QStringLiteral(": ") + message);
    }
    return out;
}

ComputeInfo computeFromArm(const QJsonObject& resource) {
    ComputeInfo c;
    const QJsonObject properties = obj(resource, "properties");
    const QJsonObject aml = obj(properties, "properties");
    c.spec.name = str(resource, "name");
    c.spec.description = str(properties, "description");
    c.spec.vmSize = str(aml, "vmSize");
    c.spec.vmPriority = str(aml, "vmPriority").compare(QLatin1String("LowPriority"), Qt::CaseInsensitive) == 0
                            ? VmPriority::LowPriority
                            : VmPriority::Dedicated;
    const QJsonObject scale = obj(aml, "scaleSettings");
    c.spec.minNodes = num(scale, "minNodeCount", 0);
    c.spec.maxNodes = num(scale, "maxNodeCount", 0);
    c.spec.idleSecondsBeforeScaledown =
        secondsFromIsoDuration(str(scale, "nodeIdleTimeBeforeScaleDown")).value_or(0);
    const QString subnet = str(obj(aml, "subnet"), "id");
    if (!subnet.isEmpty()) {
        const QStringList parts = subnet.split(u'/', Qt::SkipEmptyParts);
        auto after = [&](const char* key) {
            const int i = int(parts.indexOf(QLatin1String(key), 0));
            return i >= 0 && i + 1 < parts.size() ? parts[i + 1] : QString();
        };
        c.spec.vnetResourceGroup = after("resourceGroups");
        c.spec.vnetName = after("virtualNetworks");
        c.spec.subnetName = after("subnets");
    }
    const QJsonObject credentials = obj(aml, "userAccountCredentials");
    c.spec.adminUsername = str(credentials, "adminUserName");
    c.spec.adminSshPublicKey = str(credentials, "adminUserSshPublicKey");
    c.provisioningState = str(properties, "provisioningState");
    c.allocationState = str(aml, "allocationState");
    if (c.allocationState.isEmpty())
        c.allocationState = QStringLiteral("Steady");
    c.currentNodeCount = num(aml, "currentNodeCount");
    c.targetNodeCount = num(aml, "targetNodeCount");
    const QJsonObject counts = obj(aml, "nodeStateCounts");
    c.nodeStateCounts.idle = num(counts, "idleNodeCount");
    c.nodeStateCounts.running = num(counts, "runningNodeCount");
    c.nodeStateCounts.preparing = num(counts, "preparingNodeCount");
    c.nodeStateCounts.unusable = num(counts, "unusableNodeCount");
    c.nodeStateCounts.leaving = num(counts, "leavingNodeCount");
    c.nodeStateCounts.preempted = num(counts, "preemptedNodeCount");
    c.errors = errorMessages(aml.value(QLatin1String("errors"))) +
               errorMessages(properties.value(QLatin1String("provisioningErrors")));
    c.createdAt = QDateTime::fromString(str(properties, "createdOn"), Qt::ISODateWithMs);
    return c;
}

ComputeNode nodeFromArm(const QJsonObject& node) {
    ComputeNode n;
    n.nodeId = str(node, "nodeId");
    n.state = str(node, "nodeState");
    n.runId = str(node, "runId");
    n.privateIpAddress = str(node, "privateIpAddress");
    const QString publicIp = str(node, "publicIpAddress");
    if (!publicIp.isEmpty())
        n.reason = QStringLiteral("ssh %1:%2").arg(publicIp).arg(num(node, "port"));
    return n;
}

RunStatus runStatusFromAzure(const QString& status, QString* detail) {
    static const QHash<QString, RunStatus> map{
        {QStringLiteral("NotStarted"), RunStatus::NotStarted},
        {QStringLiteral("Starting"), RunStatus::Starting},
        {QStringLiteral("Provisioning"), RunStatus::Preparing},
        {QStringLiteral("Preparing"), RunStatus::Preparing},
        {QStringLiteral("Queued"), RunStatus::Queued},
        {QStringLiteral("Running"), RunStatus::Running},
        {QStringLiteral("Finalizing"), RunStatus::Finalizing},
        {QStringLiteral("CancelRequested"), RunStatus::Running},
        {QStringLiteral("Completed"), RunStatus::Completed},
        {QStringLiteral("Failed"), RunStatus::Failed},
        {QStringLiteral("Canceled"), RunStatus::Canceled},
        {QStringLiteral("NotResponding"), RunStatus::Failed},
        {QStringLiteral("Paused"), RunStatus::Canceled},
        {QStringLiteral("Unknown"), RunStatus::NotStarted},
    };
    const RunStatus mapped = map.value(status, RunStatus::NotStarted);
    if (detail && !status.isEmpty() && status != toString(mapped))
        *detail = status; // e.g. "Provisioning", "CancelRequested", "NotResponding"
    return mapped;
}

RunInfo runFromJob(const QJsonObject& resource) {
    RunInfo r;
    const QJsonObject p = obj(resource, "properties");
    r.engine = QStringLiteral("azureml");
    r.id = str(resource, "name");
    r.displayName = str(p, "displayName");
    r.experiment = str(p, "experimentName");
    if (r.experiment.isEmpty()) // docs/architecture.md "Jobs": experimentName defaults to Default
        r.experiment = QStringLiteral("Default");
    r.compute = lastSegment(str(p, "computeId"));
    r.status = runStatusFromAzure(str(p, "status"), &r.statusDetail);
    r.cancelRequested = str(p, "status") == QLatin1String("CancelRequested");
    const QJsonObject resources = obj(p, "resources");
    r.nodeCount = num(resources, "instanceCount", 1);
    const QJsonObject d = obj(p, "distribution");
    const QString type = str(d, "distributionType");
    if (type == QLatin1String("Mpi") || type == QLatin1String("PyTorch")) {
        r.distribution.type =
            type == QLatin1String("Mpi") ? DistributionType::Mpi : DistributionType::PyTorch;
        r.distribution.processCountPerNode = num(d, "processCountPerInstance", 1);
    } else if (type == QLatin1String("TensorFlow")) {
        r.distribution.type = DistributionType::TensorFlow;
        r.distribution.workerCount = num(d, "workerCount", r.nodeCount);
        r.distribution.parameterServerCount = num(d, "parameterServerCount", 0);
    }
    auto strings = [](const QJsonObject& o) {
        QMap<QString, QString> m;
        for (auto it = o.begin(); it != o.end(); ++it)
            m.insert(it.key(), it.value().toVariant().toString());
        return m;
    };
    r.tags = strings(obj(p, "tags"));
    r.properties = strings(obj(p, "properties"));
    r.parentRunId = str(p, "parentJobName");
    const QJsonObject system = obj(resource, "systemData");
    r.createdAt = QDateTime::fromString(str(system, "createdAt"), Qt::ISODateWithMs);
    r.config.experiment = r.experiment;
    r.config.command = str(p, "command");
    r.config.compute = r.compute;
    r.config.nodeCount = r.nodeCount;
    r.config.distribution = r.distribution;
    r.config.environmentVariables = strings(obj(p, "environmentVariables"));
    r.config.tags = r.tags;
    r.config.displayName = r.displayName;
    r.config.parentRunId = r.parentRunId;
    return r;
}

// The command line with {datastore:<path>} / {datastore:<path>:download} in the arguments
// (core/model/Run.h) as ${{inputs.datastore_<n>}}, each a uri_folder input on the workspace's
// blob datastore added to `inputs`.
static QString commandWithInputs(const RunConfig& config, QJsonObject* inputs) {
    QString command = config.command;
    if (command.isEmpty() && !config.entryScript.isEmpty())
        command = QStringLiteral("python ") + config.entryScript;
    static const QRegularExpression reference(
        QStringLiteral("\\{datastore:([^}:]*)(?::(mount|download))?\\}"));
    for (QString a : config.arguments) {
        QString out;
        qsizetype at = 0;
        for (auto it = reference.globalMatch(a); it.hasNext();) {
            const auto m = it.next();
            const QString name = QStringLiteral("datastore_%1").arg(inputs->size());
            inputs->insert(
                name, QJsonObject{{QStringLiteral("jobInputType"), QStringLiteral("uri_folder")},
                                  {QStringLiteral("uri"),
                                   QString(QStringLiteral("azureml://datastores/workspaceblobstore/paths/") +
                                           m.captured(1))},
                                  {QStringLiteral("mode"), m.captured(2) == QLatin1String("download")
                                                               ? QStringLiteral("Download")
                                                               : QStringLiteral("ReadOnlyMount")}});
            out += a.mid(at, m.capturedStart() - at) + QStringLiteral("${{inputs.") + name +
                   QStringLiteral("}}");
            at = m.capturedEnd();
        }
        a = out + a.mid(at);
        command += u' ' + (a.contains(u' ') ? u'"' + a + u'"' : a);
    }
    return command;
}

// docs/architecture.md "Jobs": TensorFlow{parameterServerCount (default 0), workerCount (default instance
// count)}. Both are written out: Azure's worker default counts every instance as a worker, so
// with parameter servers it would start more tasks than nodes; ours (Distribution::workerCount
// 0 = node count - parameter servers) keeps one task per node, as the local engine and the
// Batch AI import do, and equals Azure's default when there are no parameter servers.
static QJsonValue distributionBody(const RunConfig& config) {
    const Distribution& d = config.distribution;
    switch (d.type) {
    case DistributionType::None:
        break;
    case DistributionType::Mpi:
    case DistributionType::PyTorch:
        return QJsonObject{{QStringLiteral("distributionType"), d.type == DistributionType::Mpi
                                                                    ? QStringLiteral("Mpi")
                                                                    : QStringLiteral("PyTorch")},
                           {QStringLiteral("processCountPerInstance"), d.processCountPerNode}};
    case DistributionType::TensorFlow:
        return QJsonObject{
            {QStringLiteral("distributionType"), QStringLiteral("TensorFlow")},
            {QStringLiteral("parameterServerCount"), d.parameterServerCount},
            {QStringLiteral("workerCount"),
             d.workerCount > 0 ? d.workerCount : qMax(1, config.nodeCount) - d.parameterServerCount}};
    }
    return QJsonValue::Undefined;
}

QString shmSizeForAzure(const QString& size) {
    static const QRegularExpression docker(QStringLiteral("^\\s*(\\d+)\\s*([bkmg]?)b?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = docker.match(size);
    if (!m.hasMatch())
        return size; // as given: Azure's answer names the field
    return m.captured(1) + (m.captured(2).isEmpty() ? QStringLiteral("b") : m.captured(2).toLower());
}

// docs/architecture.md "Jobs": resources{instanceCount, shmSize (default 2g)}. Batch AI's containerSettings
// shmSize is kept as Azure ML's shmSize (the published job example leaves it to the default).
static QJsonObject resourcesBody(const RunConfig& config) {
    QJsonObject resources{{QStringLiteral("instanceCount"), qMax(1, config.nodeCount)}};
    if (!config.shmSize.isEmpty())
        resources.insert(QStringLiteral("shmSize"), shmSizeForAzure(config.shmSize));
    return resources;
}

static QJsonObject stringObject(const QMap<QString, QString>& map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The request's named folders (an import's input and output directories).
static void addFolders(const JobRequest& request, QJsonObject* inputs, QJsonObject* outputs) {
    for (auto it = request.inputs.begin(); it != request.inputs.end(); ++it)
        inputs->insert(it.key(),
                       QJsonObject{{QStringLiteral("jobInputType"), QStringLiteral("uri_folder")},
                                   {QStringLiteral("uri"), it->uri},
                                   {QStringLiteral("mode"), it->writable ? QStringLiteral("ReadWriteMount")
                                                                         : QStringLiteral("ReadOnlyMount")}});
    for (const QString& name : request.outputs)
        outputs->insert(name, QJsonObject{{QStringLiteral("jobOutputType"), QStringLiteral("uri_folder")},
                                          {QStringLiteral("mode"), QStringLiteral("ReadWriteMount")}});
}

QJsonObject commandJobBody(const RunConfig& config, const JobRequest& request) {
    QJsonObject inputs, outputs;
    QJsonObject p{{QStringLiteral("jobType"), QStringLiteral("Command")},
                  {QStringLiteral("command"), commandWithInputs(config, &inputs)},
                  {QStringLiteral("environmentId"), request.environmentId},
                  {QStringLiteral("experimentName"),
                   config.experiment.isEmpty() ? QStringLiteral("Default") : config.experiment},
                  {QStringLiteral("resources"), resourcesBody(config)}};
    if (!request.computeId.isEmpty())
        p.insert(QStringLiteral("computeId"), request.computeId);
    if (!request.codeId.isEmpty())
        p.insert(QStringLiteral("codeId"), request.codeId);
    if (!config.displayName.isEmpty())
        p.insert(QStringLiteral("displayName"), config.displayName);
    if (!config.parentRunId.isEmpty())
        p.insert(QStringLiteral("parentJobName"), config.parentRunId);
    if (const QJsonValue d = distributionBody(config); !d.isUndefined())
        p.insert(QStringLiteral("distribution"), d);
    if (!config.environmentVariables.isEmpty())
        p.insert(QStringLiteral("environmentVariables"), stringObject(config.environmentVariables));
    if (!config.tags.isEmpty())
        p.insert(QStringLiteral("tags"), stringObject(config.tags));
    // docs/architecture.md "Jobs" and the published example: limits{jobLimitsType "Command", timeout ISO
    // 8601}; without it Azure ML sets no limit, which is what timeoutSeconds 0 means.
    if (config.timeoutSeconds > 0)
        p.insert(QStringLiteral("limits"),
                 QJsonObject{{QStringLiteral("jobLimitsType"), QStringLiteral("Command")},
                             {QStringLiteral("timeout"),
                              isoDurationFromSeconds(int(qMin<qint64>(config.timeoutSeconds, INT_MAX)))}});
    addFolders(request, &inputs, &outputs);
    if (!inputs.isEmpty())
        p.insert(QStringLiteral("inputs"), inputs);
    if (!outputs.isEmpty())
        p.insert(QStringLiteral("outputs"), outputs);
    return {{QStringLiteral("properties"), p}};
}

DatastoreInfo datastoreFromArm(const QJsonObject& resource) {
    DatastoreInfo d;
    const QJsonObject p = obj(resource, "properties");
    d.name = str(resource, "name");
    d.type = str(p, "datastoreType");
    d.isDefault = p.value(QLatin1String("isDefault")).toBool();
    const QString protocol = str(p, "protocol").isEmpty() ? QStringLiteral("https") : str(p, "protocol");
    const QString endpoint =
        str(p, "endpoint").isEmpty() ? QStringLiteral("core.windows.net") : str(p, "endpoint");
    const QString account = str(p, "accountName");
    if (d.type == QLatin1String("AzureBlob"))
        d.location =
            QStringLiteral("%1://%2.blob.%3/%4").arg(protocol, account, endpoint, str(p, "containerName"));
    else if (d.type == QLatin1String("AzureFile"))
        d.location =
            QStringLiteral("%1://%2.file.%3/%4").arg(protocol, account, endpoint, str(p, "fileShareName"));
    else
        d.location = account;
    return d;
}

} // namespace trainyard::azureml
