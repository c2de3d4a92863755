#pragma once

// A loopback Microsoft Entra ID that answers the device code flow as documented
// (docs/architecture.md "Tokens", v2-oauth2-device-code.md): devicecode gives a code, the
// token endpoint answers authorization_pending `pending` times, then a token or `outcome`.
// The tokens are the test's own values.
#include "tests/integration/azureml/support/LoopbackHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace trainyard::test {

class EntraDeviceCodeServer {
public:
    int pending = 1;
    QString outcome; // "" = issue a token; else an error code such as authorization_declined
    int polls = 0;

    LoopbackHttpServer server{[this](const LoopbackHttpServer::Request& r) { return handle(r); }};

    static LoopbackHttpServer::Reply json(int status, const QJsonObject& o) {
        LoopbackHttpServer::Reply reply;
        reply.status = status;
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return reply;
    }

    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& r) {
        if (r.url.path().endsWith(QLatin1String("/oauth2/v2.0/devicecode")))
            return json(200, {{QStringLiteral("device_code"), QStringLiteral("dc-ui")},
                              {QStringLiteral("user_code"), QStringLiteral("GHK7QW2ZP")},
                              {QStringLiteral("verification_uri"),
                               QStringLiteral("https://microsoft.com/devicelogin")},
                              {QStringLiteral("expires_in"), 900},
                              {QStringLiteral("interval"), 1}});
        if (!r.url.path().endsWith(QLatin1String("/oauth2/v2.0/token")))
            return json(404, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
        ++polls;
        if (pending-- > 0)
            return json(400, {{QStringLiteral("error"), QStringLiteral("authorization_pending")},
                              {QStringLiteral("error_description"), QStringLiteral("AADSTS70016: pending")}});
        if (!outcome.isEmpty())
            return json(400, {{QStringLiteral("error"), outcome},
                              {QStringLiteral("error_description"), QString(QStringLiteral("AADSTS: ") + outcome)}});
        return json(200, {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), 3599},
                          {QStringLiteral("access_token"), QStringLiteral("ui-access-token")},
                          {QStringLiteral("refresh_token"), QStringLiteral("ui-refresh-token")}});
    }
};

} // namespace trainyard::test
