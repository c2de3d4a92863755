#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace trainyard {

// The bytes of one file of a run whose folder is on this machine (local engine; Slurm's shared
// work dir), named as RunFile::path names it ("outputs/images/loss/0.png"). Refuses paths that
// lead outside the run's folder and files over `maxBytes`. Blocking: call it from a worker.
Result<QByteArray> readFileInRunFolder(const QString& runDir, const QString& relativePath,
                                       qint64 maxBytes = 64 * 1024 * 1024);

} // namespace trainyard
