#include "tests/support/YardProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace trainyard::test {

QJsonValue YardOutput::json() const {
    const QJsonDocument d = QJsonDocument::fromJson(out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

YardOutput runYard(const QStringList& args, const YardCall& call) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRAINYARD_WORKSPACE"), call.workspace);
    if (!call.pathFirst.isEmpty())
        env.insert(QStringLiteral("PATH"),
                   call.pathFirst.join(u':') + u':' + env.value(QStringLiteral("PATH")));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TRAINYARD_YARD"), args);
    p.write(call.input);
    p.closeWriteChannel();
    p.waitForFinished(call.timeoutMs);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace trainyard::test
