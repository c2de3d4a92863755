#pragma once

#include "core/engine/RankPlan.h"
#include "core/platform/Process.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace trainyard::monitoring {
class SystemSampler;
}

namespace trainyard::local {

// `yard runner SPEC`: runs one process of a run and records what happened, independent of the
// agent and of every client. stdout and stderr go straight (by file descriptor) to the rank's
// append-only log; the exit status is written by the runner itself, last and atomically.
// A stop request (SIGTERM; the stop event on Windows) is passed to the child's process tree;
// after the grace period the tree is killed. The child is a platform::ProcessTree rather than a
// QProcess so that the exact exit status (exit code or the signal that killed it, e.g. the OOM
// killer's SIGKILL) is recorded and a stop reaches its grandchildren.
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
    void poll();
    void reap();
    void terminateChild();
    void killChild();
    void recordExit(int exitCode, int signal, const QString& error);
    void startSampler(const QProcessEnvironment& env);
    QString fullDiskExplanation(int exitCode) const; // "" unless a full disk explains the failure

    RankSpec m_spec;
    platform::ProcessTree m_child;
    QTimer m_pollTimer; // for the child's end and for stop requests: both are polled
    QTimer m_killTimer;
    std::unique_ptr<monitoring::SystemSampler> m_sampler; // sys/ metrics of the child's tree
    bool m_canceled = false;
    bool m_recorded = false;
};

} // namespace trainyard::local
