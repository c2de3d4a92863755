#pragma once

#include "core/util/Result.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace trainyard::slurm {

// A Slurm workspace's config.json:
//   {"engine": "slurm", "name": ..., "url": "http://host:6820", "user": "alice",
//    "work_dir": "/shared/alice/trainyard", "partition": "gpu", "api_version": "v0.0.38"}
// `api_version` is optional (detected from the server); `partition` is the default compute.
// The JWT is not here: it lives in the keychain under tokenKey().
struct SlurmSettings {
    QString name;
    QUrl url;
    QString user;
    QString workDir;
    QString partition;
    QString apiVersion; // empty: detect
    QJsonObject raw;    // every key of config.json (settings every engine shares, e.g. sampling)

    QString tokenKey() const; // SecretKeys::slurmToken(url, user)
    QString runsDir() const { return workDir + QStringLiteral("/runs"); }
    QString runDir(const QString& runId) const { return runsDir() + u'/' + runId; }
    QString pythonLib() const { return workDir + QStringLiteral("/lib/python"); }
    QString datastoreDir() const { return workDir + QStringLiteral("/datastores/workspaceblobstore"); }
};

// Reads and checks the settings; the errors name the key and what it must hold.
Result<SlurmSettings> slurmSettingsFromConfig(const WorkspaceConfig& config);

// The OpenAPI versions of slurmrestd this engine speaks, newest first.
QStringList supportedApiVersions();

// Writes a new Slurm workspace's config.json in `folder` (fails if one exists).
Status createSlurmWorkspace(const QString& folder, const SlurmSettings& settings);

} // namespace trainyard::slurm
