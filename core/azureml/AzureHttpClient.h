#pragma once

#include "core/azureml/AzureRequest.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace trainyard::azureml {

// The engine's one QNetworkAccessManager and what every ARM call shares: the token source,
// the retry policy, long-running operations and paged lists. Lives in the thread that made it
// (the engine's); callbacks run there.
class AzureHttpClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const AzureResponse&)>;
    using ListCallback = std::function<void(const Result<QJsonArray>&)>;
    // status ("InProgress", "Succeeded", ...) and percent complete (-1 when unknown)
    using Progress = std::function<void(const QString& status, double percent)>;

    explicit AzureHttpClient(TokenSource tokens, QObject* parent = nullptr);

    QNetworkAccessManager* network() { return &m_network; }
    RetryPolicy& policy() { return m_policy; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    // Sends and calls back once; `context` going away drops the callback.
    AzureRequest* send(AzureRequest::Spec spec, QObject* context, Callback done);

    // A long-running ARM operation (docs/architecture.md "LRO", after the ARM RPC Addendum):
    // poll Azure-AsyncOperation when present until Succeeded/Failed/Canceled, else Location
    // while 202; Retry-After between polls. `done` gets the final response (its error set when
    // the operation failed), with the initial response's body when the polls carry none.
    void sendLongRunning(AzureRequest::Spec spec, QObject* context, Progress progress, Callback done);

    // GET a list and follow nextLink verbatim (docs/architecture.md "Quirks": other api-versions, $skip)
    // until there is none; an item seen twice (same id) is kept once.
    void getAll(const QUrl& url, const QString& what, QObject* context, ListCallback done);

private:
    void poll(const QUrl& url, bool asyncOperation, AzureResponse initial, const QString& what, int delayMs,
              QObject* context, Progress progress, Callback done);
    int pollDelay(const AzureResponse& r) const;

    QNetworkAccessManager m_network;
    TokenSource m_tokens;
    RetryPolicy m_policy;
    int m_pollIntervalMs = 10000;
};

} // namespace trainyard::azureml
