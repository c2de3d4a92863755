// `yard` on an Azure ML workspace (a plain config.json without "engine") against the replay of
// Microsoft's examples: the --json output carries exactly the keys the local engine prints
// (core/model/ModelJson.h), with Azure's values mapped (PT5M -> 300, job states -> ours), and
// ARM errors reach the user with their code and the x-ms-client-request-id.
#include "core/model/ModelJson.h"
#include "support/ArmReplayServer.h"
#include "support/LoopbackHttpServer.h"
#include "tests/support/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace trainyard;
using trainyard::test::ArmReplayServer;

class TestAzureMlYard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ArmReplayServer m_server;
    QString m_config;

    struct Output {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    // Runs yard while this process keeps serving (an event loop, not a blocking wait).
    Output yard(const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRAINYARD_AZURE_ACCESS_TOKEN"), QStringLiteral("yard-test-token"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("TRAINYARD_YARD"), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(60000))
            qFatal("yard did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Azure ML's own config.json (no "engine" key: it opens as an Azure ML workspace) for one
    // workspace at the replay server, written as `fileName` in the test's folder.
    QString writeConfig(const QString& fileName, const QString& subscription, const QString& group,
                        const QString& workspace) {
        const QString path = m_dir.filePath(fileName);
        QFile config(path);
        if (!config.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        config.write(
            QJsonDocument(QJsonObject{{QStringLiteral("subscription_id"), subscription},
                                      {QStringLiteral("resource_group"), group},
                                      {QStringLiteral("workspace_name"), workspace},
                                      {QStringLiteral("arm_endpoint"), m_server.baseUrl().toString()}})
                .toJson());
        return path;
    }

    // A config.json for the workspace an example was written for (they differ per example).
    QString configFor(const QString& exampleFile) {
        const auto* e = m_server.example(exampleFile);
        if (!e)
            qFatal("no example %s", qPrintable(exampleFile));
        return writeConfig(QString(exampleFile).replace(u'/', u'_'),
                           e->parameters.value(QLatin1String("subscriptionId")).toString(),
                           e->parameters.value(QLatin1String("resourceGroupName")).toString(),
                           e->parameters.value(QLatin1String("workspaceName")).toString());
    }

    static QSet<QString> keys(const QJsonObject& o) {
        const QStringList k = o.keys();
        return QSet<QString>(k.begin(), k.end());
    }

private slots:
    void initTestCase() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // The published examples plus one held-back operation (Compute_Get) made from the
        // published AmlCompute example's own 200 answer (see tst_azureml_replay).
        const QString fixtures =
            qEnvironmentVariable("TRAINYARD_FIXTURES") + QStringLiteral("/azureml/2025-12-01");
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), fixtures,
                                                         m_dir.filePath(QStringLiteral("examples"))}) == 0);
        QFile source(fixtures + QStringLiteral("/Compute/createOrUpdate/AmlCompute.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject parameters = doc.value(QLatin1String("parameters")).toObject();
        parameters.remove(QStringLiteral("parameters"));
        doc.insert(QStringLiteral("parameters"), parameters);
        QFile get(m_dir.filePath(QStringLiteral("examples/Compute/get.json")));
        QVERIFY(get.open(QIODevice::WriteOnly));
        get.write(QJsonDocument(doc).toJson());
        get.close();
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("examples"))));
        m_config =
            writeConfig(QStringLiteral("config.json"), QStringLiteral("34adfa4f-cedf-4dc0-ba29-b6d1a69ab345"),
                        QStringLiteral("testrg123"), QStringLiteral("workspaces123"));
    }

    void computeShowPrintsTheLocalEngineKeys() {
        auto o = yard({QStringLiteral("compute"), QStringLiteral("show"), QStringLiteral("compute123"),
                       QStringLiteral("--json"), QStringLiteral("--workspace"), m_config});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonObject c = o.json().object();
        ComputeInfo local;
        QCOMPARE(keys(c), keys(toJson(local)));
        QCOMPARE(c.value(QLatin1String("idle_seconds_before_scaledown")).toInt(), 300); // PT5M
        QCOMPARE(c.value(QLatin1String("vm_size")).toString(), QStringLiteral("STANDARD_NC6"));
        QCOMPARE(c.value(QLatin1String("allocation_state")).toString(), QStringLiteral("Resizing"));
        QCOMPARE(c.value(QLatin1String("provisioning_state")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(m_server.requests().last().header("authorization"), QByteArray("Bearer yard-test-token"));
        QVERIFY(!m_server.requests().last().header("x-ms-client-request-id").isEmpty());
    }

    void computeList() {
        auto o = yard({QStringLiteral("compute"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), m_config});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonArray a = o.json().array();
        QVERIFY(!a.isEmpty());
        QCOMPARE(keys(a.first().toObject()), keys(toJson(ComputeInfo{})));
        QCOMPARE(a.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("compute123"));
    }

    void runListAndShow() {
        auto o = yard({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), configFor(QStringLiteral("Job/CommandJob/list.json"))});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonArray a = o.json().array();
        QCOMPARE(a.size(), 1);
        const QJsonObject r = a.first().toObject();
        QCOMPARE(keys(r), keys(toJson(RunInfo{})));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("NotStarted"));
        QCOMPARE(r.value(QLatin1String("engine")).toString(), QStringLiteral("azureml"));
        QCOMPARE(r.value(QLatin1String("distribution")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("tensorflow"));
    }

    void datastoreList() {
        auto o = yard({QStringLiteral("datastore"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), configFor(QStringLiteral("Datastore/list.json"))});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonArray a = o.json().array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(keys(a.first().toObject()), keys(toJson(DatastoreInfo{})));
        QCOMPARE(a.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("AzureBlob"));
    }

    void workspaceDescribe() {
        // Workspace/get.json is for another subscription/workspace: point a config at it.
        auto o = yard({QStringLiteral("workspace"), QStringLiteral("describe"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), testWorkspaceConfig()});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonObject w = o.json().object();
        QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("testworkspace"));
        QCOMPARE(w.value(QLatin1String("location")).toString(), QStringLiteral("eastus2euap"));
        QCOMPARE(w.value(QLatin1String("resource_group")).toString(), QStringLiteral("workspace-1234"));
        QVERIFY(w.value(QLatin1String("key_vault")).toString().endsWith(QLatin1String("/vaults/testkv")));
    }

    // Workspace/get.json and Workspace/create.json are both for testworkspace in workspace-1234.
    QString testWorkspaceConfig() {
        return writeConfig(QStringLiteral("testworkspace.json"),
                           QStringLiteral("00000000-1111-2222-3333-444444444444"),
                           QStringLiteral("workspace-1234"), QStringLiteral("testworkspace"));
    }

    QStringList createArgs(const QString& name) {
        return {QStringLiteral("workspace"),
                QStringLiteral("create"),
                QStringLiteral("--engine"),
                QStringLiteral("azureml"),
                QStringLiteral("--subscription"),
                QStringLiteral("00000000-1111-2222-3333-444444444444"),
                QStringLiteral("--resource-group"),
                QStringLiteral("workspace-1234"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--arm-endpoint"),
                m_server.baseUrl().toString(),
                QStringLiteral("--json")};
    }

    void workspaceCreateExistingWithExistOk() {
        // Workspaces_Get answers Workspace/get.json: with --exist-ok it is returned as is, no PUT.
        m_server.clear();
        auto o = yard(createArgs(QStringLiteral("testworkspace")) << QStringLiteral("--exist-ok"));
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonObject w = o.json().object();
        QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("testworkspace"));
        QCOMPARE(w.value(QLatin1String("friendly_name")).toString(), QStringLiteral("HelloName"));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.served().first().example, QStringLiteral("Workspace/get.json"));
    }

    void workspaceCreateExistingIsAConflict() {
        m_server.clear();
        auto o = yard(createArgs(QStringLiteral("testworkspace")));
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("already exists") && o.err.contains("--exist-ok"), o.err.constData());
        for (const auto& r : m_server.requests())
            QCOMPARE(r.method, QByteArray("GET"));
    }

    void workspaceCreateNew() {
        // No Workspaces_Get example for it: the replay server's 404 means "absent", then
        // Workspaces_CreateOrUpdate answers Workspace/create.json's 200 (its documented final
        // answer; its 202 carries a Location that is not a URL, "example_location").
        auto* get = m_server.example(QStringLiteral("Workspace/get.json"));
        auto* create = m_server.example(QStringLiteral("Workspace/create.json"));
        QVERIFY(get && create);
        const QString getPath = get->path;
        const int createStatus = create->status;
        get->path += QStringLiteral("-hidden");
        create->status = 200;
        auto restore = qScopeGuard([&] {
            get->path = getPath;
            create->status = createStatus;
        });
        m_server.clear();
        // A new workspace needs a location: a usage error, nothing written.
        auto o = yard(createArgs(QStringLiteral("testworkspace")));
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("needs a location"), o.err.constData());
        for (const auto& r : m_server.requests())
            QCOMPARE(r.method, QByteArray("GET"));

        m_server.clear();
        const QString folder = m_dir.filePath(QStringLiteral("created"));
        // The values the example's request carries, so that the body can be compared with it.
        const QString sub = QStringLiteral("/subscriptions/00000000-1111-2222-3333-444444444444");
        o = yard(createArgs(QStringLiteral("testworkspace"))
                 << QStringLiteral("--location") << QStringLiteral("eastus2euap")
                 << QStringLiteral("--friendly-name") << QStringLiteral("HelloName")
                 << QStringLiteral("--description") << QStringLiteral("test description")
                 << QStringLiteral("--key-vault")
                 << sub + QStringLiteral(
                              "/resourceGroups/workspace-1234/providers/Microsoft.KeyVault/vaults/testkv")
                 << QStringLiteral("--storage-account")
                 << sub + QStringLiteral("/resourceGroups/accountcrud-1234/providers/Microsoft.Storage/"
                                         "storageAccounts/testStorageAccount")
                 << QStringLiteral("--path") << folder);
        QVERIFY2(o.exit == 0, o.err.constData());
        QCOMPARE(m_server.requests().last().method, QByteArray("PUT"));
        QCOMPARE(m_server.served().last().example, QStringLiteral("Workspace/create.json"));
        // Every field sent matches the example's request (the rest of it is optional).
        const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
        QCOMPARE(sent.value(QLatin1String("location")).toString(), QStringLiteral("eastus2euap"));
        for (const QString& difference : m_server.served().last().bodyDifferences) {
            const QStringList path = difference.split(u'.');
            QJsonValue v = sent;
            for (const QString& key : path)
                v = v.toObject().value(key);
            QVERIFY2(v.isUndefined(), qPrintable(QStringLiteral("sent a different ") + difference));
        }
        QCOMPARE(sent.value(QLatin1String("properties")).toObject().size(), 4);
        const QJsonObject w = o.json().object();
        QCOMPARE(w.value(QLatin1String("location")).toString(), QStringLiteral("eastus2euap"));
        QVERIFY(w.value(QLatin1String("storage_account"))
                    .toString()
                    .endsWith(QLatin1String("/testStorageAccount")));
        // Workspace.write_config(): the new workspace opens from <path>/.azureml/config.json.
        QFile config(folder + QStringLiteral("/.azureml/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(c.value(QLatin1String("workspace_name")).toString(), QStringLiteral("testworkspace"));
        QCOMPARE(c.value(QLatin1String("resource_group")).toString(), QStringLiteral("workspace-1234"));
    }

    void workspaceCreateBadName() {
        m_server.clear();
        auto o = yard(createArgs(QStringLiteral("ab")));
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("workspace name 'ab' is not allowed"), o.err.constData());
        QVERIFY(m_server.requests().isEmpty());
        o = yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--engine"),
                  QStringLiteral("azureml"), QStringLiteral("--name"), QStringLiteral("abc")});
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("--subscription"), o.err.constData());
    }

    void workspaceShowPrintsTheAzureDetails() {
        auto o = yard({QStringLiteral("workspace"), QStringLiteral("show"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), testWorkspaceConfig()});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonObject w = o.json().object();
        // Workspace/get.json's values.
        QCOMPARE(w.value(QLatin1String("engine")).toString(), QStringLiteral("azureml"));
        QCOMPARE(w.value(QLatin1String("location")).toString(), QStringLiteral("eastus2euap"));
        QVERIFY(w.value(QLatin1String("storage_account"))
                    .toString()
                    .endsWith(QLatin1String("/testStorageAccount")));
        QVERIFY(w.value(QLatin1String("key_vault")).toString().endsWith(QLatin1String("/vaults/testkv")));
        QCOMPARE(w.value(QLatin1String("discovery_url")).toString(), QStringLiteral("http://example.com"));
        QVERIFY(w.contains(QLatin1String("mlflow_tracking_uri")));
        QVERIFY(
            w.value(QLatin1String("config_file")).toString().endsWith(QLatin1String("testworkspace.json")));
        o = yard({QStringLiteral("workspace"), QStringLiteral("show"), QStringLiteral("--workspace"),
                  testWorkspaceConfig()});
        QVERIFY2(o.exit == 0, o.err.constData());
        QVERIFY(o.out.contains("eastus2euap") && o.out.contains("testStorageAccount") &&
                o.out.contains("http://example.com"));
    }

    void runDelete_data() {
        // Jobs_Delete has no published example; docs/architecture.md "ARM operations" documents 200, 202 +
        // Location + Retry-After, 204 with no body. Those empty answers are injected here.
        QTest::addColumn<int>("status");
        QTest::newRow("200") << 200;
        QTest::newRow("202 + Location, then 204") << 202;
        QTest::newRow("204") << 204;
    }

    void runDelete() {
        QFETCH(int, status);
        const QString config = configFor(QStringLiteral("Job/CommandJob/list.json"));
        m_server.clear();
        ArmReplayServer::Fault first;
        first.status = status;
        if (status == 202) {
            first.headers = {
                {"Location", m_server.baseUrl().toString().toUtf8() + "/operations/delete-job-1"},
                {"Retry-After", "0"}};
            ArmReplayServer::Fault still;
            m_server.injectFault(first);
            still.status = 202;
            still.headers = {{"Retry-After", "0"}};
            m_server.injectFault(still);
            ArmReplayServer::Fault finished;
            finished.status = 204;
            m_server.injectFault(finished);
        } else {
            m_server.injectFault(first);
        }
        auto o = yard({QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("job123"),
                       QStringLiteral("--json"), QStringLiteral("--workspace"), config});
        QVERIFY2(o.exit == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1String("deleted")).toBool(), true);
        const auto& requests = m_server.requests();
        QCOMPARE(requests.first().method, QByteArray("DELETE"));
        QCOMPARE(
            requests.first().url.path(),
            QStringLiteral("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/test-rg/"
                           "providers/Microsoft.MachineLearningServices/workspaces/my-aml-workspace/jobs/"
                           "job123"));
        QCOMPARE(QUrlQuery(requests.first().url).queryItemValue(QStringLiteral("api-version")),
                 QStringLiteral("2025-12-01"));
        if (status == 202) {
            QCOMPARE(requests.size(), 3); // the DELETE, two polls of the Location
            QCOMPARE(requests.last().url.path(), QStringLiteral("/operations/delete-job-1"));
        } else {
            QCOMPARE(requests.size(), 1);
        }
    }

    void runDeleteErrors() {
        const QString config = configFor(QStringLiteral("Job/CommandJob/list.json"));
        m_server.clear();
        // A job that is not there: the replay server's ARM 404 reaches the user.
        auto o = yard({QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("nosuchjob"),
                       QStringLiteral("--workspace"), config});
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("NoExampleForRequest"), o.err.constData());
        m_server.clear();
        o = yard({QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("bad/id"),
                  QStringLiteral("--workspace"), config});
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("is not allowed"), o.err.constData());
        QVERIFY(m_server.requests().isEmpty());
        // The local engine deletes finished runs; one that is not there is named.
        const QString local = m_dir.filePath(QStringLiteral("localws"));
        o = yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"), local});
        QVERIFY2(o.exit == 0, o.err.constData());
        o = yard({QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("r1"),
                  QStringLiteral("--workspace"), local});
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("r1"), o.err.constData());
    }

    void datastoreShow() {
        // Datastore/list.json's one item is named "string".
        const QString config = configFor(QStringLiteral("Datastore/list.json"));
        auto o = yard({QStringLiteral("datastore"), QStringLiteral("show"), QStringLiteral("string"),
                       QStringLiteral("--json"), QStringLiteral("--workspace"), config});
        QVERIFY2(o.exit == 0, o.err.constData());
        const QJsonObject d = o.json().object();
        QCOMPARE(keys(d), keys(toJson(DatastoreInfo{})));
        QCOMPARE(d.value(QLatin1String("name")).toString(), QStringLiteral("string"));
        QCOMPARE(d.value(QLatin1String("type")).toString(), QStringLiteral("AzureBlob"));
        o = yard({QStringLiteral("datastore"), QStringLiteral("show"), QStringLiteral("nope"),
                  QStringLiteral("--workspace"), config});
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("No datastore 'nope'") && o.err.contains("string"), o.err.constData());
    }

    void armErrorReachesTheUser() {
        // No published example for Workspaces_ListByResourceGroup: the replay server answers its
        // ARM-shaped 404, which yard must show with the code and the request id, exit 1.
        auto o =
            yard({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--subscription"),
                  QStringLiteral("34adfa4f-cedf-4dc0-ba29-b6d1a69ab345"), QStringLiteral("--resource-group"),
                  QStringLiteral("testrg123"), QStringLiteral("--workspace"), m_config});
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("NoExampleForRequest"), o.err.constData());
        QVERIFY(o.err.contains("x-ms-client-request-id"));
        QVERIFY(!o.err.contains("yard-test-token"));
        QVERIFY(m_server.requests().last().url.path().endsWith(QLatin1String(
            "/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces")));
    }

    void badConfigSaysWhatIsWrong() {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile config(bad);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("subscription_id"), QStringLiteral("s")},
                                               {QStringLiteral("resource_group"), QStringLiteral("g")},
                                               {QStringLiteral("workspace_name"), QStringLiteral("w")}})
                         .toJson());
        config.close();
        auto o =
            yard({QStringLiteral("compute"), QStringLiteral("list"), QStringLiteral("--workspace"), bad});
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("workspace_name 'w' is not allowed"), o.err.constData());
        QFile fix(bad);
        QVERIFY(fix.open(QIODevice::WriteOnly));
        // moc reads "//" in a raw string literal as a comment: build the JSON instead.
        fix.write(QJsonDocument(QJsonObject{{QStringLiteral("subscription_id"), QStringLiteral("s")},
                                            {QStringLiteral("resource_group"), QStringLiteral("g")},
                                            {QStringLiteral("workspace_name"), QStringLiteral("ws1")},
                                            {QStringLiteral("arm_endpoint"),
                                             QString(QStringLiteral("http:") +
                                                     QStringLiteral("//management.example.com"))}})
                      .toJson());
        fix.close();
        o = yard({QStringLiteral("compute"), QStringLiteral("list"), QStringLiteral("--workspace"), bad});
        QCOMPARE(o.exit, 2);
        QVERIFY2(o.err.contains("only https"), o.err.constData());
    }

    void loginAzureShowsTheCodeAndSignsIn() {
        // A loopback Entra ID endpoint answering the documented device code flow (README
        // "Tokens"); the detailed flow is in tst_azureml_sign_in, here it is the command's output.
        int polls = 0;
        trainyard::test::LoopbackHttpServer entra([&](const trainyard::test::LoopbackHttpServer::Request& r) {
            trainyard::test::LoopbackHttpServer::Reply reply;
            QJsonObject o;
            if (r.url.path().endsWith(QLatin1String("/devicecode"))) {
                o = {
                    {QStringLiteral("device_code"), QStringLiteral("dc")},
                    {QStringLiteral("user_code"), QStringLiteral("ABCD1234")},
                    {QStringLiteral("verification_uri"), QStringLiteral("https://microsoft.com/devicelogin")},
                    {QStringLiteral("expires_in"), 900},
                    {QStringLiteral("interval"), 1}};
            } else if (polls++ == 0) {
                reply.status = 400;
                o = {{QStringLiteral("error"), QStringLiteral("authorization_pending")}};
            } else {
                o = {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), 3599},
                     {QStringLiteral("access_token"), QStringLiteral("login-access-token")},
                     {QStringLiteral("refresh_token"), QStringLiteral("login-refresh-token")}};
            }
            reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return reply;
        });
        QVERIFY(entra.listen());
        auto o = yard({QStringLiteral("login"), QStringLiteral("azure"), QStringLiteral("--authority"),
                       entra.baseUrl().toString(), QStringLiteral("--tenant"),
                       QStringLiteral("contoso.onmicrosoft.com")});
        QVERIFY2(o.exit == 0, o.err.constData());
        QVERIFY2(o.out.contains("https://microsoft.com/devicelogin") && o.out.contains("ABCD1234"),
                 o.out.constData());
        QVERIFY(o.out.contains("Signed in to Azure (device code)"));
        QVERIFY(!o.out.contains("login-access-token") && !o.err.contains("login-access-token"));
        QCOMPARE(polls, 2);
    }

    void secretsOnlyFromStandardInput() {
        auto o = yard({QStringLiteral("datastore"), QStringLiteral("set-key"), QStringLiteral("--account"),
                       QStringLiteral("acct"), QStringLiteral("--workspace"), m_config});
        QCOMPARE(o.exit, 2);
        QVERIFY(o.err.contains("standard input"));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlYard)
#include "tst_azureml_yard.moc"
