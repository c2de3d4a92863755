#include "core/alerts/RunEvents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace trainyard {

QJsonObject toJson(const RunEvent& event) {
    return {{QStringLiteral("time"), event.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), event.kind},
            {QStringLiteral("source"), event.source},
            {QStringLiteral("message"), event.message}};
}

namespace runevents {

QString path(const QString& stateFolder, const QString& runId) {
    return QDir(stateFolder).filePath(QStringLiteral("events/%1.jsonl").arg(runId));
}

Status append(const QString& stateFolder, const QString& runId, const RunEvent& event) {
    const QString file = path(stateFolder, runId);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    // One write of one whole line: writers in two processes (the desktop, `yard alert watch`)
    // never interleave within a line.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered) ||
        f.write(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n') < 0)
        return Error::io(QCoreApplication::translate("RunEvents", "Cannot record the run's event in %1: %2")
                             .arg(file, f.errorString()));
    return {};
}

QList<RunEvent> read(const QString& stateFolder, const QString& runId) {
    QFile f(path(stateFolder, runId));
    QList<RunEvent> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        out << RunEvent{QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                        o.value(QStringLiteral("kind")).toString(),
                        o.value(QStringLiteral("source")).toString(),
                        o.value(QStringLiteral("message")).toString()};
    }
    return out;
}

} // namespace runevents

} // namespace trainyard
