#include "core/azureml/AzureCredential.h"

#include "core/azureml/AzureHttpClient.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrlQuery>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureCredential)
};

// Tokens this process obtained, by cache key: a second workspace (or a second credential of the
// same account) reuses them even while a keychain write is still on its way or failed.
QHash<QString, QByteArray>& sessionTokens() {
    static QHash<QString, QByteArray> tokens;
    return tokens;
}
} // namespace

AzureCredential::AzureCredential(AzureCloud cloud, AzureHttpClient* http, QObject* parent)
    : SignIn(parent)
    , m_cloud(std::move(cloud))
    , m_http(http) {}

TokenSource AzureCredential::source() {
    QPointer<AzureCredential> self(this);
    return [self](bool forceRefresh, TokenCallback done) {
        if (!self) {
            done(Error{ErrorKind::Canceled, Tr::tr("The workspace was closed."), {}});
            return;
        }
        self->token(forceRefresh, std::move(done));
    };
}

QString AzureCredential::storageNote() const {
    const SecretStore& store = SecretStore::instance();
    if (store.keychainAvailable())
        return {};
    return Tr::tr(
               "The keychain cannot be used (%1): the Azure sign-in is kept in memory for this session only.")
        .arg(store.lastKeychainError());
}

void AzureCredential::token(bool forceRefresh, TokenCallback done) {
    // Automation: a token handed in by the environment is used as is; it cannot be refreshed.
    const QString fromEnvironment = qEnvironmentVariable("TRAINYARD_AZURE_ACCESS_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        m_source = QStringLiteral("TRAINYARD_AZURE_ACCESS_TOKEN");
        if (forceRefresh)
            done(Error{
                ErrorKind::Unauthorized,
                Tr::tr("Azure refused the token in TRAINYARD_AZURE_ACCESS_TOKEN (expired or for another "
                       "scope; it must be for %1). Set a fresh one or unset it to sign in.")
                    .arg(m_cloud.scope),
                {}});
        else
            done(fromEnvironment);
        return;
    }
    if (!forceRefresh && m_token.valid()) {
        done(m_token.access);
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        fetch(forceRefresh);
}

void AzureCredential::deliver(const Result<QString>& result) {
    m_fetching = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& callback : waiting)
        callback(result);
}

void AzureCredential::fetch(bool forceRefresh) {
    m_fetching = true;
    if (forceRefresh)
        m_token.access.clear(); // the refresh token stays: it is what renews the access token
    if (!m_cacheRead && sessionTokens().contains(SecretKeys::azureToken(m_cloud.secretScope()))) {
        const QJsonObject o =
            QJsonDocument::fromJson(sessionTokens().value(SecretKeys::azureToken(m_cloud.secretScope())))
                .object();
        m_token.access = o.value(QLatin1String("access_token")).toString();
        m_token.refresh = o.value(QLatin1String("refresh_token")).toString();
        m_token.expiresAt =
            QDateTime::fromSecsSinceEpoch(qint64(o.value(QLatin1String("expires_on")).toDouble()), Qt::UTC);
        m_source = o.value(QLatin1String("source")).toString();
        m_cacheRead = true;
        if (forceRefresh)
            m_token.access.clear();
    }
    if (m_cacheRead) {
        afterCacheRead(forceRefresh);
        return;
    }
    SecretStore::instance()
        .read(SecretKeys::azureToken(m_cloud.secretScope()))
        .then(this, [this, forceRefresh](const Result<QByteArray>& cached) {
            m_cacheRead = true;
            if (cached) {
                const QJsonObject o = QJsonDocument::fromJson(cached.value()).object();
                m_token.access = o.value(QLatin1String("access_token")).toString();
                m_token.refresh = o.value(QLatin1String("refresh_token")).toString();
                m_token.expiresAt = QDateTime::fromSecsSinceEpoch(
                    qint64(o.value(QLatin1String("expires_on")).toDouble()), Qt::UTC);
                m_source = o.value(QLatin1String("source")).toString();
                if (forceRefresh)
                    m_token.access.clear();
            }
            afterCacheRead(forceRefresh);
        });
}

void AzureCredential::afterCacheRead(bool forceRefresh) {
    if (m_token.valid()) {
        deliver(m_token.access);
        return;
    }
    tryRefreshToken(forceRefresh);
}

void AzureCredential::tryRefreshToken(bool forceRefresh) {
    if (m_token.refresh.isEmpty()) {
        tryServicePrincipal(forceRefresh);
        return;
    }
    tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("client_id"), m_cloud.clientId},
                  {QStringLiteral("scope"), m_cloud.scope + QStringLiteral(" offline_access")},
                  {QStringLiteral("refresh_token"), m_token.refresh}},
                 m_source, [this, forceRefresh](const Result<Token>& t) {
                     if (t) {
                         deliver(m_token.access);
                         return;
                     }
                     m_token.refresh.clear(); // revoked or expired: fall through to the other ways
                     tryServicePrincipal(forceRefresh);
                 });
}

void AzureCredential::tryServicePrincipal(bool) {
    if (m_cloud.servicePrincipalId.isEmpty()) {
        tryAzureCli();
        return;
    }
    const QString key = SecretKeys::azureClientSecret(m_cloud.secretScope(), m_cloud.servicePrincipalId);
    SecretStore::instance().read(key).then(this, [this](const Result<QByteArray>& secret) {
        if (!secret) {
            deliver(Error{
                ErrorKind::Unauthorized,
                Tr::tr("No client secret for service principal %1 in the keychain: run `yard login azure "
                       "--service-principal` to store it.")
                    .arg(m_cloud.servicePrincipalId),
                {}});
            return;
        }
        // Client credentials grant (docs/architecture.md "Tokens"): one resource (scope) per request.
        tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("client_id"), m_cloud.servicePrincipalId},
                      {QStringLiteral("client_secret"), QString::fromUtf8(secret.value())},
                      {QStringLiteral("scope"), m_cloud.scope}},
                     QStringLiteral("service principal %1").arg(m_cloud.servicePrincipalId),
                     [this](const Result<Token>& t) {
                         if (t)
                             deliver(m_token.access);
                         else
                             deliver(t.error());
                     });
    });
}

void AzureCredential::tryAzureCli() {
    const QString az = QStandardPaths::findExecutable(QStringLiteral("az"));
    if (az.isEmpty()) {
        deliver(Error{
            ErrorKind::Unauthorized,
            Tr::tr("Not signed in to Azure: run `yard login azure` (device code), configure a service "
                   "principal (service_principal_id, tenant_id), sign in with the Azure CLI (`az login`), "
                   "or set TRAINYARD_AZURE_ACCESS_TOKEN."),
            {}});
        return;
    }
    auto* process = new QProcess(this);
    QStringList args{QStringLiteral("account"),  QStringLiteral("get-access-token"),
                     QStringLiteral("--scope"),  m_cloud.scope,
                     QStringLiteral("--output"), QStringLiteral("json")};
    if (m_cloud.tenant != QLatin1String("organizations"))
        args << QStringLiteral("--tenant") << m_cloud.tenant;
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        const QString access = o.value(QLatin1String("accessToken")).toString();
        if (status != QProcess::NormalExit || exitCode != 0 || access.isEmpty()) {
            // az's stderr says what to do ("Please run 'az login'"); it never holds the token.
            const QString why =
                QString::fromUtf8(process->readAllStandardError()).trimmed().section(u'\n', 0, 1);
            deliver(Error{
                ErrorKind::Unauthorized,
                Tr::tr("The Azure CLI gave no token (%1): run `az login` or `yard login azure`.").arg(why),
                {}});
            return;
        }
        Token t;
        t.access = access;
        // `expires_on` (POSIX seconds) in newer az, `expiresOn` (local time) in older ones.
        if (o.contains(QLatin1String("expires_on")))
            t.expiresAt = QDateTime::fromSecsSinceEpoch(
                qint64(o.value(QLatin1String("expires_on")).toDouble()), Qt::UTC);
        else
            t.expiresAt = QDateTime::fromString(o.value(QLatin1String("expiresOn")).toString(),
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzzzzz"))
                              .toUTC();
        if (!t.expiresAt.isValid())
            t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(300);
        // The CLI keeps its own cache: ours holds only what we obtained ourselves.
        m_token = t;
        m_source = QStringLiteral("Azure CLI");
        deliver(m_token.access);
    });
    process->start(az, args);
    if (!process->waitForStarted(0) && process->state() == QProcess::NotRunning) {
        // finished() is not emitted when the program cannot start.
        connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError) {
            process->deleteLater();
            deliver(Error{ErrorKind::Unauthorized, Tr::tr("The Azure CLI (az) could not be started."), {}});
        });
    }
}

Result<AzureCredential::Token> AzureCredential::parseTokenResponse(const QJsonObject& body) {
    Token t;
    t.access = body.value(QLatin1String("access_token")).toString();
    t.refresh = body.value(QLatin1String("refresh_token")).toString();
    const int expiresIn = body.value(QLatin1String("expires_in")).toVariant().toInt();
    if (t.access.isEmpty() || expiresIn <= 0)
        return Error{ErrorKind::Unauthorized,
                     Tr::tr("The token endpoint answered without access_token/expires_in."),
                     {}};
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return t;
}

void AzureCredential::tokenRequest(const QList<QPair<QString, QString>>& form, const QString& source,
                                   std::function<void(const Result<Token>&)> done) {
    QUrlQuery query;
    for (const auto& [k, v] : form)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    AzureRequest::Spec spec;
    spec.method = "POST";
    spec.url = m_cloud.tokenUrl();
    spec.body = query.toString(QUrl::FullyEncoded).toUtf8();
    spec.contentType = "application/x-www-form-urlencoded";
    spec.bearer = false;
    spec.what = Tr::tr("Sign-in at %1").arg(m_cloud.authority.host());
    m_http->send(spec, this, [this, source, done](const AzureResponse& r) {
        if (!r.ok()) {
            done(Error{ErrorKind::Unauthorized, r.error->message, {}});
            return;
        }
        auto t = parseTokenResponse(r.json());
        if (!t) {
            done(t.error());
            return;
        }
        Token token = t.value();
        if (token.refresh.isEmpty())
            token.refresh = m_token.refresh; // a refresh answer may omit it: keep the old one
        store(token, source);
        done(token);
    });
}

void AzureCredential::store(const Token& token, const QString& source) {
    m_token = token;
    m_source = source;
    const QJsonObject o{{QStringLiteral("access_token"), token.access},
                        {QStringLiteral("refresh_token"), token.refresh},
                        {QStringLiteral("expires_on"), double(token.expiresAt.toSecsSinceEpoch())},
                        {QStringLiteral("source"), source}};
    // SecretStore keeps it in memory when the keychain is locked or missing (storageNote()).
    const QByteArray serialized = QJsonDocument(o).toJson(QJsonDocument::Compact);
    sessionTokens().insert(SecretKeys::azureToken(m_cloud.secretScope()), serialized);
    m_write = SecretStore::instance().write(SecretKeys::azureToken(m_cloud.secretScope()), serialized);
}

void AzureCredential::startDeviceCode(std::function<void(const DeviceCodePrompt&)> prompt,
                                      std::function<void(const Status&)> done) {
    m_deviceCodeCanceled = false;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_cloud.clientId);
    // offline_access: without it there is no refresh token (docs/architecture.md "Tokens").
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                    m_cloud.scope + QStringLiteral(" offline_access"))));
    AzureRequest::Spec spec;
    spec.method = "POST";
    spec.url = m_cloud.deviceCodeUrl();
    spec.body = query.toString(QUrl::FullyEncoded).toUtf8();
    spec.contentType = "application/x-www-form-urlencoded";
    spec.bearer = false;
    spec.what = Tr::tr("Device code sign-in at %1").arg(m_cloud.authority.host());
    m_http->send(spec, this, [this, prompt, done](const AzureResponse& r) {
        if (!r.ok()) {
            done(Error{ErrorKind::Unauthorized, r.error->message, {}});
            return;
        }
        const QJsonObject o = r.json();
        DeviceCodePrompt p;
        p.userCode = o.value(QLatin1String("user_code")).toString();
        p.verificationUri = o.value(QLatin1String("verification_uri")).toString();
        p.message = o.value(QLatin1String("message")).toString();
        p.expiresInSeconds = o.value(QLatin1String("expires_in")).toVariant().toInt();
        const QString deviceCode = o.value(QLatin1String("device_code")).toString();
        const int interval = qMax(1, o.value(QLatin1String("interval")).toVariant().toInt());
        if (deviceCode.isEmpty() || p.userCode.isEmpty() || p.verificationUri.isEmpty()) {
            done(Error{ErrorKind::Unauthorized,
                       Tr::tr("The device code answer lacks device_code, user_code or verification_uri."),
                       {}});
            return;
        }
        prompt(p);
        pollDeviceCode(deviceCode, interval,
                       QDateTime::currentDateTimeUtc().addSecs(qMax(60, p.expiresInSeconds)), done);
    });
}

void AzureCredential::cancelDeviceCode() {
    m_deviceCodeCanceled = true;
}

void AzureCredential::pollDeviceCode(const QString& deviceCode, int intervalSeconds, QDateTime deadline,
                                     std::function<void(const Status&)> done) {
    QTimer::singleShot(intervalSeconds * 1000, this, [=, this] {
        if (m_deviceCodeCanceled) {
            done(Error{ErrorKind::Canceled, Tr::tr("Sign-in canceled."), {}});
            return;
        }
        if (QDateTime::currentDateTimeUtc() > deadline) {
            done(Error{ErrorKind::Unauthorized,
                       Tr::tr("The code expired before sign-in finished: run `yard login azure` again."),
                       {}});
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"),
                           QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        query.addQueryItem(QStringLiteral("client_id"), m_cloud.clientId);
        query.addQueryItem(QStringLiteral("device_code"),
                           QString::fromLatin1(QUrl::toPercentEncoding(deviceCode)));
        AzureRequest::Spec spec;
        spec.method = "POST";
        spec.url = m_cloud.tokenUrl();
        spec.body = query.toString(QUrl::FullyEncoded).toUtf8();
        spec.contentType = "application/x-www-form-urlencoded";
        spec.bearer = false;
        spec.what = Tr::tr("Device code sign-in");
        // 400 authorization_pending is the normal answer while the user has not finished.
        m_http->send(spec, this, [=, this](const AzureResponse& r) {
            if (r.ok()) {
                auto t = parseTokenResponse(r.json());
                if (!t) {
                    done(t.error());
                    return;
                }
                store(t.value(), QStringLiteral("device code"));
                done(Status());
                return;
            }
            const QString code =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString();
            if (code == QLatin1String("authorization_pending")) {
                pollDeviceCode(deviceCode, intervalSeconds, deadline, done);
                return;
            }
            if (code == QLatin1String("slow_down")) {
                pollDeviceCode(deviceCode, intervalSeconds + 5, deadline, done);
                return;
            }
            // authorization_declined, expired_token, bad_verification_code: stop (docs/architecture.md
            // "Tokens").
            QString message = r.error->message;
            if (code == QLatin1String("authorization_declined"))
                message = Tr::tr("Sign-in was declined.");
            else if (code == QLatin1String("expired_token"))
                message = Tr::tr("The code expired before sign-in finished: run `yard login azure` again.");
            done(Error{ErrorKind::Unauthorized, message, {}});
        });
    });
}

void AzureCredential::loginServicePrincipal(const QByteArray& secret,
                                            std::function<void(const Status&)> done) {
    if (m_cloud.servicePrincipalId.isEmpty()) {
        done(Error::usage(Tr::tr("No service_principal_id in config.json: add it (and tenant_id) first."),
                          QStringLiteral("service_principal_id")));
        return;
    }
    const QString key = SecretKeys::azureClientSecret(m_cloud.secretScope(), m_cloud.servicePrincipalId);
    SecretStore::instance().write(key, secret).then(this, [this, done](const Status&) {
        m_token = {};
        m_cacheRead = true; // sign in with the secret, not with an older cached refresh token
        token(true, [done](const Result<QString>& t) { done(t ? Status() : Status(t.error())); });
    });
}

void AzureCredential::signOut(std::function<void()> done) {
    m_token = {};
    sessionTokens().remove(SecretKeys::azureToken(m_cloud.secretScope()));
    SecretStore::instance()
        .remove(SecretKeys::azureToken(m_cloud.secretScope()))
        .then(this, [done](const Status&) { done(); });
}

} // namespace trainyard::azureml
