#include "core/azureml/AzureCloud.h"

#include "core/secrets/SecretKeys.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureCloud)
};
} // namespace

bool isLoopback(const QUrl& url) {
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status checkEndpoint(const QUrl& url, const QString& field) {
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(Tr::tr("%1 '%2' is not a URL: give https://host[:port].")
                                  .arg(field, url.toString(QUrl::RemoveUserInfo)),
                              field);
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url))
        return {};
    return Error::invalid(Tr::tr("%1 '%2' is refused: only https is allowed (plain http only for "
                                 "localhost/127.0.0.1, where nothing leaves the machine).")
                              .arg(field, url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                          field);
}

static QString trimSlash(QString s) {
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QUrl AzureCloud::tokenUrl() const {
    return QUrl(trimSlash(authority.toString()) + u'/' + tenant + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl AzureCloud::deviceCodeUrl() const {
    return QUrl(trimSlash(authority.toString()) + u'/' + tenant + QStringLiteral("/oauth2/v2.0/devicecode"));
}

QString AzureCloud::secretScope() const {
    return SecretKeys::azureScope(authority, tenant, account);
}

Result<AzureCloud> AzureCloud::fromConfig(const QJsonObject& raw) {
    AzureCloud cloud;
    auto text = [&](const char* key) { return raw.value(QLatin1String(key)).toString().trimmed(); };
    if (const QString v = text("arm_endpoint"); !v.isEmpty())
        cloud.armEndpoint = QUrl(trimSlash(v));
    if (const QString v = text("authority"); !v.isEmpty())
        cloud.authority = QUrl(trimSlash(v));
    if (const QString v = text("tenant_id"); !v.isEmpty())
        cloud.tenant = v;
    if (const QString v = text("client_id"); !v.isEmpty())
        cloud.clientId = v;
    if (const QString v = text("service_principal_id"); !v.isEmpty())
        cloud.servicePrincipalId = v;
    if (const QString v = text("account"); !v.isEmpty())
        cloud.account = v;
    if (raw.contains(QLatin1String("poll_interval_seconds"))) {
        const double s = raw.value(QLatin1String("poll_interval_seconds")).toDouble(-1);
        if (s < 0 || s > 600)
            return Error::invalid(Tr::tr("poll_interval_seconds must be a number from 0 to 600."),
                                  QStringLiteral("poll_interval_seconds"));
        cloud.pollIntervalSeconds = s;
    }
    cloud.scope = text("scope");
    if (cloud.scope.isEmpty())
        cloud.scope = trimSlash(cloud.armEndpoint.toString()) + QStringLiteral("/.default");
    if (auto s = checkEndpoint(cloud.armEndpoint, QStringLiteral("arm_endpoint")); !s)
        return s.error();
    if (auto s = checkEndpoint(cloud.authority, QStringLiteral("authority")); !s)
        return s.error();
    if (!cloud.servicePrincipalId.isEmpty() && cloud.tenant == QLatin1String("organizations"))
        return Error::invalid(Tr::tr("service_principal_id needs tenant_id: a service principal signs in "
                                     "to its own tenant, not to 'organizations'."),
                              QStringLiteral("tenant_id"));
    return cloud;
}

} // namespace trainyard::azureml
