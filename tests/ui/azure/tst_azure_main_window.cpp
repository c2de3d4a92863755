// The desktop shows an Azure ML workspace's clusters and runs like a local one: an Azure ML
// config.json (no "engine" key) pointed at the replay server of Microsoft's published examples
// (fixtures/azureml) opens in the MainWindow; the Compute page lists Compute/list.json's
// clusters and the runs table Job/CommandJob/list.json's job. Without a token the workspace
// reports Unauthorized and the status bar offers "Sign in…", which signs in through the device
// code dialog (loopback Entra ID) and loads the same pages.
// Set TRAINYARD_SCREENSHOT=file.png (under xvfb-run, QT_QPA_PLATFORM=xcb) to keep a picture.
#include "tests/integration/azureml/support/ArmReplayServer.h"
#include "tests/integration/azureml/support/EntraServer.h"
#include "tests/support/Fixtures.h"
#include "ui/MainWindow.h"
#include "ui/azure/AzureSignInDialog.h"
#include "ui/compute/ComputePage.h"
#include "ui/model/ComputeListModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/runs/RunsPage.h"
#include "ui/workspace/WorkspaceView.h"

#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::test::ArmReplayServer;
using trainyard::test::EntraServer;

class TestAzureMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ArmReplayServer m_server;

    // The workspace of Compute/list.json (testrg123/workspaces123). Job/CommandJob/list.json is
    // written for another one (test-rg/my-aml-workspace): the test serves that published answer
    // at this workspace's jobs path too, so that one workspace has both clusters and runs.
    static QString workspacePath() {
        return QStringLiteral("/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourceGroups/testrg123/"
                              "providers/Microsoft.MachineLearningServices/workspaces/workspaces123");
    }

    QString writeConfig(const QString& name, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("subscription_id"),
                     QStringLiteral("34adfa4f-cedf-4dc0-ba29-b6d1a69ab345"));
        extra.insert(QStringLiteral("resource_group"), QStringLiteral("testrg123"));
        extra.insert(QStringLiteral("workspace_name"), QStringLiteral("workspaces123"));
        extra.insert(QStringLiteral("arm_endpoint"), m_server.baseUrl().toString());
        // A fresh account: no token cached in the keychain by an earlier run.
        extra.insert(QStringLiteral("account"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(extra).toJson());
        return path;
    }

    static QStringList computeNames(ComputeListModel* model) {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

    void expectClustersAndRuns(MainWindow& window, WorkspaceView* view) {
        window.showPage(view, MainWindow::Page::Compute);
        QTRY_COMPARE_WITH_TIMEOUT(view->computePage()->model()->rowCount(), 2, 20000);
        QCOMPARE(computeNames(view->computePage()->model()),
                 (QStringList{QStringLiteral("compute123"), QStringLiteral("compute1234")}));
        window.showPage(view, MainWindow::Page::Runs);
        QTRY_COMPARE_WITH_TIMEOUT(view->runsPage()->model()->rowCount(), 1, 20000);
        // The job's name and state ("NotStarted" in the example) as our run states show them.
        const RunInfo* run = view->runsPage()->model()->run(QStringLiteral("string"));
        QVERIFY(run);
        QVERIFY(run->status == RunStatus::NotStarted);
        QCOMPARE(window.currentPage(), static_cast<QWidget*>(view->runsPage()));
    }

private slots:
    void initTestCase() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrainyardAzureTest"));
        QSettings().clear();
        QVERIFY(m_server.start(qEnvironmentVariable("TRAINYARD_FIXTURES") +
                               QStringLiteral("/azureml/2025-12-01")));
        auto* jobs = m_server.example(QStringLiteral("Job/CommandJob/list.json"));
        QVERIFY(jobs);
        jobs->path = workspacePath() + QStringLiteral("/jobs");
    }

    void showsClustersAndRunsLikeALocalWorkspace() {
        qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "desktop-test-token");
        auto unset = qScopeGuard([] { qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN"); });
        const QString config = writeConfig(QStringLiteral("config.json"));
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspacePath(config));
        WorkspaceView* view = window.workspaces().value(0);
        QVERIFY(view);
        QCOMPARE(view->workspace()->engine()->kind(), QStringLiteral("azureml"));
        expectClustersAndRuns(window, view);
        auto* status = window.statusBar()->findChild<QLabel*>(QStringLiteral("engineStatus"));
        QTRY_VERIFY(status->text().contains(QLatin1String("azureml engine, connected")));
        QVERIFY(!window.statusBar()->findChild<QPushButton*>(QStringLiteral("signInButton"))->isVisible());
        bool sawBearer = false;
        for (const auto& r : m_server.requests())
            sawBearer = sawBearer || r.header("authorization") == "Bearer desktop-test-token";
        QVERIFY(sawBearer);
        if (const QString shot = qEnvironmentVariable("TRAINYARD_SCREENSHOT"); !shot.isEmpty()) {
            window.showPage(view, MainWindow::Page::Compute);
            QTest::qWait(1500); // the node and detail panes fill in
            QVERIFY(window.grab().save(shot));
        }
    }

    void unauthorizedOffersSignIn() {
        qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN");
        EntraServer entra;
        entra.pendingPolls = 1;
        QVERIFY(entra.server.listen());
        const QString config =
            writeConfig(QStringLiteral("signin.json"),
                        {{QStringLiteral("authority"), entra.server.baseUrl().toString()},
                         {QStringLiteral("tenant_id"), QStringLiteral("contoso.onmicrosoft.com")}});
        m_server.clear();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspacePath(config));
        WorkspaceView* view = window.workspaces().value(0);
        // No token anywhere (no variable, no cache, no service principal, no az): Unauthorized,
        // nothing reached the replay server, and the status bar offers the way out.
        auto* button = window.statusBar()->findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        QCOMPARE(view->computePage()->model()->rowCount(), 0);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = window.findChild<AzureSignInDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->userCode(), QLatin1String(EntraServer::kUserCode));
        // Entra ID issues the token after one authorization_pending; the pages load with it.
        expectClustersAndRuns(window, view);
        QTRY_VERIFY(!button->isVisible());
        QCOMPARE(m_server.requests().last().header("authorization"), QByteArray("Bearer access-1"));
    }

    void signInIsOnlyForAzureWorkspaces() {
        MainWindow window;
        QVERIFY(window.signInToAzure() == nullptr); // no workspace: a status message, no dialog
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Azure ML")));
    }
};

QTEST_MAIN(TestAzureMainWindow)
#include "tst_azure_main_window.moc"
