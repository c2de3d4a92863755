// Local engine figures (issue: the foundation): how fast a run starts on a warm idle node, and how
// fast a queue of 100 short runs drains on a 4-node cluster. Baselines are the same work done
// with bare QProcess calls in the same run, so the ratio is the price of the engine.
#include "Bench.h"

#include "core/engine/Engine.h"

#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace trainyard;
using trainyard::await;

namespace {

void waitForIdleNodes(test::TestWorkspace& ws, int nodes) {
    QElapsedTimer t;
    t.start();
    while (await(ws.engine()->getCompute(QStringLiteral("warm")))->nodeStateCounts.idle < nodes &&
           t.elapsed() < 20000)
        QTest::qWait(20);
}

// A cluster of `nodes` nodes that stay up, all idle before the measurement starts.
void createWarmCluster(test::TestWorkspace& ws, int nodes) {
    ws.createCluster(QStringLiteral("warm"), nodes, nodes, 600);
    waitForIdleNodes(ws, nodes);
}

QList<bench::Result> submitToRunning(const bench::Context& context) {
    const int samples = context.quick ? 5 : 21;
    test::TestWorkspace ws;
    createWarmCluster(ws, 1);
    const RunConfig c =
        ws.scriptRun(QStringLiteral("warm"), QStringLiteral("s.sh"), "sleep 0.3\n", QStringLiteral("bench"));
    const QString src = c.sourceDirectory;

    QList<double> engine, baseline;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        const QString id = await(ws.engine()->submitRun(c))->id;
        RunStatus status = RunStatus::Queued;
        while (status != RunStatus::Running && !isTerminal(status) && t.elapsed() < 10000)
            status = await(ws.engine()->getRun(id))->status;
        engine << double(t.nsecsElapsed()) / 1e6;
        ws.waitForEnd(id);
        waitForIdleNodes(ws, 1);

        // The same process started directly: fork, exec, and the shell running.
        QElapsedTimer b;
        b.start();
        QProcess p;
        p.setWorkingDirectory(src);
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sh s.sh")});
        p.waitForStarted();
        baseline << double(b.nsecsElapsed()) / 1e6;
        p.kill();
        p.waitForFinished();
    }
    bench::Result r{
        QStringLiteral("submit_to_running_ms"),
        bench::median(engine),
        QStringLiteral("ms"),
        bench::median(baseline),
        false,
        QStringLiteral("median of %1; submit (snapshot, database, agent wake-up, runner) until getRun "
                       "says Running, warm idle node; baseline: QProcess start of the same command")
            .arg(samples)};
    return {r};
}

QList<bench::Result> queueDrain(const bench::Context& context) {
    const int runs = context.quick ? 20 : 100;
    test::TestWorkspace ws;
    createWarmCluster(ws, 4);
    const RunConfig c = ws.scriptRun(QStringLiteral("warm"), QStringLiteral("q.sh"),
                                     "echo $TRAINYARD_RUN_ID\n", QStringLiteral("drain"));
    const QString src = c.sourceDirectory;

    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        await(ws.engine()->submitRun(c));
    for (;;) {
        RunFilter f;
        f.status = RunStatus::Completed;
        if (await(ws.engine()->listRuns(f))->size() == runs || t.elapsed() > 600000)
            break;
        QTest::qWait(20);
    }
    const double engineSeconds = double(t.nsecsElapsed()) / 1e9;

    // Baseline: the same commands, four at a time, as bare processes.
    QElapsedTimer b;
    b.start();
    QList<QProcess*> running;
    int started = 0;
    while (started < runs || !running.isEmpty()) {
        while (started < runs && running.size() < 4) {
            auto* p = new QProcess;
            p->setWorkingDirectory(src);
            p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sh q.sh")});
            running << p;
            ++started;
        }
        running.first()->waitForFinished();
        delete running.takeFirst();
    }
    const double baselineSeconds = double(b.nsecsElapsed()) / 1e9;
    return {bench::Result{
        runs == 100 ? QStringLiteral("queue_drain_100_runs_s")
                    : QStringLiteral("queue_drain_%1_runs_s").arg(runs),
        engineSeconds, QStringLiteral("s"), baselineSeconds, false,
        QStringLiteral("%1 one-line runs on a warm 4-node cluster, submit of the first to the last "
                       "Completed; baseline: the same commands as bare processes, 4 at a time")
            .arg(runs)}};
}

const bench::BenchRegistration submitRegistration{QStringLiteral("local_submit"), submitToRunning};
const bench::BenchRegistration drainRegistration{QStringLiteral("local_drain"), queueDrain};

} // namespace
