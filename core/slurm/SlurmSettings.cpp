#include "core/slurm/SlurmSettings.h"

#include "core/secrets/SecretKeys.h"
#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmSettings)
};
} // namespace

QString SlurmSettings::tokenKey() const {
    return SecretKeys::slurmToken(url, user);
}

QStringList supportedApiVersions() {
    // 22.05 serves v0.0.36-38; the fields this engine reads are the same in all three.
    return {QStringLiteral("v0.0.38"), QStringLiteral("v0.0.37"), QStringLiteral("v0.0.36")};
}

// "http://host:6820/" and "http://host:6820" are the same server (and the same keychain key).
static QUrl normalizedUrl(const QString& text) {
    QUrl url(text.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

static Status checkUrl(const QUrl& url, const QString& text) {
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return Error::invalid(Tr::tr("url '%1' is not a slurmrestd address: give http(s)://host:port, "
                                     "e.g. http://login1:6820.")
                                  .arg(text),
                              QStringLiteral("url"));
    return {};
}

Result<SlurmSettings> slurmSettingsFromConfig(const WorkspaceConfig& config) {
    const QJsonObject& o = config.raw;
    SlurmSettings s;
    s.raw = o;
    s.name = config.name.isEmpty() ? QStringLiteral("slurm") : config.name;
    const QString url = o.value(QStringLiteral("url")).toString();
    s.url = normalizedUrl(url);
    if (auto st = checkUrl(s.url, url); !st)
        return Error::invalid(config.configPath + QStringLiteral(": ") + st.error().message,
                              QStringLiteral("url"));
    s.user = o.value(QStringLiteral("user")).toString();
    if (s.user.isEmpty())
        return Error::invalid(Tr::tr("%1: \"user\" is missing: the Slurm user name the token belongs to.")
                                  .arg(config.configPath),
                              QStringLiteral("user"));
    s.workDir = o.value(QStringLiteral("work_dir")).toString();
    if (s.workDir.isEmpty() || !QDir::isAbsolutePath(s.workDir))
        return Error::invalid(Tr::tr("%1: \"work_dir\" must be an absolute folder on the filesystem the "
                                     "cluster's nodes share (runs, logs and outputs go there).")
                                  .arg(config.configPath),
                              QStringLiteral("work_dir"));
    s.workDir = QDir::cleanPath(s.workDir);
    s.partition = o.value(QStringLiteral("partition")).toString();
    s.apiVersion = o.value(QStringLiteral("api_version")).toString();
    if (!s.apiVersion.isEmpty() && !supportedApiVersions().contains(s.apiVersion))
        return Error::invalid(
            Tr::tr("%1: api_version '%2' is not one Trainyard speaks: use one of %3, or "
                   "leave it out to detect it.")
                .arg(config.configPath, s.apiVersion, supportedApiVersions().join(QStringLiteral(", "))),
            QStringLiteral("api_version"));
    return s;
}

Status createSlurmWorkspace(const QString& folder, const SlurmSettings& given) {
    SlurmSettings s = given;
    s.url = normalizedUrl(given.url.toString());
    const QString file = QDir(folder).filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(file))
        return Error::conflict(Tr::tr("A workspace already exists in %1.").arg(folder));
    if (auto st = checkUrl(s.url, s.url.toString()); !st)
        return st;
    if (s.user.isEmpty())
        return Error::usage(Tr::tr("--user is required: the Slurm user name."), QStringLiteral("user"));
    if (s.workDir.isEmpty() || !QDir::isAbsolutePath(s.workDir))
        return Error::usage(Tr::tr("--work-dir must be an absolute folder the cluster's nodes share."),
                            QStringLiteral("work_dir"));
    if (!s.apiVersion.isEmpty() && !supportedApiVersions().contains(s.apiVersion))
        return Error::usage(Tr::tr("--api-version '%1' is not supported: use one of %2.")
                                .arg(s.apiVersion, supportedApiVersions().join(QStringLiteral(", "))),
                            QStringLiteral("api_version"));
    if (!QDir().mkpath(folder))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(folder));
    QJsonObject json{{QStringLiteral("engine"), QStringLiteral("slurm")},
                     {QStringLiteral("name"), s.name.isEmpty() ? QFileInfo(folder).fileName() : s.name},
                     {QStringLiteral("url"), s.url.toString(QUrl::StripTrailingSlash)},
                     {QStringLiteral("user"), s.user},
                     {QStringLiteral("work_dir"), QDir::cleanPath(s.workDir)}};
    if (!s.partition.isEmpty())
        json.insert(QStringLiteral("partition"), s.partition);
    if (!s.apiVersion.isEmpty())
        json.insert(QStringLiteral("api_version"), s.apiVersion);
    return writeJsonFileAtomically(file, json);
}

} // namespace trainyard::slurm
