#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace trainyard {

// Writes `bytes` to `path` so that the file is either the old one or the whole new one, and is
// on the disk when this returns: a temporary file beside it, every write checked, fsync, then
// rename and an fsync of the folder. A failure (a full disk: "No space left on device") removes
// the temporary file and comes back with the system's own words, so they reach the user.
// New files get `permissions` (owner-only by default: these files may hold run settings).
Status writeFileDurably(const QString& path, const QByteArray& bytes, int permissions = 0600);

} // namespace trainyard
