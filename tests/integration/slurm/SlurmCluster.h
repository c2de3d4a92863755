#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace trainyard::test {

// A real Slurm 22.05 on loopback for the integration tests (docs/architecture.md "Slurm"): slurmctld,
// four slurmd (n1-n4 in partition "debug", n1-n2 also in "small" with MaxNodes=1) and slurmrestd
// with JWT, all state in a temp folder, on a random block of ports, with auth/none so no munged
// is needed. Every daemon is a child of the test with PR_SET_PDEATHSIG, and stop() (also run by
// the destructor, so a failing test still cleans up) cancels the jobs and ends each daemon by
// its PID: TERM, then KILL after 10 s.
class SlurmCluster {
public:
    SlurmCluster();
    ~SlurmCluster();

    // Starts everything and waits until /ping answers and all four nodes are idle. On failure
    // returns false with the reason (and the daemons' logs) in error().
    bool start();
    void stop();
    bool restartRest(); // TERM slurmrestd, start it again on the same port
    bool stopRest();
    bool startRest();

    QString error() const { return m_error; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_restPort); }
    QString user() const { return m_user; }
    QString folder() const { return m_dir.path(); }
    QString workDir() const { return m_dir.path() + QStringLiteral("/work"); }
    QString conf() const { return m_dir.path() + QStringLiteral("/etc/slurm.conf"); }

    // `scontrol token lifespan=<s>`; empty on failure.
    QByteArray token(int lifespanSeconds = 3600) const;
    // Runs a Slurm client (scontrol, squeue, scancel, sinfo) against this cluster.
    QString client(const QString& program, const QStringList& args, int* exitCode = nullptr) const;
    // Writes <folder>/ws/config.json for a Slurm workspace on this cluster; returns the folder.
    QString writeWorkspace(const QString& name, const QString& apiVersion = {},
                           const QString& url = {}) const;

private:
    bool startOnce();
    QProcess* spawn(const QString& program, const QStringList& args, const QString& logName,
                    const QProcessEnvironment& env);
    void endProcess(QProcess* process);
    QString logs() const;
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    int m_port = 0;
    int m_restPort = 0;
    QString m_user;
    std::vector<std::unique_ptr<QProcess>> m_daemons;
    QProcess* m_rest = nullptr;
    QString m_error;
};

} // namespace trainyard::test
