// The Azure ML engine against Microsoft's published examples (fixtures/azureml/2025-12-01, see
// its README) served at their ARM paths by ArmReplayServer, and against the recorded azure-ai-ml
// compute session (fixtures/azureml-recordings/compute). No response JSON is made up here: what
// the server answers is the example or the recording byte for byte (hosts rewritten to loopback).
#include "core/azureml/ArmJson.h"
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureMlEngine.h"
#include "core/model/ModelJson.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Await.h"
#include "core/workspace/Workspace.h"
#include "support/ArmReplayServer.h"
#include "support/AzureTestEngine.h"
#include "tests/support/Fixtures.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::ArmReplayServer;

namespace {
QString fixtures() {
    return qEnvironmentVariable("TRAINYARD_FIXTURES");
}
QString examples() {
    return fixtures() + QStringLiteral("/azureml/2025-12-01");
}

// The error of a failed result, for QVERIFY2 (which evaluates its message even on success).
template <typename R> QByteArray whyText(const R& r) {
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}
#define why(r) whyText(r).constData()

QJsonObject responseBody(const ArmReplayServer::Example& e) {
    return e.responses.value(QString::number(e.status)).toObject().value(QLatin1String("body")).toObject();
}
} // namespace

class TestAzureMlReplay : public QObject {
    Q_OBJECT
private:
    // An engine whose workspace is the example's (subscription, resource group, workspace).
    std::unique_ptr<AzureMlEngine> engineFor(const ArmReplayServer& server, const QJsonObject& parameters,
                                             QJsonObject extra = {}) {
        QJsonObject raw = extra;
        raw.insert(QStringLiteral("arm_endpoint"), server.baseUrl().toString());
        raw.insert(QStringLiteral("poll_interval_seconds"), 0.01);
        return test::azureEngine(raw, test::AzureWorkspaceId::ofExample(parameters));
    }

    // The recorded azure-ai-ml compute session, and an engine on its workspace.
    std::unique_ptr<AzureMlEngine> recordedComputeEngine(ArmReplayServer& server) {
        if (!server.start(examples()) ||
            !server.loadRecording(fixtures() + QStringLiteral("/azureml-recordings/compute/"
                                                              "test_compute.pyTestComputetest_aml_compute_"
                                                              "create_and_delete.json")))
            qFatal("cannot serve the compute recording");
        const QJsonObject parameters{
            {QStringLiteral("subscriptionId"), QStringLiteral("00000000-0000-0000-0000-000000000")},
            {QStringLiteral("resourceGroupName"), QStringLiteral("00000")},
            {QStringLiteral("workspaceName"), QStringLiteral("00000")}};
        // The recording's request carries "location": "eastus"; a config.json may name it too.
        return engineFor(server, parameters, {{QStringLiteral("location"), QStringLiteral("eastus")}});
    }

    // The cluster the recording creates.
    static ComputeSpec recordedCompute() {
        ComputeSpec spec;
        spec.name = QStringLiteral("test325109770914");
        spec.vmSize = QStringLiteral("Standard_DS2_v2");
        spec.minNodes = 0;
        spec.maxNodes = 2;
        spec.idleSecondsBeforeScaledown = 100; // PT1M40S in the recording
        spec.adminUsername = QStringLiteral("azureuser");
        return spec;
    }

private slots:
    void initTestCase() {
        // Automation token: the engine sends it as is (and never prints it).
        qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "replay-token");
    }

    void everyExampleIsServedAtItsPath() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        // Every file of the folder is understood: new examples need no code (README: 15 files).
        QVERIFY2(server.skippedFiles().isEmpty(), qPrintable(server.skippedFiles().join(u',')));
        QVERIFY(server.examples().size() >= 15);
        QNetworkAccessManager nam;
        for (const auto& e : server.examples()) {
            QNetworkRequest request(
                QUrl(server.baseUrl().toString() + e.path + QStringLiteral("?api-version=") + e.apiVersion));
            QNetworkReply* reply =
                nam.sendCustomRequest(request, e.method, QJsonDocument(e.requestBody.toObject()).toJson());
            QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), e.status);
            reply->deleteLater();
        }
        // A wrong api-version is not served.
        QNetworkReply* reply =
            nam.get(QNetworkRequest(QUrl(server.baseUrl().toString() + server.examples().first().path +
                                         QStringLiteral("?api-version=2020-01-01"))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete reply;
    }

    void newExampleFilePickedUpWithoutCode() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // A copy of the folder plus a new file (Compute/get.json, one of those held back), made
        // from the published listNodes example's own parameters: it must be routed.
        QTemporaryDir dir;
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                                  {QStringLiteral("-r"), examples() + QStringLiteral("/."), dir.path()}) ==
                0);
        QFile source(examples() + QStringLiteral("/Compute/createOrUpdate/AmlCompute.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject parameters = doc.value(QLatin1String("parameters")).toObject();
        parameters.remove(QStringLiteral("parameters"));
        doc.insert(QStringLiteral("parameters"), parameters);
        QFile copy(dir.path() + QStringLiteral("/Compute/get.json"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(doc).toJson());
        copy.close();
        ArmReplayServer server;
        QVERIFY(server.start(dir.path()));
        auto* e = server.example(QStringLiteral("Compute/get.json"));
        QVERIFY(e);
        QCOMPARE(e->method, QByteArray("GET"));
        QVERIFY(e->path.endsWith(QLatin1String("/computes/compute123")));
        auto engine = engineFor(server, e->parameters);
        auto c = await(engine->getCompute(QStringLiteral("compute123")));
        QVERIFY2(c.ok(), why(c));
        QCOMPARE(c->spec.vmSize, QStringLiteral("STANDARD_NC6"));
        QCOMPARE(c->spec.idleSecondsBeforeScaledown, 300); // PT5M
        QCOMPARE(c->allocationState, QStringLiteral("Resizing"));
        QCOMPARE(c->spec.vmSize, responseBody(*e)
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("vmSize"))
                                     .toString());
    }

    void computeListParsed() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Compute/list.json"));
        auto engine = engineFor(server, e->parameters);
        auto list = await(engine->listComputes());
        QVERIFY2(list.ok(), why(list));
        const QJsonArray items = responseBody(*e).value(QLatin1String("value")).toArray();
        QCOMPARE(list->size(), items.size());
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            const QJsonObject p = item.value(QLatin1String("properties")).toObject();
            QCOMPARE(list->at(i).spec.name, item.value(QLatin1String("name")).toString());
            QCOMPARE(list->at(i).provisioningState, p.value(QLatin1String("provisioningState")).toString());
            QCOMPARE(list->at(i).spec.description, p.value(QLatin1String("description")).toString());
            QCOMPARE(
                list->at(i).createdAt,
                QDateTime::fromString(p.value(QLatin1String("createdOn")).toString(), Qt::ISODateWithMs));
            QVERIFY(list->at(i).createdAt.isValid());
        }
    }

    void amlComputeExamplesParsed_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("full update") << QStringLiteral("Compute/createOrUpdate/AmlCompute.json");
        QTest::newRow("basic create") << QStringLiteral("Compute/createOrUpdate/BasicAmlCompute.json");
        QTest::newRow("patch") << QStringLiteral("Compute/patch.json");
    }
    void amlComputeExamplesParsed() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        QFETCH(QString, file);
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(file);
        QVERIFY(e);
        for (auto it = e->responses.begin(); it != e->responses.end(); ++it) {
            const QJsonObject body = it.value().toObject().value(QLatin1String("body")).toObject();
            if (body.isEmpty())
                continue;
            const ComputeInfo c = computeFromArm(body);
            const QJsonObject p = body.value(QLatin1String("properties")).toObject();
            const QJsonObject aml = p.value(QLatin1String("properties")).toObject();
            QCOMPARE(c.spec.name, body.value(QLatin1String("name")).toString());
            QCOMPARE(c.provisioningState, p.value(QLatin1String("provisioningState")).toString());
            QCOMPARE(c.spec.vmSize, aml.value(QLatin1String("vmSize")).toString());
            const QJsonObject scale = aml.value(QLatin1String("scaleSettings")).toObject();
            QCOMPARE(c.spec.maxNodes, scale.value(QLatin1String("maxNodeCount")).toInt());
            QCOMPARE(c.spec.minNodes, scale.value(QLatin1String("minNodeCount")).toInt());
            if (scale.contains(QLatin1String("nodeIdleTimeBeforeScaleDown")))
                QCOMPARE(isoDurationFromSeconds(c.spec.idleSecondsBeforeScaledown),
                         scale.value(QLatin1String("nodeIdleTimeBeforeScaleDown")).toString());
        }
    }

    void createComputeSendsWhatTheExampleSends() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // BasicAmlCompute.json's request, from our ComputeSpec: vmSize, vmPriority, scale
        // settings (PT5M), location. Windows image, isolatedNetwork, remoteLoginPortPublicAccess
        // and enableNodePublicIp are not in ComputeSpec (Linux clusters, service defaults).
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        auto* e = server.example(QStringLiteral("Compute/createOrUpdate/BasicAmlCompute.json"));
        const QJsonObject example = e->requestBody.toObject();
        const QJsonObject aml = example.value(QLatin1String("properties"))
                                    .toObject()
                                    .value(QLatin1String("properties"))
                                    .toObject();
        ComputeSpec spec;
        spec.name = e->parameters.value(QLatin1String("computeName")).toString();
        spec.vmSize = aml.value(QLatin1String("vmSize")).toString();
        spec.vmPriority = VmPriority::Dedicated;
        const QJsonObject scale = aml.value(QLatin1String("scaleSettings")).toObject();
        spec.minNodes = scale.value(QLatin1String("minNodeCount")).toInt();
        spec.maxNodes = scale.value(QLatin1String("maxNodeCount")).toInt();
        spec.idleSecondsBeforeScaledown = 300;
        ComputeRequest request;
        request.location = example.value(QLatin1String("location")).toString();
        const QJsonObject body = computeCreateBody(spec, request);
        QStringList missing = ArmReplayServer::differences(example, body);
        const QStringList notModelled{QStringLiteral("properties.properties.osType"),
                                      QStringLiteral("properties.properties.virtualMachineImage.id"),
                                      QStringLiteral("properties.properties.isolatedNetwork"),
                                      QStringLiteral("properties.properties.remoteLoginPortPublicAccess"),
                                      QStringLiteral("properties.properties.enableNodePublicIp")};
        for (const QString& m : notModelled)
            missing.removeAll(m);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
        // The same through the engine: the PUT goes to the example's path and carries it.
        const auto* ws = server.example(QStringLiteral("Workspace/get.json"));
        QVERIFY(ws);
    }

    void patchSendsOnlyScaleSettings() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Compute/patch.json"));
        const QJsonObject scale = e->requestBody.toObject()
                                      .value(QLatin1String("properties"))
                                      .toObject()
                                      .value(QLatin1String("properties"))
                                      .toObject()
                                      .value(QLatin1String("scaleSettings"))
                                      .toObject();
        const QJsonObject body = computeScaleBody(
            scale.value(QLatin1String("minNodeCount")).toInt(),
            scale.value(QLatin1String("maxNodeCount")).toInt(),
            *secondsFromIsoDuration(scale.value(QLatin1String("nodeIdleTimeBeforeScaleDown")).toString()));
        QCOMPARE(body, e->requestBody.toObject());
    }

    void listNodesParsed() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Compute/listNodes.json"));
        auto engine = engineFor(server, e->parameters);
        auto nodes = await(engine->listNodes(e->parameters.value(QLatin1String("computeName")).toString()));
        QVERIFY2(nodes.ok(), why(nodes));
        const QJsonArray items = responseBody(*e).value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes->size(), items.size());
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject n = items[i].toObject();
            QCOMPARE(nodes->at(i).nodeId, n.value(QLatin1String("nodeId")).toString());
            QCOMPARE(nodes->at(i).state, n.value(QLatin1String("nodeState")).toString());
            QCOMPARE(nodes->at(i).runId, n.value(QLatin1String("runId")).toString());
            QCOMPARE(nodes->at(i).privateIpAddress, n.value(QLatin1String("privateIpAddress")).toString());
            QVERIFY(nodes->at(i).reason.contains(n.value(QLatin1String("publicIpAddress")).toString()));
        }
        QCOMPARE(server.requests().last().method, QByteArray("POST"));
    }

    void deleteComputeSendsUnderlyingResourceAction() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Compute/delete.json"));
        auto engine = engineFor(server, e->parameters);
        // The example answers 202 + Azure-AsyncOperation whose poll target is a placeholder
        // path with no example: the client must poll it and report that it could not.
        auto s = await(engine->deleteCompute(e->parameters.value(QLatin1String("computeName")).toString()));
        QCOMPARE(server.requests().first().method, QByteArray("DELETE"));
        QVERIFY(server.requests().first().target.contains("underlyingResourceAction=Delete"));
        QVERIFY(server.requests().size() >= 2);
        QVERIFY(server.requests()[1].url.path().contains(QLatin1String("pathToOperationStatus")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("NoExampleForRequest")));
    }

    void datastoresParsed() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Datastore/list.json"));
        auto engine = engineFor(server, e->parameters);
        auto list = await(engine->listDatastores());
        QVERIFY2(list.ok(), why(list));
        const QJsonArray items = responseBody(*e).value(QLatin1String("value")).toArray();
        QCOMPARE(list->size(), items.size());
        const QJsonObject p = items[0].toObject().value(QLatin1String("properties")).toObject();
        QCOMPARE(list->at(0).type, p.value(QLatin1String("datastoreType")).toString());
        QCOMPARE(list->at(0).isDefault, p.value(QLatin1String("isDefault")).toBool());
        QVERIFY(list->at(0).location.contains(p.value(QLatin1String("accountName")).toString()));
        QVERIFY(list->at(0).location.contains(p.value(QLatin1String("containerName")).toString()));
        const QJsonObject json = toJson(list->at(0));
        QVERIFY(json.contains(QLatin1String("name")));
    }

    void jobsParsedAndStatusMapped() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Job/CommandJob/list.json"));
        auto engine = engineFor(server, e->parameters);
        auto runs = await(engine->listRuns({}));
        QVERIFY2(runs.ok(), why(runs));
        const QJsonArray items = responseBody(*e).value(QLatin1String("value")).toArray();
        QCOMPARE(runs->size(), items.size());
        const QJsonObject item = items[0].toObject();
        const QJsonObject p = item.value(QLatin1String("properties")).toObject();
        const RunInfo& r = runs->first();
        QCOMPARE(r.id, item.value(QLatin1String("name")).toString());
        QCOMPARE(r.displayName, p.value(QLatin1String("displayName")).toString());
        QCOMPARE(r.experiment, p.value(QLatin1String("experimentName")).toString());
        QCOMPARE(toString(r.status), p.value(QLatin1String("status")).toString());
        QCOMPARE(
            r.nodeCount,
            p.value(QLatin1String("resources")).toObject().value(QLatin1String("instanceCount")).toInt());
        QVERIFY(r.distribution.type == DistributionType::TensorFlow);
        QCOMPARE(
            r.distribution.workerCount,
            p.value(QLatin1String("distribution")).toObject().value(QLatin1String("workerCount")).toInt());
        QCOMPARE(r.tags.value(QStringLiteral("string")), QStringLiteral("string"));
        QCOMPARE(r.config.command, p.value(QLatin1String("command")).toString());
        QVERIFY(r.createdAt.isValid());
        QCOMPARE(r.engine, QStringLiteral("azureml"));
    }

    void statusMapping_data() {
        QTest::addColumn<QString>("azure");
        QTest::addColumn<QString>("ours");
        for (auto [a, o] : {std::pair{"NotStarted", "NotStarted"},
                            {"Starting", "Starting"},
                            {"Provisioning", "Preparing"},
                            {"Preparing", "Preparing"},
                            {"Queued", "Queued"},
                            {"Running", "Running"},
                            {"Finalizing", "Finalizing"},
                            {"CancelRequested", "Running"},
                            {"Completed", "Completed"},
                            {"Failed", "Failed"},
                            {"Canceled", "Canceled"},
                            {"NotResponding", "Failed"},
                            {"Paused", "Canceled"},
                            {"Unknown", "NotStarted"}})
            QTest::newRow(a) << QString::fromLatin1(a) << QString::fromLatin1(o);
    }
    void statusMapping() {
        QFETCH(QString, azure);
        QFETCH(QString, ours);
        QString detail;
        QCOMPARE(toString(runStatusFromAzure(azure, &detail)), ours);
        QCOMPARE(detail.isEmpty(), azure == ours);
    }

    void durations_data() {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("seconds");
        QTest::newRow("PT5M") << "PT5M" << 300;
        QTest::newRow("PT1M40S") << "PT1M40S" << 100;
        QTest::newRow("PT3M20S") << "PT3M20S" << 200;
        QTest::newRow("PT2H") << "PT2H" << 7200;
        QTest::newRow("P1DT1S") << "P1DT1S" << 86401;
        QTest::newRow("PT0S") << "PT0S" << 0;
    }
    void durations() {
        QFETCH(QString, iso);
        QFETCH(int, seconds);
        QCOMPARE(secondsFromIsoDuration(iso), std::optional<qint64>(seconds));
        QCOMPARE(isoDurationFromSeconds(seconds), iso);
        QVERIFY(!secondsFromIsoDuration(QStringLiteral("5 minutes")));
        QVERIFY(!secondsFromIsoDuration(QStringLiteral("PT")));
    }

    void commandJobSendsWhatTheExampleSends() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* e = server.example(QStringLiteral("Job/CommandJob/createOrUpdate.json"));
        const QJsonObject ex = e->requestBody.toObject().value(QLatin1String("properties")).toObject();
        RunConfig config;
        config.command = ex.value(QLatin1String("command")).toString();
        config.experiment = ex.value(QLatin1String("experimentName")).toString();
        config.displayName = ex.value(QLatin1String("displayName")).toString();
        config.parentRunId = ex.value(QLatin1String("parentJobName")).toString();
        config.nodeCount =
            ex.value(QLatin1String("resources")).toObject().value(QLatin1String("instanceCount")).toInt();
        config.distribution.type = DistributionType::TensorFlow;
        config.distribution.workerCount =
            ex.value(QLatin1String("distribution")).toObject().value(QLatin1String("workerCount")).toInt();
        config.distribution.parameterServerCount = ex.value(QLatin1String("distribution"))
                                                       .toObject()
                                                       .value(QLatin1String("parameterServerCount"))
                                                       .toInt();
        config.environmentVariables =
            stringMapFromJson(ex.value(QLatin1String("environmentVariables")).toObject());
        config.tags = stringMapFromJson(ex.value(QLatin1String("tags")).toObject());
        config.timeoutSeconds =
            secondsFromIsoDuration(
                ex.value(QLatin1String("limits")).toObject().value(QLatin1String("timeout")).toString())
                .value_or(0);
        JobRequest request;
        request.computeId = ex.value(QLatin1String("computeId")).toString();
        request.environmentId = ex.value(QLatin1String("environmentId")).toString();
        request.codeId = ex.value(QLatin1String("codeId")).toString();
        QStringList missing = ArmReplayServer::differences(e->requestBody, commandJobBody(config, request));
        // Not part of RunConfig: description, identity (default AMLToken), a literal input,
        // outputs, properties, resources.instanceType/properties, services.
        static const QStringList prefixes{QStringLiteral("properties.description"),
                                          QStringLiteral("properties.identity"),
                                          QStringLiteral("properties.inputs"),
                                          QStringLiteral("properties.outputs"),
                                          QStringLiteral("properties.properties"),
                                          QStringLiteral("properties.resources.instanceType"),
                                          QStringLiteral("properties.resources.properties"),
                                          QStringLiteral("properties.services")};
        missing.erase(std::remove_if(missing.begin(), missing.end(),
                                     [](const QString& m) {
                                         return std::any_of(
                                             prefixes.begin(), prefixes.end(),
                                             [&](const QString& p) { return m.startsWith(p); });
                                     }),
                      missing.end());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
    }

    void datastoreReferencesBecomeInputs() {
        RunConfig config;
        config.entryScript = QStringLiteral("train.py");
        config.arguments = {QStringLiteral("--data"), QStringLiteral("{datastore:mnist/train}"),
                            QStringLiteral("--cache={datastore:c:download}")};
        const QJsonObject p = commandJobBody(config, {}).value(QLatin1String("properties")).toObject();
        QCOMPARE(
            p.value(QLatin1String("command")).toString(),
            QStringLiteral("python train.py --data ${{inputs.datastore_0}} --cache=${{inputs.datastore_1}}"));
        const QJsonObject inputs = p.value(QLatin1String("inputs")).toObject();
        QCOMPARE(inputs.value(QLatin1String("datastore_0")).toObject().value(QLatin1String("uri")).toString(),
                 QStringLiteral("azureml://datastores/workspaceblobstore/paths/mnist/train"));
        QCOMPARE(
            inputs.value(QLatin1String("datastore_0")).toObject().value(QLatin1String("mode")).toString(),
            QStringLiteral("ReadOnlyMount"));
        QCOMPARE(
            inputs.value(QLatin1String("datastore_1")).toObject().value(QLatin1String("mode")).toString(),
            QStringLiteral("Download"));
        QCOMPARE(inputs.value(QLatin1String("datastore_1"))
                     .toObject()
                     .value(QLatin1String("jobInputType"))
                     .toString(),
                 QStringLiteral("uri_folder"));
    }

    void submitAndCancelOverTheExamples() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const auto* cancel = server.example(QStringLiteral("Job/cancel.json"));
        auto engine = engineFor(server, cancel->parameters);
        auto s = await(engine->cancelRun(cancel->parameters.value(QLatin1String("id")).toString()));
        // The cancel example answers 202 with `location: http://subscriptions/...`, a URL whose
        // "host" is the word subscriptions: refused as plain http off loopback, as it must be.
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
        QVERIFY(server.requests().first().url.path().endsWith(QLatin1String("/cancel")));
        if (!s.ok())
            QVERIFY2(s.error().message.contains(QLatin1String("only https")), qPrintable(s.error().message));
    }

    void recordedComputeLifecycle() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-recordings");
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // The recorded azure-ai-ml session: PUT 201 + Azure-AsyncOperation, InProgress,
        // Succeeded, GET (Steady, 0 nodes) ... DELETE 202. Our update is a PATCH (README), the
        // SDK's a second PUT, so the update part of the recording is driven as a PUT create.
        ArmReplayServer server;
        auto engine = recordedComputeEngine(server);
        ComputeSpec spec = recordedCompute();
        spec.description = QStringLiteral("some_desc_aml");
        auto created = await(engine->createCompute(spec));
        QVERIFY2(created.ok(), why(created));
        // PUT, two polls of the Azure-AsyncOperation URL, then the GET of the final state.
        QCOMPARE(server.served().size(), 4);
        QCOMPARE(server.requests()[0].method, QByteArray("PUT"));
        QVERIFY(server.requests()[1].url.path().contains(QLatin1String("computeOperationsStatus")));
        QVERIFY(server.requests()[2].url.path().contains(QLatin1String("computeOperationsStatus")));
        QCOMPARE(server.requests()[3].method, QByteArray("GET"));
        // What the SDK sent and we do not: the admin password (none in our keychain here),
        // remoteLoginPortPublicAccess and enableNodePublicIp (service defaults for us), the
        // full SSH key (we sent none).
        QStringList missing = server.served()[0].bodyDifferences;
        for (const char* m : {"properties.properties.userAccountCredentials.adminUserSshPublicKey",
                              "properties.properties.userAccountCredentials.adminUserPassword",
                              "properties.properties.remoteLoginPortPublicAccess",
                              "properties.properties.enableNodePublicIp"})
            missing.removeAll(QLatin1String(m));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
        QCOMPARE(created->provisioningState, QStringLiteral("Succeeded"));
        QCOMPARE(created->allocationState, QStringLiteral("Steady"));
        QCOMPARE(created->spec.vmSize, QStringLiteral("STANDARD_DS2_V2"));
        QCOMPARE(created->spec.idleSecondsBeforeScaledown, 100);
        QCOMPARE(created->spec.adminUsername, QStringLiteral("azureuser"));
        QCOMPARE(created->currentNodeCount, 0);
        // The --json every engine prints: PT1M40S -> idle_seconds_before_scaledown 100.
        const QJsonObject json = toJson(created.value());
        QCOMPARE(json.value(QLatin1String("idle_seconds_before_scaledown")).toInt(), 100);
        QCOMPARE(json.value(QLatin1String("provisioning_state")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(json.value(QLatin1String("vm_priority")).toString(), QStringLiteral("dedicated"));

        auto shown = await(engine->getCompute(spec.name));
        QVERIFY(shown.ok());
        // The SDK's update was a second PUT with PT3M20S.
        spec.idleSecondsBeforeScaledown = 200;
        auto updated = await(engine->createCompute(spec));
        QVERIFY2(updated.ok(), why(updated));
        QCOMPARE(updated->spec.idleSecondsBeforeScaledown, 200);
        QVERIFY(await(engine->getCompute(spec.name)).ok());
        // DELETE answers 202 + Azure-AsyncOperation; the recording holds no poll of it.
        auto deleted = await(engine->deleteCompute(spec.name));
        QCOMPARE(server.requests()[server.requests().size() - 2].method, QByteArray("DELETE"));
        QVERIFY(!deleted.ok());
        QVERIFY(deleted.error().message.contains(QLatin1String("NotInRecording")));
        QCOMPARE(server.recordingRemaining(), 0);
    }

    void adminPasswordKeptByTheDesktopReachesThePut() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-recordings");
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // Regression: the desktop kept the password under a key the engine never read, so the
        // PUT went without it. Both now go through SecretKeys; the password is written first.
        ArmReplayServer server;
        auto engine = recordedComputeEngine(server);
        const ComputeSpec spec = recordedCompute();
        const QByteArray password = "Replay-Pa55word";
        SecretStore::instance().setTimeoutMs(1500);
        QVERIFY(await(SecretKeys::keepComputeAdminPassword(engine->secretScope(), spec.name, password)).ok());
        auto created = await(engine->createCompute(spec));
        QVERIFY2(created.ok(), why(created));
        const auto& put = server.requests().first();
        QCOMPARE(put.method, QByteArray("PUT"));
        const QJsonObject credentials = QJsonDocument::fromJson(put.body)
                                            .object()
                                            .value(QLatin1String("properties"))
                                            .toObject()
                                            .value(QLatin1String("properties"))
                                            .toObject()
                                            .value(QLatin1String("userAccountCredentials"))
                                            .toObject();
        QCOMPARE(credentials.value(QLatin1String("adminUserName")).toString(), QStringLiteral("azureuser"));
        QCOMPARE(credentials.value(QLatin1String("adminUserPassword")).toString(),
                 QString::fromLatin1(password));
        // Only the PUT carried it: not the polls, not the GET, not the engine's answer.
        for (qsizetype i = 1; i < server.requests().size(); ++i)
            QVERIFY(!server.requests()[i].body.contains(password));
        QVERIFY(!toJson(created.value()).contains(QLatin1String("adminUserPassword")));
        QVERIFY(!QJsonDocument(toJson(created.value())).toJson().contains(password));
        // An empty password removes it: the next cluster of that name does not inherit it.
        QVERIFY(await(SecretKeys::keepComputeAdminPassword(engine->secretScope(), spec.name, {})).ok());
        QVERIFY(!await(SecretStore::instance().read(
                           SecretKeys::computeAdminPassword(engine->secretScope(), spec.name)))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestAzureMlReplay)
#include "tst_azureml_replay.moc"
