#pragma once

#include "LoopbackHttpServer.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QQueue>
#include <QStringList>

namespace trainyard::test {

// Serves Microsoft's published x-ms-examples (fixtures/azureml/2025-12-01 and
// fixtures/azureml-environments/2025-12-01, READMEs there) at their
// ARM paths. The route of every example is derived from its folder and file name or operationId
// (Compute/listNodes.json -> POST .../computes/{computeName}/listNodes), so a new example file
// dropped into the folder is served without a code change. Requests are matched on method,
// path and api-version; bodies are compared with the example's request and the differences
// kept for the test to judge. "https://management.azure.com" in answers becomes this server.
//
// It can also replay a recorded azure-ai-ml session (fixtures/azureml-recordings, README there)
// in order, and inject faults in front of either.
class ArmReplayServer : public QObject {
    Q_OBJECT
public:
    struct Example {
        QString file;      // relative to the fixture folder, e.g. "Compute/listNodes.json"
        QString operation; // "listNodes"
        QByteArray method;
        QString path;
        QString apiVersion;
        QJsonObject parameters;
        QJsonValue requestBody; // parameters.parameters or parameters.body
        QJsonObject responses;
        int status = 200; // the response served
    };
    struct Fault {
        int status = 0;  // 0 = none; else answer this
        QByteArray body; // e.g. an ARM error body
        QList<QPair<QByteArray, QByteArray>> headers;
        bool drop = false;
        int delayMs = 0;
    };
    struct Served {
        QString example;             // file or "recording #n"
        QStringList bodyDifferences; // leaf paths the request lacked or changed
    };

    explicit ArmReplayServer(QObject* parent = nullptr);
    bool start(const QString& exampleFolder); // loads examples, listens on 127.0.0.1
    QUrl baseUrl() const { return m_http.baseUrl(); }
    const QList<Example>& examples() const { return m_examples; }
    QStringList skippedFiles() const { return m_skipped; }
    Example* example(const QString& file);

    // Replays a recording instead, entry after entry (matched by method and path).
    bool loadRecording(const QString& file);
    int recordingRemaining() const;

    void injectFault(const Fault& fault) { m_faults.enqueue(fault); }
    const QList<LoopbackHttpServer::Request>& requests() const { return m_http.requests(); }
    const QList<Served>& served() const { return m_served; }
    void clear() {
        m_http.clearRequests();
        m_served.clear();
    }

    // Leaf paths of `expected` that `actual` does not carry with the same value.
    static QStringList differences(const QJsonValue& expected, const QJsonValue& actual,
                                   const QString& at = {});
    QByteArray rewriteHosts(QByteArray text) const;

private:
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& request);
    LoopbackHttpServer::Reply fromRecording(const LoopbackHttpServer::Request& request);
    bool addExample(const QString& folder, const QString& file);

    LoopbackHttpServer m_http;
    QList<Example> m_examples;
    QStringList m_skipped;
    QQueue<Fault> m_faults;
    QList<Served> m_served;
    QJsonArray m_recording;
    QList<bool> m_consumed;
};

} // namespace trainyard::test
