#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// What a job's toolkit settings (tensorFlowSettings, horovodSettings, ...) turn into.
struct ToolkitLaunch {
    QString body;           // the launch as one shell body; @PYTHON@ stands for the target's python
    QString field;          // JSON path of the toolkit settings, where command warnings point
    QString pytorchBackend; // pyTorchSettings.communicationBackend, for $AZ_BATCHAI_PYTORCH_BACKEND
};

// Batch AI started each toolkit its own way; Azure ML and Trainyard run one command per process
// with a distribution. Sets run.distribution (and run.nodeCount for TensorFlow, one task per node).
ToolkitLaunch mapToolkit(MappingContext& context, const QJsonObject& jobProperties, RunConfig& run);

} // namespace trainyard::batchai
