#pragma once

#include "core/local/RankPlan.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

class QSocketNotifier;

namespace trainyard::local {

// `yard runner SPEC`: runs one process of a run and records what happened, independent of the
// agent and of every client. stdout and stderr go straight (by file descriptor) to the rank's
// append-only log; the exit status is written by the runner itself, last and atomically.
// SIGTERM is passed to the process group of the child; after the grace period it is killed.
class Runner : public QObject {
    Q_OBJECT
public:
    explicit Runner(RankSpec spec, QObject* parent = nullptr);
    ~Runner() override;

    // Starts the process; returns false (after recording the failure) if it cannot be started.
    bool start();

signals:
    void done(int exitCode);

private:
    void onStarted();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onFailedToStart();
    void onTerminateRequested();
    void killChild();
    void recordExit(int exitCode, int signal, const QString& error);

    RankSpec m_spec;
    QProcess m_process;
    QTimer m_killTimer;
    QSocketNotifier* m_signalNotifier = nullptr;
    bool m_canceled = false;
    bool m_recorded = false;
};

} // namespace trainyard::local
