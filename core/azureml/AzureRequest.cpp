#include "core/azureml/AzureRequest.h"

#include "core/azureml/AzureCloud.h"
#include "core/util/LogCategories.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureRequest)
};
} // namespace

AzureRequest::AzureRequest(QNetworkAccessManager* network, Spec spec, RetryPolicy policy, TokenSource tokens,
                           QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
    , m_policy(policy)
    , m_tokens(std::move(tokens))
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_backoff, &QTimer::timeout, this, &AzureRequest::attempt);
}

void AzureRequest::start() {
    if (auto s = checkEndpoint(m_spec.url, QStringLiteral("url")); !s) {
        AzureResponse r;
        r.url = m_spec.url;
        r.clientRequestId = m_clientRequestId;
        r.error = s.error();
        // Finish from the event loop so that callers always connect before finished() fires.
        QMetaObject::invokeMethod(
            this, [this, r] { finish(r); }, Qt::QueuedConnection);
        return;
    }
    attempt();
}

void AzureRequest::abort() {
    m_backoff.stop();
    m_timeout.stop();
    AzureResponse r;
    r.url = m_spec.url;
    r.clientRequestId = m_clientRequestId;
    r.error = Error{ErrorKind::Canceled, Tr::tr("%1 was canceled.").arg(m_spec.what), {}};
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(r);
}

void AzureRequest::attempt() {
    if (m_done)
        return;
    ++m_attempt;
    if (!m_spec.bearer) {
        send({});
        return;
    }
    QPointer<AzureRequest> self(this);
    m_tokens(m_refreshedToken, [self](const Result<QString>& token) {
        if (!self || self->m_done)
            return;
        if (!token) {
            AzureResponse r;
            r.url = self->m_spec.url;
            r.clientRequestId = self->m_clientRequestId;
            r.attempts = self->m_attempt;
            r.error = token.error();
            self->finish(r);
            return;
        }
        self->send(token.value());
    });
}

void AzureRequest::send(const QString& token) {
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("x-ms-client-request-id", m_clientRequestId.toLatin1());
    request.setRawHeader("x-ms-return-client-request-id", "true");
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!m_spec.body.isEmpty() || m_spec.method == "PUT" || m_spec.method == "POST" ||
        m_spec.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    for (const auto& [name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    // Redirects would carry the Authorization header to wherever they point: never follow them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_spec.sign)
        m_spec.sign(request, m_spec.method, m_spec.body);
    m_timedOut = false;
    // HEAD through head(): as a custom verb Qt would wait for a body that never comes.
    if (m_spec.method == "HEAD")
        m_reply = m_network->head(request);
    else if (m_spec.method == "PUT")
        m_reply = m_network->put(request, m_spec.body);
    else
        m_reply = m_network->sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::finished, this, &AzureRequest::onReply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &AzureRequest::uploadProgress);
    // Data arriving resets the clock: a slow but live download is not a time-out.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(m_policy.timeoutMs); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(m_policy.timeoutMs); });
    m_timeout.start(m_policy.timeoutMs);
    // The URL without its query: SAS tokens travel there.
    qCDebug(lcAzureHttp).noquote() << m_spec.method << m_spec.url.toString(QUrl::RemoveQuery) << "attempt"
                                   << m_attempt << "x-ms-client-request-id" << m_clientRequestId;
}

void AzureRequest::onReply() {
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    AzureResponse r;
    r.url = m_spec.url;
    r.clientRequestId = m_clientRequestId;
    r.attempts = m_attempt;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    const bool transportFailure = r.status == 0;
    qCDebug(lcAzureHttp).noquote() << r.status << m_spec.method << m_spec.url.toString(QUrl::RemoveQuery)
                                   << r.body.size() << "bytes" << (m_timedOut ? "(timed out)" : "");
    if (transportFailure) {
        const QString why = m_timedOut ? Tr::tr("no answer within %1 s").arg(m_policy.timeoutMs / 1000.0)
                                       : reply->errorString();
        r.error = describe(r, why);
        retryOrFinish(0, {}, r);
        return;
    }
    if (r.status == 401 && m_spec.bearer && !m_refreshedToken) {
        // An expired or revoked token: get a fresh one once, then give up (issue 7).
        m_refreshedToken = true;
        attempt();
        return;
    }
    if (r.status >= 400) {
        r.error = describe(r, {});
        retryOrFinish(r.status, r.header("retry-after"), r);
        return;
    }
    finish(r);
}

void AzureRequest::retryOrFinish(int status, const QByteArray& retryAfter, AzureResponse response) {
    const bool retryable = status == 0 || RetryPolicy::isRetryableStatus(status);
    if (!retryable || m_attempt > m_policy.maxRetries) {
        finish(response);
        return;
    }
    m_backoff.start(m_policy.delayMs(m_attempt - 1, retryAfter));
}

Error AzureRequest::describe(const AzureResponse& r, const QString& transportError) const {
    const QString where =
        Tr::tr("(HTTP %1, x-ms-client-request-id %2%3)")
            .arg(r.status)
            .arg(m_clientRequestId,
                 r.attempts > 1 ? Tr::tr(", after %1 attempts").arg(r.attempts) : QString());
    const QString what =
        m_spec.what.isEmpty() ? QString::fromLatin1(m_spec.method) + u' ' + m_spec.url.path() : m_spec.what;
    if (!transportError.isEmpty())
        return Error{ErrorKind::Unavailable, Tr::tr("%1 failed: %2 %3").arg(what, transportError, where), {}};
    QString message = errorBodyMessage(r.body);
    if (message.isEmpty())
        message = Tr::tr("the server answered %1").arg(r.status);
    ErrorKind kind = ErrorKind::Engine;
    if (r.status == 401 || r.status == 403)
        kind = ErrorKind::Unauthorized;
    else if (r.status == 404)
        kind = ErrorKind::NotFound;
    else if (r.status == 409 || r.status == 412)
        kind = ErrorKind::Conflict;
    else if (r.status == 400)
        kind = ErrorKind::Invalid;
    else if (r.status == 429 || r.status >= 500)
        kind = ErrorKind::Unavailable;
    return Error{kind, Tr::tr("%1 failed: %2 %3").arg(what, message, where), {}};
}

void AzureRequest::finish(AzureResponse response) {
    if (m_done)
        return;
    m_done = true;
    emit finished(response);
    deleteLater();
}

} // namespace trainyard::azureml
