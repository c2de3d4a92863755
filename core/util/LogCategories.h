#pragma once

#include <QLoggingCategory>

// One logging category per component of core. All are quiet by default (warnings only) except the
// agent's, whose info lines are agent.log. Turn one on with QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES="trainyard.azureml.http.debug=true" yard compute list
//   QT_LOGGING_RULES="trainyard.*.debug=true" trainyard
// (README.md "Diagnostics" lists them).

namespace trainyard {

Q_DECLARE_LOGGING_CATEGORY(lcAgent)       // trainyard.local.agent: scheduling, run ends (agent.log)
Q_DECLARE_LOGGING_CATEGORY(lcAgentClient) // trainyard.local.client: waking or starting the agent
Q_DECLARE_LOGGING_CATEGORY(lcSlurmHttp)   // trainyard.slurm.http: slurmrestd requests and answers
Q_DECLARE_LOGGING_CATEGORY(lcAzureHttp)   // trainyard.azureml.http: ARM and data-plane requests
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)     // trainyard.secrets: keychain reads and writes (never values)

} // namespace trainyard
