#include "Cli.h"

#include "core/secrets/SecretStore.h"
#include "core/slurm/SlurmEngine.h"
#include "core/slurm/SlurmMapping.h"

#include <QFile>
#include <QProcess>

#include <cstdio>

namespace yard {

using namespace trainyard;

// Where the token comes from: `scontrol token` (default), a file, or standard input. It is never
// an argument (it would show in `ps` and shell history) and never printed.
static Result<QByteArray> readToken(Cli& cli) {
    if (cli.isSet(QStringLiteral("token-file"))) {
        QFile f(cli.value(QStringLiteral("token-file")));
        if (!f.open(QIODevice::ReadOnly))
            return Error::usage(
                QStringLiteral("Cannot read --token-file %1: %2").arg(f.fileName(), f.errorString()),
                QStringLiteral("token-file"));
        return f.readAll();
    }
    if (cli.isSet(QStringLiteral("stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::io(QStringLiteral("Cannot read standard input."));
        return in.readAll();
    }
    QProcess scontrol;
    scontrol.start(
        QStringLiteral("scontrol"),
        {QStringLiteral("token"), QStringLiteral("lifespan=%1").arg(cli.value(QStringLiteral("lifespan")))});
    if (!scontrol.waitForFinished(30000) || scontrol.exitStatus() != QProcess::NormalExit ||
        scontrol.exitCode() != 0)
        return Error{
            ErrorKind::Unavailable,
            QStringLiteral("`scontrol token` did not give a token (%1). Run yard login slurm on a node of "
                           "the cluster, or pass --token-file / --stdin.")
                .arg(QString::fromLocal8Bit(scontrol.readAllStandardError()).trimmed().isEmpty()
                         ? scontrol.errorString()
                         : QString::fromLocal8Bit(scontrol.readAllStandardError()).trimmed()),
            QStringLiteral("token")};
    return scontrol.readAllStandardOutput();
}

static int login(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("token-file"), QStringLiteral("Read the JWT from this file."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("stdin"), QStringLiteral("Read the JWT from standard input.")});
    p.addOption({QStringLiteral("lifespan"), QStringLiteral("Seconds the token from `scontrol token` lives."),
                 QStringLiteral("seconds"), QStringLiteral("86400")});
    if (!cli.parse(QStringLiteral("Stores the Slurm token (JWT) of a Slurm workspace in the keychain: from "
                                  "`scontrol token`, --token-file or --stdin.")))
        return kUsage;
    if (cli.positional() != QStringList{QStringLiteral("slurm")} && !cli.positional().isEmpty())
        return cli.usage(QStringLiteral("Only `yard login slurm` exists."));
    auto ws = cli.workspace();
    if (!ws)
        return cli.fail(ws.error());
    auto* engine = qobject_cast<slurm::SlurmEngine*>(ws.value()->engine());
    if (!engine)
        return cli.usage(
            QStringLiteral("Workspace '%1' uses the %2 engine; `yard login slurm` is for Slurm "
                           "workspaces (--workspace <folder with a config.json of engine slurm>).")
                .arg(ws.value()->name(), ws.value()->config().engine));
    auto raw = readToken(cli);
    if (!raw)
        return cli.fail(raw.error());
    // `scontrol token` prints SLURM_JWT=<token>; files may hold either form.
    QByteArray token = raw.value().trimmed();
    if (token.startsWith("SLURM_JWT="))
        token = token.mid(10).trimmed();
    if (token.isEmpty() || token.contains('\n') || token.contains(' '))
        return cli.fail(Error::invalid(QStringLiteral("That is not a JWT: expected one line like eyJ... or "
                                                      "SLURM_JWT=eyJ..."),
                                       QStringLiteral("token")));
    // Check it against the server before keeping it.
    engine->client().setToken(token);
    auto check = await(engine->listComputes());
    if (!check)
        return cli.fail(check.error());
    auto& store = SecretStore::instance();
    const Status stored = await(store.write(engine->settings().tokenKey(), token));
    if (!stored)
        return cli.fail(stored.error());
    const auto expiry = slurm::jwtExpiry(token);
    const QString until = expiry ? expiry->toString(Qt::ISODate) : QStringLiteral("unknown");
    if (!store.keychainAvailable()) {
        // The store kept it in memory, which ends with this command.
        return cli.fail(
            Error{ErrorKind::Unavailable,
                  QStringLiteral("The token is valid (until %1) but the keychain is not available (%2), "
                                 "so it cannot be kept after this command. Unlock or start the keychain "
                                 "and log in again, or set SLURM_JWT in your shell's environment.")
                      .arg(until, store.lastKeychainError()),
                  QStringLiteral("token")});
    }
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("user"), engine->settings().user},
                                  {QStringLiteral("url"), engine->settings().url.toString()},
                                  {QStringLiteral("expires_at"), until}});
    else
        cli.print(
            QStringLiteral("Logged in to %1 as %2; the token is valid until %3 and kept in the keychain.")
                .arg(engine->settings().url.toString(), engine->settings().user, until));
    return kOk;
}

static const CommandRegistration registration{
    {QStringLiteral("login slurm"), login,
     QStringLiteral("Store a Slurm workspace's token in the keychain.")},
};

} // namespace yard
