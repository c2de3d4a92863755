// The comparison view with 20 runs of a real local workspace (their metrics files written as the
// Python helper writes them): one overlaid chart per metric with a line and a legend entry per
// run, the differences table (only what differs, or everything), and the Compare button of the
// runs table, enabled by a multi-selection, asking for exactly the selected runs.
#include "core/engine/Engine.h"
#include "core/workspace/Workspace.h"
#include "ui/charts/MetricChart.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/compare/RunComparisonView.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunSummaryLoader.h"
#include "ui/model/RunTableModel.h"
#include "ui/runs/AllRunsPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;

class TestRunComparisonView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace* m_workspace = nullptr;
    QList<ComparedRun> m_runs;

private slots:
    void initTestCase() {
        const QString folder = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY(Workspace::createLocal(folder, QStringLiteral("cmp")).ok());
        auto ws = Workspace::open(folder, this);
        QVERIFY(ws.ok());
        m_workspace = ws.value();
        for (int i = 0; i < 20; ++i) {
            RunInfo run;
            run.id = QStringLiteral("sweep_%1_1700000000").arg(i);
            run.number = i + 1;
            run.displayName = i == 19 ? QStringLiteral("lr-sweep-0") : QStringLiteral("lr-sweep-%1").arg(i);
            run.experiment = QStringLiteral("sweep");
            run.compute = QStringLiteral("cpu");
            run.status = RunStatus::Completed;
            run.tags.insert(QStringLiteral("team"), QStringLiteral("vision"));
            run.tags.insert(QStringLiteral("lr"), QString::number(0.001 * (i + 1)));
            if (i % 2)
                run.config.environmentVariables.insert(QStringLiteral("AMP"), QStringLiteral("1"));
            const QString dir = folder + QStringLiteral("/runs/") + run.id;
            QVERIFY(QDir().mkpath(dir));
            QFile metrics(dir + QStringLiteral("/metrics.jsonl"));
            QVERIFY(metrics.open(QIODevice::WriteOnly));
            for (int step = 0; step < 50; ++step)
                metrics.write(
                    QStringLiteral("{\"name\":\"loss\",\"value\":%1,\"step\":%2,\"time\":%3,\"rank\":0,"
                                   "\"kind\":\"scalar\"}\n")
                        .arg(1.0 / (1 + step * 0.01 * (i + 1)))
                        .arg(step)
                        .arg(1700000000 + step)
                        .toUtf8());
            metrics.close();
            QFile final(dir + QStringLiteral("/final.json"));
            QVERIFY(final.open(QIODevice::WriteOnly));
            final.write("{}");
            m_runs << ComparedRun{m_workspace->engine(), run};
        }
    }

    void twentyRunsSideBySide() {
        RunComparisonView view;
        view.resize(1280, 800);
        view.show();
        QSignalSpy updated(&view, &RunComparisonView::tableUpdated);
        view.setRuns(m_runs);
        QCOMPARE(view.runIds().size(), 20);
        // Equal display names are told apart by the run number.
        QCOMPARE(view.labels().front(), QStringLiteral("lr-sweep-0 #1"));
        QCOMPARE(view.labels().back(), QStringLiteral("lr-sweep-0 #20"));
        QTRY_VERIFY_WITH_TIMEOUT(view.metricsPanel()->chart(QStringLiteral("loss")) &&
                                     view.metricsPanel()->chart(QStringLiteral("loss"))->seriesCount() == 20,
                                 20000);
        MetricChart* loss = view.metricsPanel()->chart(QStringLiteral("loss"));
        QTRY_VERIFY(view.metricsPanel()->series(m_runs.back().run.id, QStringLiteral("loss")) &&
                    view.metricsPanel()->series(m_runs.back().run.id, QStringLiteral("loss"))->size() == 50);
        for (const QString& label : view.labels())
            QVERIFY2(loss->legendText().contains(label), qPrintable(label));
        // 20 colours, all different.
        QSet<QRgb> colours;
        for (int i = 0; i < 20; ++i)
            colours.insert(RunMetricsPanel::runColour(i).rgb());
        QCOMPARE(colours.size(), 20);

        // Differences only: lr (tag), AMP (environment, missing in half), display name, loss summaries;
        // not the team tag that every run shares.
        QTRY_VERIFY(!updated.isEmpty());
        QTRY_VERIFY(view.comparison() && !view.comparison()->differences().isEmpty());
        QTRY_VERIFY(tableHas(view, QStringLiteral("loss (last)")));
        QTableWidget* table = view.table();
        QCOMPARE(table->columnCount(), 22);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("lr-sweep-0 #1"));
        QVERIFY(tableHas(view, QStringLiteral("lr")));
        QVERIFY(tableHas(view, QStringLiteral("AMP")));
        QVERIFY(!tableHas(view, QStringLiteral("team")));
        const int ampRow = rowOf(view, QStringLiteral("AMP"));
        QCOMPARE(table->item(ampRow, 2)->text(), tr("(missing)"));
        QCOMPARE(table->item(ampRow, 3)->text(), QStringLiteral("1"));

        view.differencesOnlyBox()->setChecked(false); // everything
        QVERIFY(tableHas(view, QStringLiteral("team")));
        QVERIFY(table->rowCount() > int(view.comparison()->differences().size()));
        view.setDifferencesOnly(true);
        QVERIFY(!tableHas(view, QStringLiteral("team")));
    }

    void compareButtonFollowsTheSelection() {
        AllRunsPage page; // RunsPage has the same button and selection (ui/model/SelectedRuns.h)
        page.resize(1000, 700);
        page.show();
        QList<RunInfo> infos;
        for (const ComparedRun& r : m_runs)
            infos << r.run;
        page.model()->setRuns(infos);
        QSignalSpy requested(&page, &AllRunsPage::compareRequested);
        QTableView* table = page.table();
        QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
        table->selectRow(0);
        QVERIFY(!page.compareButton()->isEnabled());
        // Ctrl+click two more rows.
        for (int row : {2, 5}) {
            const QRect cell = table->visualRect(page.proxy()->index(row, 2));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
        }
        QCOMPARE(page.selectedRuns().size(), 3);
        QVERIFY(page.compareButton()->isEnabled());
        page.compareButton()->click();
        QCOMPARE(requested.size(), 1);
        const QStringList ids = requested.front().front().toStringList();
        QCOMPARE(ids.size(), 3);
        for (int row : {0, 2, 5})
            QVERIFY(ids.contains(page.proxy()->index(row, 0).data(RunTableModel::RunIdRole).toString()));
    }

    // Metric summaries as optional, sortable columns of the runs table, picked from the header's menu.
    void summaryColumnsSortByValue() {
        AllRunsPage page;
        page.resize(1000, 700);
        page.show();
        QList<RunInfo> infos;
        for (const ComparedRun& r : m_runs)
            infos << r.run;
        page.model()->setRuns(infos);
        RunSummaryLoader* loader = page.model()->summaryLoader();
        QVERIFY(loader); // installed with the header menu
        for (const ComparedRun& r : m_runs)
            loader->request(r.engine, r.run.id);
        QTRY_VERIFY_WITH_TIMEOUT(loader->isIdle() && loader->summaries(m_runs.back().run.id), 20000);
        QCOMPARE(loader->metricNames(), QStringList{QStringLiteral("loss")});

        // The header's menu offers the metric's statistics; checking one adds the column.
        QHeaderView* header = page.table()->horizontalHeader();
        emit header->customContextMenuRequested(QPoint(10, 5));
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = page.table()->findChild<QMenu*>()) != nullptr);
        QAction* lastLoss = nullptr;
        for (QAction* a : menu->actions())
            if (a->menu())
                for (QAction* m : a->menu()->actions())
                    if (m->text() == QLatin1String("loss (last)"))
                        lastLoss = m;
        QVERIFY(lastLoss);
        lastLoss->setChecked(true);
        menu->close();
        const int column = RunTableModel::ColumnCount;
        QCOMPARE(page.model()->columnCount(), column + 1);
        QCOMPARE(page.model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("loss (last)"));
        // Run i's last loss is 1 / (1 + 49 * 0.01 * (i + 1)): sorted ascending, the last run comes first.
        page.table()->sortByColumn(column, Qt::AscendingOrder);
        QCOMPARE(page.proxy()->index(0, 0).data(RunTableModel::RunIdRole).toString(), m_runs.back().run.id);
        QCOMPARE(page.proxy()->index(19, 0).data(RunTableModel::RunIdRole).toString(), m_runs.front().run.id);
        QCOMPARE(page.proxy()->index(19, column).data().toString(), QLocale().toString(1.0 / 1.49, 'g', 6));
        page.model()->setSummaryColumns({});
        QCOMPARE(page.model()->columnCount(), int(RunTableModel::ColumnCount));
    }

private:
    static int rowOf(const RunComparisonView& view, const QString& key) {
        for (int r = 0; r < view.table()->rowCount(); ++r)
            if (view.table()->item(r, 1)->text() == key)
                return r;
        return -1;
    }
    static bool tableHas(const RunComparisonView& view, const QString& key) { return rowOf(view, key) >= 0; }
};

QTEST_MAIN(TestRunComparisonView)
#include "tst_run_comparison_view.moc"
