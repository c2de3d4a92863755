#pragma once

#include "core/util/Await.h"
#include "core/util/Result.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <map>

namespace yard {

using trainyard::await;
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

    // The rest of a command once its arguments are parsed and checked: opens the workspace's
    // engine (on failure prints why and returns the exit status) and runs `body` with it.
    int onEngine(const std::function<int(trainyard::Engine*)>& body);
    // The same for commands that act on one named thing (a run id, a cluster name): exactly one
    // positional argument, else a usage error asking for `what`.
    struct Target {
        QString name;
        trainyard::Engine* engine = nullptr;
    };
    int onTarget(const QString& what, const std::function<int(const Target&)>& body);

    // Waits for an engine call: its error fails the command; its value goes to `show`. Returns
    // the exit status.
    template <typename T, typename Show> int finish(QFuture<Result<T>> call, Show&& show) const {
        const Result<T> result = await(call);
        if (!result)
            return fail(result.error());
        show(result.value());
        return kOk;
    }
    template <typename Show> int finish(QFuture<Status> call, Show&& show) const {
        if (const Status status = await(call); !status)
            return fail(status.error());
        show();
        return kOk;
    }

    // Parses an integer option; on a bad value sets `exitCode` and returns nullopt.
    std::optional<int> intOption(const QString& option, int& exitCode);

    int fail(const Error& error) const;
    int usage(const QString& message) const;
    void printJson(const QJsonValue& value) const;
    void printTable(const QStringList& headers, const QList<QStringList>& rows) const;
    // `items` as a JSON array (toJson of each, the Azure ML SDK's names) with --json, else as a
    // table with one `row(item)` per item.
    template <typename T, typename Row>
    void printList(const QList<T>& items, const QStringList& headers, Row&& row) const {
        if (json()) {
            QJsonArray array;
            for (const T& item : items)
                array.append(toJson(item));
            printJson(array);
            return;
        }
        QList<QStringList> rows;
        for (const T& item : items)
            rows << row(item);
        printTable(headers, rows);
    }
    void print(const QString& text) const;

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    trainyard::Workspace* m_workspace = nullptr;
};

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
