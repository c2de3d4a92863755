#include "core/slurm/SlurmClient.h"

#include "core/secrets/SecretStore.h"
#include "core/slurm/SlurmMapping.h"
#include "core/util/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmClient)
};

// Slurm's own error texts in a reply (errors[].error / description), joined.
QString errorText(const QJsonObject& json) {
    QStringList parts;
    for (const auto& e : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        QString text = o.value(QStringLiteral("description")).toString();
        const QString error = o.value(QStringLiteral("error")).toString();
        if (text.isEmpty())
            text = error;
        else if (!error.isEmpty() && error != QLatin1String("Unspecified error"))
            text += QStringLiteral(" (%1)").arg(error);
        const int code =
            o.value(QStringLiteral("error_number")).toInt(o.value(QStringLiteral("error_code")).toInt());
        if (code > 0)
            text += QStringLiteral(" [%1]").arg(code);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

bool hasErrorCode(const QJsonObject& json, int code) {
    for (const auto& e : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("error_number")).toInt() == code ||
            o.value(QStringLiteral("error_code")).toInt() == code)
            return true;
    }
    return false;
}

// slurmrestd 22.05 answers a rejected token not with 401 but with a 500 whose error depends on
// the route ("slurmctld config is unable to load", "Zero Bytes were transmitted or received",
// an unspecified error): such replies are checked against /ping before they are believed.
bool mayBeTokenRejection(int http, const QJsonObject& json) {
    if (http == 401 || http == 403)
        return true;
    Q_UNUSED(json);
    return http >= 500; // the route's own error text varies: /ping tells
}

} // namespace

SlurmClient::SlurmClient(SlurmSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_version(m_settings.apiVersion) {
    m_network.setAutoDeleteReplies(true);
    m_network.setTransferTimeout(15000);
}

void SlurmClient::setToken(const QByteArray& token) {
    m_token = token.trimmed();
    m_tokenLoaded = !m_token.isEmpty();
    m_explicitToken = m_tokenLoaded;
    resetSession();
}

void SlurmClient::resetSession() {
    m_ready = false;
    m_version = m_settings.apiVersion;
}

Error SlurmClient::tokenError(int http) const {
    const QString renew =
        Tr::tr("Get a new one on a cluster login node with `scontrol token lifespan=<seconds>` and store "
               "it with `yard login slurm` (it reads `scontrol token`, a file or standard input).");
    const auto expiry = jwtExpiry(m_token);
    if (expiry && *expiry <= QDateTime::currentDateTimeUtc())
        return {ErrorKind::Unauthorized,
                Tr::tr("The Slurm token of user '%1' for %2 expired at %3. %4")
                    .arg(m_settings.user, m_settings.url.toString(), expiry->toString(Qt::ISODate), renew),
                QStringLiteral("token")};
    return {ErrorKind::Unauthorized,
            Tr::tr("slurmrestd at %1 rejected the token of user '%2' (HTTP %3): it is wrong, for another "
                   "user or cluster, or signed with another key. %4")
                .arg(m_settings.url.toString(), m_settings.user)
                .arg(http)
                .arg(renew),
            QStringLiteral("token")};
}

Error SlurmClient::unreachableError(const QString& detail) const {
    return {ErrorKind::Unavailable,
            Tr::tr("Cannot reach slurmrestd at %1 (%2). Check that it runs and that the workspace's "
                   "\"url\" is right; Trainyard retries on its own when it comes back.")
                .arg(m_settings.url.toString(), detail),
            QStringLiteral("url")};
}

void SlurmClient::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                       Callback done) {
    Pending p{method, path, body, std::move(done)};
    if (m_ready) {
        send(p, 0, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    m_waiting << p;
    prepare();
}

void SlurmClient::prepare() {
    if (m_preparing)
        return;
    m_preparing = true;
    if (m_tokenLoaded) {
        loadedToken(m_token);
        return;
    }
    SecretStore::instance().read(m_settings.tokenKey()).then(this, [this](Result<QByteArray> token) {
        loadedToken(token);
    });
}

void SlurmClient::loadedToken(const Result<QByteArray>& token) {
    if (token && !token.value().trimmed().isEmpty()) {
        m_token = token.value().trimmed();
    } else {
        // Slurm's own convention: the token in $SLURM_JWT (for batch scripts and CI).
        m_token = qgetenv("SLURM_JWT").trimmed();
    }
    if (m_token.isEmpty()) {
        finishPrepare(Error{ErrorKind::Unauthorized,
                            Tr::tr("No Slurm token for user '%1' at %2. Store one with `yard login slurm` "
                                   "(it runs `scontrol token`, or reads a file or standard input)%3.")
                                .arg(m_settings.user, m_settings.url.toString(),
                                     !token && token.error().kind != ErrorKind::NotFound
                                         ? Tr::tr("; the keychain said: %1").arg(token.error().message)
                                         : QString()),
                            QStringLiteral("token")});
        return;
    }
    m_tokenLoaded = true;
    const QStringList candidates = m_version.isEmpty() ? supportedApiVersions() : QStringList{m_version};
    detectVersion(candidates, {});
}

// GET /slurm/<v>/ping for each candidate until one answers: a 404 means that version is not
// served; anything else ends the search (a token or network error is reported as such).
void SlurmClient::detectVersion(QStringList candidates, QStringList tried) {
    if (candidates.isEmpty()) {
        finishPrepare(Error{ErrorKind::Unavailable,
                            Tr::tr("slurmrestd at %1 does not serve OpenAPI %2. Trainyard speaks %3; start "
                                   "slurmrestd with `-s openapi/v0.0.38` (or another of those), or set "
                                   "\"api_version\" in the workspace's config.json to one the server serves.")
                                .arg(m_settings.url.toString(), tried.join(QStringLiteral(", ")),
                                     supportedApiVersions().join(QStringLiteral(", "))),
                            QStringLiteral("api_version")});
        return;
    }
    const QString version = candidates.takeFirst();
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [this, version, candidates, tried, started, attempt](int n) {
        sendRaw("GET", QStringLiteral("/slurm/%1/ping").arg(version), {},
                [=, this](int http, QByteArray body, QString networkError, bool unreachable) {
                    if (unreachable) {
                        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - started;
                        if (elapsed < m_retryBudgetMs) {
                            QTimer::singleShot(std::min(2000, 100 << std::min(n, 5)), this,
                                               [attempt, n] { (*attempt)(n + 1); });
                            return;
                        }
                        finishPrepare(unreachableError(networkError));
                        return;
                    }
                    if (http == 404) {
                        detectVersion(candidates, tried + QStringList{version});
                        return;
                    }
                    const QJsonObject json = QJsonDocument::fromJson(body).object();
                    if (http == 200) {
                        m_version = version;
                        finishPrepare({});
                        return;
                    }
                    if (mayBeTokenRejection(http, json)) {
                        finishPrepare(tokenError(http));
                        return;
                    }
                    finishPrepare(Error::engine(Tr::tr("slurmrestd at %1 answered HTTP %2 to ping: %3")
                                                    .arg(m_settings.url.toString())
                                                    .arg(http)
                                                    .arg(errorText(json))));
                });
    };
    (*attempt)(0);
}

void SlurmClient::finishPrepare(const Status& status) {
    m_preparing = false;
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    if (!status) {
        // Not ready: the next call tries again. A rejected token from the keychain is read again
        // then (it may have been renewed by `yard login slurm` meanwhile); one given by
        // setToken() stays until it is replaced.
        if (status.error().kind == ErrorKind::Unauthorized && !m_explicitToken) {
            m_tokenLoaded = false;
            m_token.clear();
        }
        for (const Pending& p : waiting)
            p.done(status.error());
        return;
    }
    m_ready = true;
    for (const Pending& p : waiting)
        send(p, 0, QDateTime::currentMSecsSinceEpoch());
}

void SlurmClient::send(const Pending& request, int attempt, qint64 startedMs) {
    const QString fullPath = QStringLiteral("/slurm/%1/%2").arg(m_version, request.path);
    sendRaw(request.method, fullPath, request.body,
            [this, request, attempt, startedMs](int http, QByteArray body, QString networkError,
                                                bool unreachable) {
                if (unreachable) {
                    // Only requests that change nothing are repeated blindly; a submit that may
                    // have reached slurmctld is not sent twice.
                    const bool idempotent = request.method != "POST";
                    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedMs;
                    if (idempotent && elapsed < m_retryBudgetMs) {
                        QTimer::singleShot(
                            std::min(2000, 100 << std::min(attempt, 5)), this,
                            [this, request, attempt, startedMs] { send(request, attempt + 1, startedMs); });
                        return;
                    }
                    request.done(unreachableError(networkError));
                    return;
                }
                const QJsonObject json = QJsonDocument::fromJson(body).object();
                if (http == 404 && json.isEmpty()) {
                    // The server stopped serving our version (restarted with other plugins).
                    resetSession();
                    request.done(Error{ErrorKind::Unavailable,
                                       Tr::tr("slurmrestd at %1 no longer serves OpenAPI %2 (HTTP 404 for "
                                              "%3); Trainyard speaks %4.")
                                           .arg(m_settings.url.toString(), m_version, request.path,
                                                supportedApiVersions().join(QStringLiteral(", "))),
                                       QStringLiteral("api_version")});
                    return;
                }
                if (http >= 200 && http < 300) {
                    request.done(json);
                    return;
                }
                const QString text = errorText(json);
                if (hasErrorCode(json, 2017)) { // ESLURM_INVALID_JOB_ID: unknown or purged job
                    request.done(Error::notFound(text));
                    return;
                }
                if (!mayBeTokenRejection(http, json)) {
                    request.done(
                        Error::engine(Tr::tr("Slurm refused %1 %2 (HTTP %3): %4")
                                          .arg(QString::fromLatin1(request.method), request.path)
                                          .arg(http)
                                          .arg(text.isEmpty() ? QString::fromUtf8(body.left(200)) : text)));
                    return;
                }
                // Ask /ping whether the token is the reason.
                sendRaw("GET", QStringLiteral("/slurm/%1/ping").arg(m_version), {},
                        [this, request, http, text](int pingHttp, QByteArray, QString, bool) {
                            if (pingHttp != 200) {
                                m_ready = false;
                                if (!m_explicitToken)
                                    m_tokenLoaded = false; // read the keychain again next time
                                request.done(tokenError(http));
                                return;
                            }
                            request.done(
                                Error::engine(Tr::tr("Slurm refused %1 %2 (HTTP %3): %4")
                                                  .arg(QString::fromLatin1(request.method), request.path)
                                                  .arg(http)
                                                  .arg(text)));
                        });
            });
}

void SlurmClient::sendRaw(const QByteArray& method, const QString& fullPath, const QJsonObject& body,
                          std::function<void(int, QByteArray, QString, bool)> done) {
    QUrl url = m_settings.url;
    const int query = int(fullPath.indexOf(u'?'));
    url.setPath(url.path(QUrl::FullyDecoded).chopped(url.path().endsWith(u'/') ? 1 : 0) +
                (query < 0 ? fullPath : fullPath.left(query)));
    if (query >= 0)
        url.setQuery(fullPath.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("X-SLURM-USER-NAME", m_settings.user.toUtf8());
    request.setRawHeader("X-SLURM-USER-TOKEN", m_token);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_network.sendCustomRequest(request, method);
    }
    qCDebug(lcSlurmHttp).noquote() << method << url.toString();
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto error = reply->error();
        qCDebug(lcSlurmHttp).noquote()
            << http << reply->url().toString()
            << (error == QNetworkReply::NoError ? QString() : reply->errorString());
        // No HTTP status at all: the server was not reached or the connection broke.
        const bool unreachable = http == 0 && error != QNetworkReply::NoError;
        done(http, reply->readAll(), reply->errorString(), unreachable);
    });
}

} // namespace trainyard::slurm
