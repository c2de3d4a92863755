#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QUrl>

namespace trainyard::azureml {

// Where a workspace's Azure lives: Resource Manager, Entra ID and the token scope. Public Azure
// by default; sovereign clouds (and the tests' loopback servers) set them in config.json:
// "arm_endpoint", "authority", "tenant_id", "scope", "client_id".
struct AzureCloud {
    QUrl armEndpoint = QUrl(QStringLiteral("https://management.azure.com"));
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString tenant = QStringLiteral("organizations");
    QString scope; // default: <arm_endpoint>/.default (docs/architecture.md "Tokens")
    // The Azure CLI's public client id (docs/architecture.md "Tokens"), used for the device
    // code flow when config.json names no app registration of its own.
    QString clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    QString servicePrincipalId;                  // "service_principal_id": sign in with client credentials
    QString account = QStringLiteral("default"); // several accounts: "account" names the token cache
    double pollIntervalSeconds = 10;             // LRO polls without Retry-After ("poll_interval_seconds")

    QUrl tokenUrl() const;       // {authority}/{tenant}/oauth2/v2.0/token
    QUrl deviceCodeUrl() const;  // {authority}/{tenant}/oauth2/v2.0/devicecode
    QString secretScope() const; // SecretKeys::azureScope() of this sign-in

    static Result<AzureCloud> fromConfig(const QJsonObject& raw);
};

// Plain http would send a bearer token or an account key in clear text: only loopback may use it
// (the tests' servers, Azurite). Says which key was wrong.
Status checkEndpoint(const QUrl& url, const QString& field);
bool isLoopback(const QUrl& url);

} // namespace trainyard::azureml
