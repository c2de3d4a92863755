// Run list figures (issues 5 and 15): the desktop's own runs table (RunWatcher → RunTableModel →
// RunFilterProxyModel → QTableView) over 100,000 runs of a real local workspace (10,000 with
// --quick): how long the list takes to load, and how long a text filter takes, repaint included.
// Baseline in the same run: a plain QSortFilterProxyModel (fixed string, every column) over the
// same model and view.
#include "Bench.h"

#include "core/engine/Engine.h"
#include "core/local/LocalDatabase.h"
#include "core/local/LocalLayout.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"

#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace trainyard;

namespace {

void fillRuns(const QString& folder, int count) {
    auto db = local::LocalDatabase::open(local::LocalLayout(folder));
    ComputeSpec spec;
    spec.name = QStringLiteral("gpu-cluster");
    spec.vmSize = QStringLiteral("local");
    spec.maxNodes = 8;
    db.value()->insertCompute(spec);
    const RunStatus states[] = {RunStatus::Queued, RunStatus::Running, RunStatus::Completed,
                                RunStatus::Failed, RunStatus::Canceled};
    for (int i = 0; i < count; ++i) {
        RunConfig c;
        c.experiment = QStringLiteral("exp-%1").arg(i % 97);
        c.compute = QStringLiteral("gpu-cluster");
        c.command = QStringLiteral("python train.py");
        c.displayName = QStringLiteral("sweep lr=%1 bs=%2").arg(0.001 * (1 + i % 10)).arg(32 << (i % 4));
        c.tags.insert(QStringLiteral("team"), QStringLiteral("team-%1").arg(i % 7));
        auto run = db.value()->insertRun(
            c,
            QStringLiteral("%1_%2_%3").arg(c.experiment).arg(1700000000 + i).arg(i, 8, 16, QLatin1Char('0')));
        RunInfo r = run.value();
        r.status = states[i % 5];
        db.value()->updateRun(r);
    }
}

QList<bench::Result> filterBenchmarks(const bench::Context& context) {
    const int kRuns = context.quick ? 10000 : 100000;
    const QString size = context.quick ? QStringLiteral("10k") : QStringLiteral("100k");
    test::TestWorkspace ws;
    fillRuns(ws.folder(), kRuns);

    QElapsedTimer load;
    load.start();
    ui::RunWatcher watcher(ws.engine());
    watcher.setInterval(3600 * 1000); // one load, measured; no refresh during the filter timings
    ui::RunTableModel model;
    model.setWatcher(&watcher);
    ui::RunFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1000, 600);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    while (model.rowCount() < kRuns && load.elapsed() < 600000)
        QTest::qWait(1);
    view.viewport()->repaint();
    const double loadMs = double(load.nsecsElapsed()) / 1e6;

    const QStringList filters = {QStringLiteral("exp-4"),    QStringLiteral("running"),
                                 QStringLiteral("lr=0.005"), QStringLiteral("team-3"),
                                 QStringLiteral("zzz"),      QString()};
    QList<double> samples;
    for (int round = 0; round < (context.quick ? 3 : 10); ++round)
        for (const QString& f : filters) {
            QElapsedTimer t;
            t.start();
            proxy.setText(f);
            view.viewport()->repaint();
            samples << double(t.nsecsElapsed()) / 1e6;
        }
    // The baseline: the same model and view behind a plain QSortFilterProxyModel.
    QSortFilterProxyModel plain;
    plain.setSourceModel(&model);
    plain.setFilterKeyColumn(-1);
    plain.setFilterCaseSensitivity(Qt::CaseInsensitive);
    view.setModel(&plain);
    QList<double> baseline;
    for (int round = 0; round < (context.quick ? 3 : 5); ++round)
        for (const QString& f : filters) {
            QElapsedTimer t;
            t.start();
            plain.setFilterFixedString(f);
            view.viewport()->repaint();
            baseline << double(t.nsecsElapsed()) / 1e6;
        }
    return {
        bench::Result{QStringLiteral("run_list_filter_%1_ms").arg(size), bench::median(samples),
                      QStringLiteral("ms"), bench::median(baseline), false,
                      QStringLiteral("median of %1; the desktop's RunFilterProxyModel text filter over its "
                                     "RunTableModel of %2 runs of a local workspace, plus the repaint of "
                                     "the shown table; baseline: QSortFilterProxyModel::setFilterFixedString "
                                     "over every column (median of %3); goal < 50 ms")
                          .arg(samples.size())
                          .arg(kRuns)
                          .arg(baseline.size())},
        bench::Result{QStringLiteral("run_list_load_%1_ms").arg(size),
                      loadMs,
                      QStringLiteral("ms"),
                      {},
                      false,
                      QStringLiteral("%1 runs: listRuns on a worker (SQLite) → RunWatcher → RunTableModel "
                                     "→ first paint, once")
                          .arg(kRuns)}};
}

bench::BenchRegistration registration{QStringLiteral("runs"), filterBenchmarks};

} // namespace
