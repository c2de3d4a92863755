#include "core/batchai/FileServerMapping.h"

#include "core/batchai/ClusterMapping.h"

namespace trainyard::batchai {

void mapFileServer(MappingContext& c) {
    const QJsonObject p = c.doc().properties;
    c.setScopeName(c.nameOrFileBaseName());
    const QJsonObject disks = p.value(QStringLiteral("dataDisks")).toObject();
    c.warn(c.root().isEmpty() ? MapperTr::tr("(file server)") : c.root(),
           MapperTr::tr(
               "Azure ML has no managed NFS file server. Put the data in a datastore (Azure Files or Blob; "
               "%1 disk(s) of %2 GB were asked for) or mount Azure NetApp Files in the environment; nothing "
               "is created.")
               .arg(textOf(disks.value(QStringLiteral("diskCount"))),
                    textOf(disks.value(QStringLiteral("diskSizeInGB")))));
    if (present(p, QStringLiteral("vmSize")))
        c.warn(c.field(QStringLiteral("vmSize")),
               MapperTr::tr("the file server's VM (%1) is not needed with a datastore.")
                   .arg(p.value(QStringLiteral("vmSize")).toString()));
    const QJsonObject ssh = p.value(QStringLiteral("sshConfiguration")).toObject();
    if (ssh.value(QStringLiteral("userAccountSettings")).isObject())
        mapUserAccount(c, ssh.value(QStringLiteral("userAccountSettings")).toObject(),
                       c.field(QStringLiteral("sshConfiguration.userAccountSettings")), nullptr);
    if (present(ssh, QStringLiteral("publicIPsToAllow")))
        c.warn(c.field(QStringLiteral("sshConfiguration.publicIPsToAllow")),
               MapperTr::tr("no server to reach: dropped."));
    if (present(p, QStringLiteral("subnet")))
        c.warn(c.field(QStringLiteral("subnet")), MapperTr::tr("no server to place: dropped."));
    if (present(disks, QStringLiteral("storageAccountType")) || present(disks, QStringLiteral("cachingType")))
        c.warn(c.field(QStringLiteral("dataDisks.storageAccountType")),
               MapperTr::tr(
                   "disk type '%1' has no datastore equivalent: choose the storage account's tier instead.")
                   .arg(disks.value(QStringLiteral("storageAccountType")).toString()));
    c.reportServiceState(p, c.root());
    c.reportUnknown(p, c.root(),
                    {QStringLiteral("vmSize"), QStringLiteral("sshConfiguration"),
                     QStringLiteral("dataDisks"), QStringLiteral("subnet")});
}

} // namespace trainyard::batchai
