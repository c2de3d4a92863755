#include "Cli.h"

#include "core/workspace/WorkspaceConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace yard {

CommandTable& commandTable() {
    static CommandTable table;
    return table;
}

CommandRegistration::CommandRegistration(
    std::initializer_list<std::tuple<QString, Command, QString>> commands) {
    for (const auto& [name, run, summary] : commands)
        commandTable()[name] = {run, summary};
}

Cli::Cli(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments)) {}

bool Cli::parse(const QString& description, const QString& positionalSyntax) {
    m_parser.setApplicationDescription(description);
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the Azure ML SDK's names).")});
    m_parser.addOption(
        {QStringLiteral("workspace"),
         QStringLiteral("The workspace folder or config.json (default: $TRAINYARD_WORKSPACE, else the "
                        "default local workspace)."),
         QStringLiteral("path")});
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(positionalSyntax, QString());
    QStringList argv{QStringLiteral("yard ") + m_command};
    argv += m_arguments;
    if (!m_parser.parse(argv)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        print(m_parser.helpText());
        std::exit(kOk);
    }
    return true;
}

Result<trainyard::Workspace*> Cli::workspace() {
    if (m_workspace)
        return m_workspace;
    QString path = m_parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = qEnvironmentVariable("TRAINYARD_WORKSPACE");
    if (path.isEmpty())
        path = trainyard::findWorkspaceConfig(QDir::currentPath()); // as Workspace.from_config()
    auto ws =
        path.isEmpty() ? trainyard::Workspace::openDefault(qApp) : trainyard::Workspace::open(path, qApp);
    if (ws)
        m_workspace = ws.value();
    return ws;
}

int Cli::onEngine(const std::function<int(trainyard::Engine*)>& body) {
    auto ws = workspace();
    if (!ws)
        return fail(ws.error());
    return body(ws.value()->engine());
}

int Cli::onTarget(const QString& what, const std::function<int(const Target&)>& body) {
    if (positional().size() != 1)
        return usage(QStringLiteral("give %1").arg(what));
    const QString name = positional().first();
    return onEngine([&](trainyard::Engine* engine) { return body(Target{name, engine}); });
}

std::optional<int> Cli::intOption(const QString& option, int& exitCode) {
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok) {
        exitCode =
            usage(QStringLiteral("--%1 '%2' is not a whole number.").arg(option, m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

int Cli::fail(const Error& error) const {
    const QByteArray text = "yard: error: " + error.message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    const bool badInput =
        error.kind == trainyard::ErrorKind::Usage || error.kind == trainyard::ErrorKind::Invalid;
    return badInput ? kUsage : kFailure;
}

int Cli::usage(const QString& message) const {
    const QByteArray text = "yard " + m_command.toUtf8() + ": " + message.toUtf8() + "\nRun 'yard " +
                            m_command.toUtf8() + " --help' for the options.\n";
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return kUsage;
}

void Cli::printJson(const QJsonValue& value) const {
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    print(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void Cli::printTable(const QStringList& headers, const QList<QStringList>& rows) const {
    QList<int> widths;
    for (const QString& h : headers)
        widths << int(h.size());
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i)
            out += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        return out;
    };
    QString text = line(headers) + u'\n';
    QStringList rule;
    for (int w : widths)
        rule << QString(w, u'-');
    text += line(rule);
    for (const QStringList& row : rows)
        text += u'\n' + line(row);
    print(text);
}

void Cli::print(const QString& text) const {
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray readSecretFromStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readLine().trimmed();
}

} // namespace yard
