// The main window as a user meets it: the toolbar, Update cluster… only with a cluster to update,
// the Delete key deleting finished runs after asking, Ctrl+F going to the log's search while the
// user reads a log and to the runs filter otherwise, the cluster dialog showing only what the
// local engine offers and no error before typing, and the datastore browser's upload, download
// and file tree.
#include "tests/support/TestWorkspace.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/StatusStyle.h"
#include "ui/Theme.h"
#include "ui/compute/ComputeDialog.h"
#include "ui/compute/ComputePage.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogView.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/RunsPage.h"
#include "ui/workspace/DatastoresPage.h"
#include "ui/workspace/WorkspaceView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;
using trainyard::test::TestWorkspace;

class TestWindowPolish : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrainyardWindowPolishTest"));
        QSettings().clear();
    }

    void toolbarDeleteKeyAndFind() {
        TestWorkspace ws;
        MainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto opened = Workspace::open(ws.folder());
        QVERIFY(opened.ok());
        WorkspaceView* view = window.addWorkspace(opened.value(), ws.folder());

        // A toolbar with icons; Update cluster… waits for a cluster to update.
        QVERIFY(window.toolBar());
        QVERIFY(window.toolBar()->actions().size() >= 5);
        for (QAction* a : window.toolBar()->actions())
            QVERIFY2(a->isSeparator() || !a->icon().isNull(), qPrintable(a->text()));
        QTRY_VERIFY(view->computeWatcher()->hasLoaded());
        QVERIFY(!window.updateClusterAction()->isEnabled());
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1).ok());
        view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.updateClusterAction()->isEnabled(), 10000);

        // A finished run: Delete on the Runs page asks, then deletes it with its folder.
        auto run =
            ws.submitScript(QStringLiteral("cpu"), QStringLiteral("p.py"), "print('line in the log')\n");
        QVERIFY(run.ok());
        QVERIFY(ws.waitForEnd(run->id).ok());
        window.showPage(view, MainWindow::Page::Runs);
        RunsPage* page = view->runsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
        page->selectRun(run->id);
        QTRY_COMPARE(page->details()->runId(), run->id);

        // Ctrl+F while reading the log: the log's search; from the table: the runs filter.
        RunLogPanel* logs = page->details()->logPanel();
        QTRY_VERIFY(logs->isVisible());
        logs->view()->setFocus();
        QTRY_VERIFY(logs->view()->hasFocus());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(logs->searchEdit()->hasFocus());
        QVERIFY(!page->filterEdit()->hasFocus());
        page->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->filterEdit()->hasFocus());

        page->table()->setFocus();
        QAction* deleteAction = nullptr;
        for (QAction* action : window.toolBar()->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Delete))
                deleteAction = action;
        QVERIFY(deleteAction);
        QTRY_VERIFY(deleteAction->isEnabled()); // a finished run is selected
        QTRY_VERIFY2_WITH_TIMEOUT(isTerminal(page->model()->run(run->id)->status),
                                  qPrintable(toString(page->model()->run(run->id)->status)), 15000);
        QTest::keyClick(page->table(), Qt::Key_Delete); // where the user's focus is
        QMessageBox* box = nullptr;
        QTRY_VERIFY2((box = page->findChild<QMessageBox*>(QStringLiteral("deleteRunConfirmation"))),
                     qPrintable(page->bannerText() + u'|' + page->selectedRuns().join(u',')));
        QVERIFY(box->text().contains(run->id));
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 10000);
        QVERIFY(!await(ws.engine()->getRun(run->id)).ok());
        QVERIFY(!QFileInfo::exists(ws.folder() + QStringLiteral("/runs/") + run->id));
        QVERIFY(page->details()->runId().isEmpty());
    }

    void themeFollowsTheSetting() {
        MainWindow window;
        // View → Theme → Dark: a dark palette, banners and icons that read on it; kept for next time.
        QAction* dark = window.findChild<QAction*>(QStringLiteral("theme-dark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(isDarkPalette());
        QCOMPARE(themeName(savedTheme()), QStringLiteral("dark"));
        const QString darkBanner = bannerStyleSheet(Tone::Error);
        const QImage darkIcon = themedIcon(QStringLiteral("view-refresh")).pixmap(24).toImage();
        window.findChild<QAction*>(QStringLiteral("theme-light"))->trigger();
        QVERIFY(!isDarkPalette());
        QVERIFY(bannerStyleSheet(Tone::Error) != darkBanner);
        QVERIFY(themedIcon(QStringLiteral("view-refresh")).pixmap(24).toImage() != darkIcon);
        QVERIFY(!darkIcon.isNull());
        window.findChild<QAction*>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(themeName(savedTheme()), QStringLiteral("system"));
    }

    void clusterDialogShowsWhatTheEngineOffers() {
        TestWorkspace ws;
        ComputeDialog create(ws.engine(), QStringList{});
        create.show();
        // Nothing typed yet: OK is off, but no error is shown.
        QVERIFY(!create.okButton()->isEnabled());
        QCOMPARE(create.validationMessage(), QString());
        QTest::keyClicks(create.nameEdit(), QStringLiteral("x"));
        QTest::keyClick(create.nameEdit(), Qt::Key_Backspace);
        QVERIFY(!create.validationMessage().isEmpty()); // now the empty name is the user's
        // The local engine's nodes have no network and no admin user to set.
        QVERIFY(!create.advancedToggle()->isVisibleTo(&create));
        QVERIFY(!create.vnetNameEdit()->isVisibleTo(&create));
        QVERIFY(!create.passwordEdit()->isVisibleTo(&create));

        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1).ok());
        const auto computes = await(ws.engine()->listComputes());
        ComputeDialog update(ws.engine(), computes->first());
        QVERIFY(update.nameEdit()->isReadOnly());
        QVERIFY(!update.nameEdit()->hasFrame()); // and looks it
        QCOMPARE(update.nameEdit()->focusPolicy(), Qt::NoFocus);
    }

    void datastoreBrowserUploadsAndDownloads() {
        TestWorkspace ws;
        DatastoresPage page(ws.engine());
        page.resize(900, 600);
        page.show();
        QTRY_VERIFY(page.messageText().contains(QStringLiteral("empty")));
        for (QWidget* w : page.findChildren<QWidget*>())
            if (auto* label = qobject_cast<QLabel*>(w))
                QVERIFY2(!label->text().contains(u'`'), qPrintable(label->text()));

        const QString source = ws.makeSource(
            {{QStringLiteral("train/0001.txt"), "one"}, {QStringLiteral("train/0002.txt"), "two"}});
        QSignalSpy done(&page, &DatastoresPage::transferFinished);
        page.uploadFolder(source, QStringLiteral("mnist"));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QTRY_VERIFY(page.filePaths().contains(QStringLiteral("mnist/train/0001.txt")));
        QCOMPARE(page.filePaths().size(), 2);

        const QString target = ws.scratch() + QStringLiteral("/down");
        QVERIFY(QDir().mkpath(target));
        page.downloadPath(QStringLiteral("mnist/train"), target);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QFile file(target + QStringLiteral("/train/0002.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two"));
        // A path that leaves the datastore is refused, and says so.
        page.downloadPath(QStringLiteral("../outside"), target);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.takeFirst().first().toBool(), false);
    }
};

QTEST_MAIN(TestWindowPolish)
#include "tst_window_polish.moc"
