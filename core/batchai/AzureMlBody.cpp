#include "core/batchai/AzureMlBody.h"

#include "core/azureml/ArmJson.h"
#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

namespace {

QJsonObject computeBody(const BatchAiImport& in) {
    azureml::ComputeRequest request;
    request.subscriptionId = in.subscriptionId;
    return azureml::computeCreateBody(*in.compute, request);
}

QJsonObject jobBody(const BatchAiImport& in) {
    // Azure ML runs the command written for it (inputs as ${{inputs.x}}), not the local one with
    // its datastore arguments.
    RunConfig run = *in.run;
    run.command = in.azureMlCommand;
    run.arguments.clear();
    azureml::JobRequest request;
    if (!run.compute.isEmpty())
        request.computeId = QStringLiteral("azureml:") + run.compute;
    if (!in.environmentName.isEmpty())
        request.environmentId = QStringLiteral("azureml:%1:1").arg(in.environmentName);
    for (const ImportDirectory& d : in.inputs)
        request.inputs.insert(azureMlName(d.id),
                              {QStringLiteral("azureml://datastores/%1/paths/%2").arg(d.datastore, d.path),
                               d.mode == QLatin1String("rw_mount")});
    for (const ImportDirectory& d : in.outputs)
        request.outputs << azureMlName(d.id);
    return azureml::commandJobBody(run, request);
}

} // namespace

QJsonObject azureMlBody(const BatchAiImport& in) {
    if (in.compute)
        return computeBody(in);
    if (in.run)
        return jobBody(in);
    return in.configuration;
}

} // namespace trainyard::batchai
