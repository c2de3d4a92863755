#include "core/local/EnvironmentPreparation.h"

#include "core/engine/EnvironmentBuild.h"
#include "core/engine/EnvironmentStore.h"
#include "core/local/RankFiles.h"
#include "core/local/YardProgram.h"
#include "core/platform/Process.h"
#include "core/util/AtomicFile.h"
#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace trainyard::local {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentPreparation)
};

constexpr int kFailureLines = 20; // of the build log, in the run's error

// PATH with `bin` first, so a command run (not only an entry script) finds the environment's tools.
QMap<QString, QString> pathFirst(const QString& bin) {
    const QString path = qEnvironmentVariable("PATH");
    return {{QStringLiteral("PATH"), path.isEmpty() ? bin : bin + QDir::listSeparator() + path}};
}

Preparation failed(const QString& message) {
    Preparation p;
    p.state = Preparation::Failed;
    p.message = message;
    return p;
}

void appendLine(const QString& file, const QString& line) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile log(file);
    if (log.open(QIODevice::Append))
        log.write(QStringLiteral("[%1] %2\n")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), line)
                      .toUtf8());
}

// A pip or conda environment: from the cache, or built by a detached `yard environment prepare`.
Preparation built(const LocalLayout& layout, const AgentOptions& options, const RunInfo& run,
                  const EnvironmentSpec& spec) {
    const QString dir = environmentCacheDir(layout.environmentCache(), spec);
    const QString state = layout.environmentState(run.id);
    const QString log = layout.environmentLog(run.id);
    const QString resultFile = state + QStringLiteral("/result.json");
    const QString pidFile = state + QStringLiteral("/builder.pid");
    Preparation ready;
    ready.python = prefixPython(dir);
    ready.variables = pathFirst(prefixBin(dir));
    ready.variables.insert(spec.source == EnvironmentSource::PipRequirements ? QStringLiteral("VIRTUAL_ENV")
                                                                             : QStringLiteral("CONDA_PREFIX"),
                           dir);

    if (auto result = readJsonObjectFile(resultFile)) {
        if (result->value(QStringLiteral("ok")).toBool() && isEnvironmentReady(dir))
            return ready;
        return failed(Tr::tr("environment %1 could not be built: %2\n%3")
                          .arg(spec.reference(), result->value(QStringLiteral("error")).toString(),
                               lastLines(log, kFailureLines)));
    }
    const auto pid = rankfiles::readRunnerPid(state); // the same one-number file as a runner's
    if (!pid && isEnvironmentReady(dir)) {
        appendLine(log, Tr::tr("reusing environment %1, built before in %2").arg(spec.reference(), dir));
        QDir().mkpath(state);
        writeJsonFileAtomically(resultFile, {{QStringLiteral("ok"), true}, {QStringLiteral("reused"), true}});
        return ready;
    }
    Preparation building;
    building.state = Preparation::Building;
    building.message = Tr::tr("building environment %1").arg(spec.reference());
    if (pid) {
        if (rankfiles::processAlive(*pid) || QFileInfo::exists(resultFile))
            return building;
        return failed(Tr::tr("the build of environment %1 ended without a result\n%2")
                          .arg(spec.reference(), lastLines(log, kFailureLines)));
    }
    QDir().mkpath(state);
    QDir().mkpath(QFileInfo(log).absolutePath());
    const QString specFile = state + QStringLiteral("/spec.json");
    writeJsonFileAtomically(specFile, toJson(spec));
    platform::ProcessSpec builder;
    builder.program = yardProgram().toStdString();
    builder.arguments = {"environment", "prepare",
                         "--spec-file", specFile.toStdString(),
                         "--cache",     layout.environmentCache().toStdString(),
                         "--python",    options.python.toStdString(),
                         "--result",    resultFile.toStdString()};
    builder.workingDirectory = state.toStdString();
    builder.outputFile = log.toStdString();
    std::string error;
    const platform::ProcessId started = platform::startDetached(builder, &error);
    if (started <= 0)
        return failed(Tr::tr("cannot start the build of environment %1: %2")
                          .arg(spec.reference(), QString::fromStdString(error)));
    writeFileDurably(rankfiles::pidFile(state), QByteArray::number(started) + '\n');
    return building;
}
} // namespace

QString localContainerRuntime() {
    for (const QString& name : {QStringLiteral("podman"), QStringLiteral("docker")}) {
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    }
    return {};
}

Preparation prepareEnvironment(const LocalLayout& layout, const AgentOptions& options, const RunInfo& run) {
    Preparation plain;
    plain.python = options.python;
    if (run.config.environment.isEmpty())
        return plain;
    auto spec = EnvironmentStore(layout.environmentsRoot()).get(run.config.environment);
    if (!spec)
        return failed(spec.error().message);
    switch (spec->source) {
    case EnvironmentSource::Python:
        plain.python = spec->location;
        plain.variables = pathFirst(QFileInfo(spec->location).absolutePath());
        return plain;
    case EnvironmentSource::Prefix:
        plain.python = prefixPython(spec->location);
        plain.variables = pathFirst(prefixBin(spec->location));
        return plain;
    case EnvironmentSource::Image:
        plain.containerRuntime = localContainerRuntime();
        if (plain.containerRuntime.isEmpty())
            return failed(Tr::tr("environment %1 runs in the image %2, which needs podman or docker on this "
                                 "machine; neither is installed.")
                              .arg(spec->reference(), spec->location));
        plain.image = spec->location;
        plain.python = QStringLiteral("python");
        return plain;
    case EnvironmentSource::CondaFile:
    case EnvironmentSource::PipRequirements:
        return built(layout, options, run, spec.value());
    }
    return plain;
}

} // namespace trainyard::local
