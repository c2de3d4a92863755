// trainyard-bench group "slurm": submit -> Running and log line -> reader on a real one-machine
// Slurm (started here with the integration tests' harness), against the local engine as baseline.
#include "Bench.h"

// The harness lives with the Slurm integration tests; this program is one folder's sources, so
// it is compiled in here rather than duplicated.
#include "../integration/slurm/SlurmCluster.cpp"

#include "core/engine/LogStream.h"
#include "core/slurm/SlurmEngine.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QStandardPaths>

namespace {

using namespace trainyard;

struct Sample {
    double toRunning = -1;
    double lineToReader = -1;
};

// One run that prints a line stamped with the time it was printed; the stream's arrival time
// minus that stamp is the reader's delay.
Sample measure(Engine* engine, const QString& compute, const QString& sourceDir) {
    RunConfig c;
    c.experiment = QStringLiteral("bench");
    c.sourceDirectory = sourceDir;
    c.command = QStringLiteral("sleep 0.5; echo tick $(date +%s%3N); sleep 0.5");
    c.compute = compute;
    Sample s;
    QElapsedTimer clock;
    clock.start();
    auto run = await(engine->submitRun(c));
    if (!run)
        return s;
    auto logs = await(engine->listLogs(run->id));
    while (logs && logs->isEmpty() && clock.elapsed() < 30000) {
        QTest::qWait(10);
        logs = await(engine->listLogs(run->id));
    }
    if (!logs || logs->isEmpty())
        return s;
    std::unique_ptr<LogStream> stream(engine->openLog(run->id, logs->first(), nullptr));
    QObject::connect(stream.get(), &LogStream::bytesAppended, [&](const QByteArray& b, qint64) {
        const int at = int(b.indexOf("tick "));
        if (s.lineToReader < 0 && at >= 0)
            s.lineToReader =
                double(QDateTime::currentMSecsSinceEpoch() - b.mid(at + 5).trimmed().toLongLong());
    });
    stream->start(0);
    while (clock.elapsed() < 60000 && (s.toRunning < 0 || s.lineToReader < 0)) {
        if (s.toRunning < 0) {
            auto r = await(engine->getRun(run->id));
            if (r && (r->status == RunStatus::Running || isTerminal(r->status)))
                s.toRunning = double(clock.elapsed());
        }
        QTest::qWait(10);
    }
    await(engine->cancelRun(run->id));
    return s;
}

QList<bench::Result> slurmLatency(const bench::Context& context) {
    if (QStandardPaths::findExecutable(QStringLiteral("slurmctld"), {QStringLiteral("/usr/sbin")}).isEmpty())
        return {{QStringLiteral("slurm.skipped"), 0, QStringLiteral("-"), std::nullopt, false,
                 QStringLiteral("slurmctld is not installed (.ci/deps/slurm.apt)")}};
    test::SlurmCluster cluster;
    if (!cluster.start())
        return {{QStringLiteral("slurm.skipped"), 0, QStringLiteral("-"), std::nullopt, false,
                 cluster.error().left(300)}};
    auto ws = Workspace::open(cluster.writeWorkspace(QStringLiteral("bench")));
    if (!ws)
        return {};
    auto* slurmEngine = qobject_cast<slurm::SlurmEngine*>(ws.value()->engine());
    slurmEngine->client().setToken(cluster.token());
    test::TestWorkspace local;
    ComputeSpec spec;
    spec.name = QStringLiteral("cpu");
    spec.vmSize = QStringLiteral("local");
    spec.maxNodes = 2;
    await(local.engine()->createCompute(spec));
    const QString src = local.makeSource({{QStringLiteral("README"), "bench"}});

    const int rounds = context.quick ? 3 : 9;
    QList<double> sRun, sLine, lRun, lLine;
    for (int i = 0; i < rounds; ++i) {
        const Sample s = measure(slurmEngine, QStringLiteral("debug"), src);
        const Sample l = measure(local.engine(), QStringLiteral("cpu"), src);
        sRun << s.toRunning;
        sLine << s.lineToReader;
        lRun << l.toRunning;
        lLine << l.lineToReader;
    }
    delete ws.value();
    cluster.stop();
    const QString note = QStringLiteral("median of %1 runs; baseline: the local engine").arg(rounds);
    return {{QStringLiteral("slurm.submit_to_running_ms"), bench::median(sRun), QStringLiteral("ms"),
             bench::median(lRun), false, note},
            {QStringLiteral("slurm.log_line_to_reader_ms"), bench::median(sLine), QStringLiteral("ms"),
             bench::median(lLine), false, note}};
}

const bench::BenchRegistration registration{QStringLiteral("slurm"), slurmLatency};

} // namespace
