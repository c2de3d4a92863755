// The main window: several workspaces in the navigator, page switching, the shortcuts (Delete
// asks first, Ctrl+F goes to the runs filter), recent workspaces in QSettings, the status bar's
// engine state, and the notice when a watched run ends.
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/compute/ComputePage.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/AllRunsPage.h"
#include "ui/runs/RunsPage.h"
#include "ui/workspace/DatastoresPage.h"
#include "ui/workspace/WorkspaceView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;
using trainyard::test::TestWorkspace;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("TrainyardTest"));
        QSettings().clear();
    }

    void severalWorkspacesShortcutsAndNotice() {
        TestWorkspace first;
        TestWorkspace second;
        QVERIFY(first.createCluster(QStringLiteral("cpu"), 0, 1).ok());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The window owns what it shows: hand it its own opened copies of both workspaces.
        auto a = Workspace::open(first.folder());
        auto b = Workspace::open(second.folder());
        QVERIFY(a.ok() && b.ok());
        WorkspaceView* va = window.addWorkspace(a.value(), first.folder());
        WorkspaceView* vb = window.addWorkspace(b.value(), second.folder());
        auto* navigator = window.findChild<QTreeWidget*>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        QCOMPARE(navigator->topLevelItemCount(), 3); // two workspaces and "All runs"
        QVERIFY(!navigator->topLevelItem(2)->isHidden());
        QCOMPARE(navigator->topLevelItem(0)->childCount(), 3); // Compute, Datastores, Experiments

        // Recent workspaces are remembered, newest first.
        const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
        QCOMPARE(recent.value(0), second.folder());
        QCOMPARE(recent.value(1), first.folder());

        // Page switching through the navigator.
        window.showPage(vb, MainWindow::Page::Datastores);
        QCOMPARE(window.currentPage(), vb->datastoresPage());
        window.showPage(va, MainWindow::Page::Compute);
        QCOMPARE(window.currentPage(), va->computePage());
        QTRY_COMPARE(va->computePage()->selectedCompute(), QStringLiteral("cpu"));

        // The status bar names each workspace's engine and says when it answered.
        QTRY_VERIFY(window.statusBar()
                        ->findChild<QLabel*>(QStringLiteral("engineStatus"))
                        ->text()
                        .contains(QStringLiteral("connected")));

        // Delete on the Compute page asks, naming the cluster; Cancel keeps it.
        QTest::keyClick(&window, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = va->computePage()->findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))));
        QVERIFY(box->text().contains(QStringLiteral("cpu")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(await(first.engine()->listComputes())->size(), 1);

        // Ctrl+F goes to the runs filter of the current workspace.
        window.activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), va->runsPage());
        QTRY_VERIFY(va->runsPage()->filterEdit()->hasFocus());

        // A watched run that ends is announced (tray when there is one, the status bar always).
        RunConfig config = first.scriptRun(QStringLiteral("cpu"), QStringLiteral("ok.py"), "print('ok')\n",
                                           QStringLiteral("notice"));
        config.displayName = QStringLiteral("notice-me");
        auto run = await(first.engine()->submitRun(config));
        QVERIFY(run.ok());
        va->runWatcher()->watch(run->id);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("notice-me")),
                                 30000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Completed")));

        // With two workspaces, one list shows the runs of both, with workspace and engine.
        QVERIFY(second.createCluster(QStringLiteral("cpu2"), 0, 1).ok());
        config.compute = QStringLiteral("cpu2");
        config.sourceDirectory = second.makeSource({{QStringLiteral("ok.py"), "print('ok')\n"}});
        config.displayName = QStringLiteral("in-second");
        QVERIFY(await(second.engine()->submitRun(config)).ok());
        RunTableModel* all = window.allRunsPage()->model();
        QAbstractItemModelTester tester(all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(all->rowCount(), 2, 10000);
        QSet<QString> workspaces;
        for (int row = 0; row < all->rowCount(); ++row) {
            // Both test workspaces are called "test": tell them apart by where each row comes from.
            QCOMPARE(all->index(row, RunTableModel::Workspace).data().toString(), QStringLiteral("test"));
            workspaces << QString::number(
                all->index(row, 0).data(RunTableModel::WatcherRole).value<quintptr>());
            QCOMPARE(all->index(row, RunTableModel::Engine).data().toString(), QStringLiteral("local"));
        }
        QCOMPARE(workspaces.size(), 2);
        // Opening a row there shows it in its own workspace.
        const int row =
            all->index(0, RunTableModel::DisplayName).data().toString() == QLatin1String("in-second") ? 0 : 1;
        emit window.allRunsPage()->table()->doubleClicked(
            window.allRunsPage()->proxy()->mapFromSource(all->index(row, RunTableModel::DisplayName)));
        QCOMPARE(window.currentPage(), vb->runsPage());
        QTRY_VERIFY(!vb->runsPage()->selectedRun().isEmpty());

        // The experiment shows up in the navigator under Experiments.
        QTRY_COMPARE(navigator->topLevelItem(0)->child(2)->childCount(), 1);
        QCOMPARE(navigator->topLevelItem(0)->child(2)->child(0)->text(0), QStringLiteral("notice"));

        // Closing the window remembers the open workspaces.
        window.close();
        QCOMPARE(QSettings().value(QStringLiteral("workspaces/open")).toStringList(),
                 (QStringList{first.folder(), second.folder()}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
