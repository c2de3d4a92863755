#include "core/batchai/ConfigurationMapping.h"

namespace trainyard::batchai {

namespace {

// subscription_id, resource_group, workspace and the service principal: the config.json part.
QJsonObject workspaceConfig(MappingContext& ctx, const QJsonObject& c) {
    QJsonObject config{
        {QStringLiteral("subscription_id"), c.value(QStringLiteral("subscription_id")).toString()},
        {QStringLiteral("resource_group"), c.value(QStringLiteral("resource_group")).toString()},
        {QStringLiteral("workspace_name"), c.value(QStringLiteral("workspace")).toString()}};
    for (const char* k : {"subscription_id", "resource_group", "workspace"}) {
        const QString key = QString::fromLatin1(k);
        if (c.value(key).toString().isEmpty())
            ctx.warn(key, MapperTr::tr(
                              "empty: fill it in before the workspace's config.json is usable (Azure ML's "
                              "config.json needs subscription_id, resource_group and workspace_name)."));
    }
    if (!c.contains(QStringLiteral("workspace")))
        ctx.warn(
            QStringLiteral("workspace"),
            MapperTr::tr(
                "missing (Batch AI before 2018-05-01 had no workspaces): give the Azure ML workspace name."));
    // Service principal: the id and tenant are not secret, the secret is.
    const QString client = c.value(QStringLiteral("aad_client_id")).toString();
    const QString tenant = c.value(QStringLiteral("aad_tenant")).toString();
    if (!client.isEmpty() || !tenant.isEmpty())
        config.insert(
            QStringLiteral("service_principal"),
            QJsonObject{{QStringLiteral("client_id"), client}, {QStringLiteral("tenant_id"), tenant}});
    ctx.addSecret(QStringLiteral("aad_secret"), QStringLiteral("aad_secret"),
                  c.value(QStringLiteral("aad_secret")));
    if (!c.value(QStringLiteral("aad_secret")).toString().isEmpty() || !client.isEmpty())
        ctx.warn(QStringLiteral("aad_client_id"),
                 MapperTr::tr(
                     "a service principal: Trainyard signs in with it (client secret from the keychain) or "
                     "with your own account."));
    return config;
}

// The storage account, node user and registry of the samples: secrets to the keychain.
void mapSampleCredentials(MappingContext& ctx, const QJsonObject& c, QJsonObject& config) {
    const QJsonObject storage = c.value(QStringLiteral("storage_account")).toObject();
    if (!storage.value(QStringLiteral("name")).toString().isEmpty())
        config.insert(QStringLiteral("storage_account"), storage.value(QStringLiteral("name")).toString());
    ctx.addSecret(QStringLiteral("storage_account.key"), QStringLiteral("storage_account/key"),
                  storage.value(QStringLiteral("key")));
    ctx.warn(
        QStringLiteral("storage_account"),
        MapperTr::tr(
            "Azure ML workspaces have their own storage (workspaceblobstore): register this account as a "
            "datastore to keep using its data."));
    const QJsonObject admin = c.value(QStringLiteral("admin_user")).toObject();
    ctx.addSecret(QStringLiteral("admin_user.password"), QStringLiteral("admin_user/password"),
                  admin.value(QStringLiteral("password")));
    if (!admin.isEmpty())
        ctx.warn(QStringLiteral("admin_user"),
                 MapperTr::tr(
                     "the samples' node user: give it to each imported cluster (userAccountCredentials)."));
    const QJsonObject registry = c.value(QStringLiteral("container_registry")).toObject();
    ctx.addSecret(QStringLiteral("container_registry.password"),
                  QStringLiteral("container_registry/password"), registry.value(QStringLiteral("password")));
    if (!registry.value(QStringLiteral("secret_url")).toString().isEmpty() || !registry.isEmpty())
        ctx.warn(QStringLiteral("container_registry"),
                 MapperTr::tr(
                     "private registry credentials: Azure ML pulls images with the workspace's registry or "
                     "credentials kept in its Key Vault (secret_url)."));
}

} // namespace

void mapConfiguration(MappingContext& ctx) {
    const QJsonObject c = ctx.doc().properties;
    const QString workspace = c.value(QStringLiteral("workspace")).toString();
    ctx.setScopeName(workspace.isEmpty() ? QStringLiteral("configuration") : workspace);
    QJsonObject config = workspaceConfig(ctx, c);
    mapSampleCredentials(ctx, c, config);
    if (c.contains(QStringLiteral("keyvault_id")))
        ctx.warn(QStringLiteral("keyvault_id"),
                 MapperTr::tr("Azure ML workspaces have their own Key Vault: this one is not used."));
    if (c.contains(QStringLiteral("base_url")))
        ctx.warn(QStringLiteral("base_url"),
                 MapperTr::tr("the Batch AI endpoint: no longer exists, dropped."));
    if (c.contains(QStringLiteral("location")))
        ctx.warn(QStringLiteral("location"),
                 MapperTr::tr("the workspace's region decides ('%1' is not used).")
                     .arg(c.value(QStringLiteral("location")).toString()));
    ctx.reportUnknown(
        c, {},
        {QStringLiteral("subscription_id"), QStringLiteral("aad_client_id"), QStringLiteral("aad_secret"),
         QStringLiteral("aad_tenant"), QStringLiteral("location"), QStringLiteral("base_url"),
         QStringLiteral("resource_group"), QStringLiteral("workspace"), QStringLiteral("storage_account"),
         QStringLiteral("admin_user"), QStringLiteral("keyvault_id"), QStringLiteral("container_registry")});
    ctx.out().configuration = config;
}

} // namespace trainyard::batchai
