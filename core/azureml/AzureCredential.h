#pragma once

#include "core/azureml/AzureCloud.h"
#include "core/azureml/AzureRequest.h"
#include "core/engine/SignIn.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace trainyard::azureml {

class AzureHttpClient;

using trainyard::DeviceCodePrompt; // what `yard login azure` and the sign-in dialog show

// Bearer tokens for ARM (Microsoft Entra ID v2, docs/architecture.md "Tokens"), tried in
// this order: $TRAINYARD_AZURE_ACCESS_TOKEN (automation; cannot be refreshed), the token cached in
// the keychain (refreshed with its refresh token), a service principal's client credentials (the
// secret in the keychain), the Azure CLI (`az account get-access-token`) when `az` is installed.
// The device code flow is started explicitly (`yard login azure`). Tokens and secrets go to the
// keychain (SecretStore) only; when it is locked or missing they stay in memory for the session
// and storageNote() says so. No token or secret is ever part of an error message.
class AzureCredential : public SignIn {
    Q_OBJECT
public:
    AzureCredential(AzureCloud cloud, AzureHttpClient* http, QObject* parent = nullptr);

    void token(bool forceRefresh, TokenCallback done);
    TokenSource source();

    // Device code flow: POST devicecode, show the code, poll the token endpoint every `interval`
    // while `authorization_pending` (slower on `slow_down`), stop on the other errors.
    void startDeviceCode(std::function<void(const DeviceCodePrompt&)> prompt,
                         std::function<void(const Status&)> done) override;
    void cancelDeviceCode() override;
    // Stores a service principal's secret in the keychain and signs in with it once.
    void loginServicePrincipal(const QByteArray& secret, std::function<void(const Status&)> done);
    void signOut(std::function<void()> done);

    // The keychain write of the last token; `yard login azure` waits for it before exiting.
    QFuture<Status> pendingWrite() const { return m_write; }
    QString storageNote() const;                // empty, or "kept in memory for this session: <why>"
    QString origin() const { return m_source; } // where the current token came from (no secret)
    const AzureCloud& cloud() const { return m_cloud; }

private:
    struct Token {
        QString access;
        QString refresh;
        QDateTime expiresAt;
        bool valid() const {
            return !access.isEmpty() && expiresAt > QDateTime::currentDateTimeUtc().addSecs(120);
        }
    };

    void fetch(bool forceRefresh);
    void deliver(const Result<QString>& result);
    void afterCacheRead(bool forceRefresh);
    void tryRefreshToken(bool forceRefresh);
    void tryServicePrincipal(bool forceRefresh);
    void tryAzureCli();
    void tokenRequest(const QList<QPair<QString, QString>>& form, const QString& source,
                      std::function<void(const Result<Token>&)> done);
    void store(const Token& token, const QString& source);
    void pollDeviceCode(const QString& deviceCode, int intervalSeconds, QDateTime deadline,
                        std::function<void(const Status&)> done);
    static Result<Token> parseTokenResponse(const QJsonObject& body);

    AzureCloud m_cloud;
    AzureHttpClient* m_http;
    Token m_token;
    QString m_source;
    bool m_cacheRead = false;
    bool m_fetching = false;
    QList<TokenCallback> m_waiting;
    bool m_deviceCodeCanceled = false;
    QFuture<Status> m_write;
};

} // namespace trainyard::azureml
