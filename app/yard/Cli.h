#pragma once

#include "core/util/Result.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <map>

namespace yard {

using trainyard::Error;
using trainyard::Result;
using trainyard::Status;

// Exit statuses, as `az` uses them.
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

// What every command gets: its own arguments, the shared options (--json, --workspace) and the
// ways to print. One Cli per invocation.
class Cli {
public:
    Cli(QString command, QStringList arguments);

    const QString& command() const { return m_command; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QCommandLineParser& parser() { return m_parser; }

    // Adds the shared options, parses; on a usage error prints it and returns false.
    bool parse(const QString& description, const QString& positionalSyntax = {});
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // --workspace, else $TRAINYARD_WORKSPACE, else the default local workspace (made on first use).
    Result<trainyard::Workspace*> workspace();

    // For commands that act on one named thing (a run id, a cluster name): checks that exactly one
    // positional argument was given and opens the workspace. On failure sets `exitCode`.
    struct Target {
        QString name;
        trainyard::Engine* engine = nullptr;
    };
    std::optional<Target> target(const QString& what, int& exitCode);
    // Opens the workspace's engine; on failure sets `exitCode`.
    trainyard::Engine* engine(int& exitCode);

    // Parses an integer option; on a bad value sets `exitCode` and returns nullopt.
    std::optional<int> intOption(const QString& option, int& exitCode);

    int fail(const Error& error) const;
    int usage(const QString& message) const;
    void printJson(const QJsonValue& value) const;
    void printTable(const QStringList& headers, const QList<QStringList>& rows) const;
    void print(const QString& text) const;

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    trainyard::Workspace* m_workspace = nullptr;
};

// Waits for an engine's future, running the event loop meanwhile (network engines finish their
// futures from it). Only for this command-line program; the desktop never waits.
template <typename T> T await(QFuture<T> future) {
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// One line of standard input, trimmed: how secrets reach `yard` (never as arguments, which `ps`
// and the shell's history see).
QByteArray readSecretFromStdin();

using Command = std::function<int(Cli&)>;
using CommandTable = std::map<QString, std::pair<Command, QString>>; // "compute create" -> (run, summary)

// Every *Commands.cpp adds its commands with a static CommandRegistration, so a new group of
// commands is a new file and nothing else. An empty summary hides a command from --help.
CommandTable& commandTable();
struct CommandRegistration {
    CommandRegistration(std::initializer_list<std::tuple<QString, Command, QString>> commands);
};

} // namespace yard
