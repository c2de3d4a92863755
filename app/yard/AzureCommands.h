#pragma once

// The Azure ML halves of engine-neutral commands (`workspace create|show`), kept with the other
// Azure-only code in AzureCommands.cpp.
#include "Cli.h"

namespace yard {

// --arm-endpoint, --authority, --tenant.
void addAzureCloudOptions(QCommandLineParser& parser);
// `workspace create --engine azureml`, after parsing (the options are added by the caller).
int createAzureWorkspace(Cli& cli);
// `workspace show` on an Azure ML workspace: the local fields and the workspace's Azure details.
int showAzureWorkspace(Cli& cli, const QJsonObject& localFields);

} // namespace yard
