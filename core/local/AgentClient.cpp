#include "core/local/AgentClient.h"

#include "core/local/YardProgram.h"
#include "core/util/LogCategories.h"

#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>

namespace trainyard::local::agentclient {

bool wake(const LocalLayout& layout) {
    QLocalSocket socket;
    socket.connectToServer(layout.agentSocketName());
    if (!socket.waitForConnected(500))
        return false;
    socket.write("wake\n");
    socket.waitForBytesWritten(200);
    socket.disconnectFromServer();
    return true;
}

qint64 runningAgentPid(const LocalLayout& layout) {
    QLockFile lock(layout.agentLock());
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return 0;
    }
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    return pid;
}

void ensureRunning(const LocalLayout& layout) {
    if (wake(layout)) {
        qCDebug(lcAgentClient) << "woke the agent of" << layout.folder();
        return;
    }
    qCDebug(lcAgentClient) << "starting" << yardProgram() << "agent for" << layout.folder();
    // Two clients may both get here: the second agent finds the lock taken and exits at once.
    QProcess agent;
    agent.setProgram(yardProgram());
    agent.setArguments({QStringLiteral("agent"), QStringLiteral("--workspace"), layout.folder()});
    agent.setWorkingDirectory(layout.folder());
    agent.setStandardInputFile(QProcess::nullDevice());
    agent.setStandardOutputFile(layout.agentLog(), QIODevice::Append);
    agent.setStandardErrorFile(layout.agentLog(), QIODevice::Append);
    agent.startDetached();
}

} // namespace trainyard::local::agentclient
