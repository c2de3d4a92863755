#pragma once

#include "core/batchai/BatchAiImport.h"

#include <QJsonObject>

namespace trainyard::batchai {

// What `yard import batchai --json` prints as "azureml": the Compute_CreateOrUpdate body of a
// cluster or the Jobs_CreateOrUpdate body of a job (api-version 2025-12-01), written by
// core/azureml's ArmJson from the import's ComputeSpec / RunConfig, so the import shows exactly
// what the Azure ML engine sends; a configuration's workspace config.json; else empty. Without a
// workspace there are no ARM ids: the compute is named "azureml:<name>", the environment
// "azureml:<environmentName>:1". No secret is in it.
QJsonObject azureMlBody(const BatchAiImport& import);

} // namespace trainyard::batchai
