// Azure ML environments and vm sizes against Microsoft's published examples
// (fixtures/azureml-environments/2025-12-01 EnvironmentVersion, fixtures/azureml/2025-12-01
// VirtualMachineSize) served by ArmReplayServer: what the engine sends is compared with the
// example's request, what it reads is the example's answer.
#include "core/azureml/ArmJson.h"
#include "core/azureml/AzureMlEngine.h"
#include "core/azureml/EnvironmentArm.h"
#include "core/util/Await.h"
#include "support/ArmReplayServer.h"
#include "support/AzureTestEngine.h"
#include "tests/support/Fixtures.h"

#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::ArmReplayServer;

class TestAzureMlEnvironments : public QObject {
    Q_OBJECT

    std::unique_ptr<AzureMlEngine> engineFor(const ArmReplayServer& server, const QJsonObject& parameters,
                                             QJsonObject raw = {}) {
        raw.insert(QStringLiteral("arm_endpoint"), server.baseUrl().toString());
        return test::azureEngine(raw, test::AzureWorkspaceId::ofExample(parameters));
    }

private slots:
    void initTestCase() { qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "replay-token"); }

    void everyEnvironmentExampleIsServed() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-environments");
        ArmReplayServer server;
        QVERIFY(server.start(test::fixturesFolder(QStringLiteral("azureml-environments/2025-12-01"))));
        QVERIFY2(server.skippedFiles().isEmpty(), qPrintable(server.skippedFiles().join(u',')));
        QCOMPARE(server.examples().size(), 2);
    }

    void createSendsWhatTheExampleSends() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-environments");
        ArmReplayServer server;
        QVERIFY(server.start(test::fixturesFolder(QStringLiteral("azureml-environments/2025-12-01"))));
        const auto* e = server.example(QStringLiteral("EnvironmentVersion/createOrUpdate.json"));
        QVERIFY(e);
        const QJsonObject sent = e->requestBody.toObject().value(QLatin1String("properties")).toObject();
        EnvironmentSpec spec;
        spec.name = e->parameters.value(QLatin1String("name")).toString();
        spec.version = e->parameters.value(QLatin1String("version")).toString();
        spec.description = sent.value(QLatin1String("description")).toString();
        spec.source = EnvironmentSource::Image;
        spec.location = sent.value(QLatin1String("image")).toString();
        auto engine = engineFor(server, e->parameters);
        auto created = await(engine->createEnvironment(spec));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->reference(), QStringLiteral("string:string"));
        QCOMPARE(server.served().size(), 1);
        QStringList missing = server.served().first().bodyDifferences;
        // Not ours to send: tags, properties, a Docker build context, inference routes; an image
        // environment has no conda file.
        missing.removeIf([](const QString& m) {
            for (const char* p : {"properties.tags", "properties.properties", "properties.build",
                                  "properties.inferenceConfig", "properties.condaFile"})
                if (m.startsWith(QLatin1String(p)))
                    return true;
            return false;
        });
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
    }

    void condaAndPipBecomeACondaFileOnABaseImage() {
        EnvironmentSpec pip;
        pip.name = QStringLiteral("pipenv");
        pip.source = EnvironmentSource::PipRequirements;
        pip.content = QStringLiteral("# pinned\ntorch==2.2\nnumpy\n");
        const QJsonObject p =
            environmentVersionBody(pip).value().value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("image")).toString(), QLatin1String(kDefaultBaseImage));
        QVERIFY(p.value(QStringLiteral("condaFile"))
                    .toString()
                    .contains(QStringLiteral("  - pip:\n    - torch==2.2\n    - numpy\n")));
        EnvironmentSpec python;
        python.name = QStringLiteral("local");
        python.source = EnvironmentSource::Python;
        python.location = QStringLiteral("/usr/bin/python3");
        QVERIFY(!environmentVersionBody(python)); // a path on this machine means nothing on Azure
    }

    void latestVersionReadFromTheList() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-environments");
        ArmReplayServer server;
        QVERIFY(server.start(test::fixturesFolder(QStringLiteral("azureml-environments/2025-12-01"))));
        const auto* e = server.example(QStringLiteral("EnvironmentVersion/list.json"));
        auto engine = engineFor(server, e->parameters);
        auto latest = await(engine->getEnvironment(e->parameters.value(QLatin1String("name")).toString()));
        QVERIFY2(latest, latest ? "" : qPrintable(latest.error().message));
        QCOMPARE(latest->name, QStringLiteral("string"));
        QCOMPARE(toString(latest->source), toString(EnvironmentSource::CondaFile));
        QCOMPARE(latest->content, QStringLiteral("string"));
        auto bad = await(engine->getEnvironment(QStringLiteral("a:b:c")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
    }

    void jobNamesItsEnvironmentAsAzureMlDoes() {
        // fixtures/azureml-environments/README.md: a job names its environment azureml:{name}:{version}.
        QCOMPARE(environmentIdForJob(QStringLiteral("torch:3")), QStringLiteral("azureml:torch:3"));
        QCOMPARE(environmentIdForJob(QStringLiteral("azureml:torch:3")), QStringLiteral("azureml:torch:3"));
        QCOMPARE(environmentIdForJob(QStringLiteral("torch")), QStringLiteral("azureml:torch@latest"));
        RunConfig config;
        config.command = QStringLiteral("python train.py");
        JobRequest request;
        request.environmentId = environmentIdForJob(QStringLiteral("torch:3"));
        QCOMPARE(commandJobBody(config, request)
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("environmentId"))
                     .toString(),
                 QStringLiteral("azureml:torch:3"));
    }

    void vmSizesWithTheirGpus() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(test::fixturesFolder(QStringLiteral("azureml/2025-12-01"))));
        const auto* e = server.example(QStringLiteral("VirtualMachineSize/list.json"));
        QVERIFY(e);
        QJsonObject workspace = e->parameters; // a subscription-wide list: any workspace of it
        workspace.insert(QStringLiteral("resourceGroupName"), QStringLiteral("rg"));
        workspace.insert(QStringLiteral("workspaceName"), QStringLiteral("ws1"));
        auto engine =
            engineFor(server, workspace,
                      {{QStringLiteral("location"), e->parameters.value(QLatin1String("location"))}});
        auto sizes = await(engine->listVmSizes());
        QVERIFY2(sizes, sizes ? "" : qPrintable(sizes.error().message));
        const QJsonArray published = e->responses.value(QStringLiteral("200"))
                                         .toObject()
                                         .value(QStringLiteral("body"))
                                         .toObject()
                                         .value(QStringLiteral("value"))
                                         .toArray();
        QCOMPARE(sizes->size(), published.size());
        for (qsizetype i = 0; i < published.size(); ++i) {
            const QJsonObject p = published[i].toObject();
            QCOMPARE(sizes->at(i).name, p.value(QStringLiteral("name")).toString());
            QCOMPARE(sizes->at(i).vCPUs, p.value(QStringLiteral("vCPUs")).toInt());
            QCOMPARE(sizes->at(i).gpus, p.value(QStringLiteral("gpus")).toInt());
            QCOMPARE(sizes->at(i).memoryGB, p.value(QStringLiteral("memoryGB")).toDouble());
        }
    }
};

QTEST_MAIN(TestAzureMlEnvironments)
#include "tst_azureml_environments.moc"
