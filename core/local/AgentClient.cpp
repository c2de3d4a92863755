#include "core/local/AgentClient.h"

#include "core/local/AgentSocket.h"
#include "core/local/YardProgram.h"

#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>

namespace trainyard::local::agentclient {

bool wake(const LocalLayout& layout) {
    const QString path = agentSocketPath(layout);
    if (path.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(500))
        return false;
    if (!peerIsThisUser(socket.socketDescriptor()))
        return false; // not our agent: someone else's socket under our name
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
    if (wake(layout))
        return;
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
