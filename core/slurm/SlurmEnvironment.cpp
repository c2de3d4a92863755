#include "core/slurm/SlurmEnvironment.h"

#include "core/engine/EnvironmentBuild.h"
#include "core/util/AtomicFile.h"
#include "core/util/ShellQuote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmEngine)
};

constexpr int kFailureLines = 20;

// The shell of one build: venv + pip, or mamba/conda; the marker only after success.
QString buildCommands(const EnvironmentSpec& spec, const QString& specFile) {
    const QString from = shellQuote(spec.sourceDir.isEmpty() ? QDir::tempPath() : spec.sourceDir);
    if (spec.source == EnvironmentSource::PipRequirements)
        return QStringLiteral("python3 -m venv --system-site-packages \"$env_dir\" && "
                              "cp %1 \"$env_dir/requirements.txt\" && "
                              "(cd %2 && \"$env_dir/bin/python\" -m pip install --disable-pip-version-check "
                              "-r \"$env_dir/requirements.txt\")")
            .arg(shellQuote(specFile), from);
    return QStringLiteral(
               "conda=$(command -v mamba || command -v conda) || "
               "{ echo 'a conda file needs mamba or conda on the node; neither is on the PATH'; false; } && "
               "(cd %2 && \"$conda\" env create --yes -p \"$env_dir\" -f %1)")
        .arg(shellQuote(specFile), from);
}
} // namespace

QString slurmEnvironmentsRoot(const SlurmSettings& settings) {
    return settings.workDir + QStringLiteral("/environments");
}

Result<SlurmEnvironment> prepareSlurmEnvironment(const SlurmSettings& settings, const QString& runDir,
                                                 const EnvironmentSpec& spec) {
    SlurmEnvironment env;
    switch (spec.source) {
    case EnvironmentSource::Python:
        env.python = spec.location;
        return env;
    case EnvironmentSource::Prefix:
        env.python = prefixPython(spec.location);
        env.binFirstOnPath = prefixBin(spec.location);
        return env;
    case EnvironmentSource::Image:
        env.image = spec.location;
        env.python = QStringLiteral("python3");
        env.buildScript =
            QStringLiteral(
                "runtime=$(command -v apptainer || command -v singularity) || { echo 'environment %1 runs "
                "in the image %2, which needs apptainer or singularity on the node; neither is "
                "installed.' > \"$run/environment_failed.txt\"; code=1; }\n")
                .arg(spec.reference(), spec.location);
        return env;
    case EnvironmentSource::CondaFile:
    case EnvironmentSource::PipRequirements:
        break;
    }
    const QString dir =
        environmentCacheDir(slurmEnvironmentsRoot(settings) + QStringLiteral("/.cache"), spec);
    const QString specFile = runDir + (spec.source == EnvironmentSource::CondaFile
                                           ? QStringLiteral("/environment/environment.yml")
                                           : QStringLiteral("/environment/requirements.txt"));
    if (!QDir().mkpath(runDir + QStringLiteral("/environment")) ||
        !QDir().mkpath(runDir + QStringLiteral("/logs/environment")))
        return Error::io(Tr::tr("Cannot create the environment folder of %1.").arg(runDir));
    if (auto s = writeFileDurably(specFile, spec.content.toUtf8()); !s)
        return s.error();
    env.python = prefixPython(dir);
    env.binFirstOnPath = prefixBin(dir);
    env.variables.insert(spec.source == EnvironmentSource::PipRequirements ? QStringLiteral("VIRTUAL_ENV")
                                                                           : QStringLiteral("CONDA_PREFIX"),
                         dir);
    const QString reference = shellQuote(spec.reference());
    env.buildScript =
        QStringLiteral(
            "# environment %1: built once per content, under a lock, by the first job that needs it\n"
            "env_dir=%2\n"
            "env_log=\"$run/logs/environment/build_log.txt\"\n"
            "mkdir -p \"$(dirname \"$env_dir\")\"\n"
            "(\n"
            "  flock 9\n"
            "  if [ -e \"$env_dir/.trainyard-ready\" ]; then\n"
            "    echo \"reusing environment \"%3\", built before in $env_dir\"\n"
            "  else\n"
            "    rm -rf \"$env_dir\"\n"
            "    echo \"building environment \"%3\" in $env_dir\"\n"
            "    if %4; then echo %3 > \"$env_dir/.trainyard-ready\"; echo \"environment is ready\"; "
            "else rm -rf \"$env_dir\"; echo 'build failed'; exit 1; fi\n"
            "  fi\n"
            ") 9>\"$env_dir.lock\" >>\"$env_log\" 2>&1 || {\n"
            "  echo \"environment \"%3\" could not be built\" > \"$run/environment_failed.txt\"; code=1; }\n")
            .arg(spec.reference(), shellQuote(dir), reference, buildCommands(spec, specFile));
    return env;
}

QString slurmEnvironmentFailure(const QString& runDir) {
    QFile reason(runDir + QStringLiteral("/environment_failed.txt"));
    if (!reason.open(QIODevice::ReadOnly))
        return {};
    const QString tail = lastLines(runDir + QStringLiteral("/logs/environment/build_log.txt"), kFailureLines);
    return QString::fromUtf8(reason.readAll()).trimmed() + (tail.isEmpty() ? QString() : u'\n' + tail);
}

} // namespace trainyard::slurm
