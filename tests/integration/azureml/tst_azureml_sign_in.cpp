// Sign-in against a loopback Microsoft Entra ID token endpoint that answers as the documented
// OAuth 2.0 flows do (docs/architecture.md "Tokens": v2-oauth2-device-code.md and
// v2-oauth2-client-creds-grant-flow.md): device code with authorization_pending then a token,
// declined and expired codes, client credentials with a right and a wrong secret, refresh,
// the automation variable and the Azure CLI. No token or secret may appear in any error.
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Await.h"
#include "support/EntraServer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::EntraServer;
using trainyard::test::LoopbackHttpServer;

namespace {

AzureCloud cloudFor(const LoopbackHttpServer& server, QJsonObject extra = {}) {
    extra.insert(QStringLiteral("authority"), server.baseUrl().toString());
    extra.insert(QStringLiteral("tenant_id"), QStringLiteral("contoso.onmicrosoft.com"));
    // A fresh account per test: the token cache in the keychain is per account.
    extra.insert(QStringLiteral("account"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto cloud = AzureCloud::fromConfig(extra);
    if (!cloud)
        qFatal("%s", qPrintable(cloud.error().message));
    return cloud.value();
}

Result<QString> tokenOf(AzureCredential& credential, bool refresh = false) {
    Result<QString> out;
    bool done = false;
    credential.token(refresh, [&](const Result<QString>& t) {
        out = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qFatal("no token answer");
    return out;
}

} // namespace

class TestAzureMlSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN");
        // No `az` on PATH unless a test puts one there.
        qputenv("PATH", "/usr/bin:/bin");
        SecretStore::instance().setTimeoutMs(1500);
    }

    void deviceCodeFlow() {
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(cloudFor(entra.server), &http);
        DeviceCodePrompt shown;
        std::optional<Status> result;
        credential.startDeviceCode([&](const DeviceCodePrompt& p) { shown = p; },
                                   [&](const Status& s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        QCOMPARE(shown.userCode, QStringLiteral("FQK5HW3UF"));
        QCOMPARE(shown.verificationUri, QStringLiteral("https://microsoft.com/devicelogin"));
        // Two authorization_pending answers, then the token (README: retry after `interval`).
        QCOMPARE(entra.grants.count(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")), 3);
        // The devicecode request asked for offline_access (a refresh token).
        const auto first = entra.server.requests().first();
        QVERIFY(QUrlQuery(QString::fromUtf8(first.body))
                    .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(QLatin1String("offline_access")));
        QCOMPARE(QUrlQuery(QString::fromUtf8(first.body)).queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
        auto t = tokenOf(credential);
        QVERIFY(t.ok());
        QCOMPARE(t.value(), QStringLiteral("access-1"));
        QCOMPARE(credential.origin(), QStringLiteral("device code"));
        // A 401 from ARM forces a refresh: the refresh token is used, a new access token comes.
        auto refreshed = tokenOf(credential, true);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed.value(), QStringLiteral("access-2"));
        QCOMPARE(entra.grants.last(), QStringLiteral("refresh_token"));
        if (!SecretStore::instance().keychainAvailable())
            QVERIFY(credential.storageNote().contains(QLatin1String("memory for this session")));
        else
            QVERIFY(credential.storageNote().isEmpty());
    }

    void cachedTokenSurvivesANewCredential() {
        // The second credential object (a new `yard` invocation) finds the token in the keychain
        // (or, with no keychain, in this session's memory) without asking Entra ID again.
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        const AzureCloud cloud = cloudFor(entra.server);
        {
            AzureCredential credential(cloud, &http);
            std::optional<Status> result;
            credential.startDeviceCode([](const DeviceCodePrompt&) {}, [&](const Status& s) { result = s; });
            QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
            QVERIFY(result->ok());
            const QFuture<Status> write = credential.pendingWrite();
            QVERIFY(awaitFor(write, 30000));
        }
        // It is in the keychain (or, without one, in SecretStore's session memory).
        auto stored = SecretStore::instance().read(SecretKeys::azureToken(cloud.secretScope()));
        QVERIFY(awaitFor(stored, 30000));
        QVERIFY2(stored.result().ok(),
                 qPrintable(stored.result().ok() ? QString() : stored.result().error().message));
        QVERIFY(stored.result().value().contains("access-1"));
        const int requests = int(entra.server.requests().size());
        AzureCredential again(cloud, &http);
        auto t = tokenOf(again);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t.value(), QStringLiteral("access-1"));
        QCOMPARE(int(entra.server.requests().size()), requests);
    }

    void deviceCodeStops_data() {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message");
        QTest::newRow("declined") << "authorization_declined"
                                  << "declined";
        QTest::newRow("expired") << "expired_token"
                                 << "expired";
        QTest::newRow("bad code") << "bad_verification_code"
                                  << "bad_verification_code";
    }
    void deviceCodeStops() {
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        EntraServer entra;
        entra.pendingPolls = 1;
        entra.deviceOutcome = outcome;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(cloudFor(entra.server), &http);
        std::optional<Status> result;
        credential.startDeviceCode([](const DeviceCodePrompt&) {}, [&](const Status& s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Unauthorized);
        QVERIFY2(result->error().message.contains(message), qPrintable(result->error().message));
        QCOMPARE(entra.grants.size(), 2); // stopped at once, no further polls
    }

    void clientCredentials() {
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(
            cloudFor(entra.server, {{QStringLiteral("service_principal_id"), QStringLiteral("app-123")}}),
            &http);
        // Before the secret is stored: says how to store it.
        auto none = tokenOf(credential);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QLatin1String("yard login azure --service-principal")),
                 qPrintable(none.error().message));
        // A wrong secret: Entra's error, never the secret.
        std::optional<Status> wrong;
        credential.loginServicePrincipal("not-the-secret-xyz", [&](const Status& s) { wrong = s; });
        QVERIFY(QTest::qWaitFor([&] { return wrong.has_value(); }, 30000));
        QVERIFY(!wrong->ok());
        QVERIFY2(wrong->error().message.contains(QLatin1String("invalid_client")),
                 qPrintable(wrong->error().message));
        QVERIFY(!wrong->error().message.contains(QLatin1String("not-the-secret-xyz")));
        // The right one.
        std::optional<Status> right;
        credential.loginServicePrincipal(entra.secret.toUtf8(), [&](const Status& s) { right = s; });
        QVERIFY(QTest::qWaitFor([&] { return right.has_value(); }, 30000));
        QVERIFY2(right->ok(), qPrintable(right->ok() ? QString() : right->error().message));
        auto t = tokenOf(credential);
        QVERIFY(t.ok());
        QVERIFY(t.value().startsWith(QLatin1String("access-")));
        const QUrlQuery form(QString::fromUtf8(entra.server.requests().last().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("app-123"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("https://management.azure.com/.default"));
        QVERIFY(
            entra.server.requests().last().url.path().startsWith(QLatin1String("/contoso.onmicrosoft.com/")));
    }

    void automationTokenNeverEchoed() {
        qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "env-token-abc123");
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(cloudFor(entra.server), &http);
        auto t = tokenOf(credential);
        QCOMPARE(t.value(), QStringLiteral("env-token-abc123"));
        auto refused = tokenOf(credential, true);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("TRAINYARD_AZURE_ACCESS_TOKEN")));
        QVERIFY(!refused.error().message.contains(QLatin1String("env-token-abc123")));
        QVERIFY(entra.server.requests().isEmpty());
        qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN");
    }

    void azureCliToken() {
        // `az` is a real program on PATH here: a script that answers `account get-access-token`
        // as the Azure CLI documents (accessToken, expires_on) and records its arguments.
        QTemporaryDir bin;
        const QString args = bin.filePath(QStringLiteral("args"));
        QFile az(bin.filePath(QStringLiteral("az")));
        QVERIFY(az.open(QIODevice::WriteOnly));
        az.write(
            QStringLiteral(
                "#!/bin/sh\necho \"$@\" > '%1'\n"
                "echo '{\"accessToken\": \"cli-token\", \"expires_on\": %2, \"tokenType\": \"Bearer\"}'\n")
                .arg(args)
                .arg(QDateTime::currentSecsSinceEpoch() + 3600)
                .toUtf8());
        az.close();
        az.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("PATH", (bin.path() + QStringLiteral(":/usr/bin:/bin")).toUtf8());
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(cloudFor(entra.server), &http);
        auto t = tokenOf(credential);
        qputenv("PATH", "/usr/bin:/bin");
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t.value(), QStringLiteral("cli-token"));
        QCOMPARE(credential.origin(), QStringLiteral("Azure CLI"));
        QFile recorded(args);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QCOMPARE(recorded.readAll().trimmed(),
                 QByteArray("account get-access-token --scope https://management.azure.com/.default --output "
                            "json --tenant contoso.onmicrosoft.com"));
    }

    void notSignedInSaysHow() {
        EntraServer entra;
        QVERIFY(entra.server.listen());
        AzureHttpClient http([](bool, TokenCallback done) { done(QStringLiteral("unused")); });
        AzureCredential credential(cloudFor(entra.server), &http);
        auto t = tokenOf(credential);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::Unauthorized);
        QVERIFY(t.error().message.contains(QLatin1String("yard login azure")));
    }

    void sovereignAndBadEndpoints() {
        auto cloud = AzureCloud::fromConfig(
            {{QStringLiteral("arm_endpoint"), QStringLiteral("https://management.chinacloudapi.cn")},
             {QStringLiteral("authority"), QStringLiteral("https://login.chinacloudapi.cn")}});
        QVERIFY(cloud.ok());
        QCOMPARE(cloud->scope, QStringLiteral("https://management.chinacloudapi.cn/.default"));
        QCOMPARE(cloud->tokenUrl().toString(),
                 QStringLiteral("https://login.chinacloudapi.cn/organizations/oauth2/v2.0/token"));
        auto plain = AzureCloud::fromConfig(
            {{QStringLiteral("arm_endpoint"), QStringLiteral("http://management.example.com")}});
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().field, QStringLiteral("arm_endpoint"));
        QVERIFY(plain.error().message.contains(QLatin1String("only https")));
        auto sp = AzureCloud::fromConfig({{QStringLiteral("service_principal_id"), QStringLiteral("x")}});
        QVERIFY(!sp.ok());
        QCOMPARE(sp.error().field, QStringLiteral("tenant_id"));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlSignIn)
#include "tst_azureml_sign_in.moc"
