#include "core/batchai/BatchAiImport.h"

#include "core/batchai/AzureMlBody.h"

#include <QJsonArray>

namespace trainyard::batchai {

namespace {
QJsonObject stringMap(const QMap<QString, QString>& map) {
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray directories(const QList<ImportDirectory>& list, bool output) {
    QJsonArray a;
    for (const auto& d : list) {
        QJsonObject o{{QStringLiteral("name"), d.id.toLower()},
                      {QStringLiteral("batchai_id"), d.id},
                      {QStringLiteral("mode"), d.mode}};
        if (!output) {
            o.insert(QStringLiteral("datastore"), d.datastore);
            o.insert(QStringLiteral("path"), d.path);
            o.insert(QStringLiteral("local_path"), d.mountPath);
        }
        if (!d.original.isEmpty())
            o.insert(QStringLiteral("batchai_path"), d.original);
        a.append(o);
    }
    return a;
}

QJsonObject computeJson(const BatchAiImport& in) {
    const ComputeSpec& c = *in.compute;
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("vm_size"), c.vmSize},
                  {QStringLiteral("vm_priority"), toString(c.vmPriority)},
                  {QStringLiteral("min_nodes"), c.minNodes},
                  {QStringLiteral("max_nodes"), c.maxNodes},
                  {QStringLiteral("idle_seconds_before_scaledown"), c.idleSecondsBeforeScaledown},
                  {QStringLiteral("description"), c.description}};
    if (!c.adminUsername.isEmpty())
        o.insert(QStringLiteral("admin_username"), c.adminUsername);
    if (!c.adminSshPublicKey.isEmpty())
        o.insert(QStringLiteral("admin_user_ssh_public_key"), c.adminSshPublicKey);
    if (!c.subnetName.isEmpty()) {
        o.insert(QStringLiteral("vnet_resourcegroup_name"), c.vnetResourceGroup);
        o.insert(QStringLiteral("vnet_name"), c.vnetName);
        o.insert(QStringLiteral("subnet_name"), c.subnetName);
    }
    return o;
}

QJsonObject runJson(const BatchAiImport& in) {
    const RunConfig& r = *in.run;
    QJsonObject dist{{QStringLiteral("type"), toString(r.distribution.type)}};
    if (r.distribution.type == DistributionType::Mpi || r.distribution.type == DistributionType::PyTorch)
        dist.insert(QStringLiteral("process_count_per_instance"), r.distribution.processCountPerNode);
    if (r.distribution.type == DistributionType::TensorFlow) {
        dist.insert(QStringLiteral("worker_count"), r.distribution.workerCount);
        dist.insert(QStringLiteral("parameter_server_count"), r.distribution.parameterServerCount);
    }
    QJsonObject env;
    if (!in.image.isEmpty())
        env.insert(QStringLiteral("image"), in.image);
    if (!in.environmentName.isEmpty())
        env.insert(QStringLiteral("azureml_environment"), in.environmentName);
    if (!in.registry.address.isEmpty() || !in.registry.username.isEmpty()) {
        QJsonObject reg{{QStringLiteral("address"), in.registry.address},
                        {QStringLiteral("username"), in.registry.username}};
        if (!in.registry.passwordKey.isEmpty())
            reg.insert(QStringLiteral("password_keychain_key"), in.registry.passwordKey);
        env.insert(QStringLiteral("registry"), reg);
    }
    if (!r.shmSize.isEmpty())
        env.insert(QStringLiteral("shm_size"), r.shmSize);
    QJsonObject o{{QStringLiteral("experiment"), r.experiment},
                  {QStringLiteral("display_name"), r.displayName},
                  {QStringLiteral("compute"), r.compute},
                  {QStringLiteral("node_count"), r.nodeCount},
                  {QStringLiteral("distribution"), dist},
                  {QStringLiteral("command"), r.command},
                  {QStringLiteral("arguments"), QJsonArray::fromStringList(r.arguments)},
                  {QStringLiteral("environment"), env},
                  {QStringLiteral("inputs"), directories(in.inputs, false)},
                  {QStringLiteral("outputs"), directories(in.outputs, true)},
                  {QStringLiteral("environment_variables"), stringMap(r.environmentVariables)}};
    if (!r.sourceDirectory.isEmpty())
        o.insert(QStringLiteral("source_directory"), r.sourceDirectory);
    if (r.timeoutSeconds > 0)
        o.insert(QStringLiteral("timeout_seconds"), double(r.timeoutSeconds));
    return o;
}

} // namespace

bool BatchAiImport::hasWarning(const QString& f) const {
    for (const auto& w : warnings)
        if (w.field == f)
            return true;
    return false;
}

QJsonObject toJson(const BatchAiImport& in) {
    QJsonObject json{{QStringLiteral("kind"), toString(in.document.kind)},
                     {QStringLiteral("source"), in.document.sourceName},
                     {QStringLiteral("shape"), toString(in.document.shape)}};
    if (!in.document.apiVersion.isEmpty())
        json.insert(QStringLiteral("api_version"), in.document.apiVersion);
    if (in.compute)
        json.insert(QStringLiteral("compute"), computeJson(in));
    if (in.run)
        json.insert(QStringLiteral("run"), runJson(in));
    if (!in.datastores.isEmpty()) {
        QJsonArray a;
        for (const auto& d : in.datastores)
            a.append(QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("type"), d.type},
                                 {QStringLiteral("account_name"), d.accountName},
                                 {QStringLiteral("container"), d.container},
                                 {QStringLiteral("batchai_mount_path"), d.relativeMountPath}});
        json.insert(QStringLiteral("datastores"), a);
    }
    if (!in.configuration.isEmpty())
        json.insert(QStringLiteral("configuration"), in.configuration);
    if (const QJsonObject body = azureMlBody(in); !body.isEmpty())
        json.insert(QStringLiteral("azureml"), body);
    if (!in.secrets.isEmpty()) {
        QJsonArray a;
        for (const auto& s : in.secrets) // the key only: the value never leaves the keychain
            a.append(
                QJsonObject{{QStringLiteral("field"), s.field}, {QStringLiteral("keychain_key"), s.key}});
        json.insert(QStringLiteral("secrets"), a);
    }
    QJsonArray warnings;
    for (const auto& w : in.warnings)
        warnings.append(
            QJsonObject{{QStringLiteral("field"), w.field}, {QStringLiteral("message"), w.message}});
    json.insert(QStringLiteral("warnings"), warnings);
    return json;
}

} // namespace trainyard::batchai
