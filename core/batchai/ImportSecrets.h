#pragma once

#include "core/batchai/BatchAiImport.h"

#include <QFuture>

namespace trainyard::batchai {

// Writes an import's secrets to the keychain (SecretStore), one after the other, and finishes
// with the first failure (which names the field, never the value). Call from the main thread.
QFuture<Status> storeImportSecrets(const QList<ImportSecret>& secrets);

// The file's text with every secret value replaced, for showing the original next to the
// mapping without showing a password.
QString redactSecrets(const QByteArray& text, const QList<ImportSecret>& secrets);

} // namespace trainyard::batchai
