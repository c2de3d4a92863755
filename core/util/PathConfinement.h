#pragma once

#include "core/util/Result.h"

#include <QString>

namespace trainyard {

// The one check that a path given by someone else (a datastore path in run arguments, a
// --target-path, an entry script, a Slurm work dir) stays below the folder it belongs to.
//
// Two layers, both needed: the text is refused when it is absolute or has a ".." component
// ("..hidden" is a name, not a step up), and what exists of the path is then resolved with every
// symbolic link followed and must still be below the resolved root, so a link planted inside the
// folder cannot lead out of it.

// `relative` below `root` ("" and "." are the root itself); the error names `field` and says
// what is allowed. The returned path is `root`/`relative` as written (not resolved), so callers
// show the user the names they gave.
Result<QString> confinedPath(const QString& root, const QString& relative, const QString& field);

// Whether `path`, with symbolic links resolved as far as it exists, is `root` or below it.
// A path that does not exist yet is judged by its deepest existing ancestor plus the rest.
bool staysInside(const QString& root, const QString& path);

// `path` with every symbolic link of its existing part resolved and the rest appended as written
// (QFileInfo::canonicalFilePath() gives "" for a path that does not exist yet).
QString resolvedPath(const QString& path);

} // namespace trainyard
