#pragma once

#include "core/util/Result.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>

namespace trainyard {

// Secrets (tokens, passwords, keys) live only in the OS keychain (QtKeychain: Secret Service,
// Keychain, Credential Manager), never in files, logs or command lines. Keys are namespaced:
// service "trainyard", key "<kind>/<scope>/<name>" (e.g. "slurm/https://host:6820/alice/jwt").
//
// A missing, locked or hanging keychain is common (QtKeychain then reports OtherError, and a
// Secret Service prompt can block forever): every call has its own time-out, and when the
// keychain cannot be used the secret is kept in memory for this session only, which
// keychainAvailable() / lastKeychainError() let the UI say.
class SecretStore : public QObject {
    Q_OBJECT
public:
    static SecretStore& instance();

    QFuture<Status> write(const QString& key, const QByteArray& secret);
    QFuture<Result<QByteArray>> read(const QString& key); // NotFound when there is none
    QFuture<Status> remove(const QString& key);

    bool keychainAvailable() const;
    QString lastKeychainError() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    explicit SecretStore(QObject* parent = nullptr);
    void noteKeychainFailure(const QString& error);

    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_memory; // only when the keychain failed
    bool m_available = true;
    QString m_lastError;
    int m_timeoutMs = 5000;
};

} // namespace trainyard
