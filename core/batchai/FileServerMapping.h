#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// A Batch AI NFS file server has no Azure ML equivalent: nothing is created, every field is
// explained (the admin password still goes to the keychain, so that it is in no printed spec).
void mapFileServer(MappingContext& context);

} // namespace trainyard::batchai
