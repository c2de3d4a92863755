#pragma once

#include "core/model/Datastore.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>

#include <atomic>
#include <functional>

namespace trainyard {

struct TreeEntry {
    QString relativePath;
    qint64 size = 0;
    QDateTime modified;
};

// Files below `root` (recursively), sorted by path. `skip` names folders left out (".git").
QList<TreeEntry> listTree(const QString& root, const QStringList& skip = {});

using ProgressCallback = std::function<void(const TransferProgress&)>;

// Copies a file or a folder tree. Each file is written under a temporary name and renamed when
// complete, so a cancel or a crash never leaves a partial file under the final name. Existing
// files are skipped unless `overwrite`. `canceled` is polled between blocks. A symbolic link in
// the tree that leads outside `source`, or a link in `destination` that leads out of it, stops the
// copy with an error (see PathConfinement).
Status copyTree(const QString& source, const QString& destination, bool overwrite,
                const ProgressCallback& progress, const std::atomic_bool* canceled = nullptr,
                const QStringList& skip = {});

// The same for `entries` of `source` as listTree() gives them (a caller that filtered the list).
Status copyEntries(const QString& source, const QList<TreeEntry>& entries, const QString& destination,
                   bool overwrite, const ProgressCallback& progress,
                   const std::atomic_bool* canceled = nullptr);

} // namespace trainyard
