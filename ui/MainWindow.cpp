#include "ui/MainWindow.h"

#include "core/workspace/Workspace.h"

#include <QFutureWatcher>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

namespace trainyard::ui {

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_clusters(new QTreeWidget)
    , m_runs(new QTreeWidget) {
    setWindowTitle(tr("Trainyard — %1").arg(workspace->name()));
    m_clusters->setHeaderLabels({tr("Cluster"), tr("VM size"), tr("Nodes (min–max)"), tr("Allocation"),
                                 tr("Idle / running / preparing")});
    m_runs->setHeaderLabels({tr("Run"), tr("Experiment"), tr("Compute"), tr("Status")});
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_clusters);
    splitter->addWidget(m_runs);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Engine: %1").arg(workspace->engine()->kind()));
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start(1000);
    refresh();
}

void MainWindow::refresh() {
    auto* computes = new QFutureWatcher<Result<QList<ComputeInfo>>>(this);
    connect(computes, &QFutureWatcherBase::finished, this, [this, computes] {
        computes->deleteLater();
        const auto result = computes->result();
        if (!result)
            return;
        m_clusters->clear();
        for (const ComputeInfo& c : result.value()) {
            const auto& n = c.nodeStateCounts;
            new QTreeWidgetItem(m_clusters,
                                {c.spec.name, c.spec.vmSize,
                                 QStringLiteral("%1–%2").arg(c.spec.minNodes).arg(c.spec.maxNodes),
                                 c.allocationState,
                                 QStringLiteral("%1 / %2 / %3").arg(n.idle).arg(n.running).arg(n.preparing)});
        }
    });
    computes->setFuture(m_workspace->engine()->listComputes());

    auto* runs = new QFutureWatcher<Result<QList<RunInfo>>>(this);
    connect(runs, &QFutureWatcherBase::finished, this, [this, runs] {
        runs->deleteLater();
        const auto result = runs->result();
        if (!result)
            return;
        m_runs->clear();
        for (const RunInfo& r : result.value())
            new QTreeWidgetItem(m_runs, {r.id, r.experiment, r.compute, toString(r.status)});
    });
    runs->setFuture(m_workspace->engine()->listRuns({}));
}

} // namespace trainyard::ui
