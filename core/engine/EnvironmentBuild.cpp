#include "core/engine/EnvironmentBuild.h"

#include "core/platform/System.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentBuild)
};

const QString kReadyMarker = QStringLiteral("/.trainyard-ready");
constexpr int kLockPollMs = 200;

void say(QIODevice& log, const QString& line) {
    log.write(QStringLiteral("[%1] %2\n")
                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), line)
                  .toUtf8());
}

// Runs one step with its output in the log; the failure names the step.
Status step(QIODevice& log, const QString& program, const QStringList& arguments, const QString& workingDir) {
    say(log, QStringLiteral("$ %1 %2").arg(program, arguments.join(u' ')));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return Error::io(Tr::tr("cannot start %1: %2").arg(program, process.errorString()));
    while (!process.waitForFinished(100))
        log.write(process.readAll());
    log.write(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{ErrorKind::Engine,
                     Tr::tr("%1 %2 failed with exit code %3")
                         .arg(QFileInfo(program).fileName(), arguments.mid(0, 3).join(u' '))
                         .arg(process.exitCode()),
                     {}};
    return {};
}

Status buildPip(const EnvironmentSpec& spec, const QString& dir, const QString& basePython, QIODevice& log) {
    if (auto s = step(
            log, basePython,
            {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--system-site-packages"), dir},
            QDir::tempPath());
        !s)
        return s;
    const QString requirements = dir + QStringLiteral("/requirements.txt");
    QFile file(requirements);
    if (!file.open(QIODevice::WriteOnly) || file.write(spec.content.toUtf8()) < 0)
        return Error::io(Tr::tr("cannot write %1").arg(requirements));
    file.close();
    return step(log, prefixPython(dir),
                {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install"),
                 QStringLiteral("--disable-pip-version-check"), QStringLiteral("-r"), requirements},
                spec.sourceDir.isEmpty() ? dir : spec.sourceDir);
}

Status buildConda(const EnvironmentSpec& spec, const QString& dir, QIODevice& log) {
    QString conda = QStandardPaths::findExecutable(QStringLiteral("mamba"));
    if (conda.isEmpty())
        conda = QStandardPaths::findExecutable(QStringLiteral("conda"));
    if (conda.isEmpty())
        return Error{ErrorKind::Unavailable,
                     Tr::tr("environment %1 is a conda file, which needs mamba or conda on this machine; "
                            "neither is on the PATH.")
                         .arg(spec.reference()),
                     {}};
    const QString file =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("trainyard-%1-environment.yml").arg(environmentHash(spec)));
    QFile yml(file);
    if (!yml.open(QIODevice::WriteOnly) || yml.write(spec.content.toUtf8()) < 0)
        return Error::io(Tr::tr("cannot write %1").arg(file));
    yml.close();
    const Status s = step(log, conda,
                          {QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("--yes"),
                           QStringLiteral("-p"), dir, QStringLiteral("-f"), file},
                          spec.sourceDir.isEmpty() ? QDir::tempPath() : spec.sourceDir);
    QFile::remove(file);
    return s;
}
} // namespace

QString environmentCacheDir(const QString& cacheRoot, const EnvironmentSpec& spec) {
    return cacheRoot + u'/' + environmentHash(spec);
}

bool isEnvironmentReady(const QString& dir) {
    return QFileInfo::exists(dir + kReadyMarker);
}

QString prefixPython(const QString& prefix) {
#ifdef Q_OS_WIN
    if (QFileInfo::exists(prefix + QStringLiteral("/python.exe")))
        return prefix + QStringLiteral("/python.exe"); // conda
    return prefix + QStringLiteral("/Scripts/python.exe");
#else
    return prefix + QStringLiteral("/bin/python");
#endif
}

QString prefixBin(const QString& prefix) {
#ifdef Q_OS_WIN
    return prefix + QStringLiteral("/Scripts");
#else
    return prefix + QStringLiteral("/bin");
#endif
}

Status buildEnvironment(const EnvironmentSpec& spec, const QString& cacheRoot, const QString& basePython,
                        QIODevice& log) {
    const QString dir = environmentCacheDir(cacheRoot, spec);
    if (!QDir().mkpath(cacheRoot))
        return Error::io(Tr::tr("cannot create the environment cache %1").arg(cacheRoot));
    platform::InstanceLock lock(QString(dir + QStringLiteral(".lock")).toStdString());
    bool told = false;
    while (!lock.tryLock()) {
        if (!told)
            say(log, Tr::tr("waiting for another build of this environment (%1)").arg(environmentHash(spec)));
        told = true;
        QThread::msleep(kLockPollMs);
    }
    if (isEnvironmentReady(dir)) {
        say(log, Tr::tr("reusing environment %1, built before in %2").arg(spec.reference(), dir));
        return {};
    }
    // Whatever is there without the marker is a failed or killed build.
    QDir(dir).removeRecursively();
    say(log, Tr::tr("building environment %1 (%2) in %3").arg(spec.reference(), toString(spec.source), dir));
    const Status built = spec.source == EnvironmentSource::CondaFile ? buildConda(spec, dir, log)
                                                                     : buildPip(spec, dir, basePython, log);
    if (!built) {
        QDir(dir).removeRecursively();
        say(log, Tr::tr("build failed: %1").arg(built.error().message));
        return built;
    }
    QFile marker(dir + kReadyMarker);
    if (!marker.open(QIODevice::WriteOnly) || marker.write(spec.reference().toUtf8() + '\n') < 0)
        return Error::io(Tr::tr("cannot write %1").arg(marker.fileName()));
    say(log, Tr::tr("environment %1 is ready: %2").arg(spec.reference(), prefixPython(dir)));
    return {};
}

QString lastLines(const QString& file, int count) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kTail = 16 * 1024;
    if (f.size() > kTail)
        f.seek(f.size() - kTail);
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(qMax(qsizetype(0), lines.size() - count)).join(u'\n');
}

} // namespace trainyard
