#pragma once

#include "core/util/Await.h"
#include "core/util/Result.h"
#include "core/workspace/Workspace.h"

#include <QFuture>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace trainyard::test {

// A fresh local workspace in a temporary folder, with fast agent timings, whose agent is killed
// (by the pid in its lock file) when the test ends.
class TestWorkspace {
public:
    explicit TestWorkspace(const QJsonObject& localOptions = {});
    ~TestWorkspace();

    Workspace* workspace() const { return m_workspace; }
    Engine* engine() const { return m_workspace->engine(); }
    QString folder() const { return m_dir.path() + QStringLiteral("/ws"); }
    QString scratch() const { return m_dir.path(); }
    // Writes `files` (name -> content) into a new source folder and returns its path.
    QString makeSource(const QMap<QString, QByteArray>& files);
    // A run of `script`, written as `fileName` into a new source folder, in `experiment` on
    // `compute`: a .py file is the entry script, any other file runs as `sh <fileName>`.
    RunConfig scriptRun(const QString& compute, const QString& fileName, const QByteArray& script,
                        const QString& experiment = QStringLiteral("test"));
    // Writes the script as scriptRun() does and submits one run of it.
    Result<RunInfo> submitScript(const QString& compute, const QString& fileName, const QByteArray& script,
                                 const QString& experiment = QStringLiteral("test"));
    // Creates localCluster(...) and waits for the answer.
    Result<ComputeInfo>
    createCluster(const QString& name, int minNodes, int maxNodes,
                  int idleSecondsBeforeScaledown = ComputeSpec().idleSecondsBeforeScaledown);
    qint64 agentPid() const;
    void killAgent(); // as a crash would: SIGKILL, no chance to clean up

    // Polls getRun until the run is in a terminal state or `timeoutMs` passes.
    Result<RunInfo> waitForEnd(const QString& runId, int timeoutMs = 60000);
    Result<RunInfo> waitForStatus(const QString& runId, RunStatus status, int timeoutMs = 60000);

private:
    QTemporaryDir m_dir;
    Workspace* m_workspace = nullptr;
    int m_sources = 0;
};

// A cluster of local nodes, as the tests want them.
ComputeSpec localCluster(const QString& name, int minNodes, int maxNodes,
                         int idleSecondsBeforeScaledown = ComputeSpec().idleSecondsBeforeScaledown);

} // namespace trainyard::test
