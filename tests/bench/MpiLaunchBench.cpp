// MPI launch figures (issue 13): a 4-rank mpi run (2 nodes × 2 processes) through the local
// engine, submit to Completed, against the same mpi4py program started with a bare mpirun with
// the same launcher arguments, in the same run. The ratio is the price of the engine: snapshot,
// database, agent, the launcher's runner and one runner per rank.
#include "Bench.h"

#include "core/engine/Engine.h"
#include "core/local/MpiLauncher.h"
#include "core/platform/System.h"

#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace trainyard;
using trainyard::await;

namespace {

// Debian's mpi4py belongs to Debian's python3.
const QString kPython = QStringLiteral("/usr/bin/python3");
const QByteArray kProgram = "from mpi4py import MPI; MPI.COMM_WORLD.allreduce(1)";

QList<bench::Result> mpiLaunch(const bench::Context& context) {
    auto launcher = local::findMpiLauncher();
    if (!launcher) {
        qWarning("mpi_launch: %s", qPrintable(launcher.error().message));
        return {};
    }
    const int samples = context.quick ? 3 : 11;
    test::TestWorkspace ws({{QStringLiteral("python"), kPython}});
    ws.createCluster(QStringLiteral("warm"), 2, 2, 600);
    QElapsedTimer warmUp;
    warmUp.start();
    while (await(ws.engine()->getCompute(QStringLiteral("warm")))->nodeStateCounts.idle < 2 &&
           warmUp.elapsed() < 20000)
        QTest::qWait(20);
    RunConfig c = ws.scriptRun(QStringLiteral("warm"), QStringLiteral("allreduce.py"), kProgram + '\n',
                               QStringLiteral("bench"));
    c.nodeCount = 2;
    c.distribution.type = DistributionType::Mpi;
    c.distribution.processCountPerNode = 2;
    const QStringList bare = local::mpiLauncherArguments(launcher.value(), 4, platform::isSuperuser()) +
                             QStringList{kPython, QStringLiteral("-c"), QString::fromUtf8(kProgram)};

    QList<double> engine, baseline;
    int failed = 0;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        const QString id = await(ws.engine()->submitRun(c))->id;
        failed += ws.waitForEnd(id, 60000)->status == RunStatus::Completed ? 0 : 1;
        engine << double(t.nsecsElapsed()) / 1e6;

        QElapsedTimer b;
        b.start();
        QProcess p;
        p.setWorkingDirectory(c.sourceDirectory);
        p.start(launcher->program, bare);
        p.waitForFinished(60000);
        failed += p.exitCode() == 0 ? 0 : 1;
        baseline << double(b.nsecsElapsed()) / 1e6;
    }
    return {bench::Result{
        QStringLiteral("mpi_4_rank_run_ms"), bench::median(engine), QStringLiteral("ms"),
        bench::median(baseline), false,
        QStringLiteral("median of %1 (%2 failed); an mpi4py allreduce on 2 nodes × 2 processes, "
                       "submit to Completed on a warm cluster; baseline: %3 %4")
            .arg(samples)
            .arg(failed)
            .arg(launcher->program, bare.join(u' '))}};
}

const bench::BenchRegistration registration{QStringLiteral("mpi_launch"), mpiLaunch};

} // namespace
