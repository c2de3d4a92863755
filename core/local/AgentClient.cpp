#include "core/local/AgentClient.h"

#include "core/local/AgentSocket.h"
#include "core/local/YardProgram.h"
#include "core/platform/Process.h"
#include "core/platform/System.h"
#include "core/util/LogCategories.h"

#include <QLocalSocket>

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
    return platform::InstanceLock::holder(layout.agentLock().toStdString());
}

void ensureRunning(const LocalLayout& layout) {
    if (wake(layout)) {
        qCDebug(lcAgentClient) << "woke the agent of" << layout.folder();
        return;
    }
    qCDebug(lcAgentClient) << "starting" << yardProgram() << "agent for" << layout.folder();
    // Two clients may both get here: the second agent finds the lock taken and exits at once.
    platform::ProcessSpec agent;
    agent.program = yardProgram().toStdString();
    agent.arguments = {"agent", "--workspace", layout.folder().toStdString()};
    agent.workingDirectory = layout.folder().toStdString();
    agent.outputFile = layout.agentLog().toStdString(); // stdout and stderr, appended
    std::string error;
    platform::startDetached(agent, &error); // a failure shows as no agent answering
}

} // namespace trainyard::local::agentclient
