// The Compute page and its dialogs against the real local engine: create a cluster by typing
// into the dialog, see core's message for each bad input, update it, delete it, and see the
// refusal (with the run id) when a run is still active on it.
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestWorkspace.h"
#include "ui/compute/ComputeDialog.h"
#include "ui/compute/ComputePage.h"
#include "ui/model/ComputeListModel.h"
#include "ui/model/ComputeWatcher.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;
using trainyard::test::TestWorkspace;

namespace {
void typeInto(QSpinBox* spin, int value) {
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

void retype(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QMessageBox* waitForBox(QWidget* parent, const QString& objectName) {
    QMessageBox* box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        box = parent->findChild<QMessageBox*>(objectName);
        if (!box)
            QTest::qWait(20);
    }
    return box;
}

ComputeInfo computeNamed(Engine* engine, const QString& name) {
    const auto computes = await(engine->listComputes());
    for (const ComputeInfo& c : computes.value())
        if (c.spec.name == name)
            return c;
    return {};
}
} // namespace

class TestComputePage : public QObject {
    Q_OBJECT
private slots:
    void badInputShowsCoresMessage_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minNodes");
        QTest::addColumn<int>("maxNodes");
        QTest::addColumn<QString>("expected");
        const auto nameMessage = [](const QString& n) { return validateComputeName(n).error().message; };
        const auto scaleMessage = [](int mi, int ma) { return validateScale(mi, ma, 120).error().message; };
        // Nothing typed yet: OK is off, but the dialog does not greet the user with an error.
        QTest::newRow("empty name, untouched") << QString() << 0 << 4 << QString();
        QTest::newRow("starts with a digit")
            << QStringLiteral("9gpu") << 0 << 4 << nameMessage(QStringLiteral("9gpu"));
        QTest::newRow("underscore") << QStringLiteral("gpu_cluster") << 0 << 4
                                    << nameMessage(QStringLiteral("gpu_cluster"));
        QTest::newRow("one character") << QStringLiteral("g") << 0 << 4 << nameMessage(QStringLiteral("g"));
        QTest::newRow("17 characters") << QStringLiteral("abcdefghijklmnopq") << 0 << 4
                                       << nameMessage(QStringLiteral("abcdefghijklmnopq"));
        QTest::newRow("max nodes 0") << QStringLiteral("gpu") << 0 << 0 << scaleMessage(0, 0);
        QTest::newRow("min above max") << QStringLiteral("gpu") << 5 << 2 << scaleMessage(5, 2);
        QTest::newRow("name taken") << QStringLiteral("taken") << 0 << 4
                                    << QStringLiteral(
                                           "A cluster named 'taken' already exists in this workspace: "
                                           "choose another name.");
    }

    void badInputShowsCoresMessage() {
        QFETCH(QString, name);
        QFETCH(int, minNodes);
        QFETCH(int, maxNodes);
        QFETCH(QString, expected);
        TestWorkspace ws;
        ComputeDialog dialog(ws.engine(), QStringList{QStringLiteral("taken")});
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), name);
        typeInto(dialog.maxNodesEdit(), maxNodes);
        typeInto(dialog.minNodesEdit(), minNodes);
        QCOMPARE(dialog.validationMessage(), expected);
        QVERIFY(!dialog.okButton()->isEnabled());
        // Pressing Enter does nothing while the input is invalid.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
    }

    void advancedNeedsUserAndSecret() {
        TestWorkspace ws;
        ComputeDialog dialog(ws.engine(), QStringList{});
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("gpu"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.advancedToggle()->setChecked(true);
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("s3cret"));
        QCOMPARE(dialog.validationMessage(),
                 QStringLiteral("Give the admin user name that the password or SSH key belongs to."));
        QVERIFY(!dialog.okButton()->isEnabled());

        // With the user given it is accepted; the password goes to the keychain, never to a file.
        QTest::keyClicks(dialog.adminUserEdit(), QStringLiteral("azureuser"));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationMessage()));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        const QString key =
            SecretKeys::computeAdminPassword(ws.engine()->secretScope(), QStringLiteral("gpu"));
        Result<QByteArray> secret;
        QTRY_VERIFY_WITH_TIMEOUT((secret = await(SecretStore::instance().read(key))).ok(), 10000);
        QCOMPARE(secret.value(), QByteArray("s3cret"));
        QDirIterator files(ws.folder(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cret"), qPrintable(f.fileName()));
        }
        await(SecretStore::instance().remove(key));
    }

    void createUpdateDelete() {
        TestWorkspace ws;
        ComputeWatcher watcher(ws.engine());
        watcher.setInterval(200);
        ComputePage page(&watcher);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        QTRY_VERIFY(watcher.hasLoaded());

        // Create, typed like a user.
        ComputeDialog* create = page.openCreateDialog();
        QVERIFY(create);
        QVERIFY(!create->okButton()->isEnabled()); // empty name
        QTest::keyClicks(create->nameEdit(), QStringLiteral("cpu_1"));
        QCOMPARE(create->validationMessage(), validateComputeName(QStringLiteral("cpu_1")).error().message);
        retype(create->nameEdit(), QStringLiteral("cpu-1"));
        typeInto(create->maxNodesEdit(), 3);
        typeInto(create->minNodesEdit(), 0);
        QVERIFY2(create->okButton()->isEnabled(), qPrintable(create->validationMessage()));
        QTest::mouseClick(create->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOf(QStringLiteral("cpu-1")), 0, 10000);
        QCOMPARE(computeNamed(ws.engine(), QStringLiteral("cpu-1")).spec.maxNodes, 3);
        QTRY_COMPARE(page.selectedCompute(), QStringLiteral("cpu-1"));

        // Update: the vm size is read-only and says why.
        ComputeDialog* update = page.openUpdateDialog();
        QVERIFY(update);
        QVERIFY(update->isUpdate());
        QVERIFY(!update->findChild<QComboBox*>()->isEnabled());
        QVERIFY(update->nameEdit()->isReadOnly());
        typeInto(update->maxNodesEdit(), 0);
        QCOMPARE(update->validationMessage(), validateScale(0, 0, 120).error().message);
        QVERIFY(!update->okButton()->isEnabled());
        typeInto(update->maxNodesEdit(), 6);
        typeInto(update->idleEdit(), 300);
        QVERIFY(update->okButton()->isEnabled());
        QTest::mouseClick(update->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(computeNamed(ws.engine(), QStringLiteral("cpu-1")).spec.maxNodes, 6, 10000);
        QCOMPARE(computeNamed(ws.engine(), QStringLiteral("cpu-1")).spec.idleSecondsBeforeScaledown, 300);

        // Delete refused while a run is active: the banner names the run.
        auto run = ws.submitScript(QStringLiteral("cpu-1"), QStringLiteral("sleep.py"),
                                   "import time\ntime.sleep(60)\n", QStringLiteral("e"));
        QVERIFY2(run.ok(), run ? "" : qPrintable(run.error().message));
        QVERIFY(ws.waitForStatus(run->id, RunStatus::Running).ok());
        page.requestDelete();
        QMessageBox* box = waitForBox(&page, QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("cpu-1")));
        QVERIFY2(box->text().contains(QStringLiteral("1 active run")), qPrintable(box->text()));
        QAbstractButton* yes = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().contains(run->id), 10000);
        QVERIFY(page.bannerText().contains(QStringLiteral("not deleted")));
        QCOMPARE(page.model()->rowOf(QStringLiteral("cpu-1")), 0);

        // Cancel the run, then the delete goes through.
        QVERIFY(await(ws.engine()->cancelRun(run->id)).ok());
        QVERIFY(isTerminal(ws.waitForEnd(run->id)->status));
        // The refusal was true while the run ran; now that it has ended the banner goes.
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().isEmpty(), 10000);
        page.requestDelete();
        box = waitForBox(&page, QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 15000);
        QVERIFY(await(ws.engine()->listComputes())->isEmpty());
    }

    void cancelingTheConfirmationKeepsTheCluster() {
        TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("keep-me"), 0, 1).ok());
        ComputeWatcher watcher(ws.engine());
        ComputePage page(&watcher);
        page.show();
        QTRY_COMPARE(page.selectedCompute(), QStringLiteral("keep-me"));
        page.requestDelete();
        QMessageBox* box = waitForBox(&page, QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(300);
        QCOMPARE(await(ws.engine()->listComputes())->size(), 1);
    }
};

QTEST_MAIN(TestComputePage)
#include "tst_compute_page.moc"
