// `yard secret set|delete`: the secrets a run gets as environment variables (--secret-env), kept
// in the keychain under a name of the user's choosing. Values come from standard input only.
#include "Cli.h"

#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"

#include <QRegularExpression>

namespace yard {

static std::optional<QString> secretName(Cli& cli, int& exit) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    if (cli.positional().size() != 1 || !allowed.match(cli.positional().first()).hasMatch()) {
        exit = cli.usage(QStringLiteral("give one secret name: 1 to 128 letters, digits, '_', '-' or '.'."));
        return std::nullopt;
    }
    return cli.positional().first();
}

static int set(Cli& cli) {
    if (!cli.parse(QStringLiteral("Keeps a secret for runs in the keychain; the value is read from "
                                  "standard input. Runs use it with --secret-env NAME=<secret>."),
                   QStringLiteral("<secret>")))
        return kUsage;
    int exit = kOk;
    const auto name = secretName(cli, exit);
    if (!name)
        return exit;
    const QByteArray value = readSecretFromStdin();
    if (value.isEmpty())
        return cli.usage(
            QStringLiteral("give the value on standard input, e.g. `yard secret set %1 < token.txt` "
                           "(never as an argument).")
                .arg(*name));
    trainyard::SecretStore& store = trainyard::SecretStore::instance();
    if (auto s = await(store.write(trainyard::SecretKeys::runSecret(*name), value)); !s)
        return cli.fail(s.error());
    if (!store.keychainAvailable())
        return cli.fail(
            Error::io(QStringLiteral("the keychain is not available (%1), so the secret cannot be "
                                     "kept for runs.")
                          .arg(store.lastKeychainError())));
    return kOk;
}

static int remove(Cli& cli) {
    if (!cli.parse(QStringLiteral("Removes a secret kept for runs."), QStringLiteral("<secret>")))
        return kUsage;
    int exit = kOk;
    const auto name = secretName(cli, exit);
    if (!name)
        return exit;
    if (auto s = await(trainyard::SecretStore::instance().remove(trainyard::SecretKeys::runSecret(*name)));
        !s)
        return cli.fail(s.error());
    return kOk;
}

static const CommandRegistration registration{
    {QStringLiteral("secret set"), set, QStringLiteral("Keep a secret for runs (value on standard input).")},
    {QStringLiteral("secret delete"), remove, QStringLiteral("Remove a secret kept for runs.")},
};

} // namespace yard
