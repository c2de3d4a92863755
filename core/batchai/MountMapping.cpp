#include "core/batchai/MountMapping.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace trainyard::batchai {

namespace {

// What file shares and blob containers have in common: the account, its key, the warning.
void mapStorageCommon(MappingContext& c, const QJsonObject& volume, const QString& f, ImportDatastore& ds,
                      const QString& placeholderMessage) {
    ds.relativeMountPath = volume.value(QStringLiteral("relativeMountPath")).toString();
    ds.name = azureMlName(ds.container.isEmpty() ? ds.relativeMountPath : ds.container);
    if (isPlaceholder(ds.accountName) || ds.accountName.contains(u'<'))
        c.warn(f + QStringLiteral(".accountName"), placeholderMessage.arg(ds.name));
    const QJsonObject cred = volume.value(QStringLiteral("credentials")).toObject();
    if (present(cred, QStringLiteral("accountKey")))
        c.addSecret(f + QStringLiteral(".credentials.accountKey"),
                    QStringLiteral("datastores/%1/accountKey").arg(ds.name),
                    cred.value(QStringLiteral("accountKey")));
    if (present(cred, QStringLiteral("accountKeySecretReference")))
        c.warn(f + QStringLiteral(".credentials.accountKeySecretReference"),
               MapperTr::tr("a Key Vault reference: give the datastore the account key from that vault."));
}

// The datastore a mount becomes, said in the mount's own words ("Azure file share '%1' ...").
void addDatastore(MappingContext& c, const QString& f, const ImportDatastore& ds, const QString& becomes) {
    c.warn(f, becomes.arg(ds.container, ds.relativeMountPath, ds.name));
    c.out().datastores.append(ds);
}

void mapFileShares(MappingContext& c, const QJsonArray& shares, const QString& f) {
    static const QRegularExpression shareUrl(QStringLiteral("^https?://([^./]+)\\.file\\.[^/]+/([^/?]+)"));
    for (int i = 0; i < shares.size(); ++i) {
        const QJsonObject s = shares.at(i).toObject();
        const QString sf = QStringLiteral("%1.azureFileShares[%2]").arg(f).arg(i);
        ImportDatastore ds;
        ds.type = QStringLiteral("azure_file");
        ds.accountName = s.value(QStringLiteral("accountName")).toString();
        const auto m = shareUrl.match(s.value(QStringLiteral("azureFileUrl")).toString());
        if (m.hasMatch()) {
            ds.container = m.captured(2);
            if (ds.accountName.isEmpty())
                ds.accountName = m.captured(1);
        }
        mapStorageCommon(
            c, s, sf, ds,
            MapperTr::tr("the storage account is a placeholder: register datastore '%1' with the real "
                         "account before you run."));
        if (present(s, QStringLiteral("fileMode")) || present(s, QStringLiteral("directoryMode")))
            c.warn(sf + QStringLiteral(".fileMode"),
                   MapperTr::tr("fileMode/directoryMode have no datastore "
                                "equivalent: Azure ML mounts with its own modes."));
        addDatastore(
            c, sf, ds,
            MapperTr::tr("Azure file share '%1' mounted at '%2' becomes datastore '%3'; the command reaches "
                         "it through a job input instead of a cluster mount."));
    }
}

void mapBlobContainers(MappingContext& c, const QJsonArray& blobs, const QString& f) {
    for (int i = 0; i < blobs.size(); ++i) {
        const QJsonObject b = blobs.at(i).toObject();
        const QString bf = QStringLiteral("%1.azureBlobFileSystems[%2]").arg(f).arg(i);
        ImportDatastore ds;
        ds.type = QStringLiteral("azure_blob");
        ds.accountName = b.value(QStringLiteral("accountName")).toString();
        ds.container = b.value(QStringLiteral("containerName")).toString();
        mapStorageCommon(
            c, b, bf, ds,
            MapperTr::tr(
                "the storage account is a placeholder or missing: register datastore '%1' with the real "
                "account before you run."));
        if (!b.value(QStringLiteral("mountOptions")).toString().isEmpty())
            c.warn(bf + QStringLiteral(".mountOptions"),
                   MapperTr::tr("blobfuse mount options have no Azure ML equivalent."));
        addDatastore(
            c, bf, ds,
            MapperTr::tr("blob container '%1' mounted at '%2' becomes datastore '%3'; the command reaches it "
                         "through a job input instead of a cluster mount."));
    }
}

void warnUnmountable(MappingContext& c, const QJsonObject& volumes, const QString& f) {
    const QJsonArray servers = volumes.value(QStringLiteral("fileServers")).toArray();
    for (int i = 0; i < servers.size(); ++i)
        c.warn(
            QStringLiteral("%1.fileServers[%2]").arg(f).arg(i),
            MapperTr::tr("a Batch AI NFS file server (mounted at '%1'): Azure ML has no managed NFS mount on "
                         "AmlCompute; copy the data to a datastore (Azure Files or Blob) and use an input.")
                .arg(servers.at(i).toObject().value(QStringLiteral("relativeMountPath")).toString()));
    const QJsonArray unmanaged = volumes.value(QStringLiteral("unmanagedFileSystems")).toArray();
    for (int i = 0; i < unmanaged.size(); ++i)
        c.warn(
            QStringLiteral("%1.unmanagedFileSystems[%2]").arg(f).arg(i),
            MapperTr::tr("an unmanaged file system ('%1' at '%2'): Azure ML cannot run mount commands on its "
                         "nodes; use a datastore.")
                .arg(unmanaged.at(i).toObject().value(QStringLiteral("mountCommand")).toString(),
                     unmanaged.at(i).toObject().value(QStringLiteral("relativeMountPath")).toString()));
}

} // namespace

void mapMountVolumes(MappingContext& c, const QJsonObject& volumes, const QString& f) {
    mapFileShares(c, volumes.value(QStringLiteral("azureFileShares")).toArray(), f);
    mapBlobContainers(c, volumes.value(QStringLiteral("azureBlobFileSystems")).toArray(), f);
    warnUnmountable(c, volumes, f);
    c.reportUnknown(volumes, f,
                    {QStringLiteral("azureFileShares"), QStringLiteral("azureBlobFileSystems"),
                     QStringLiteral("fileServers"), QStringLiteral("unmanagedFileSystems")});
}

} // namespace trainyard::batchai
