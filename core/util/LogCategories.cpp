#include "core/util/LogCategories.h"

namespace trainyard {

Q_LOGGING_CATEGORY(lcAgent, "trainyard.local.agent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgentClient, "trainyard.local.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSlurmHttp, "trainyard.slurm.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAzureHttp, "trainyard.azureml.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "trainyard.secrets", QtWarningMsg)

} // namespace trainyard
