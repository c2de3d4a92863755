#pragma once

#include <QString>

namespace trainyard::local {

// Where everything of a local workspace lives on disk. Only paths; nothing here touches a file.
//   workspace.json, trainyard.db (SQLite, WAL), agent.lock, agent.log, agent.sock (AgentSocket)
//   runs/<run-id>/{snapshot, outputs, inputs, logs/<node>/std_log.txt, metrics.jsonl,
//   ranks/{<rank>,launcher}/...} datastores/workspaceblobstore/ lib/python/ (the helper shipped to runs)
//   environments/<name>/<version>.json, environments/.cache/<hash>/ (built pip and conda environments)
class LocalLayout {
public:
    explicit LocalLayout(QString folder);

    const QString& folder() const { return m_folder; }
    QString workspaceFile() const { return m_folder + QStringLiteral("/workspace.json"); }
    QString database() const { return m_folder + QStringLiteral("/trainyard.db"); }
    QString agentLock() const { return m_folder + QStringLiteral("/agent.lock"); }
    QString agentLog() const { return m_folder + QStringLiteral("/agent.log"); }
    QString pythonLib() const { return m_folder + QStringLiteral("/lib/python"); }
    QString datastoresRoot() const { return m_folder + QStringLiteral("/datastores"); }
    QString datastore(const QString& name) const { return datastoresRoot() + u'/' + name; }
    QString runsRoot() const { return m_folder + QStringLiteral("/runs"); }
    QString run(const QString& runId) const { return runsRoot() + u'/' + runId; }
    QString snapshot(const QString& runId) const { return run(runId) + QStringLiteral("/snapshot"); }
    QString outputs(const QString& runId) const { return run(runId) + QStringLiteral("/outputs"); }
    QString inputs(const QString& runId) const { return run(runId) + QStringLiteral("/inputs"); }
    QString logs(const QString& runId) const { return run(runId) + QStringLiteral("/logs"); }
    QString metricsFile(const QString& runId) const { return run(runId) + QStringLiteral("/metrics.jsonl"); }
    QString ranksDir(const QString& runId) const { return run(runId) + QStringLiteral("/ranks"); }
    QString environmentsRoot() const { return m_folder + QStringLiteral("/environments"); }
    QString environmentCache() const { return environmentsRoot() + QStringLiteral("/.cache"); }
    // The run's environment build: its log is the run's Preparing output.
    QString environmentLog(const QString& runId) const {
        return logs(runId) + QStringLiteral("/environment/build_log.txt");
    }
    QString environmentState(const QString& runId) const {
        return run(runId) + QStringLiteral("/environment");
    }
    QString rankDir(const QString& runId, int rank) const {
        return ranksDir(runId) + u'/' + QString::number(rank);
    }
    // The runner of an mpi run's launcher (mpirun): the same files as a rank's.
    QString launcherDir(const QString& runId) const { return ranksDir(runId) + QStringLiteral("/launcher"); }

private:
    QString m_folder;
};

} // namespace trainyard::local
