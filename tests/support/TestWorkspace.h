#pragma once

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
    qint64 agentPid() const;
    void killAgent(int signal);

    // Polls getRun until the run is in a terminal state or `timeoutMs` passes.
    Result<RunInfo> waitForEnd(const QString& runId, int timeoutMs = 60000);
    Result<RunInfo> waitForStatus(const QString& runId, RunStatus status, int timeoutMs = 60000);

private:
    QTemporaryDir m_dir;
    Workspace* m_workspace = nullptr;
    int m_sources = 0;
};

// Waits for an engine future (tests only), keeping the event loop alive.
template <typename T> T wait(QFuture<T> future) {
    while (!future.isFinished())
        QTest::qWait(5);
    return future.result();
}

} // namespace trainyard::test
