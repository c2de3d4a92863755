#pragma once

#include "core/azureml/AzureResponse.h"
#include "core/azureml/RetryPolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace trainyard::azureml {

// Hands a bearer token to a request; `forceRefresh` after a 401. Calls back exactly once.
using TokenCallback = std::function<void(const Result<QString>&)>;
using TokenSource = std::function<void(bool forceRefresh, TokenCallback)>;

// One HTTP request as a job object (as Nextcloud's AbstractNetworkJob): start(),
// a time-out per attempt, retries per RetryPolicy, one token refresh on 401, then finished()
// once and deleteLater(). Every attempt carries the same x-ms-client-request-id, which error
// messages quote so that Azure support can find the request.
class AzureRequest : public QObject {
    Q_OBJECT
public:
    struct Spec {
        QByteArray method = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool bearer = true; // add Authorization: Bearer from the TokenSource
        QString what;       // "create compute 'gpu'": the start of error messages
        // Called before each attempt (Blob Shared Key signs the date and the final URL).
        std::function<void(QNetworkRequest&, const QByteArray& method, const QByteArray& body)> sign;
    };

    AzureRequest(QNetworkAccessManager* network, Spec spec, RetryPolicy policy, TokenSource tokens,
                 QObject* parent = nullptr);

    void start();
    void abort(); // finishes with ErrorKind::Canceled
    const QString& clientRequestId() const { return m_clientRequestId; }

signals:
    void finished(const trainyard::azureml::AzureResponse& response);
    void uploadProgress(qint64 sent, qint64 total);

private:
    void attempt();
    void send(const QString& token);
    void onReply();
    void retryOrFinish(int status, const QByteArray& retryAfter, AzureResponse response);
    void finish(AzureResponse response);
    Error describe(const AzureResponse& response, const QString& transportError) const;

    QNetworkAccessManager* m_network;
    Spec m_spec;
    RetryPolicy m_policy;
    TokenSource m_tokens;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    int m_attempt = 0;
    bool m_refreshedToken = false;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace trainyard::azureml
