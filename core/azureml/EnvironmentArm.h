#pragma once

#include "core/model/Environment.h"
#include "core/model/VmSize.h"

#include <QJsonObject>

namespace trainyard::azureml {

// EnvironmentVersions (fixtures/azureml-environments): PUT {W}/{ws}/environments/{name}/versions/{version}
// with properties {description, image, condaFile}. Azure ML builds a conda file on top of an image,
// so a conda or pip spec gets Azure ML's default base image; a pip requirements file becomes a
// conda file with a pip section (as the v1 SDK's Environment.from_pip_requirements does). An
// interpreter or prefix on this machine means nothing there: refused, saying so.
Result<QJsonObject> environmentVersionBody(const EnvironmentSpec& spec);
// One EnvironmentVersion resource; `name` when its id does not carry one.
EnvironmentSpec environmentFromArm(const QJsonObject& resource, const QString& name);
// "azureml:{name}:{version}", as a job's environmentId names a workspace environment
// ("azureml:{name}@latest" without a version).
QString environmentIdForJob(const QString& reference);

// One VirtualMachineSize of VirtualMachineSizes_List (the fields are already Azure's names).
VmSize vmSizeFromArm(const QJsonObject& size);

constexpr const char* kDefaultBaseImage = "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest";

} // namespace trainyard::azureml
