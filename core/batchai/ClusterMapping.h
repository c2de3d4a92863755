#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// A Batch AI cluster becomes a ComputeSpec (BatchAiImport::compute): name, VM size and priority,
// scale settings, admin user, subnet; node setup and OS image have no Azure ML equivalent.
void mapCluster(MappingContext& context);

// userAccountSettings (clusters, file servers): the user and public key into `spec` (when given),
// the password to the keychain.
void mapUserAccount(MappingContext& context, const QJsonObject& account, const QString& field,
                    ComputeSpec* spec);

} // namespace trainyard::batchai
