#include "core/secrets/SecretStore.h"

#include "core/util/LogCategories.h"
#include "core/util/Promise.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <memory>

namespace trainyard {

static const QString kService = QStringLiteral("trainyard");

SecretStore& SecretStore::instance() {
    static SecretStore* store = [] {
        auto* s = new SecretStore;
        // QtKeychain jobs talk D-Bus from the thread they live in: keep them in the main thread.
        if (QCoreApplication::instance())
            s->moveToThread(QCoreApplication::instance()->thread());
        return s;
    }();
    return *store;
}

SecretStore::SecretStore(QObject* parent)
    : QObject(parent) {}

bool SecretStore::keychainAvailable() const {
    QMutexLocker lock(&m_mutex);
    return m_available;
}

QString SecretStore::lastKeychainError() const {
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void SecretStore::noteKeychainFailure(const QString& error) {
    qCDebug(lcSecrets) << "keychain unavailable:" << error;
    QMutexLocker lock(&m_mutex);
    m_available = false;
    m_lastError = error;
}

namespace {

// Runs one QtKeychain job in the store's thread with a time-out; `done` gets (error, errorString,
// binaryData) exactly once. A job that times out is abandoned (deleted when it ends, if ever).
void runJob(SecretStore* store, QKeychain::Job* job, int timeoutMs,
            std::function<void(QKeychain::Error, QString, QByteArray)> done) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto finished = std::make_shared<bool>(false);
    auto callback = std::make_shared<decltype(done)>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, store, [finished, callback](QKeychain::Job* j) {
        if (*finished)
            return;
        *finished = true;
        QByteArray data;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j))
            data = read->binaryData();
        (*callback)(j->error(), j->errorString(), data);
    });
    QTimer::singleShot(timeoutMs, store, [finished, callback, timeoutMs] {
        if (*finished)
            return;
        *finished = true;
        (*callback)(
            QKeychain::OtherError,
            QStringLiteral("the keychain did not answer within %1 ms (locked, or waiting for a prompt)")
                .arg(timeoutMs),
            {});
    });
    job->start();
}

template <typename T, typename Fn> QFuture<T> inStoreThread(SecretStore* store, Fn fn) {
    Promise<T> promise;
    QMetaObject::invokeMethod(
        store, [promise, fn]() mutable { fn(promise); }, Qt::QueuedConnection);
    return promise.future();
}

} // namespace

QFuture<Status> SecretStore::write(const QString& key, const QByteArray& secret) {
    return inStoreThread<Status>(this, [this, key, secret](Promise<Status> promise) {
        auto* job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setBinaryData(secret);
        runJob(this, job, m_timeoutMs,
               [this, key, secret, promise](QKeychain::Error e, QString why, QByteArray) {
                   {
                       QMutexLocker lock(&m_mutex);
                       if (e == QKeychain::NoError)
                           m_memory.remove(key);
                       else
                           m_memory.insert(key, secret); // kept for this session only
                   }
                   if (e != QKeychain::NoError)
                       noteKeychainFailure(why);
                   promise.finish(Status()); // stored either way; keychainAvailable() says where
               });
    });
}

QFuture<Result<QByteArray>> SecretStore::read(const QString& key) {
    return inStoreThread<Result<QByteArray>>(this, [this, key](Promise<Result<QByteArray>> promise) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_memory.contains(key)) {
                promise.finish(Result<QByteArray>(m_memory.value(key)));
                return;
            }
        }
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        runJob(this, job, m_timeoutMs,
               [this, key, promise](QKeychain::Error e, QString why, QByteArray data) {
                   if (e == QKeychain::NoError) {
                       promise.finish(Result<QByteArray>(data));
                   } else if (e == QKeychain::EntryNotFound) {
                       promise.finish(Error::notFound(QStringLiteral("No secret stored for %1.").arg(key)));
                   } else {
                       noteKeychainFailure(why);
                       promise.finish(Error{ErrorKind::Unavailable,
                                            QStringLiteral("The keychain cannot be used: %1").arg(why),
                                            {}});
                   }
               });
    });
}

QFuture<Status> SecretStore::remove(const QString& key) {
    return inStoreThread<Status>(this, [this, key](Promise<Status> promise) {
        {
            QMutexLocker lock(&m_mutex);
            m_memory.remove(key);
        }
        auto* job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        runJob(this, job, m_timeoutMs, [this, promise](QKeychain::Error e, QString why, QByteArray) {
            if (e != QKeychain::NoError && e != QKeychain::EntryNotFound)
                noteKeychainFailure(why);
            promise.finish(Status());
        });
    });
}

} // namespace trainyard
