#include "Cli.h"

#include "core/engine/EnvironmentBuild.h"
#include "core/engine/EnvironmentStore.h"
#include "core/model/Environment.h"
#include "core/util/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace yard {

using namespace trainyard;

// The options that name where an environment comes from, and the source each stands for.
static const QList<std::pair<QString, EnvironmentSource>> kSourceOptions{
    {QStringLiteral("python"), EnvironmentSource::Python},
    {QStringLiteral("prefix"), EnvironmentSource::Prefix},
    {QStringLiteral("conda-file"), EnvironmentSource::CondaFile},
    {QStringLiteral("pip-requirements"), EnvironmentSource::PipRequirements},
    {QStringLiteral("image"), EnvironmentSource::Image}};

static QString whatItIs(const EnvironmentSpec& e) {
    if (!e.needsBuild())
        return e.location;
    const QStringList lines = e.content.split(u'\n', Qt::SkipEmptyParts);
    return QStringLiteral("%1 line(s), %2").arg(lines.size()).arg(environmentHash(e));
}

static QStringList environmentRow(const EnvironmentSpec& e) {
    return {e.name, e.version, toString(e.source), whatItIs(e), e.description};
}

static const QStringList kEnvironmentHeaders{
    QStringLiteral("Name"), QStringLiteral("Version"), QStringLiteral("Source"),
    QStringLiteral("Interpreter, image or spec"), QStringLiteral("Description")};

static void printEnvironment(const Cli& cli, const EnvironmentSpec& e) {
    if (cli.json())
        cli.printJson(toJson(e));
    else
        cli.printTable(kEnvironmentHeaders, {environmentRow(e)});
}

static int create(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("name"), QStringLiteral("Letters, digits, '-', '_', '.'."), QStringLiteral("name")});
    p.addOption({QStringLiteral("version"), QStringLiteral("Default: the next whole number."),
                 QStringLiteral("version")});
    p.addOption(
        {QStringLiteral("python"), QStringLiteral("An interpreter, used as it is."), QStringLiteral("path")});
    p.addOption({QStringLiteral("prefix"), QStringLiteral("An existing venv or conda prefix."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("conda-file"),
                 QStringLiteral("A conda environment.yml, built once per content."), QStringLiteral("file")});
    p.addOption({QStringLiteral("pip-requirements"),
                 QStringLiteral("A requirements.txt, built once per content into a venv."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("image"),
                 QStringLiteral("A container image (podman/docker, apptainer on Slurm)."),
                 QStringLiteral("image")});
    p.addOption({QStringLiteral("description"), QStringLiteral("Free text."), QStringLiteral("text")});
    if (!cli.parse(QStringLiteral("Registers an environment (Environment(...).register(ws)).")))
        return kUsage;
    EnvironmentSpec spec;
    spec.name = cli.value(QStringLiteral("name"));
    spec.version = cli.value(QStringLiteral("version"));
    spec.description = cli.value(QStringLiteral("description"));
    if (spec.name.isEmpty())
        return cli.usage(QStringLiteral("--name is required."));
    QStringList given;
    for (const auto& [option, source] : kSourceOptions) {
        if (!cli.isSet(option))
            continue;
        given << u"--" + option;
        spec.source = source;
        spec.location = cli.value(option);
    }
    if (given.size() != 1)
        return cli.usage(
            QStringLiteral("give exactly one of --python, --prefix, --conda-file, --pip-requirements "
                           "and --image%1.")
                .arg(given.isEmpty() ? QString() : QStringLiteral(" (given: %1)").arg(given.join(u' '))));
    if (spec.source == EnvironmentSource::Python || spec.source == EnvironmentSource::Prefix)
        spec.location = QFileInfo(spec.location).absoluteFilePath();
    // Read here, so every engine gets the file's content (Azure ML keeps conda files as text).
    if (auto s = readEnvironmentFile(spec); !s)
        return cli.fail(s.error());
    if (auto s = validateEnvironmentSpec(spec); !s)
        return cli.fail(s.error());
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->createEnvironment(spec),
                          [&](const EnvironmentSpec& e) { printEnvironment(cli, e); });
    });
}

static int list(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists the environments, every version.")))
        return kUsage;
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->listEnvironments(), [&](const QList<EnvironmentSpec>& all) {
            cli.printList(all, kEnvironmentHeaders, environmentRow);
        });
    });
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows an environment (the latest version unless NAME:VERSION)."),
                   QStringLiteral("name[:version]")))
        return kUsage;
    if (cli.positional().size() == 1) {
        if (auto ref = parseEnvironmentReference(cli.positional().first()); !ref)
            return cli.usage(ref.error().message);
    }
    return cli.onTarget(QStringLiteral("the environment's NAME or NAME:VERSION"),
                        [&](const Cli::Target& target) {
                            return cli.finish(target.engine->getEnvironment(target.name),
                                              [&](const EnvironmentSpec& e) { printEnvironment(cli, e); });
                        });
}

// `yard environment prepare`: started by the local agent, detached, to build a run's pip or conda
// environment into the cache; its standard output is the run's build log. The result file says
// how it ended, for the agent.
static int prepare(Cli& cli) {
    auto& p = cli.parser();
    for (const char* option : {"spec-file", "cache", "python", "result"})
        p.addOption({QLatin1String(option), QString(), QStringLiteral("value")});
    if (!cli.parse(QStringLiteral("Builds an environment into the cache (the agent starts this).")))
        return kUsage;
    auto json = readJsonObjectFile(cli.value(QStringLiteral("spec-file")));
    if (!json)
        return cli.fail(json.error());
    // Descriptor 1, not stdio's buffered stdout: every line is in the log before the result file
    // tells the agent to read it.
    QFile log;
    log.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const Status built =
        buildEnvironment(environmentSpecFromJson(json.value()), cli.value(QStringLiteral("cache")),
                         cli.value(QStringLiteral("python")), log);
    log.flush();
    QJsonObject result{{QStringLiteral("ok"), bool(built)}};
    if (!built)
        result.insert(QStringLiteral("error"), built.error().message);
    if (auto s = writeJsonFileAtomically(cli.value(QStringLiteral("result")), result); !s)
        return cli.fail(s.error());
    return built ? kOk : kFailure;
}

static const CommandRegistration registration{
    {QStringLiteral("environment create"), create,
     QStringLiteral("Register an environment (a new version).")},
    {QStringLiteral("environment list"), list, QStringLiteral("List the environments.")},
    {QStringLiteral("environment show"), show, QStringLiteral("Show an environment.")},
    {QStringLiteral("environment prepare"), prepare, QString()},
};

} // namespace yard
