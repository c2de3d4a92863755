#include "core/batchai/ImportSecrets.h"

#include "core/secrets/SecretStore.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <memory>

namespace trainyard::batchai {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportSecrets)
};
} // namespace

QFuture<Status> storeImportSecrets(const QList<ImportSecret>& secrets) {
    Promise<Status> promise;
    // Each write starts when the one before finished; the continuations hold the chain alive.
    auto step = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakStep = step;
    *step = [promise, secrets, weakStep](int i) {
        if (i >= secrets.size()) {
            promise.finish(Status{});
            return;
        }
        auto self = weakStep.lock();
        SecretStore& store = SecretStore::instance();
        store.write(secrets.at(i).key, secrets.at(i).value)
            .then(&store, [promise, secrets, self, i](const Status& written) {
                if (!written) {
                    promise.finish(Error{written.error().kind,
                                         Tr::tr("Cannot keep %1 in the keychain: %2")
                                             .arg(secrets.at(i).field, written.error().message),
                                         secrets.at(i).field});
                    return;
                }
                (*self)(i + 1);
            });
    };
    (*step)(0);
    return promise.future();
}

QString redactSecrets(const QByteArray& bytes, const QList<ImportSecret>& secrets) {
    QString text = QString::fromUtf8(bytes);
    const QString mask = Tr::tr("<kept in the keychain>");
    for (const auto& s : secrets) {
        const QString value = QString::fromUtf8(s.value);
        // As the file wrote it: a JSON string literal, escapes included.
        QString literal = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        literal = literal.mid(1, literal.size() - 2);
        text.replace(literal, u'"' + mask + u'"');
        text.replace(value, mask);
    }
    return text;
}

} // namespace trainyard::batchai
