#pragma once

#include "core/batchai/BatchAiImport.h"

#include <QFuture>

namespace trainyard::batchai {

// Reads, detects and maps one file in one call (the command line and the dialog), and keeps the
// file's text with its secrets masked for showing next to the mapping. The Async form runs on a
// worker thread, so the desktop never reads a file in its GUI thread.
Result<BatchAiImport> importBatchAiFile(const QString& path, const ImportOptions& options);
QFuture<Result<BatchAiImport>> importBatchAiFileAsync(const QString& path, const ImportOptions& options);

} // namespace trainyard::batchai
