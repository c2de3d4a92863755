#include "core/model/ModelJson.h"

#include <cmath>

namespace trainyard {

QString isoTime(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

static QJsonValue timeValue(const QDateTime& time) {
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const QMap<QString, QString>& map) {
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QMap<QString, QString> stringMapFromJson(const QJsonObject& json) {
    QMap<QString, QString> map;
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it.value().toVariant().toString());
    return map;
}

QJsonObject toJson(const NodeStateCounts& c) {
    return {{QStringLiteral("idle"), c.idle},           {QStringLiteral("running"), c.running},
            {QStringLiteral("preparing"), c.preparing}, {QStringLiteral("unusable"), c.unusable},
            {QStringLiteral("leaving"), c.leaving},     {QStringLiteral("preempted"), c.preempted}};
}

QJsonObject toJson(const ComputeNode& node) {
    QJsonObject json{{QStringLiteral("node_id"), node.nodeId},
                     {QStringLiteral("state"), node.state},
                     {QStringLiteral("run_id"),
                      node.runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node.runId)},
                     {QStringLiteral("private_ip_address"), node.privateIpAddress},
                     {QStringLiteral("reason"), node.reason},
                     {QStringLiteral("state_since"), timeValue(node.stateSince)}};
    if (!node.gpus.isEmpty())
        json.insert(QStringLiteral("gpus"), QJsonArray::fromStringList(node.gpus));
    return json;
}

QJsonObject toJson(const ComputeInfo& c) {
    QJsonArray errors;
    for (const auto& e : c.errors)
        errors.append(e);
    QJsonObject json{{QStringLiteral("name"), c.spec.name},
                     {QStringLiteral("vm_size"), c.spec.vmSize},
                     {QStringLiteral("vm_priority"), toString(c.spec.vmPriority)},
                     {QStringLiteral("min_nodes"), c.spec.minNodes},
                     {QStringLiteral("max_nodes"), c.spec.maxNodes},
                     {QStringLiteral("idle_seconds_before_scaledown"), c.spec.idleSecondsBeforeScaledown},
                     {QStringLiteral("provisioning_state"), c.provisioningState},
                     {QStringLiteral("allocation_state"), c.allocationState},
                     {QStringLiteral("current_node_count"), c.currentNodeCount},
                     {QStringLiteral("target_node_count"), c.targetNodeCount},
                     {QStringLiteral("node_state_counts"), toJson(c.nodeStateCounts)},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("created_at"), timeValue(c.createdAt)}};
    if (!c.spec.vnetName.isEmpty()) {
        json.insert(QStringLiteral("vnet_resourcegroup_name"), c.spec.vnetResourceGroup);
        json.insert(QStringLiteral("vnet_name"), c.spec.vnetName);
        json.insert(QStringLiteral("subnet_name"), c.spec.subnetName);
    }
    if (!c.spec.adminUsername.isEmpty())
        json.insert(QStringLiteral("admin_username"), c.spec.adminUsername);
    return json;
}

QJsonObject toJson(const Distribution& d) {
    QJsonObject json{{QStringLiteral("type"), toString(d.type)}};
    if (d.type == DistributionType::Mpi || d.type == DistributionType::PyTorch)
        json.insert(QStringLiteral("process_count_per_node"), d.processCountPerNode);
    if (d.type == DistributionType::TensorFlow) {
        json.insert(QStringLiteral("worker_count"), d.workerCount);
        json.insert(QStringLiteral("parameter_server_count"), d.parameterServerCount);
    }
    return json;
}

Distribution distributionFromJson(const QJsonObject& json) {
    Distribution d;
    d.type = distributionFromString(json.value(QStringLiteral("type")).toString())
                 .value_or(DistributionType::None);
    d.processCountPerNode = json.value(QStringLiteral("process_count_per_node")).toInt(1);
    d.workerCount = json.value(QStringLiteral("worker_count")).toInt(0);
    d.parameterServerCount = json.value(QStringLiteral("parameter_server_count")).toInt(0);
    return d;
}

QJsonObject toJson(const RunInfo& r) {
    QJsonArray nodes;
    for (const auto& n : r.nodes)
        nodes.append(n);
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("number"), r.number},
        {QStringLiteral("display_name"), r.displayName},
        {QStringLiteral("experiment"), r.experiment},
        {QStringLiteral("compute"), r.compute},
        {QStringLiteral("node_count"), r.nodeCount},
        {QStringLiteral("distribution"), toJson(r.distribution)},
        {QStringLiteral("status"), toString(r.status)},
        {QStringLiteral("status_detail"), r.statusDetail},
        {QStringLiteral("created_at"), timeValue(r.createdAt)},
        {QStringLiteral("started_at"), timeValue(r.startedAt)},
        {QStringLiteral("ended_at"), timeValue(r.endedAt)},
        {QStringLiteral("exit_code"), r.exitCode ? QJsonValue(*r.exitCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error)},
        {QStringLiteral("tags"), toJson(r.tags)},
        {QStringLiteral("properties"), toJson(r.properties)},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("parent_run_id"),
         r.parentRunId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.parentRunId)},
        {QStringLiteral("engine"), r.engine}};
}

QJsonObject toJson(const MetricPoint& p) {
    QJsonObject json{{QStringLiteral("name"), p.name},
                     {QStringLiteral("step"), p.step},
                     {QStringLiteral("time"), p.time},
                     {QStringLiteral("rank"), p.rank},
                     {QStringLiteral("kind"), p.kind}};
    // JSON has no NaN or infinity: non-finite values are written as strings ("NaN", "inf", "-inf").
    if (p.text == QLatin1String("True") || p.text == QLatin1String("False"))
        json.insert(QStringLiteral("value"), p.text == QLatin1String("True"));
    else if (std::isfinite(p.value))
        json.insert(QStringLiteral("value"), p.value);
    else if (!p.text.isEmpty() && std::isnan(p.value))
        json.insert(QStringLiteral("value"), p.text);
    else
        json.insert(QStringLiteral("value"),
                    std::isnan(p.value) ? QStringLiteral("NaN")
                                        : (p.value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")));
    if (!p.column.isEmpty())
        json.insert(QStringLiteral("column"), p.column);
    return json;
}

QJsonObject toJson(const DatastoreInfo& d) {
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("location"), d.location},
            {QStringLiteral("is_default"), d.isDefault}};
}

QJsonObject toJson(const RunFile& f) {
    return {{QStringLiteral("path"), f.path},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("modified"), timeValue(f.modified)}};
}

QJsonObject toJson(const RunConfig& c) {
    QJsonObject json{{QStringLiteral("experiment"), c.experiment},
                     {QStringLiteral("source_directory"), c.sourceDirectory},
                     {QStringLiteral("entry_script"), c.entryScript},
                     {QStringLiteral("command"), c.command},
                     {QStringLiteral("arguments"), QJsonArray::fromStringList(c.arguments)},
                     {QStringLiteral("compute"), c.compute},
                     {QStringLiteral("node_count"), c.nodeCount},
                     {QStringLiteral("distribution"), toJson(c.distribution)},
                     {QStringLiteral("environment_variables"), toJson(c.environmentVariables)},
                     {QStringLiteral("secret_environment"), toJson(c.secretEnvironment)},
                     {QStringLiteral("tags"), toJson(c.tags)},
                     {QStringLiteral("display_name"), c.displayName},
                     {QStringLiteral("parent_run_id"), c.parentRunId}};
    // Only when set, so that configs without them read as before.
    if (!c.shmSize.isEmpty())
        json.insert(QStringLiteral("shm_size"), c.shmSize);
    if (c.timeoutSeconds > 0)
        json.insert(QStringLiteral("timeout_seconds"), double(c.timeoutSeconds));
    if (!c.environment.isEmpty())
        json.insert(QStringLiteral("environment"), c.environment);
    return json;
}

RunConfig runConfigFromJson(const QJsonObject& json) {
    RunConfig c;
    c.experiment = json.value(QStringLiteral("experiment")).toString();
    c.sourceDirectory = json.value(QStringLiteral("source_directory")).toString();
    c.entryScript = json.value(QStringLiteral("entry_script")).toString();
    c.command = json.value(QStringLiteral("command")).toString();
    for (const auto& a : json.value(QStringLiteral("arguments")).toArray())
        c.arguments << a.toString();
    c.compute = json.value(QStringLiteral("compute")).toString();
    c.nodeCount = json.value(QStringLiteral("node_count")).toInt(1);
    c.distribution = distributionFromJson(json.value(QStringLiteral("distribution")).toObject());
    c.environmentVariables =
        stringMapFromJson(json.value(QStringLiteral("environment_variables")).toObject());
    c.secretEnvironment = stringMapFromJson(json.value(QStringLiteral("secret_environment")).toObject());
    c.tags = stringMapFromJson(json.value(QStringLiteral("tags")).toObject());
    c.displayName = json.value(QStringLiteral("display_name")).toString();
    c.parentRunId = json.value(QStringLiteral("parent_run_id")).toString();
    c.shmSize = json.value(QStringLiteral("shm_size")).toString();
    c.timeoutSeconds = qint64(json.value(QStringLiteral("timeout_seconds")).toDouble());
    c.environment = json.value(QStringLiteral("environment")).toString();
    return c;
}

} // namespace trainyard
