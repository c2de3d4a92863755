#include "core/local/Runner.h"

#include "core/local/RankFiles.h"
#include "core/util/DiskSpace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trainyard::local {

namespace {
// Signals reach the event loop through a socket pair (the only thing a handler may safely do).
int g_signalPipe[2] = {-1, -1};

void forwardSignal(int signal) {
    const char byte = char(signal);
    [[maybe_unused]] auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

Runner::Runner(RankSpec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec)) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            if (::read(g_signalPipe[0], &byte, 1) == 1)
                onSignal(int(byte));
        });
        struct sigaction action {};
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (int s : {SIGTERM, SIGINT, SIGHUP, SIGCHLD})
            sigaction(s, &action, nullptr);
    }
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &Runner::killChild);
}

Runner::~Runner() {
    if (m_child > 0 && !m_recorded)
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
            value += u':' + env.value(it.key()); // the helper first, the user's path after it
        env.insert(it.key(), value);
    }
    QString program = m_spec.program;
    if (!program.contains(u'/')) {
        const QString found =
            QStandardPaths::findExecutable(program, env.value(QStringLiteral("PATH")).split(u':'));
        program = found.isEmpty() ? program : found;
    }

    // Everything posix_spawn needs, as C strings that outlive the call.
    QList<QByteArray> argStorage{program.toLocal8Bit()};
    for (const QString& a : m_spec.arguments)
        argStorage << a.toLocal8Bit();
    QList<QByteArray> envStorage;
    for (const QString& kv : env.toStringList())
        envStorage << kv.toLocal8Bit();
    std::vector<char*> argv, envp;
    for (QByteArray& a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, m_spec.logFile.toLocal8Bit().constData(),
                                     O_WRONLY | O_APPEND | O_CREAT, 0644);
    posix_spawn_file_actions_adddup2(&files, 1, 2);
    posix_spawn_file_actions_addchdir_np(&files, m_spec.workingDirectory.toLocal8Bit().constData());
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so a cancel reaches everything the script started (data loaders,
    // mpirun's children) and never the runner; default signal handling and no blocked signals.
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    pid_t child = -1;
    const int error = ::posix_spawn(&child, argv[0], &files, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    if (error != 0) {
        const QString why = QStringLiteral("cannot start %1: %2")
                                .arg(m_spec.program, QString::fromLocal8Bit(std::strerror(error)));
        QFile log(m_spec.logFile);
        if (log.open(QIODevice::Append))
            log.write("trainyard runner: " + why.toUtf8() + '\n');
        recordExit(127, 0, why);
        return;
    }
    m_child = child;
    RankStarted started;
    started.runnerPid = QCoreApplication::applicationPid();
    started.childPid = child;
    started.startedAt = QDateTime::currentDateTimeUtc();
    rankfiles::writeStarted(m_spec.rankDir, started);
    reap(); // it may already have ended
}

void Runner::onSignal(int signal) {
    if (signal == SIGCHLD)
        reap();
    else
        terminateChild();
}

void Runner::reap() {
    if (m_child <= 0 || m_recorded)
        return;
    int status = 0;
    const pid_t pid = ::waitpid(m_child, &status, WNOHANG);
    if (pid != m_child)
        return;
    if (WIFEXITED(status)) {
        recordExit(WEXITSTATUS(status), 0, QString());
    } else if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        const QString error = m_canceled ? QString()
                                         : QStringLiteral("the process was killed by signal %1 (%2)")
                                               .arg(signal)
                                               .arg(QString::fromLocal8Bit(strsignal(signal)));
        recordExit(128 + signal, signal, error); // as a shell reports it
    }
}

void Runner::terminateChild() {
    m_canceled = true;
    if (m_child <= 0 || m_recorded)
        return;
    ::kill(-m_child, SIGTERM);
    if (!m_killTimer.isActive())
        m_killTimer.start(m_spec.graceSeconds * 1000);
}

void Runner::killChild() {
    if (m_child > 0)
        ::kill(-m_child, SIGKILL);
}

void Runner::recordExit(int exitCode, int signal, const QString& error) {
    if (m_recorded)
        return;
    m_recorded = true;
    m_killTimer.stop();
    // Whatever the script left behind in its group (background workers) goes with it.
    if (m_child > 0)
        ::kill(-m_child, SIGKILL);
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
