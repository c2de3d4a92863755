#pragma once

#include "core/engine/RankPlan.h"

#include <QObject>
#include <QTimer>

#include <sys/types.h>

class QSocketNotifier;

namespace trainyard::local {

// `yard runner SPEC`: runs one process of a run and records what happened, independent of the
// agent and of every client. stdout and stderr go straight (by file descriptor) to the rank's
// append-only log; the exit status is written by the runner itself, last and atomically.
// SIGTERM is passed to the child's process group; after the grace period the group is killed.
// The child is spawned with posix_spawn rather than QProcess so that the exact wait status
// (exit code or the signal that killed it, e.g. the OOM killer's SIGKILL) is recorded.
class Runner : public QObject {
    Q_OBJECT
public:
    explicit Runner(RankSpec spec, QObject* parent = nullptr);
    ~Runner() override;

    // Starts the process; a failure to start is recorded as the rank's exit (code 127).
    void start();

signals:
    void done(int exitCode);

private:
    void onSignal(int signal);
    void reap();
    void terminateChild();
    void killChild();
    void recordExit(int exitCode, int signal, const QString& error);
    QString fullDiskExplanation(int exitCode) const; // "" unless a full disk explains the failure

    RankSpec m_spec;
    pid_t m_child = -1;
    QTimer m_killTimer;
    QSocketNotifier* m_signalNotifier = nullptr;
    bool m_canceled = false;
    bool m_recorded = false;
};

} // namespace trainyard::local
