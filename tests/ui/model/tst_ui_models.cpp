// The desktop's models under QAbstractItemModelTester, fed with changing data, and the runs
// filter (text and status).
#include "ui/StatusStyle.h"
#include "ui/model/ComputeListModel.h"
#include "ui/model/NodeTableModel.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;

namespace {
ComputeInfo compute(const QString& name, int idle, int running) {
    ComputeInfo c;
    c.spec.name = name;
    c.spec.vmSize = QStringLiteral("local");
    c.spec.maxNodes = 4;
    c.nodeStateCounts.idle = idle;
    c.nodeStateCounts.running = running;
    c.currentNodeCount = idle + running;
    c.targetNodeCount = idle + running;
    for (int i = 0; i < idle + running; ++i)
        c.nodes << ComputeNode{QStringLiteral("n%1").arg(i),
                               i < idle ? QStringLiteral("idle") : QStringLiteral("running"),
                               {},
                               QStringLiteral("127.0.0.1"),
                               {},
                               QDateTime::currentDateTimeUtc()};
    return c;
}

RunInfo run(int number, const QString& name, RunStatus status,
            const QString& experiment = QStringLiteral("exp")) {
    RunInfo r;
    r.id = QStringLiteral("run_%1").arg(number);
    r.number = number;
    r.displayName = name;
    r.status = status;
    r.experiment = experiment;
    r.compute = QStringLiteral("cpu");
    r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-100 + number);
    if (status != RunStatus::Queued)
        r.startedAt = r.createdAt.addSecs(5);
    if (isTerminal(status))
        r.endedAt = r.startedAt.addSecs(30);
    r.tags.insert(QStringLiteral("team"), number % 2 ? QStringLiteral("vision") : QStringLiteral("nlp"));
    return r;
}

QList<RunInfo> sampleRuns() {
    return {run(1, QStringLiteral("mnist-a"), RunStatus::Completed),
            run(2, QStringLiteral("mnist-b"), RunStatus::Failed),
            run(3, QStringLiteral("resnet"), RunStatus::Running, QStringLiteral("vision")),
            run(4, QStringLiteral("bert"), RunStatus::Queued, QStringLiteral("nlp")),
            run(5, QStringLiteral("bert-2"), RunStatus::Canceled, QStringLiteral("nlp"))};
}
} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private slots:
    void computeListModel() {
        ComputeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComputes({compute(QStringLiteral("cpu"), 1, 1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ComputeListModel::Name).data().toString(), QStringLiteral("cpu"));
        QCOMPARE(model.index(0, ComputeListModel::NodeStates)
                     .data(ComputeListModel::NodeCountsRole)
                     .toList()
                     .value(1)
                     .toInt(),
                 1);
        model.setComputes({compute(QStringLiteral("cpu"), 0, 2)}); // in place
        QCOMPARE(model.index(0, ComputeListModel::NodeStates)
                     .data(ComputeListModel::NodeCountsRole)
                     .toList()
                     .value(1)
                     .toInt(),
                 2);
        model.setComputes({compute(QStringLiteral("cpu"), 0, 2), compute(QStringLiteral("gpu"), 2, 0)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("gpu")), 1);
        model.setComputes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void nodeTableModel() {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes(compute(QStringLiteral("cpu"), 1, 2).nodes);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, NodeTableModel::NodeId).data().toString(), QStringLiteral("n0"));
        model.setNodes(compute(QStringLiteral("cpu"), 1, 0).nodes);
        QCOMPARE(model.rowCount(), 1);
    }

    void runTableModel() {
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(sampleRuns());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(2, RunTableModel::DisplayName).data().toString(), QStringLiteral("resnet"));
        QCOMPARE(model.index(2, RunTableModel::Status).data(RunTableModel::StatusRole).toInt(),
                 int(RunStatus::Running));
        QCOMPARE(model.index(0, RunTableModel::Duration).data(RunTableModel::SortRole).toLongLong(), 30);
        QVERIFY(
            model.index(0, RunTableModel::Tags).data().toString().contains(QStringLiteral("team=vision")));
        QList<RunInfo> changed = sampleRuns();
        changed[3].status = RunStatus::Running;
        model.setRuns(changed);
        QCOMPARE(model.index(3, 0).data(RunTableModel::StatusRole).toInt(), int(RunStatus::Running));
        changed.append(run(6, QStringLiteral("new"), RunStatus::Queued));
        model.setRuns(changed);
        QCOMPARE(model.rowCount(), 6);
    }

    void waitReasonsPassThroughOrTranslate() {
        // Without a translator the local engine's forms come back as they are; other engines' words too.
        QCOMPARE(localizedStatusDetail(QStringLiteral("queued behind 3 run(s) on cpu")),
                 QStringLiteral("queued behind 3 run(s) on cpu"));
        QCOMPARE(localizedStatusDetail(
                     QStringLiteral("waiting for 2 node(s): the cluster is scaling up (1 preparing)")),
                 QStringLiteral("waiting for 2 node(s): the cluster is scaling up (1 preparing)"));
        QCOMPARE(localizedStatusDetail(QStringLiteral("PENDING (Resources)")),
                 QStringLiteral("PENDING (Resources)"));
    }

    void runFilter_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("statusFilter"); // -2 all, -1 active, else a RunStatus
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QString() << -2 << QString()
                                    << QStringList{QStringLiteral("run_1"), QStringLiteral("run_2"),
                                                   QStringLiteral("run_3"), QStringLiteral("run_4"),
                                                   QStringLiteral("run_5")};
        QTest::newRow("text in the name") << QStringLiteral("mnist") << -2 << QString()
                                          << QStringList{QStringLiteral("run_1"), QStringLiteral("run_2")};
        QTest::newRow("text is case-insensitive")
            << QStringLiteral("BERT") << -2 << QString()
            << QStringList{QStringLiteral("run_4"), QStringLiteral("run_5")};
        QTest::newRow("two words must both match")
            << QStringLiteral("bert nlp") << -2 << QString()
            << QStringList{QStringLiteral("run_4"), QStringLiteral("run_5")};
        QTest::newRow("text in a tag") << QStringLiteral("team=nlp") << -2 << QString()
                                       << QStringList{QStringLiteral("run_2"), QStringLiteral("run_4")};
        QTest::newRow("text in the id")
            << QStringLiteral("run_3") << -2 << QString() << QStringList{QStringLiteral("run_3")};
        QTest::newRow("no match") << QStringLiteral("nothing-like-this") << -2 << QString() << QStringList{};
        QTest::newRow("failed only") << QString() << int(RunStatus::Failed) << QString()
                                     << QStringList{QStringLiteral("run_2")};
        QTest::newRow("active") << QString() << -1 << QString()
                                << QStringList{QStringLiteral("run_3"), QStringLiteral("run_4")};
        QTest::newRow("active and text")
            << QStringLiteral("bert") << -1 << QString() << QStringList{QStringLiteral("run_4")};
        QTest::newRow("experiment") << QString() << -2 << QStringLiteral("nlp")
                                    << QStringList{QStringLiteral("run_4"), QStringLiteral("run_5")};
    }

    void runFilter() {
        QFETCH(QString, text);
        QFETCH(int, statusFilter);
        QFETCH(QString, experiment);
        QFETCH(QStringList, expected);
        RunTableModel model;
        model.setRuns(sampleRuns());
        RunFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(text);
        if (statusFilter == -1)
            proxy.setStatusFilter(RunFilterProxyModel::StatusFilter::Active);
        else if (statusFilter >= 0)
            proxy.setStatusFilter(RunFilterProxyModel::StatusFilter::Exact, RunStatus(statusFilter));
        proxy.setExperiment(experiment);
        proxy.sort(RunTableModel::Number, Qt::AscendingOrder);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(RunTableModel::RunIdRole).toString();
        QCOMPARE(ids, expected);
        // A status change in the source moves the run in or out of the filtered view.
        QList<RunInfo> changed = sampleRuns();
        for (RunInfo& r : changed)
            r.status = RunStatus::Completed;
        model.setRuns(changed);
        QCOMPARE(proxy.rowCount(),
                 statusFilter == -1 || (statusFilter >= 0 && statusFilter != int(RunStatus::Completed))
                     ? 0
                     : int(expected.size()));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
