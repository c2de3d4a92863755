#include "tests/support/TestWorkspace.h"

#include "core/local/AgentClient.h"
#include "core/local/LocalLayout.h"
#include "core/local/RankFiles.h"
#include "core/platform/Process.h"
#include "core/util/JsonFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace trainyard::test {

TestWorkspace::TestWorkspace(const QJsonObject& localOptions) {
    Status created = Workspace::createLocal(folder(), QStringLiteral("test"));
    if (!created)
        qFatal("cannot create a test workspace: %s", qPrintable(created.error().message));
    QJsonObject local{{QStringLiteral("node_prepare_ms"), 100},
                      {QStringLiteral("node_leave_ms"), 100},
                      {QStringLiteral("cancel_grace_seconds"), 3},
                      {QStringLiteral("agent_idle_exit_seconds"), 30}};
    for (auto it = localOptions.begin(); it != localOptions.end(); ++it)
        local.insert(it.key(), it.value());
    auto json = readJsonObjectFile(folder() + QStringLiteral("/workspace.json"));
    QJsonObject ws = json.value();
    ws.insert(QStringLiteral("local"), local);
    writeJsonFileAtomically(folder() + QStringLiteral("/workspace.json"), ws);
    auto opened = Workspace::open(folder());
    if (!opened)
        qFatal("cannot open the test workspace: %s", qPrintable(opened.error().message));
    m_workspace = opened.value();
}

TestWorkspace::~TestWorkspace() {
    killAgent();
    // Runners of runs still going: kill them so the temporary folder can go.
    QDir runs(folder() + QStringLiteral("/runs"));
    QList<qint64> runners;
    for (const QString& run : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir ranks(runs.filePath(run) + QStringLiteral("/ranks"));
        for (const QString& rank : ranks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile pid(ranks.filePath(rank) + QStringLiteral("/runner.pid"));
            if (pid.open(QIODevice::ReadOnly) &&
                !QFile::exists(ranks.filePath(rank) + QStringLiteral("/exit.json"))) {
                runners << pid.readAll().trimmed().toLongLong();
                platform::requestStop(runners.last()); // SIGTERM
            }
        }
    }
    // Let them record their exit before the folder goes (the grace period is 3 s here).
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000 && std::any_of(runners.begin(), runners.end(),
                                             [](qint64 p) { return local::rankfiles::processAlive(p); }))
        QTest::qWait(20);
    delete m_workspace;
}

QString TestWorkspace::makeSource(const QMap<QString, QByteArray>& files) {
    const QString dir = m_dir.path() + QStringLiteral("/src%1").arg(++m_sources);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir + u'/' + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(it.value());
    }
    QDir().mkpath(dir);
    return dir;
}

RunConfig TestWorkspace::scriptRun(const QString& compute, const QString& fileName, const QByteArray& script,
                                   const QString& experiment) {
    RunConfig c;
    c.experiment = experiment;
    c.compute = compute;
    c.sourceDirectory = makeSource({{fileName, script}});
    if (fileName.endsWith(QLatin1String(".py")))
        c.entryScript = fileName;
    else
        c.command = QStringLiteral("sh ") + fileName;
    return c;
}

Result<RunInfo> TestWorkspace::submitScript(const QString& compute, const QString& fileName,
                                            const QByteArray& script, const QString& experiment) {
    return await(engine()->submitRun(scriptRun(compute, fileName, script, experiment)));
}

Result<ComputeInfo> TestWorkspace::createCluster(const QString& name, int minNodes, int maxNodes,
                                                 int idleSecondsBeforeScaledown) {
    return await(engine()->createCompute(localCluster(name, minNodes, maxNodes, idleSecondsBeforeScaledown)));
}

ComputeSpec localCluster(const QString& name, int minNodes, int maxNodes, int idleSecondsBeforeScaledown) {
    ComputeSpec spec;
    spec.name = name;
    spec.vmSize = QStringLiteral("local");
    spec.minNodes = minNodes;
    spec.maxNodes = maxNodes;
    spec.idleSecondsBeforeScaledown = idleSecondsBeforeScaledown;
    return spec;
}

qint64 TestWorkspace::agentPid() const {
    return local::agentclient::runningAgentPid(local::LocalLayout(folder()));
}

void TestWorkspace::killAgent() {
    if (const qint64 pid = agentPid(); pid > 0) {
        platform::killTree(pid); // SIGKILL to the agent and the process group it leads
        QElapsedTimer t;
        t.start();
        while (agentPid() == pid && t.elapsed() < 5000)
            QTest::qWait(20);
    }
}

Result<RunInfo> TestWorkspace::waitForEnd(const QString& runId, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    for (;;) {
        auto run = await(engine()->getRun(runId));
        if (!run || isTerminal(run->status) || t.elapsed() > timeoutMs)
            return run;
        QTest::qWait(50);
    }
}

Result<RunInfo> TestWorkspace::waitForStatus(const QString& runId, RunStatus status, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    for (;;) {
        auto run = await(engine()->getRun(runId));
        if (!run || run->status == status || isTerminal(run->status) || t.elapsed() > timeoutMs)
            return run;
        QTest::qWait(20);
    }
}

} // namespace trainyard::test
