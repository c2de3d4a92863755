#include "AzuriteProcess.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace trainyard::test {

AzuriteProcess::~AzuriteProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM
        if (!m_process.waitForFinished(5000)) {
            m_process.kill(); // SIGKILL
            m_process.waitForFinished(5000);
        }
    }
}

QString AzuriteProcess::start() {
    QString modules = qEnvironmentVariable("TRAINYARD_NODE_MODULES");
    if (modules.isEmpty())
        modules = qEnvironmentVariable("TRAINYARD_NODE_MODULES_DEFAULT");
    const QString program = modules + QStringLiteral("/.bin/azurite-blob");
    if (!QFileInfo(program).isExecutable())
        return QStringLiteral("%1 not found: run .ci/install-deps.sh (azurite is in .ci/deps/azureml.npm)")
            .arg(program);
    {
        QTcpServer probe; // a free port, released just before Azurite takes it
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program,
                    {QStringLiteral("--blobHost"), QStringLiteral("127.0.0.1"), QStringLiteral("--blobPort"),
                     QString::number(m_port), QStringLiteral("--location"), m_dir.path(),
                     QStringLiteral("--silent"), QStringLiteral("--disableTelemetry"),
                     QStringLiteral("--skipApiVersionCheck"), QStringLiteral("--loose")});
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("azurite-blob did not start: %1").arg(m_process.errorString());
    for (int i = 0; i < 300; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return {};
        if (m_process.state() == QProcess::NotRunning)
            return QStringLiteral("azurite-blob exited: %1").arg(QString::fromUtf8(m_process.readAll()));
        QThread::msleep(100);
    }
    return QStringLiteral("azurite-blob did not listen on port %1 within 30 s").arg(m_port);
}

QUrl AzuriteProcess::accountUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QLatin1String(kAccount)));
}

} // namespace trainyard::test
