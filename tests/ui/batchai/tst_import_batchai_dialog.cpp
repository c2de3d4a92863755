#include "core/batchai/BatchAiFileImport.h"
#include "tests/core/batchai/BatchAiFixtures.h"
#include "tests/support/TestWorkspace.h"
#include "ui/batchai/ImportBatchAiDialog.h"
#include "ui/batchai/ImportWarningModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using namespace trainyard::test;

// The desktop import: a file opened, shown side by side with warnings beside the fields, edited,
// then created / submitted through the engine of a real local workspace.
class TestImportBatchAiDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void warningModel();
    void clusterIsShownEditedAndCreated();
    void jobIsSubmittedAndRuns();
    void brokenFileSaysWhere();
    void wholeFolderOpens();
};

static bool openAndWait(ImportBatchAiDialog& dialog, const QString& file) {
    QSignalSpy loaded(&dialog, &ImportBatchAiDialog::loaded);
    dialog.openFile(batchAiFixture(file));
    // A continuation on a finished future runs at once, so the signal may already be there.
    if (loaded.isEmpty() && !loaded.wait(20000))
        return false;
    return loaded.first().first().toBool();
}

void TestImportBatchAiDialog::warningModel() {
    ImportWarningModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setWarnings({{QStringLiteral("properties.vmSize"), QStringLiteral("retired")},
                       {QStringLiteral("properties.nodeCount"), QStringLiteral("one task per node")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(1, ImportWarningModel::FieldColumn).data().toString(),
             QStringLiteral("properties.nodeCount"));
    QCOMPARE(model.index(0, ImportWarningModel::MessageColumn).data().toString(), QStringLiteral("retired"));
    model.setWarnings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportBatchAiDialog::clusterIsShownEditedAndCreated() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    ImportBatchAiDialog dialog(ws.workspace());
    QAbstractItemModelTester tester(dialog.warningModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(openAndWait(dialog, QStringLiteral("rest-api-specs/2018-05-01.PutCluster.json")));

    // Original on the left, secrets masked.
    const QString original = dialog.findChild<QPlainTextEdit*>(QStringLiteral("original"))->toPlainText();
    QVERIFY(original.contains(QLatin1String("\"vmSize\": \"STANDARD_NC6\"")));
    for (const QString& s : batchAiFixtureSecrets())
        QVERIFY2(!original.contains(s), qPrintable(s));
    // Mapped form on the right, warnings beside the fields they concern.
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* vmSize = dialog.findChild<QComboBox*>(QStringLiteral("vmSize"));
    auto* min = dialog.findChild<QSpinBox*>(QStringLiteral("minNodes"));
    auto* max = dialog.findChild<QSpinBox*>(QStringLiteral("maxNodes"));
    auto* idle = dialog.findChild<QSpinBox*>(QStringLiteral("idleSeconds"));
    QCOMPARE(name->text(), QStringLiteral("demo-cluster"));
    QCOMPARE(vmSize->currentText(), QStringLiteral("STANDARD_NC6"));
    QCOMPARE(min->value(), 1);
    QCOMPARE(max->value(), 1);
    QCOMPARE(idle->value(), 1800);
    auto* vmWarning = dialog.findChild<QLabel*>(QStringLiteral("vmSizeWarning"));
    QVERIFY(vmWarning->isVisible());
    QVERIFY(vmWarning->text().contains(QLatin1String("retired")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("minNodesWarning"))
                ->text()
                .contains(QLatin1String("billed")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("idleSecondsWarning"))
                ->text()
                .contains(QLatin1String("1800")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("nameWarning"))
                ->text()
                .contains(QLatin1String("demo_cluster")));
    QCOMPARE(dialog.warningModel()->rowCount(), int(dialog.imported()->warnings.size()));

    // Edit, then create on the local engine.
    vmSize->setCurrentText(QStringLiteral("local"));
    name->setText(QStringLiteral("imported"));
    min->setValue(0);
    max->setValue(2);
    QSignalSpy created(&dialog, &ImportBatchAiDialog::created);
    QSignalSpy failed(&dialog, &ImportBatchAiDialog::failed);
    auto* action = dialog.findChild<QPushButton*>(QStringLiteral("action"));
    QVERIFY(action->isEnabled());
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY2(!created.isEmpty() || created.wait(30000),
             failed.isEmpty() ? "no signal" : qPrintable(failed.first().first().toString()));
    auto got = await(ws.engine()->getCompute(QStringLiteral("imported")));
    QVERIFY(got);
    QCOMPARE(got->spec.minNodes, 0);
    QCOMPARE(got->spec.maxNodes, 2);
    QCOMPARE(got->spec.vmSize, QStringLiteral("local"));
    QCOMPARE(got->spec.adminUsername, QStringLiteral("admin_user_name"));

    // A bad edit is refused with the field named, and nothing is created.
    name->setText(QStringLiteral("9 bad"));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(failed.size(), 1);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("9 bad")));
}

void TestImportBatchAiDialog::jobIsSubmittedAndRuns() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 3));
    ImportBatchAiDialog dialog(ws.workspace());
    dialog.show();
    QVERIFY(openAndWait(dialog, QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json")));
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("nodeCount"))->value(), 3);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("distribution"))->currentText(),
             QStringLiteral("tensorflow"));
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("workers"))->value(), 2);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("parameterServers"))->value(), 1);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("nodeCountWarning"))
                ->text()
                .contains(QLatin1String("one task per node")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("computeWarning"))
                ->text()
                .contains(QLatin1String("--compute")));

    // The source directory changes the mapping (the script runs from it): mapped again.
    dialog.findChild<QComboBox*>(QStringLiteral("compute"))->setCurrentText(QStringLiteral("cpu"));
    auto* source = dialog.findChild<QLineEdit*>(QStringLiteral("sourceDirectoryEdit"));
    source->setText(qEnvironmentVariable("TRAINYARD_TEST_DATA") + QStringLiteral("/batchai"));
    QSignalSpy loaded(&dialog, &ImportBatchAiDialog::loaded);
    emit source->editingFinished();
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
    QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("command"))
                ->toPlainText()
                .contains(QLatin1String("python3 mnist_replica.py")));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("compute"))->currentText(), QStringLiteral("cpu"));

    QSignalSpy submitted(&dialog, &ImportBatchAiDialog::submitted);
    QSignalSpy failed(&dialog, &ImportBatchAiDialog::failed);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("action")), Qt::LeftButton);
    QVERIFY2(!submitted.isEmpty() || submitted.wait(30000),
             failed.isEmpty() ? "no signal" : qPrintable(failed.first().first().toString()));
    const RunInfo run = submitted.first().first().value<RunInfo>();
    auto ended = ws.waitForEnd(run.id, 120000);
    QVERIFY(ended);
    QCOMPARE(toString(ended->status), QStringLiteral("Completed"));
    QCOMPARE(ended->nodeCount, 3);
}

void TestImportBatchAiDialog::brokenFileSaysWhere() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    ImportBatchAiDialog dialog(nullptr);
    QVERIFY(
        !openAndWait(dialog, QStringLiteral("batchai-cli-doc/job-container-keyvault-password.invalid.json")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("status"))
                ->text()
                .contains(QLatin1String(":3:10: invalid JSON")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("action"))->isEnabled());
    QVERIFY(!openAndWait(dialog, QStringLiteral("anomaly-detection/bai_pred_config.json")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("status"))
                ->text()
                .contains(QLatin1String("not a Batch AI definition")));
}

void TestImportBatchAiDialog::wholeFolderOpens() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    // Every fixture opens (or says why not) and nothing on screen shows a fixture's secret.
    ImportBatchAiDialog dialog(nullptr);
    for (const QString& file : allBatchAiFixtures()) {
        const bool ok = openAndWait(dialog, file);
        QVERIFY2(ok == (!file.endsWith(QLatin1String(".invalid.json")) &&
                        !file.startsWith(QLatin1String("anomaly-detection/"))),
                 qPrintable(file));
        QStringList shown;
        for (auto* edit : dialog.findChildren<QPlainTextEdit*>())
            shown << edit->toPlainText();
        for (auto* line : dialog.findChildren<QLineEdit*>())
            shown << line->text();
        for (auto* label : dialog.findChildren<QLabel*>())
            shown << label->text();
        for (int row = 0; row < dialog.warningModel()->rowCount(); ++row)
            shown << dialog.warningModel()->index(row, 1).data().toString();
        const QString all = shown.join(u'\n');
        for (const QString& s : batchAiFixtureSecrets())
            QVERIFY2(!all.contains(s), qPrintable(file + QStringLiteral(" shows ") + s));
    }
}

QTEST_MAIN(TestImportBatchAiDialog)
#include "tst_import_batchai_dialog.moc"
