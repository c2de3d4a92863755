#pragma once

#include "core/util/Result.h"

#include <QFuture>
#include <QMap>
#include <QString>

namespace trainyard {

// Environment variables of a run whose values are secrets (`--secret-env API_KEY=hf-token`): the
// run stores only NAME -> secret name; the values stay in the keychain (SecretStore) until the
// run's process starts, and are handed to it in memory, never written to a file.

// Reads every secret named in `nameToSecret` (NAME -> secret name); the first one missing fails
// with a message that names it and says how to store it.
QFuture<Result<QMap<QString, QString>>> readSecretEnvironment(const QMap<QString, QString>& nameToSecret);

// For engines whose runs cannot read this machine's keychain: an error naming the variables.
Status refuseSecretEnvironment(const QMap<QString, QString>& secretEnvironment, const QString& engine);

// Whether a plain environment variable looks like it carries a secret (API_KEY, HF_TOKEN,
// DB_PASSWORD...), so the user can be told to use a secret instead.
bool looksLikeSecret(const QString& name, const QString& value);

} // namespace trainyard
