#pragma once

#include "core/model/Environment.h"

#include <QList>
#include <QString>

namespace trainyard {

// Environments kept as files, for engines whose workspace is a folder (local, Slurm):
//   <root>/<name>/<version>.json
// A version is written once and never changed (Azure ML's versions are immutable too).
class EnvironmentStore {
public:
    explicit EnvironmentStore(QString root);

    // Reads the pip or conda file of `spec` when its content is still empty (the CLI passes a path
    // in `location`), picks the next version when none is given, refuses an existing version.
    Result<EnvironmentSpec> create(EnvironmentSpec spec) const;
    // "name" is the latest version (the highest number, else the newest).
    Result<EnvironmentSpec> get(const EnvironmentReference& ref) const;
    Result<EnvironmentSpec> get(const QString& reference) const;
    // Every version of every environment, by name and then version.
    QList<EnvironmentSpec> list() const;

private:
    QList<EnvironmentSpec> versions(const QString& name) const;
    QString m_root;
};

// Reads the file a pip or conda environment is made from into spec.content (from spec.location),
// and remembers its folder; other sources are left alone. A missing or unreadable file is refused.
Status readEnvironmentFile(EnvironmentSpec& spec);

} // namespace trainyard
