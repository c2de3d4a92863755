#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// A cluster's nodeSetup.mountVolumes or a job's mountVolumes: Azure file shares and blob
// containers become datastores (BatchAiImport::datastores, account keys to the keychain); NFS
// and unmanaged file systems have no Azure ML equivalent and are warned about.
void mapMountVolumes(MappingContext& context, const QJsonObject& volumes, const QString& field);

} // namespace trainyard::batchai
