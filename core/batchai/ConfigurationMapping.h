#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// configuration.json of the Batch AI samples becomes a workspace config.json
// (BatchAiImport::configuration); its secrets go to the keychain.
void mapConfiguration(MappingContext& context);

} // namespace trainyard::batchai
