#pragma once

// A loopback Microsoft Entra ID that answers as the documented OAuth 2.0 flows do
// (docs/architecture.md "Tokens": v2-oauth2-device-code.md and
// v2-oauth2-client-creds-grant-flow.md): the device code flow (authorization_pending
// `pendingPolls` times, then a token or `deviceOutcome`), client credentials with `secret`, and
// refresh. The tokens are the test's own values: access-1, access-2, ... in the order issued.
#include "LoopbackHttpServer.h"

#include <QJsonObject>
#include <QStringList>

namespace trainyard::test {

class EntraServer {
public:
    static constexpr const char* kUserCode = "FQK5HW3UF";

    EntraServer();

    QString secret;        // the service principal's client secret (random per server)
    int pendingPolls = 2;  // device code polls answered authorization_pending first
    QString deviceOutcome; // "" = grant after pendingPolls; else the error code to answer
    int issued = 0;        // tokens issued so far
    int polls = 0;         // device code token polls so far
    QStringList grants;    // grant_type of every token request, in order
    LoopbackHttpServer server{[this](const LoopbackHttpServer::Request& r) { return handle(r); }};

private:
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& r);
    QJsonObject token(bool withRefresh);
};

} // namespace trainyard::test
