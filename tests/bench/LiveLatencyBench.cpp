// Live path figure (issue 5): a line printed by a running local run -> the Logs tab's model
// signal (rowsInserted) on the GUI thread. The script stamps each line with the wall clock in ns
// when it writes it; the bench stamps each row when the model announces it.
#include "Bench.h"
#include "MonitoringBenchSupport.h"

#include "core/engine/Engine.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/RunLogPanel.h"

#include "tests/support/TestWorkspace.h"

#include <QFile>

#include <chrono>

using namespace trainyard;
using namespace bench::monitoring;
using trainyard::await;

namespace {

qint64 nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QList<bench::Result> liveBenchmarks(const bench::Context& context) {
    const int lines = context.quick ? 80 : 300;
    test::TestWorkspace ws;
    if (!ws.createCluster(QStringLiteral("cpu"), 0, 1))
        return {};
    const QString go = ws.scratch() + QStringLiteral("/go");
    // Waits for `go` (the panel follows the log by then), then prints stamped lines with jitter.
    const QByteArray script = "import os, random, sys, time\n"
                              "go = sys.argv[1]\n"
                              "while not os.path.exists(go):\n"
                              "    time.sleep(0.01)\n"
                              "for i in range(int(sys.argv[2])):\n"
                              "    sys.stdout.write('LAT %d %d\\n' % (i, time.time_ns()))\n"
                              "    sys.stdout.flush()\n"
                              "    time.sleep(random.uniform(0.005, 0.04))\n";
    RunConfig c =
        ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("lat.py"), script, QStringLiteral("bench"));
    c.entryScript.clear(); // the command below runs it, with arguments
    c.command = QStringLiteral("python3 lat.py %1 %2").arg(go).arg(lines);
    const auto run = await(ws.engine()->submitRun(c));
    if (!run)
        return {};

    ui::RunLogPanel panel;
    panel.resize(900, 600);
    panel.show();
    panel.setRun(ws.engine(), run->id);
    QHash<int, qint64> arrived; // row -> ns
    QObject::connect(panel.model(), &QAbstractItemModel::rowsInserted, &panel,
                     [&](const QModelIndex&, int first, int last) {
                         const qint64 t = nowNs();
                         for (int r = first; r <= last; ++r)
                             arrived.insert(r, t);
                     });
    spinUntil([&] { return panel.sourceCount() >= 1; }, 30000);
    spinUntil([] { return false; }, 300); // the tail is following the (empty) log
    QFile(go).open(QIODevice::WriteOnly);
    spinUntil([&] { return panel.model()->rowCount() >= lines; }, 60000);
    ws.waitForEnd(run->id);

    QList<double> latencies;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const logs::LogLineText* text = nullptr;
        spinUntil([&] { return (text = panel.model()->line(row)) != nullptr; }, 5000);
        if (!text || !arrived.contains(row))
            continue;
        const QStringList parts = text->text.split(u' ');
        if (parts.size() == 3 && parts[0] == QLatin1String("LAT"))
            latencies << double(arrived[row] - parts[2].toLongLong()) / 1e6;
    }
    return {bench::Result{QStringLiteral("live_latency_p95_ms"),
                          bench::percentile(latencies, 95),
                          QStringLiteral("ms"),
                          {},
                          false,
                          QStringLiteral("p95 of %1 lines (median %2 ms) printed 5-40 ms apart by a running "
                                         "local run -> RunLogPanel's model rowsInserted on the GUI thread "
                                         "(inotify, worker read + index, 50 ms view batching); goal < 100 ms")
                              .arg(latencies.size())
                              .arg(bench::median(latencies), 0, 'f', 1)}};
}

bench::BenchRegistration registration{QStringLiteral("live"), liveBenchmarks};

} // namespace
