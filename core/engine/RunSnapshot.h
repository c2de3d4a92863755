#pragma once

#include "core/model/Run.h"
#include "core/util/FileTree.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trainyard {

// A run's snapshot: the copy of its source folder taken at submit, so that editing the folder
// afterwards never changes a run. Every engine takes it through this, the one owner of
//   - the folders left out (skippedFolders(): .git, __pycache__, .venv, ...),
//   - the source checks (checkSource(): the folder exists, the entry script is inside it),
//   - run ids (newRunId()),
//   - the size limit (kMaxBytes: a larger snapshot is refused with a message saying what to do).
// Local and Slurm copy the snapshot into the run's folder with copy(); Azure ML uploads the
// files that files() lists. Everything here touches the disk: call it off the GUI thread.
struct RunSnapshot {
    // Azure ML's own limit for a code snapshot; a bigger source folder almost always holds data
    // that belongs on a datastore.
    static constexpr qint64 kMaxBytes = 300LL * 1024 * 1024;

    // Folder names left out wherever they occur below the source folder.
    static const QStringList& skippedFolders();

    // `config.sourceDirectory` as an absolute path once it is a folder (and not a workspace) and
    // `config.entryScript` (when given) is a file inside it, links resolved (PathConfinement);
    // else an error naming the field.
    static Result<QString> checkSource(const RunConfig& config);

    // <experiment>_<unix seconds>_<8 hex digits>, Azure ML's form; characters an Azure ML job
    // name refuses ('.') become '_', so one id is valid for every engine, as a file name and in
    // a URL.
    static QString newRunId(const QString& experiment);

    // A run id given by someone (a command line, a file) before it names a folder: only what
    // newRunId() can make, so "../x" never reaches a path.
    static Status checkRunId(const QString& runId);

    // The files of the snapshot of `sourceDir` (relative paths, sorted), or an error when the
    // folder is missing, holds a symbolic link that leads out of it, or the files add up to more
    // than `maxBytes`. A Trainyard workspace inside the folder is left out.
    static Result<QList<TreeEntry>> files(const QString& sourceDir, qint64 maxBytes = kMaxBytes);

    // Copies the snapshot of `sourceDir` to `destination` (created; existing files replaced),
    // leaving out the folder that holds `destination` when it is inside `sourceDir`.
    // Nothing is copied when files() refuses the folder.
    static Status copy(const QString& sourceDir, const QString& destination, qint64 maxBytes = kMaxBytes);
};

} // namespace trainyard
