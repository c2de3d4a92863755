#pragma once

#include "core/util/Result.h"

#include <QJsonObject>

namespace trainyard {

// Reads a JSON object from a file; a syntax error names the file, the line and the column.
Result<QJsonObject> readJsonObjectFile(const QString& path);
Result<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& sourceName);

// Writes through a temporary file and a rename, so a crash never leaves a half-written file;
// checked and fsync'd (AtomicFile), new files owner-only.
Status writeJsonFileAtomically(const QString& path, const QJsonObject& object);

} // namespace trainyard
