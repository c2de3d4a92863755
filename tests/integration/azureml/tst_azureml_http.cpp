// The HTTP layer of the Azure ML engine against a loopback server: retries with backoff on 408,
// 429 (Retry-After), 5xx and dropped connections, time-outs, one token refresh on 401, ARM error
// bodies as the error, x-ms-client-request-id on every request, plain http refused off loopback,
// and long-running operations polled as the README's "LRO" rules say. Faults are injected in
// front of Microsoft's own example (Compute/list.json) and the recorded compute session.
#include "core/azureml/AzureHttpClient.h"
#include "support/ArmReplayServer.h"
#include "tests/support/Fixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::ArmReplayServer;

class TestAzureMlHttp : public QObject {
    Q_OBJECT
private:
    QString examples() const {
        return qEnvironmentVariable("TRAINYARD_FIXTURES") + QStringLiteral("/azureml/2025-12-01");
    }
    QString recordings() const {
        return qEnvironmentVariable("TRAINYARD_FIXTURES") + QStringLiteral("/azureml-recordings");
    }

    // A token source that counts its calls and hands out "token-1", "token-2", ...
    struct Tokens {
        int calls = 0;
        int refreshes = 0;
        TokenSource source() {
            return [this](bool refresh, TokenCallback done) {
                ++calls;
                refreshes += refresh ? 1 : 0;
                done(QStringLiteral("token-%1").arg(calls));
            };
        }
    };

    AzureResponse run(AzureHttpClient& client, AzureRequest::Spec spec) {
        AzureResponse out;
        bool done = false;
        client.send(spec, this, [&](const AzureResponse& r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qFatal("request did not finish");
        return out;
    }

    QUrl computesUrl(const ArmReplayServer& server) {
        return QUrl(
            server.baseUrl().toString() +
            QStringLiteral(
                "/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourceGroups/testrg123/providers/"
                "Microsoft.MachineLearningServices/workspaces/workspaces123/"
                "computes?api-version=2025-12-01"));
    }

    void fastPolicy(AzureHttpClient& client) {
        client.policy().baseDelayMs = 20;
        client.policy().maxDelayMs = 200;
        client.policy().timeoutMs = 2000;
    }

private slots:
    void retryPolicy_data() {
        QTest::addColumn<int>("retry");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("first backoff") << 0 << QByteArray() << 400 << 800;
        QTest::newRow("third backoff") << 2 << QByteArray() << 1600 << 3200;
        QTest::newRow("capped") << 20 << QByteArray() << 30000 << 60000;
        QTest::newRow("retry-after seconds") << 0 << QByteArray("7") << 7000 << 7000;
        QTest::newRow("retry-after garbage ignored") << 0 << QByteArray("soon") << 400 << 800;
    }
    void retryPolicy() {
        QFETCH(int, retry);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, min);
        QFETCH(int, max);
        RetryPolicy p;
        for (int i = 0; i < 50; ++i) {
            const int d = p.delayMs(retry, retryAfter);
            QVERIFY2(d >= min && d <= max, qPrintable(QString::number(d)));
        }
    }

    void retryAfterHttpDate() {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2015-10-21T07:27:50Z"), Qt::ISODate);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 10000);
        QVERIFY(RetryPolicy::isRetryableStatus(408) && RetryPolicy::isRetryableStatus(429) &&
                RetryPolicy::isRetryableStatus(503) && !RetryPolicy::isRetryableStatus(400) &&
                !RetryPolicy::isRetryableStatus(404));
    }

    void exampleServedWithClientRequestId() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.status, 200);
        QCOMPARE(server.requests().size(), 1);
        const auto& req = server.requests().first();
        QCOMPARE(req.header("x-ms-client-request-id"), r.clientRequestId.toLatin1());
        QCOMPARE(req.header("authorization"), QByteArray("Bearer token-1"));
        QVERIFY(r.json().value(QLatin1String("value")).toArray().size() >= 1);
    }

    void retriesOn429HonouringRetryAfter() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        server.injectFault(
            {429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})", {{"Retry-After", "1"}}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        fastPolicy(client);
        QElapsedTimer clock;
        clock.start();
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY(r.ok());
        QVERIFY2(clock.elapsed() >= 950, "Retry-After: 1 was not honoured");
        QCOMPARE(r.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
        // The same id on the retry, so that the service can tie both attempts together.
        QCOMPARE(server.requests()[0].header("x-ms-client-request-id"),
                 server.requests()[1].header("x-ms-client-request-id"));
    }

    void retriesOn503And408AndDroppedConnection() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        server.injectFault({503, {}, {}});
        // Qt itself resends a GET once when a kept-alive connection closes; three drops in a row
        // need our own retries.
        server.injectFault({0, {}, {}, true});
        server.injectFault({0, {}, {}, true});
        server.injectFault({0, {}, {}, true});
        server.injectFault({408, {}, {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        fastPolicy(client);
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY2(r.attempts >= 4, qPrintable(QString::number(r.attempts)));
        QCOMPARE(server.requests().size(), 6);
    }

    void givesUpAfterMaxRetriesAndSaysWhy() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        for (int i = 0; i < 10; ++i)
            server.injectFault({503, R"({"error":{"code":"ServiceUnavailable","message":"try later"}})", {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        fastPolicy(client);
        client.policy().maxRetries = 2;
        const AzureResponse r = run(
            client,
            {"GET", computesUrl(server), {}, "application/json", {}, true, QStringLiteral("list computes")});
        QVERIFY(!r.ok());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.error->kind, ErrorKind::Unavailable);
        QVERIFY2(r.error->message.contains(QLatin1String("ServiceUnavailable: try later")),
                 qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(r.clientRequestId));
        QVERIFY(r.error->message.startsWith(QLatin1String("list computes failed")));
    }

    void timeoutIsRetried() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        server.injectFault({200, "{}", {}, false, 1500}); // answers after the 300 ms time-out
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        fastPolicy(client);
        client.policy().timeoutMs = 300;
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.attempts, 2);
    }

    void armErrorBodyIsTheErrorAndNotRetried() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-recordings");
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // The 400 ARM error recorded by azure-ai-ml (command_job register_output recording).
        QFile f(recordings() +
                QStringLiteral(
                    "/command_job/test_command_job.pyTestCommandJobtest_command_job_register_output.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(f.readAll())
                                      .object()
                                      .value(QLatin1String("Entries"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QLatin1String("StatusCode")).toInt(), 400);
        const QByteArray body = QJsonDocument(entry.value(QLatin1String("ResponseBody")).toObject()).toJson();
        const QString armMessage = entry.value(QLatin1String("ResponseBody"))
                                       .toObject()
                                       .value(QLatin1String("error"))
                                       .toObject()
                                       .value(QLatin1String("message"))
                                       .toString();
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        server.injectFault({400, body, {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        fastPolicy(client);
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY(!r.ok());
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error->kind, ErrorKind::Invalid);
        QVERIFY2(r.error->message.contains(QLatin1String("UserError")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(armMessage), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(QLatin1String("x-ms-client-request-id ") + r.clientRequestId));
        QVERIFY(!r.error->message.contains(QLatin1String("token-")));
    }

    void expiredTokenRefreshedOnce() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        server.injectFault(
            {401, R"({"error":{"code":"ExpiredAuthenticationToken","message":"expired"}})", {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        const AzureResponse r = run(client, {"GET", computesUrl(server)});
        QVERIFY(r.ok());
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(server.requests()[1].header("authorization"), QByteArray("Bearer token-2"));

        // Twice 401: refreshed once, then the 401 is the answer.
        server.clear();
        server.injectFault({401, R"({"error":{"code":"InvalidAuthenticationToken","message":"bad"}})", {}});
        server.injectFault({401, R"({"error":{"code":"InvalidAuthenticationToken","message":"bad"}})", {}});
        Tokens tokens2;
        AzureHttpClient client2(tokens2.source());
        const AzureResponse r2 = run(client2, {"GET", computesUrl(server)});
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error->kind, ErrorKind::Unauthorized);
        QCOMPARE(tokens2.refreshes, 1);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(!r2.error->message.contains(QLatin1String("token-")));
    }

    void plainHttpRefusedExceptLoopback() {
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        const AzureResponse r =
            run(client, {"GET", QUrl(QStringLiteral("http://management.example.com/subscriptions"))});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::Invalid);
        QVERIFY(r.error->message.contains(QLatin1String("only https")));
        QCOMPARE(tokens.calls, 0); // no token was even fetched
    }

    void longRunningOperationPolledUntilSucceeded() {
        TRAINYARD_REQUIRE_FIXTURES("azureml-recordings");
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // The recorded AmlCompute create: 201 + Azure-AsyncOperation, then InProgress, Succeeded.
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        QVERIFY(server.loadRecording(
            recordings() +
            QStringLiteral("/compute/test_compute.pyTestComputetest_aml_compute_create_and_delete.json")));
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        client.setPollIntervalMs(10);
        const QUrl url(
            server.baseUrl().toString() +
            QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000/resourceGroups/00000/providers/"
                           "Microsoft.MachineLearningServices/workspaces/00000/computes/"
                           "test325109770914?api-version=2025-12-01"));
        QStringList seen;
        AzureResponse out;
        bool done = false;
        client.sendLongRunning(
            {"PUT", url, "{}"}, this, [&](const QString& s, double) { seen << s; },
            [&](const AzureResponse& r) {
                out = r;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY2(out.ok(), qPrintable(out.error ? out.error->message : QString()));
        QCOMPARE(seen, (QStringList{QStringLiteral("InProgress"), QStringLiteral("Succeeded")}));
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(server.requests()[1].url.path().contains(QLatin1String("computeOperationsStatus")));
    }

    void longRunningOperationFailureIsTheError() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        const QByteArray pollUrl = server.baseUrl().toString().toUtf8() + "/operations/op1";
        server.injectFault({201, "{}", {{"Azure-AsyncOperation", pollUrl}}});
        server.injectFault({200, R"({"status":"InProgress"})", {{"Retry-After", "0"}}});
        server.injectFault(
            {200,
             R"({"status":"Failed","error":{"code":"QuotaExceeded","message":"not enough cores"}})",
             {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        client.setPollIntervalMs(10);
        AzureResponse out;
        bool done = false;
        client.sendLongRunning({"PUT",
                                computesUrl(server),
                                "{}",
                                "application/json",
                                {},
                                true,
                                QStringLiteral("create compute 'gpu'")},
                               this, {}, [&](const AzureResponse& r) {
                                   out = r;
                                   done = true;
                               });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(!out.ok());
        QVERIFY2(out.error->message.contains(QLatin1String("QuotaExceeded: not enough cores")),
                 qPrintable(out.error->message));
        QCOMPARE(server.requests().size(), 3);
    }

    void locationPolledWhile202() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        // The job cancel example's lower-case, non-absolute `location` (docs/architecture.md "Quirks").
        server.injectFault({202, {}, {{"location", "/operations/cancel1"}, {"Retry-After", "0"}}});
        server.injectFault({202, {}, {{"Retry-After", "0"}}});
        server.injectFault({200, R"({"done":true})", {}});
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        client.setPollIntervalMs(10);
        AzureResponse out;
        bool done = false;
        client.sendLongRunning({"POST", computesUrl(server)}, this, {}, [&](const AzureResponse& r) {
            out = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(out.ok());
        QCOMPARE(out.body, QByteArray(R"({"done":true})"));
        QCOMPARE(server.requests()[1].url.path(), QStringLiteral("/operations/cancel1"));
        QCOMPARE(server.requests().size(), 3);
    }

    void pagedListFollowsNextLinkVerbatim() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        ArmReplayServer server;
        QVERIFY(server.start(examples()));
        Tokens tokens;
        AzureHttpClient client(tokens.source());
        Result<QJsonArray> out;
        bool done = false;
        client.getAll(computesUrl(server), QStringLiteral("list computes"), this,
                      [&](const Result<QJsonArray>& r) {
                          out = r;
                          done = true;
                      });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(out.ok());
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(server.requests()[1].target.contains("api-version=2025-07-01-preview&$skip=2"),
                 server.requests()[1].target.constData());
        // The second page repeats the example's items: each id is kept once.
        QCOMPARE(out.value().size(), server.example(QStringLiteral("Compute/list.json"))
                                         ->responses.value(QLatin1String("200"))
                                         .toObject()
                                         .value(QLatin1String("body"))
                                         .toObject()
                                         .value(QLatin1String("value"))
                                         .toArray()
                                         .size());
    }
};

QTEST_GUILESS_MAIN(TestAzureMlHttp)
#include "tst_azureml_http.moc"
