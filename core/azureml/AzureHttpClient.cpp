#include "core/azureml/AzureHttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureHttpClient)
};
} // namespace

AzureHttpClient::AzureHttpClient(TokenSource tokens, QObject* parent)
    : QObject(parent)
    , m_tokens(std::move(tokens)) {
    // HTTP/2 multiplexes on one connection; keep HTTP/1.1 so that the loopback test servers and
    // Azurite see exactly what is sent.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AzureRequest* AzureHttpClient::send(AzureRequest::Spec spec, QObject* context, Callback done) {
    auto* request = new AzureRequest(&m_network, std::move(spec), m_policy, m_tokens, this);
    QPointer<QObject> guard(context);
    connect(request, &AzureRequest::finished, this,
            [guard, hasContext = context != nullptr, done](const AzureResponse& r) {
                if (hasContext && !guard)
                    return;
                done(r);
            });
    request->start();
    return request;
}

int AzureHttpClient::pollDelay(const AzureResponse& r) const {
    const qint64 told =
        RetryPolicy::parseRetryAfter(r.header("retry-after"), QDateTime::currentDateTimeUtc());
    return told >= 0 ? int(qMin<qint64>(told, 600000)) : m_pollIntervalMs;
}

static QUrl resolve(const AzureResponse& r, const QByteArray& header) {
    // docs/architecture.md "Quirks": the job cancel example's `location` is not absolute; resolve it against
    // the request so that it is still polled on the same host.
    const QUrl url = QUrl::fromEncoded(header.trimmed());
    return url.isRelative() ? r.url.resolved(url) : url;
}

void AzureHttpClient::sendLongRunning(AzureRequest::Spec spec, QObject* context, Progress progress,
                                      Callback done) {
    const QString what = spec.what;
    send(std::move(spec), context, [this, what, context, progress, done](const AzureResponse& r) {
        if (!r.ok()) {
            done(r);
            return;
        }
        const QByteArray asyncOperation = r.header("azure-asyncoperation");
        const QByteArray location = r.header("location");
        // A 200 still carrying Azure-AsyncOperation is not finished (docs/architecture.md "LRO").
        if (!asyncOperation.isEmpty()) {
            poll(resolve(r, asyncOperation), true, r, what, pollDelay(r), context, progress, done);
            return;
        }
        if (r.status == 202 && !location.isEmpty()) {
            poll(resolve(r, location), false, r, what, pollDelay(r), context, progress, done);
            return;
        }
        done(r);
    });
}

void AzureHttpClient::poll(const QUrl& url, bool asyncOperation, AzureResponse initial, const QString& what,
                           int delayMs, QObject* context, Progress progress, Callback done) {
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(delayMs, this, [=, this] {
        if (hasContext && !guard)
            return;
        AzureRequest::Spec spec;
        spec.url = url;
        spec.what = what;
        send(spec, context, [=, this](const AzureResponse& r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            if (asyncOperation) {
                const QJsonObject body = r.json();
                const QString status = body.value(QLatin1String("status")).toString();
                const double percent = body.value(QLatin1String("percentComplete")).toDouble(-1);
                if (progress)
                    progress(status, percent);
                if (status == QLatin1String("Succeeded")) {
                    done(initial);
                    return;
                }
                if (status == QLatin1String("Failed") || status == QLatin1String("Canceled")) {
                    AzureResponse failed = initial;
                    QString message = errorBodyMessage(r.body);
                    if (message.isEmpty())
                        message = status;
                    failed.error = Error{ErrorKind::Engine,
                                         Tr::tr("%1 failed: %2 (operation %3, x-ms-client-request-id %4)")
                                             .arg(what, message, url.path(), r.clientRequestId),
                                         {}};
                    done(failed);
                    return;
                }
                poll(url, true, initial, what, pollDelay(r), context, progress, done);
                return;
            }
            if (r.status == 202) {
                if (progress)
                    progress(QStringLiteral("InProgress"), -1);
                poll(url, false, initial, what, pollDelay(r), context, progress, done);
                return;
            }
            if (progress)
                progress(QStringLiteral("Succeeded"), 100);
            done(r.body.isEmpty() ? initial : r);
        });
    });
}

void AzureHttpClient::getAll(const QUrl& url, const QString& what, QObject* context, ListCallback done) {
    struct State {
        QJsonArray items;
        QSet<QString> ids;
        QSet<QString> followed;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void(const QUrl&)>>();
    *next = [this, state, next, what, context, done](const QUrl& page) {
        state->followed.insert(page.toString());
        AzureRequest::Spec spec;
        spec.url = page;
        spec.what = what;
        send(spec, context, [state, next, done, page](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                *next = nullptr; // break the cycle
                return;
            }
            const QJsonObject body = r.json();
            for (const QJsonValue& v : body.value(QLatin1String("value")).toArray()) {
                const QString id = v.toObject().value(QLatin1String("id")).toString();
                if (!id.isEmpty() && state->ids.contains(id))
                    continue;
                state->ids.insert(id);
                state->items.append(v);
            }
            const QString link = body.value(QLatin1String("nextLink")).toString();
            const QUrl nextUrl = page.resolved(QUrl(link));
            // The examples' nextLinks include placeholders ("string", "nextLink"): follow only an
            // absolute http(s) link, and none twice.
            const bool follow =
                !link.isEmpty() && !QUrl(link).isRelative() &&
                (nextUrl.scheme() == QLatin1String("https") || nextUrl.scheme() == QLatin1String("http")) &&
                !state->followed.contains(nextUrl.toString());
            if (!follow) {
                done(state->items);
                *next = nullptr;
                return;
            }
            (*next)(nextUrl);
        });
    };
    (*next)(url);
}

} // namespace trainyard::azureml
