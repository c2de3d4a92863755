#include "EntraServer.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace trainyard::test {

namespace {

LoopbackHttpServer::Reply json(int status, const QJsonObject& o) {
    LoopbackHttpServer::Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return reply;
}

LoopbackHttpServer::Reply error(const QString& code, const QString& description, int status = 400) {
    return json(status,
                {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}});
}

} // namespace

EntraServer::EntraServer()
    : secret(QStringLiteral("s3cret-value-%1").arg(QUuid::createUuid().toString(QUuid::Id128))) {}

QJsonObject EntraServer::token(bool withRefresh) {
    ++issued;
    QJsonObject o{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default")},
                  {QStringLiteral("expires_in"), 3599},
                  {QStringLiteral("access_token"), QStringLiteral("access-%1").arg(issued)}};
    if (withRefresh)
        o.insert(QStringLiteral("refresh_token"), QStringLiteral("refresh-%1").arg(issued));
    return o;
}

LoopbackHttpServer::Reply EntraServer::handle(const LoopbackHttpServer::Request& r) {
    const QUrlQuery form(QString::fromUtf8(r.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (r.url.path().endsWith(QLatin1String("/oauth2/v2.0/devicecode"))) {
        const QString code = QLatin1String(kUserCode);
        return json(
            200, {{QStringLiteral("device_code"), QStringLiteral("dc-1")},
                  {QStringLiteral("user_code"), code},
                  {QStringLiteral("verification_uri"), QStringLiteral("https://microsoft.com/devicelogin")},
                  {QStringLiteral("expires_in"), 900},
                  {QStringLiteral("interval"), 1},
                  {QStringLiteral("message"),
                   QStringLiteral("To sign in, use a web browser to open the page "
                                  "https://microsoft.com/devicelogin and enter the code %1 to authenticate.")
                       .arg(code)}});
    }
    if (!r.url.path().endsWith(QLatin1String("/oauth2/v2.0/token")))
        return error(QStringLiteral("invalid_request"), QStringLiteral("unknown endpoint"), 404);
    grants << grant;
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        ++polls;
        if (pendingPolls-- > 0)
            return error(QStringLiteral("authorization_pending"), QStringLiteral("AADSTS70016: pending"));
        if (!deviceOutcome.isEmpty())
            return error(deviceOutcome, QStringLiteral("AADSTS: %1").arg(deviceOutcome));
        return json(200, token(true));
    }
    if (grant == QLatin1String("client_credentials")) {
        if (form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != secret)
            return error(QStringLiteral("invalid_client"),
                         QStringLiteral("AADSTS7000215: Invalid client secret provided."), 401);
        return json(200, token(false));
    }
    if (grant == QLatin1String("refresh_token"))
        return json(200, token(true));
    return error(QStringLiteral("unsupported_grant_type"), grant);
}

} // namespace trainyard::test
