#include "core/workspace/WorkspaceConfig.h"

#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceConfig)
};
} // namespace

QString defaultWorkspaceFolder() {
    // GenericDataLocation, not AppDataLocation: the desktop and `yard` must agree whatever
    // application name each sets (~/.local/share/trainyard/... on Linux).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/trainyard/workspaces/default");
}

static Result<WorkspaceConfig> fromFile(const QString& file) {
    auto json = readJsonObjectFile(file);
    if (!json)
        return json.error();
    const QJsonObject& o = json.value();
    WorkspaceConfig config;
    config.raw = o;
    config.configPath = QFileInfo(file).absoluteFilePath();
    const QString dir = QFileInfo(file).absolutePath();
    const bool isLocalWorkspaceFile = QFileInfo(file).fileName() == QLatin1String("workspace.json");
    config.engine = o.value(QStringLiteral("engine"))
                        .toString(isLocalWorkspaceFile ? QStringLiteral("local") : QStringLiteral("azureml"));
    config.name =
        o.value(QStringLiteral("workspace_name")).toString(o.value(QStringLiteral("name")).toString());
    config.subscriptionId = o.value(QStringLiteral("subscription_id")).toString();
    config.resourceGroup = o.value(QStringLiteral("resource_group")).toString();
    if (config.engine == QLatin1String("local")) {
        // A config.json may point at a local workspace folder with "path" (relative to the file).
        const QString path = o.value(QStringLiteral("path")).toString();
        config.folder = isLocalWorkspaceFile || path.isEmpty() ? dir : QDir(dir).absoluteFilePath(path);
        if (!isLocalWorkspaceFile && !path.isEmpty()) {
            auto inner = fromFile(config.folder + QStringLiteral("/workspace.json"));
            if (!inner)
                return inner.error();
            return inner;
        }
    } else {
        config.folder = dir;
    }
    static const QStringList engines{QStringLiteral("local"), QStringLiteral("slurm"),
                                     QStringLiteral("azureml")};
    if (!engines.contains(config.engine))
        return Error::invalid(
            Tr::tr("%1: unknown engine '%2': use local, slurm or azureml.").arg(file, config.engine),
            QStringLiteral("engine"));
    // A format this version does not know may mean files laid out differently: refuse to touch it.
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (isLocalWorkspaceFile && !format.isUndefined() && format != QJsonValue(kWorkspaceFormat))
        return Error::invalid(
            Tr::tr("%1: \"format\" is %2, but this Trainyard reads workspace format %3: "
                   "open it with the Trainyard that wrote it, or update Trainyard.")
                .arg(file, QString::fromUtf8(QJsonDocument(QJsonArray{format}).toJson(QJsonDocument::Compact))
                               .mid(1)
                               .chopped(1))
                .arg(kWorkspaceFormat),
            QStringLiteral("format"));
    return config;
}

QString findWorkspaceConfig(const QString& folder) {
    QDir dir(QFileInfo(folder).absoluteFilePath());
    do {
        for (const char* name : {"workspace.json", ".azureml/config.json", "config.json"}) {
            const QString candidate = dir.filePath(QLatin1String(name));
            if (!QFileInfo(candidate).isFile())
                continue;
            if (QLatin1String(name) != QLatin1String("config.json"))
                return candidate;
            // Many tools write a config.json; only one that names a workspace is ours.
            auto json = readJsonObjectFile(candidate);
            if (json && (json->contains(QStringLiteral("workspace_name")) ||
                         json->contains(QStringLiteral("engine"))))
                return candidate;
        }
    } while (dir.cdUp());
    return {};
}

Result<WorkspaceConfig> loadWorkspaceConfig(const QString& path, bool searchParents) {
    const QFileInfo info(path);
    if (info.isFile())
        return fromFile(info.absoluteFilePath());
    if (!info.isDir())
        return Error::notFound(
            Tr::tr("No workspace at %1: give a workspace folder or a config.json.").arg(path));
    QDir dir(info.absoluteFilePath());
    for (;;) {
        for (const char* name : {"workspace.json", "config.json", ".azureml/config.json"}) {
            const QString candidate = dir.filePath(QLatin1String(name));
            if (QFileInfo(candidate).isFile())
                return fromFile(candidate);
        }
        if (!searchParents || !dir.cdUp())
            break;
    }
    return Error::notFound(Tr::tr("No workspace.json or config.json in %1: create a workspace there with "
                                  "`yard workspace create --path %1`.")
                               .arg(info.absoluteFilePath()));
}

} // namespace trainyard
