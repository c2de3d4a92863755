#include "core/local/Runner.h"

#include "core/local/RankFiles.h"
#include "core/monitoring/SystemSampler.h"
#include "core/util/DiskSpace.h"

#include "core/platform/System.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace trainyard::local {

namespace {
// How often the runner looks at its child and at stop requests: both arrive asynchronously, by
// signal or Windows event, and a poll is the one way to see them that every platform shares.
constexpr int kPollMs = 20;
} // namespace

Runner::Runner(RankSpec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec)) {
    platform::listenForStopRequests();
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &Runner::poll);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &Runner::killChild);
}

void Runner::startSampler(const QProcessEnvironment& env) {
    QMap<QString, QString> settings;
    for (const QString& key : env.keys())
        settings.insert(key, env.value(key));
    const std::optional<int> interval = monitoring::SystemSampler::intervalMs(settings);
    if (!interval)
        return; // TRAINYARD_SYSTEM_METRICS_INTERVAL=0: the user turned it off
    monitoring::SystemSampler::Target target;
    target.pid = m_child.pid();
    target.node = m_spec.nodeId;
    target.rank = m_spec.rank;
    target.metricsFile = settings.value(QStringLiteral("TRAINYARD_METRICS_FILE"));
    target.intervalMs = *interval;
    target.coresRequested = monitoring::SystemSampler::coresPerRank(settings);
    target.visibleGpus = settings.value(QStringLiteral("CUDA_VISIBLE_DEVICES"));
    m_sampler = std::make_unique<monitoring::SystemSampler>(target);
    m_sampler->start();
}

Runner::~Runner() {
    if (m_child.pid() > 0 && !m_recorded)
        killChild();
}

void Runner::start() {
    QDir().mkpath(m_spec.rankDir);
    QDir().mkpath(QFileInfo(m_spec.logFile).absolutePath());
    // Room for exit.json, taken back at the end: a script that fills the disk still gets its end
    // recorded, with the reason.
    if (!reserveSpace(rankfiles::exitReserveFile(m_spec.rankDir))) {
        const QString reason = fullDiskReason(m_spec.rankDir);
        recordExit(125, 0,
                   QStringLiteral("cannot start: no room for the run's files in %1%2")
                       .arg(m_spec.rankDir, reason.isEmpty() ? QString() : u": " + reason));
        return;
    }
    {
        QFile pid(rankfiles::pidFile(m_spec.rankDir));
        if (pid.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pid.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it) {
        QString value = it.value();
        if (it.key() == QLatin1String("PYTHONPATH") && env.contains(it.key()))
            value +=
                QDir::listSeparator() + env.value(it.key()); // the helper first, the user's path after it
        env.insert(it.key(), value);
    }

    platform::ProcessSpec process;
    process.program = m_spec.program.toStdString(); // a bare name is looked up on env's PATH
    for (const QString& a : m_spec.arguments)
        process.arguments.push_back(a.toStdString());
    for (const QString& kv : env.toStringList())
        process.environment.push_back(kv.toStdString());
    process.workingDirectory = m_spec.workingDirectory.toStdString();
    process.outputFile = m_spec.logFile.toStdString(); // stdout and stderr, appended
    std::string error;
    if (!m_child.start(process, &error)) {
        const QString why =
            QStringLiteral("cannot start %1: %2").arg(m_spec.program, QString::fromStdString(error));
        QFile log(m_spec.logFile);
        if (log.open(QIODevice::Append))
            log.write("trainyard runner: " + why.toUtf8() + '\n');
        recordExit(127, 0, why);
        return;
    }
    RankStarted started;
    started.runnerPid = QCoreApplication::applicationPid();
    started.childPid = m_child.pid();
    started.startedAt = QDateTime::currentDateTimeUtc();
    rankfiles::writeStarted(m_spec.rankDir, started);
    startSampler(env);
    m_pollTimer.start();
    reap(); // it may already have ended
}

void Runner::poll() {
    if (platform::takeStopRequest())
        terminateChild();
    reap();
}

void Runner::reap() {
    if (m_child.pid() <= 0 || m_recorded)
        return;
    const std::optional<platform::ExitStatus> status = m_child.poll();
    if (!status)
        return;
    if (status->signal == 0) {
        recordExit(status->code, 0, QString());
    } else {
        const int signal = status->signal;
        const QString error = m_canceled
                                  ? QString()
                                  : QStringLiteral("the process was killed by signal %1 (%2)")
                                        .arg(signal)
                                        .arg(QString::fromStdString(platform::signalDescription(signal)));
        recordExit(status->code, signal, error); // 128 + signal, as a shell reports it
    }
}

void Runner::terminateChild() {
    m_canceled = true;
    if (m_child.pid() <= 0 || m_recorded)
        return;
    m_child.requestStop();
    if (!m_killTimer.isActive())
        m_killTimer.start(m_spec.graceSeconds * 1000);
}

void Runner::killChild() {
    m_child.kill();
}

void Runner::recordExit(int exitCode, int signal, const QString& error) {
    if (m_recorded)
        return;
    m_recorded = true;
    m_killTimer.stop();
    m_pollTimer.stop();
    if (m_sampler)
        m_sampler->stop();
    // Whatever the script left behind in its tree (background workers) goes with it.
    m_child.kill();
    RankExit exit;
    exit.exitCode = exitCode;
    exit.signal = signal;
    exit.canceled = m_canceled;
    exit.error = error.isEmpty() && exitCode != 0 && !m_canceled ? fullDiskExplanation(exitCode) : error;
    exit.endedAt = QDateTime::currentDateTimeUtc();
    if (const Status written = rankfiles::writeExit(m_spec.rankDir, exit); !written)
        std::fprintf(stderr, "trainyard runner: %s\n", qPrintable(written.error().message));
    emit done(exitCode);
}

QString Runner::fullDiskExplanation(int exitCode) const {
    // A script that hit a full disk usually could not log why either (its log is on that disk).
    for (const QString& dir : {QFileInfo(m_spec.logFile).absolutePath(),
                               m_spec.environment.value(QStringLiteral("TRAINYARD_OUTPUTS_DIR"))}) {
        if (dir.isEmpty())
            continue;
        if (const QString reason = fullDiskReason(dir); !reason.isEmpty())
            return QStringLiteral("the script exited with code %1: %2").arg(exitCode).arg(reason);
    }
    return QString();
}

} // namespace trainyard::local
