#pragma once

#include "core/util/Result.h"

namespace trainyard {

// Copies the embedded Python helper (`trainyard`, `azureml.core` shim) into `folder`, rewriting
// only files whose content changed, so a running script never sees a half-written module.
Status installPythonHelper(const QString& folder);

} // namespace trainyard
