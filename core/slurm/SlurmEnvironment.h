#pragma once

#include "core/model/Environment.h"
#include "core/slurm/SlurmSettings.h"

#include <QMap>
#include <QString>

namespace trainyard::slurm {

// A run's environment on a Slurm cluster. Environments are kept on the shared work dir
// (<work>/environments, EnvironmentStore), and a pip or conda one is built by the job itself on
// its first node, before srun, into <work>/environments/.cache/<hash> under flock(1): the same
// cache, marker and lock rules as the local engine (core/engine/EnvironmentBuild.h), written as
// shell because the nodes need not have `yard`. The build log is the run's
// logs/environment/build_log.txt; a failed build leaves environment_failed.txt for the run's error.
// Images run with apptainer or singularity on the nodes; the job says so when neither is there.
struct SlurmEnvironment {
    QString python;         // the interpreter of entry scripts ("" keeps python3)
    QString binFirstOnPath; // put before $PATH in each task
    QMap<QString, QString> variables;
    QString image;       // run each task inside it
    QString buildScript; // batch.sh lines before srun (may be empty)
};

QString slurmEnvironmentsRoot(const SlurmSettings& settings);

// Writes what the build needs into the run folder and returns the job's part of it.
Result<SlurmEnvironment> prepareSlurmEnvironment(const SlurmSettings& settings, const QString& runDir,
                                                 const EnvironmentSpec& spec);

// The run's error when its environment did not build: the reason and the build log's last lines.
QString slurmEnvironmentFailure(const QString& runDir);

} // namespace trainyard::slurm
