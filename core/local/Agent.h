#pragma once

#include "core/local/AgentOptions.h"
#include "core/local/ChildRunSync.h"
#include "core/local/LocalDatabase.h"
#include "core/local/LocalLayout.h"
#include "core/platform/System.h"

#include <QHash>
#include <QLocalServer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace trainyard::local {

// `yard agent`: the scheduler of one local workspace. One per workspace (agent.lock), started on
// demand by any client and detached from it. It owns no state of its own: everything is in the
// database and in the runners' files, so a killed agent's successor picks up where it stopped.
//   nodes:  preparing -> idle -> running -> idle -> leaving -> gone, between min and max nodes
//   runs:   Queued -> Preparing -> Starting -> Running -> Finalizing -> Completed|Failed|Canceled
class Agent : public QObject {
    Q_OBJECT
public:
    Agent(const LocalLayout& layout, const AgentOptions& options, QObject* parent = nullptr);
    ~Agent() override;

    // Takes the lock, opens the database, listens for wake-ups. Fails (Conflict) if another agent
    // holds the workspace.
    Status start();

signals:
    void idleTimeout(); // nothing to do for options.idleExitSeconds: the process may exit

private:
    struct Signaled {
        bool terminateSent = false;
        QString failure;   // the first rank failure, once others were told to stop
        QString timeLimit; // why the run was stopped when it reached max_run_duration_seconds
    };

    void tick();
    void advanceNodes(double now, const QList<ComputeInfo>& computes);
    void supervise(RunInfo run);
    void schedule(double now, const QList<ComputeInfo>& computes, const QList<RunInfo>& queued);
    void scaleDown(double now, const QList<ComputeInfo>& computes, const QList<RunInfo>& queued);
    bool launch(RunInfo run, const QStringList& nodeIds);
    void finish(RunInfo run, RunStatus status, std::optional<int> exitCode, const QString& error,
                const QDateTime& endedAt);
    void stopRanks(const RunInfo& run);
    void startRunner(const QString& rankDir);
    QString timeLimitReason(const RunInfo& run) const; // "" while within the limit
    void settleRanksOfEndedLauncher(const RunInfo& run, bool stopRequested);
    QString newNodeId(const ComputeInfo& compute, const QSet<QString>& taken) const;
    void log(const QString& line);

    LocalLayout m_layout;
    AgentOptions m_options;
    platform::InstanceLock m_lock;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<ChildRunSync> m_children; // runs the scripts create
    QLocalServer m_server;
    QTimer m_timer;
    QHash<QString, Signaled> m_signaled;
    double m_lastBusy = 0;
};

} // namespace trainyard::local
