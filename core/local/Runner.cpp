#include "core/local/Runner.h"

#include "core/local/RankFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace trainyard::local {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int signal) {
    const char byte = char(signal);
    [[maybe_unused]] auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

Runner::Runner(RankSpec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec)) {
    // SIGTERM arrives through a socket pair, so it is handled in the event loop, not in a handler.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] auto n = ::read(g_signalPipe[0], &byte, 1);
            onTerminateRequested();
        });
        struct sigaction action {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGHUP, &action, nullptr);
    }
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &Runner::killChild);
    connect(&m_process, &QProcess::started, this, &Runner::onStarted);
    connect(&m_process, &QProcess::finished, this, &Runner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFailedToStart();
    });
}

Runner::~Runner() {
    if (m_process.state() != QProcess::NotRunning) {
        killChild();
        m_process.waitForFinished(2000);
    }
}

bool Runner::start() {
    QDir().mkpath(m_spec.rankDir);
    QDir().mkpath(QFileInfo(m_spec.logFile).absolutePath());
    {
        QFile pid(rankfiles::pidFile(m_spec.rankDir));
        if (pid.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pid.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it) {
        QString value = it.value();
        if (it.key() == QLatin1String("PYTHONPATH") && env.contains(it.key()))
            value += u':' + env.value(it.key()); // the helper first, the user's path after it
        env.insert(it.key(), value);
    }
    m_process.setProcessEnvironment(env);
    m_process.setProgram(m_spec.program);
    m_process.setArguments(m_spec.arguments);
    m_process.setWorkingDirectory(m_spec.workingDirectory);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_spec.logFile, QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so a cancel reaches everything the script started (data loaders,
    // mpirun's children) and never the runner.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start();
    return true;
}

void Runner::onStarted() {
    RankStarted started;
    started.runnerPid = QCoreApplication::applicationPid();
    started.childPid = m_process.processId();
    started.startedAt = QDateTime::currentDateTimeUtc();
    rankfiles::writeStarted(m_spec.rankDir, started);
    if (m_canceled)
        onTerminateRequested();
}

void Runner::onFailedToStart() {
    const QString error = QStringLiteral("cannot start %1: %2").arg(m_spec.program, m_process.errorString());
    QFile log(m_spec.logFile);
    if (log.open(QIODevice::Append))
        log.write("trainyard runner: " + error.toUtf8() + '\n');
    recordExit(127, 0, error);
}

void Runner::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (status == QProcess::CrashExit) {
        // QProcess does not say which signal; a killed process is reported as 128 + signal, as a shell does.
        const int signal = m_canceled && !m_killTimer.isActive() ? SIGKILL : SIGTERM;
        recordExit(128 + signal, signal,
                   m_canceled ? QString() : QStringLiteral("the process was killed by a signal"));
    } else {
        recordExit(exitCode, 0, QString());
    }
}

void Runner::onTerminateRequested() {
    m_canceled = true;
    const qint64 pid = m_process.processId();
    if (pid <= 0)
        return; // not started yet: onStarted() passes it on
    ::kill(-pid_t(pid), SIGTERM);
    if (!m_killTimer.isActive())
        m_killTimer.start(m_spec.graceSeconds * 1000);
}

void Runner::killChild() {
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
}

void Runner::recordExit(int exitCode, int signal, const QString& error) {
    if (m_recorded)
        return;
    m_recorded = true;
    m_killTimer.stop();
    RankExit exit;
    exit.exitCode = exitCode;
    exit.signal = signal;
    exit.canceled = m_canceled;
    exit.error = error;
    exit.endedAt = QDateTime::currentDateTimeUtc();
    rankfiles::writeExit(m_spec.rankDir, exit);
    emit done(exitCode);
}

} // namespace trainyard::local
