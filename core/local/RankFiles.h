#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace trainyard::local {

// What a runner leaves in ranks/<rank>/: the only channel between a runner and the agent, so
// either can die and the other (or its successor) still knows what happened.
//   runner.pid    written first
//   started.json  {runner_pid, child_pid, started_at}
//   exit.json     {exit_code, signal, canceled, error, ended_at}  (written last, atomically)
//   secret_env.json  {NAME: secret name} when the run has secret environment variables (names only)
//   exit.reserve  room on the disk for exit.json, held while the script runs (DiskSpace)
struct RankStarted {
    qint64 runnerPid = 0;
    qint64 childPid = 0;
    QDateTime startedAt;
};

struct RankExit {
    int exitCode = 0;
    int signal = 0;
    bool canceled = false;
    QString error;
    QDateTime endedAt;
};

namespace rankfiles {
QString pidFile(const QString& rankDir);
QString startedFile(const QString& rankDir);
QString exitFile(const QString& rankDir);
QString specFile(const QString& rankDir);

std::optional<qint64> readRunnerPid(const QString& rankDir);
std::optional<RankStarted> readStarted(const QString& rankDir);
std::optional<RankExit> readExit(const QString& rankDir);
QString exitReserveFile(const QString& rankDir);
QString secretEnvironmentFile(const QString& rankDir);
Status writeStarted(const QString& rankDir, const RankStarted& started);
// Gives back the room reserved for it first when the disk is full, so a script that filled the
// disk still gets its exit recorded; the error is the system's (ENOSPC) when even that fails.
Status writeExit(const QString& rankDir, const RankExit& exit);
bool processAlive(qint64 pid);
} // namespace rankfiles

} // namespace trainyard::local
