// The runs page as a user meets it: the context menu (compare needs two runs, copy id), the
// empty-filter text and a filtered-out run leaving the panel, banners that go when the run moves
// on, the list agreeing with the panel, the submit dialog remembering folder, script and size,
// Outputs → Open (a private copy of that one file; a failure said as such), and the empty
// states of Metrics and Child runs.
#include "core/engine/Engine.h"
#include "tests/support/TestWorkspace.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/RunsPage.h"
#include "ui/runs/SubmitRunDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;
using trainyard::test::TestWorkspace;

namespace {
QAction* actionNamed(QMenu* menu, const QString& text) {
    for (QAction* a : menu->actions())
        if (a->text().remove(u'&') == text)
            return a;
    return nullptr;
}
} // namespace

// Receives the URLs QDesktopServices hands out, in place of the desktop's launcher.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

class TestRunsPolish : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrainyardPolishTest"));
        QSettings().clear();
    }

    void contextMenuFilterAndPanel() {
        TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2).ok());
        auto a = ws.submitScript(QStringLiteral("cpu"), QStringLiteral("a.py"), "print('a')\n",
                                 QStringLiteral("e"));
        auto b = ws.submitScript(QStringLiteral("cpu"), QStringLiteral("b.py"), "print('b')\n",
                                 QStringLiteral("e"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(ws.waitForEnd(a->id).ok() && ws.waitForEnd(b->id).ok());

        ComputeWatcher computes(ws.engine());
        RunWatcher runs(ws.engine());
        RunsPage page(&runs, &computes);
        page.resize(900, 600);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
        page.selectRun(a->id);
        QTRY_COMPARE(page.details()->runId(), a->id);

        // One run: compare is off, copy id copies it.
        std::unique_ptr<QMenu> menu(page.contextMenu());
        QAction* compare = menu->findChild<QAction*>(QStringLiteral("compareRuns"));
        QVERIFY(compare);
        QVERIFY(!compare->isEnabled());
        QVERIFY(actionNamed(menu.get(), QStringLiteral("Delete…"))->isEnabled()); // finished: deletable
        actionNamed(menu.get(), QStringLiteral("Copy run id"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), a->id);

        // Two runs: compare emits both ids, the signal the comparison view listens to.
        page.table()->selectAll();
        QCOMPARE(page.selectedRuns().size(), 2);
        menu.reset(page.contextMenu());
        compare = menu->findChild<QAction*>(QStringLiteral("compareRuns"));
        QVERIFY(compare->isEnabled());
        QSignalSpy spy(&page, &RunsPage::compareRequested);
        compare->trigger();
        QCOMPARE(spy.count(), 1);
        const QStringList compared = spy.first().first().toStringList();
        QCOMPARE(QSet<QString>(compared.begin(), compared.end()), (QSet<QString>{a->id, b->id}));
        // Clone works on one run at a time, and the page's Clone agrees with the panel's.
        QVERIFY(!actionNamed(menu.get(), QStringLiteral("Clone and resubmit…"))->isEnabled());

        // A filter without a match says so; the run it hides leaves the panel.
        page.selectRun(a->id);
        QTRY_COMPARE(page.details()->runId(), a->id);
        QTest::keyClicks(page.filterEdit(), QStringLiteral("no-such-run"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY2(page.noMatchText().contains(QStringLiteral("no-such-run")), qPrintable(page.noMatchText()));
        QVERIFY(page.details()->runId().isEmpty());
        page.filterEdit()->clear();
        QVERIFY(page.noMatchText().isEmpty());
        QTest::keyClicks(page.filterEdit(), b->id);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(page.noMatchText().isEmpty());

        // Metrics and child runs of a run that has neither: empty states, Export off.
        page.selectRun(b->id);
        QTRY_COMPARE(page.details()->runId(), b->id);
        QVERIFY(!page.details()->metricsPanel()->emptyText().isEmpty());
        QVERIFY(!page.details()->metricsPanel()->exportButton()->isEnabled());
        QTRY_VERIFY(page.details()->childrenText().contains(QStringLiteral("no child runs")));
        // The title is whole in the tooltip, however narrow the header.
        QTRY_VERIFY(page.details()->titleText().contains(QStringLiteral("(run ")));
    }

    void submitBannerListAndRememberedDialog() {
        QSettings().clear();
        TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1).ok());
        ComputeWatcher computes(ws.engine());
        RunWatcher runs(ws.engine());
        runs.setInterval(60000); // only the panel's reads and the submit's answer update the list
        RunsPage page(&runs, &computes);
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY(computes.hasLoaded() && runs.hasLoaded());

        // train.py is a real default, not a placeholder.
        SubmitRunDialog* dialog = page.openSubmitDialog();
        QCOMPARE(dialog->scriptEdit()->text(), QStringLiteral("train.py"));
        const QString source =
            ws.makeSource({{QStringLiteral("main.py"), "import time\ntime.sleep(1)\nprint('ok')\n"}});
        dialog->sourceEdit()->setText(source);
        dialog->scriptEdit()->setText(QStringLiteral("main.py"));
        dialog->resize(700, 640);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->validationMessage()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        // Listed and selected at once, from the submit's answer, with a banner about it.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
        const QString id = page.model()->runs().first().id;
        QCOMPARE(page.selectedRun(), id);
        QVERIFY(page.bannerText().contains(QStringLiteral("submitted")));
        // The panel's reads reach the list: both say Completed at the same moment.
        QTRY_COMPARE_WITH_TIMEOUT(toString(page.details()->run().status), QStringLiteral("Completed"), 30000);
        QCOMPARE(toString(page.model()->run(id)->status), QStringLiteral("Completed"));
        // The run moved on: the "submitted" banner is gone.
        QVERIFY2(page.bannerText().isEmpty(), qPrintable(page.bannerText()));

        // The next dialog remembers the folder, the script and the size.
        QTRY_VERIFY(page.findChildren<SubmitRunDialog*>().isEmpty());
        SubmitRunDialog* again = page.openSubmitDialog();
        QCOMPARE(again->sourceEdit()->text(), source);
        QCOMPARE(again->scriptEdit()->text(), QStringLiteral("main.py"));
        QCOMPARE(again->size(), QSize(700, 640));
        again->reject();
    }

    void openCopiesOneFileAndReportsFailure() {
        TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1).ok());
        auto run = ws.submitScript(QStringLiteral("cpu"), QStringLiteral("w.py"),
                                   "import os\nout = os.environ.get('TRAINYARD_OUTPUTS_DIR', 'outputs')\n"
                                   "os.makedirs(out, exist_ok=True)\n"
                                   "open(os.path.join(out, 'a.txt'), 'w').write('A')\n"
                                   "open(os.path.join(out, 'b.txt'), 'w').write('B')\n");
        QVERIFY(run.ok());
        QVERIFY(ws.waitForEnd(run->id).ok());
        RunDetailsPanel panel;
        panel.show();
        panel.setRun(ws.engine(), run->id);
        QTRY_VERIFY_WITH_TIMEOUT(panel.filePaths().contains(QStringLiteral("outputs/a.txt")), 10000);

        // With a launcher: only that file is copied, into this user's folder, not /tmp.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        panel.openFile(QStringLiteral("outputs/a.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(catcher.urls.size(), 1, 10000);
        const QString opened = catcher.urls.first().toLocalFile();
        // (not the shared temp folder itself: the test's HOME may lie below it)
        QVERIFY2(!opened.startsWith(QDir::tempPath() + QStringLiteral("/trainyard")), qPrintable(opened));
        QVERIFY(opened.startsWith(Engine::openedFilesFolder(run->id)));
        QFile file(opened);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("A"));
        QVERIFY(!QFile::exists(Engine::openedFilesFolder(run->id) + QStringLiteral("/outputs/b.txt")));
        QCOMPARE(panel.filesMessage(), QStringLiteral("Opened outputs/a.txt."));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

        // Without one (offscreen, no xdg-open), the panel says nothing opened.
        if (!QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty())
            QSKIP("xdg-open is installed: a real program would open the file");
        panel.openFile(QStringLiteral("outputs/b.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.filesMessage().startsWith(QStringLiteral("No program could open")),
                                 10000);
        QDir(Engine::openedFilesFolder(run->id)).removeRecursively();
    }
};

QTEST_MAIN(TestRunsPolish)
#include "tst_runs_polish.moc"
