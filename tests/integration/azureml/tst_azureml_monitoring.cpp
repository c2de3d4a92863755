// Logs and metrics of an Azure ML job. Neither Microsoft's examples nor the recordings hold
// run-history `details` with logFiles, a log download or MLflow traffic (fixtures/azureml-
// recordings/README.md says so), so this loopback data plane answers in the shapes documented in
// docs/architecture.md "Run monitoring": details = {status, logFiles: name -> SAS URL} (the
// RunHistory spec), MLflow runs/get = {run:{info:{status}, data:{metrics:[{key,value,timestamp,
// step}]}}} and metrics/get-history = {metrics:[...], next_page_token} (mlflow service.proto).
#include "core/azureml/AzureCloud.h"
#include "core/azureml/AzureLogStream.h"
#include "core/azureml/AzureMlEngine.h"
#include "core/engine/MetricStream.h"
#include "core/util/Await.h"
#include "support/AzureTestEngine.h"
#include "support/LoopbackHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::LoopbackHttpServer;

namespace {

struct DataPlane {
    QString status = QStringLiteral("Running");
    QByteArray log = "epoch 1 loss 0.9\n";
    QString mlflowStatus = QStringLiteral("RUNNING");
    QList<QJsonObject> loss;
    LoopbackHttpServer server{[this](const LoopbackHttpServer::Request& r) { return handle(r); }};

    static LoopbackHttpServer::Reply json(const QJsonObject& o) {
        LoopbackHttpServer::Reply reply;
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return reply;
    }
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& r) {
        const QString path = r.url.path();
        const QUrlQuery query(r.url);
        if (path.endsWith(QLatin1String("/runs/job-1/details"))) {
            const QString sas =
                server.baseUrl().toString() +
                QStringLiteral(
                    "/azureml/ExperimentRun/dcid.job-1/user_logs/std_log.txt?sv=2021&sig=abc&sp=r");
            return json(
                {{QStringLiteral("runId"), QStringLiteral("job-1")},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("logFiles"),
                  QJsonObject{{QStringLiteral("user_logs/std_log.txt"), sas},
                              {QStringLiteral("system_logs/lifecycler/execution-wrapper.txt"), sas}}}});
        }
        if (path.endsWith(QLatin1String("/user_logs/std_log.txt"))) {
            LoopbackHttpServer::Reply reply;
            reply.body = log;
            return reply;
        }
        if (path.endsWith(QLatin1String("/api/2.0/mlflow/runs/get"))) {
            QJsonArray latest;
            if (!loss.isEmpty())
                latest.append(loss.last());
            return json(
                {{QStringLiteral("run"),
                  QJsonObject{
                      {QStringLiteral("info"),
                       QJsonObject{{QStringLiteral("run_id"), query.queryItemValue(QStringLiteral("run_id"))},
                                   {QStringLiteral("status"), mlflowStatus}}},
                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("metrics"), latest}}}}}});
        }
        if (path.endsWith(QLatin1String("/api/2.0/mlflow/metrics/get-history"))) {
            // Two points per page, page_token = index of the next point.
            const int from = query.queryItemValue(QStringLiteral("page_token")).toInt();
            QJsonArray page;
            for (int i = from; i < loss.size() && i < from + 2; ++i)
                page.append(loss[i]);
            QJsonObject o{{QStringLiteral("metrics"), page}};
            if (from + 2 < loss.size())
                o.insert(QStringLiteral("next_page_token"), QString::number(from + 2));
            return json(o);
        }
        LoopbackHttpServer::Reply missing;
        missing.status = 404;
        return missing;
    }
    void addLoss(int step, double value) {
        loss.append({{QStringLiteral("key"), QStringLiteral("loss")},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("timestamp"), 1700000000000.0 + step * 1000},
                     {QStringLiteral("step"), step}});
    }
};

std::unique_ptr<AzureMlEngine> engineFor(const DataPlane& plane) {
    // A private-link style override of the data-plane hosts (and the way to reach loopback).
    return test::azureEngine({{QStringLiteral("history_endpoint"), plane.server.baseUrl().toString()},
                              {QStringLiteral("mlflow_endpoint"), plane.server.baseUrl().toString()},
                              {QStringLiteral("poll_interval_seconds"), 0.05}});
}

} // namespace

class TestAzureMlMonitoring : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "monitor-token"); }

    void logsStreamedLikeAzMlJobStream() {
        DataPlane plane;
        QVERIFY(plane.server.listen());
        auto engine = engineFor(plane);
        auto logs = engine->listLogs(QStringLiteral("job-1"));
        QVERIFY(awaitFor(logs, 10000));
        QVERIFY(logs.result().ok());
        QCOMPARE(logs.result().value().first().name,
                 QStringLiteral("user_logs/std_log.txt")); // std_log first
        QByteArray received;
        qint64 lastOffset = -1;
        auto* stream = engine->openLog(QStringLiteral("job-1"), logs.result().value().first(), this);
        connect(stream, &LogStream::bytesAppended, this, [&](const QByteArray& b, qint64 offset) {
            QCOMPARE(offset, qint64(received.size())); // resumable offsets, nothing twice
            received += b;
            lastOffset = offset;
        });
        QSignalSpy finished(stream, &LogStream::finished);
        stream->start(0);
        QVERIFY(QTest::qWaitFor([&] { return !received.isEmpty(); }, 10000));
        plane.log += "epoch 2 loss 0.5\n";
        QVERIFY(QTest::qWaitFor([&] { return received.contains("epoch 2"); }, 10000));
        plane.log += "done\n";
        plane.status = QStringLiteral("Completed");
        QVERIFY(finished.wait(10000));
        QCOMPARE(received, plane.log);
        // The ARM token goes to the history host, never to the storage SAS URL.
        bool historyHadToken = false;
        for (const auto& r : plane.server.requests()) {
            if (r.url.path().endsWith(QLatin1String("/details")))
                historyHadToken |= r.header("authorization") == "Bearer monitor-token";
            if (r.url.path().endsWith(QLatin1String("std_log.txt")))
                QVERIFY(r.header("authorization").isEmpty());
        }
        QVERIFY(historyHadToken);
        QVERIFY(plane.server.requests().first().url.path().startsWith(QLatin1String(
            "/history/v1.0/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/"
            "Microsoft.MachineLearningServices/workspaces/ws1/runs/job-1/details")));
    }

    void resumeFromAnOffset() {
        DataPlane plane;
        plane.status = QStringLiteral("Completed");
        plane.log = "0123456789\nabcdef\n";
        QVERIFY(plane.server.listen());
        auto engine = engineFor(plane);
        auto* stream = engine->openLog(
            QStringLiteral("job-1"),
            {QStringLiteral("user_logs/std_log.txt"), QStringLiteral("user_logs/std_log.txt")}, this);
        QByteArray received;
        connect(stream, &LogStream::bytesAppended, this, [&](const QByteArray& b, qint64) { received += b; });
        QSignalSpy finished(stream, &LogStream::finished);
        stream->start(11);
        QVERIFY(finished.wait(10000));
        QCOMPARE(received, QByteArray("abcdef\n"));
    }

    void pollDelayIsASigmoidFromTwoToSixtySeconds() {
        QVERIFY(AzureLogStream::pollDelayMs(0, 2.0) >= 2000 && AzureLogStream::pollDelayMs(0, 2.0) < 3000);
        QVERIFY(AzureLogStream::pollDelayMs(20, 2.0) > 30000 && AzureLogStream::pollDelayMs(20, 2.0) < 32000);
        QVERIFY(AzureLogStream::pollDelayMs(60, 2.0) > 59000);
        QVERIFY(AzureLogStream::isTerminal(QStringLiteral("NotResponding")) &&
                !AzureLogStream::isTerminal(QStringLiteral("Finalizing")));
    }

    void metricsFromMlflowHistory() {
        DataPlane plane;
        for (int step = 1; step <= 5; ++step)
            plane.addLoss(step, 1.0 / step);
        QVERIFY(plane.server.listen());
        auto engine = engineFor(plane);
        auto* stream = engine->openMetrics(QStringLiteral("job-1"), this);
        QList<MetricPoint> points;
        connect(stream, &MetricStream::pointsAppended, this,
                [&](const QList<MetricPoint>& p) { points += p; });
        QSignalSpy finished(stream, &MetricStream::finished);
        stream->start();
        QVERIFY(QTest::qWaitFor([&] { return points.size() == 5; }, 10000)); // three pages
        QCOMPARE(points[0].name, QStringLiteral("loss"));
        QCOMPARE(points[4].step, 5);
        QCOMPARE(points[4].value, 0.2);
        QCOMPARE(points[4].time, 1700000005.0);
        plane.addLoss(6, 0.1);
        plane.mlflowStatus = QStringLiteral("FINISHED");
        QVERIFY(finished.wait(10000));
        QCOMPARE(points.size(), 6); // only the new point the second time
        QCOMPARE(points.last().step, 6);
        const auto& r = plane.server.requests();
        QVERIFY(std::any_of(r.begin(), r.end(), [](const LoopbackHttpServer::Request& q) {
            return q.url.path() == QLatin1String("/mlflow/v2.0/subscriptions/"
                                                 "00000000-0000-0000-0000-000000000000/resourceGroups/rg/"
                                                 "providers/Microsoft.MachineLearningServices/workspaces/ws1/"
                                                 "api/2.0/mlflow/metrics/get-history") &&
                   QUrlQuery(q.url).queryItemValue(QStringLiteral("metric_key")) == QLatin1String("loss");
        }));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlMonitoring)
#include "tst_azureml_monitoring.moc"
