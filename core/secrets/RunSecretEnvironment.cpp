#include "core/secrets/RunSecretEnvironment.h"

#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPromise>
#include <QRegularExpression>

#include <memory>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunSecretEnvironment)
};
} // namespace

QFuture<Result<QMap<QString, QString>>> readSecretEnvironment(const QMap<QString, QString>& nameToSecret) {
    using Values = QMap<QString, QString>;
    auto promise = std::make_shared<QPromise<Result<Values>>>();
    QFuture<Result<Values>> future = promise->future();
    promise->start();
    auto values = std::make_shared<Values>();
    const QList<QString> names = nameToSecret.keys();
    // One read after another: the keychain serialises them anyway, and the first failure ends it.
    auto step = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakStep = step;
    *step = [=](int i) {
        if (i >= names.size()) {
            promise->addResult(Result<Values>(*values));
            promise->finish();
            return;
        }
        const QString name = names.at(i), secret = nameToSecret.value(names.at(i));
        auto self = weakStep.lock();
        SecretStore& store = SecretStore::instance();
        store.read(SecretKeys::runSecret(secret)).then(&store, [=](const Result<QByteArray>& read) {
            if (!read) {
                const QString why =
                    read.error().kind == ErrorKind::NotFound
                        ? Tr::tr("there is no secret '%1' in the keychain: store it with "
                                 "`yard secret set %1` (the value is read from standard input).")
                              .arg(secret)
                        : read.error().message;
                promise->addResult(Result<Values>(
                    Error{read.error().kind, Tr::tr("secret environment variable %1: %2").arg(name, why),
                          QStringLiteral("secret_environment")}));
                promise->finish();
                return;
            }
            values->insert(name, QString::fromUtf8(read.value()));
            (*self)(i + 1);
        });
    };
    // Each continuation holds the chain alive until the next read is under way.
    (*step)(0);
    return future;
}

Status refuseSecretEnvironment(const QMap<QString, QString>& secretEnvironment, const QString& engine) {
    if (secretEnvironment.isEmpty())
        return {};
    return Error::invalid(Tr::tr("Secret environment variables (%1) need the local engine: the %2 engine's "
                                 "runs cannot read this machine's keychain.")
                              .arg(secretEnvironment.keys().join(QStringLiteral(", ")), engine),
                          QStringLiteral("secret_environment"));
}

bool looksLikeSecret(const QString& name, const QString& value) {
    static const QRegularExpression secretName(
        QStringLiteral("(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE)"),
        QRegularExpression::CaseInsensitiveOption);
    // A long word of letters and digits, no path, is what keys and tokens look like.
    static const QRegularExpression tokenValue(
        QStringLiteral("^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_\\-+=.]{24,}$"));
    return secretName.match(name).hasMatch() || tokenValue.match(value).hasMatch();
}

} // namespace trainyard
