// SlurmEngine's environments: files on the shared work dir (EnvironmentStore), so every node
// and every client of the workspace sees the same versions. Built by the jobs (SlurmEnvironment).
#include "core/slurm/SlurmEngine.h"

#include "core/engine/EnvironmentStore.h"
#include "core/slurm/SlurmEnvironment.h"

#include <QtConcurrent>

namespace trainyard::slurm {

QFuture<Result<QList<EnvironmentSpec>>> SlurmEngine::listEnvironments() {
    return QtConcurrent::run(&m_pool, [s = m_settings]() -> Result<QList<EnvironmentSpec>> {
        return EnvironmentStore(slurmEnvironmentsRoot(s)).list();
    });
}

QFuture<Result<EnvironmentSpec>> SlurmEngine::getEnvironment(const QString& reference) {
    return QtConcurrent::run(&m_pool, [s = m_settings, reference] {
        return EnvironmentStore(slurmEnvironmentsRoot(s)).get(reference);
    });
}

QFuture<Result<EnvironmentSpec>> SlurmEngine::createEnvironment(const EnvironmentSpec& spec) {
    return QtConcurrent::run(
        &m_pool, [s = m_settings, spec] { return EnvironmentStore(slurmEnvironmentsRoot(s)).create(spec); });
}

} // namespace trainyard::slurm
