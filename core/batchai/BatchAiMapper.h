#pragma once

#include "core/batchai/BatchAiDocument.h"
#include "core/batchai/BatchAiImport.h"

namespace trainyard::batchai {

// Maps one Batch AI definition to Trainyard's ComputeSpec / RunConfig, following the table in
// docs/architecture.md "Batch AI import". Every field that does not carry over exactly becomes an
// ImportWarning naming it; nothing is dropped silently. Pure: no files, no keychain
// (BatchAiImport::secrets holds what the caller stores). The Azure ML REST body is not the
// mapper's: azureMlBody() (AzureMlBody.h) has core/azureml's ArmJson write it from the spec.
//
// The parts, one per kind of definition: ClusterMapping, JobMapping (with JobDirectories,
// BatchAiVariables, ToolkitCommands, JobCommand), FileServerMapping, ConfigurationMapping; the
// warnings, secrets and naming rules they share are in MappingContext.
class BatchAiMapper {
public:
    BatchAiMapper(const BatchAiDocument& document, const ImportOptions& options);
    BatchAiImport map();

private:
    BatchAiDocument m_doc;
    ImportOptions m_options;
};

} // namespace trainyard::batchai
