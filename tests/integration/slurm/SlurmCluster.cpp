#include "SlurmCluster.h"

#include "core/platform/System.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

namespace trainyard::test {

SlurmCluster::SlurmCluster() {
    m_user = QString::fromStdString(platform::currentUserName());
}

SlurmCluster::~SlurmCluster() {
    stop();
}

QProcessEnvironment SlurmCluster::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLURM_CONF"), conf());
    env.remove(QStringLiteral("SLURM_JWT"));
    return env;
}

QProcess* SlurmCluster::spawn(const QString& program, const QStringList& args, const QString& logName,
                              const QProcessEnvironment& env) {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setStandardOutputFile(m_dir.path() + QStringLiteral("/log/") + logName);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setChildProcessModifier([] {
        // Die with the test (even on a crash), and start with a clean signal mask (slurmd and
        // slurmrestd must see TERM).
        platform::dieWithParentInChild();
    });
    process->start(program, args);
    process->waitForStarted(5000);
    QProcess* raw = process.get();
    m_daemons.push_back(std::move(process));
    return raw;
}

QString SlurmCluster::client(const QString& program, const QStringList& args, int* exitCode) const {
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(program, args);
    p.waitForFinished(20000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
}

QByteArray SlurmCluster::token(int lifespanSeconds) const {
    const QString out = client(QStringLiteral("scontrol"),
                               {QStringLiteral("token"), QStringLiteral("lifespan=%1").arg(lifespanSeconds)});
    const int eq = int(out.indexOf(QLatin1String("SLURM_JWT=")));
    if (eq < 0)
        return {};
    return out.mid(eq + 10).trimmed().toUtf8();
}

QString SlurmCluster::logs() const {
    QString text;
    const QDir dir(m_dir.path() + QStringLiteral("/log"));
    for (const QString& f : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(f));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray all = file.readAll();
            text += QStringLiteral("== %1\n%2\n").arg(f, QString::fromLocal8Bit(all.right(1500)));
        }
    }
    return text;
}

bool SlurmCluster::start() {
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce())
            return true;
        stop(); // a port clash or a slow start: new ports, new try
    }
    return false;
}

bool SlurmCluster::startOnce() {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temp folder");
        return false;
    }
    const QString t = m_dir.path();
    QFile::setPermissions(t, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                 QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    for (const char* sub : {"etc", "state", "spool", "log", "run", "work"})
        QDir().mkpath(t + u'/' + QLatin1String(sub));
    QFile::setPermissions(t + QStringLiteral("/work"), QFile::Permissions(0x7777));
    m_port = 20000 + QRandomGenerator::global()->bounded(400) * 100;
    m_restPort = m_port + 80;
    QFile key(t + QStringLiteral("/etc/jwt.key"));
    key.open(QIODevice::WriteOnly);
    QByteArray secret(32, '\0');
    for (char& c : secret)
        c = char(QRandomGenerator::global()->bounded(256));
    key.write(secret);
    key.close();
    key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QFile(t + QStringLiteral("/etc/plugstack.conf")).open(QIODevice::WriteOnly);

    const QString conf =
        QStringLiteral("ClusterName=ty%1\n"
                       "SlurmctldHost=localhost\n"
                       "SlurmctldPort=%1\n"
                       "SlurmdPort=%2\n"
                       "SlurmUser=%4\n"
                       "SlurmdUser=%4\n"
                       "AuthType=auth/none\n"
                       "CredType=cred/none\n"
                       "AuthAltTypes=auth/jwt\n"
                       "AuthAltParameters=jwt_key=%3/etc/jwt.key\n"
                       "StateSaveLocation=%3/state\n"
                       "SlurmdSpoolDir=%3/spool/%n\n"
                       // Four slurmd share this host: srun --mpi=pmix makes its client folder
                       // (spmix_appdir_<uid>_<step>) under TmpFS, so each node needs its own.
                       "TmpFS=%3/tmp/%n\n"
                       "SlurmctldPidFile=%3/run/slurmctld.pid\n"
                       "SlurmdPidFile=%3/run/slurmd-%n.pid\n"
                       "SlurmctldLogFile=%3/log/slurmctld.log\n"
                       "SlurmdLogFile=%3/log/slurmd-%n.log\n"
                       "PlugStackConfig=%3/etc/plugstack.conf\n"
                       "ProctrackType=proctrack/linuxproc\n"
                       "TaskPlugin=task/none\n"
                       "SelectType=select/cons_tres\n"
                       "SelectTypeParameters=CR_Core\n"
                       "JobAcctGatherType=jobacct_gather/none\n"
                       "AccountingStorageType=accounting_storage/none\n"
                       "JobCompType=jobcomp/none\n"
                       "MpiDefault=none\n"
                       "MailProg=/bin/true\n"
                       "ReturnToService=2\n"
                       "KillWait=2\n"
                       "SchedulerParameters=batch_sched_delay=0\n"
                       "NodeName=n[1-4] NodeHostname=localhost NodeAddr=127.0.0.1 Port=%5-%6 CPUs=2 "
                       "RealMemory=1000 State=UNKNOWN\n"
                       "PartitionName=debug Nodes=n[1-4] Default=YES MaxTime=INFINITE State=UP\n"
                       "PartitionName=small Nodes=n[1-2] MaxNodes=1 MaxTime=INFINITE State=UP\n")
            .arg(m_port)
            .arg(m_port + 1)
            .arg(t, m_user)
            .arg(m_port + 10)
            .arg(m_port + 13);
    QFile confFile(this->conf());
    confFile.open(QIODevice::WriteOnly);
    confFile.write(conf.toUtf8());
    confFile.close();

    for (int i = 1; i <= 4; ++i)
        QDir().mkpath(t + QStringLiteral("/tmp/n%1").arg(i));
    const QProcessEnvironment env = environment();
    QProcess* ctld = spawn(QStringLiteral("slurmctld"), {QStringLiteral("-D"), QStringLiteral("-i")},
                           QStringLiteral("slurmctld.out"), env);
    QList<QProcess*> nodes;
    for (int i = 1; i <= 4; ++i)
        nodes << spawn(QStringLiteral("slurmd"),
                       {QStringLiteral("-D"), QStringLiteral("-N"), QStringLiteral("n%1").arg(i)},
                       QStringLiteral("slurmd-n%1.out").arg(i), env);
    QElapsedTimer clock;
    clock.start();
    auto alive = [&] {
        if (ctld->state() != QProcess::Running)
            return false;
        for (QProcess* n : nodes)
            if (n->state() != QProcess::Running)
                return false;
        return true;
    };
    // Ready: the controller answers and all four nodes are idle.
    for (;;) {
        if (!alive()) {
            m_error = QStringLiteral("a Slurm daemon exited while starting:\n") + logs();
            return false;
        }
        const QString idle = client(QStringLiteral("sinfo"),
                                    {QStringLiteral("-h"), QStringLiteral("-N"), QStringLiteral("-p"),
                                     QStringLiteral("debug"), QStringLiteral("-t"), QStringLiteral("idle"),
                                     QStringLiteral("-o"), QStringLiteral("%N")});
        if (idle.split(u'\n', Qt::SkipEmptyParts).size() >= 4)
            break;
        if (clock.elapsed() > 30000) {
            m_error = QStringLiteral("the nodes did not become idle in 30 s:\n") + logs();
            return false;
        }
        QThread::msleep(100);
    }
    return startRest();
}

bool SlurmCluster::startRest() {
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SLURM_JWT"), QStringLiteral("daemon"));
    QString program = QStringLiteral("slurmrestd");
    QStringList args;
    if (platform::isSuperuser()) {
        // It refuses to run as root. `slurmrestd -u nobody` would drop privileges itself, which
        // clears the parent-death signal; setpriv sets it again after the switch, so slurmrestd
        // still dies with the test.
        program = QStringLiteral("setpriv");
        args << QStringLiteral("--reuid=nobody") << QStringLiteral("--regid=nogroup")
             << QStringLiteral("--clear-groups") << QStringLiteral("--pdeathsig=KILL")
             << QStringLiteral("slurmrestd");
    }
    args << QStringLiteral("-a") << QStringLiteral("rest_auth/jwt") << QStringLiteral("-s")
         << QStringLiteral("openapi/v0.0.38") << QStringLiteral("127.0.0.1:%1").arg(m_restPort);
    m_rest = spawn(program, args, QStringLiteral("slurmrestd.out"), env);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        if (m_rest->state() != QProcess::Running) {
            m_error = QStringLiteral("slurmrestd exited:\n") + logs();
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_restPort));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("slurmrestd did not listen in 15 s:\n") + logs();
    return false;
}

void SlurmCluster::endProcess(QProcess* process) {
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate(); // SIGTERM
    if (!process->waitForFinished(10000)) {
        process->kill(); // SIGKILL
        process->waitForFinished(3000);
    }
}

bool SlurmCluster::stopRest() {
    endProcess(m_rest);
    return m_rest && m_rest->state() == QProcess::NotRunning;
}

bool SlurmCluster::restartRest() {
    stopRest();
    return startRest();
}

void SlurmCluster::stop() {
    if (m_daemons.empty())
        return;
    // Jobs outlive the daemons (slurmstepd is re-parented): cancel them and wait for an empty queue.
    if (!m_daemons.empty() && m_daemons.front()->state() == QProcess::Running) {
        client(QStringLiteral("scancel"), {QStringLiteral("--user=%1").arg(m_user)});
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 &&
               !client(QStringLiteral("squeue"),
                       {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%i")})
                    .trimmed()
                    .isEmpty())
            QThread::msleep(100);
    }
    // slurmrestd and the node daemons first, the controller last.
    for (auto it = m_daemons.rbegin(); it != m_daemons.rend(); ++it)
        endProcess(it->get());
    m_daemons.clear();
    m_rest = nullptr;
}

QString SlurmCluster::writeWorkspace(const QString& name, const QString& apiVersion,
                                     const QString& url) const {
    const QString dir = m_dir.path() + QStringLiteral("/ws-") + name;
    QDir().mkpath(dir);
    QString json =
        QStringLiteral("{\"engine\": \"slurm\", \"name\": \"%1\", \"url\": \"%2\", \"user\": \"%3\", "
                       "\"work_dir\": \"%4\", \"partition\": \"debug\"%5}\n")
            .arg(name, url.isEmpty() ? this->url() : url, m_user, workDir(),
                 apiVersion.isEmpty() ? QString()
                                      : QStringLiteral(", \"api_version\": \"%1\"").arg(apiVersion));
    QFile f(dir + QStringLiteral("/config.json"));
    f.open(QIODevice::WriteOnly);
    f.write(json.toUtf8());
    return dir;
}

} // namespace trainyard::test
