#include "core/local/RankFiles.h"

#include "core/platform/Process.h"
#include "core/util/DiskSpace.h"
#include "core/util/JsonFile.h"

#include <QFile>

namespace trainyard::local::rankfiles {

QString pidFile(const QString& d) {
    return d + QStringLiteral("/runner.pid");
}
QString startedFile(const QString& d) {
    return d + QStringLiteral("/started.json");
}
QString exitFile(const QString& d) {
    return d + QStringLiteral("/exit.json");
}
QString specFile(const QString& d) {
    return d + QStringLiteral("/spec.json");
}
QString secretEnvironmentFile(const QString& d) {
    return d + QStringLiteral("/secret_env.json");
}
QString exitReserveFile(const QString& d) {
    return d + QStringLiteral("/exit.reserve");
}

static QDateTime fromMs(const QJsonValue& v) {
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC) : QDateTime();
}

std::optional<qint64> readRunnerPid(const QString& rankDir) {
    QFile f(pidFile(rankDir));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = f.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 0 ? std::optional(pid) : std::nullopt;
}

std::optional<RankStarted> readStarted(const QString& rankDir) {
    if (!QFile::exists(startedFile(rankDir)))
        return std::nullopt;
    auto json = readJsonObjectFile(startedFile(rankDir));
    if (!json)
        return std::nullopt;
    RankStarted s;
    s.runnerPid = qint64(json->value(QStringLiteral("runner_pid")).toDouble());
    s.childPid = qint64(json->value(QStringLiteral("child_pid")).toDouble());
    s.startedAt = fromMs(json->value(QStringLiteral("started_at_ms")));
    return s;
}

std::optional<RankExit> readExit(const QString& rankDir) {
    if (!QFile::exists(exitFile(rankDir)))
        return std::nullopt;
    auto json = readJsonObjectFile(exitFile(rankDir));
    if (!json)
        return std::nullopt;
    RankExit e;
    e.exitCode = json->value(QStringLiteral("exit_code")).toInt();
    e.signal = json->value(QStringLiteral("signal")).toInt();
    e.canceled = json->value(QStringLiteral("canceled")).toBool();
    e.error = json->value(QStringLiteral("error")).toString();
    e.endedAt = fromMs(json->value(QStringLiteral("ended_at_ms")));
    return e;
}

Status writeStarted(const QString& rankDir, const RankStarted& s) {
    return writeJsonFileAtomically(
        startedFile(rankDir), {{QStringLiteral("runner_pid"), double(s.runnerPid)},
                               {QStringLiteral("child_pid"), double(s.childPid)},
                               {QStringLiteral("started_at_ms"), double(s.startedAt.toMSecsSinceEpoch())}});
}

Status writeExit(const QString& rankDir, const RankExit& e) {
    const QJsonObject json{{QStringLiteral("exit_code"), e.exitCode},
                           {QStringLiteral("signal"), e.signal},
                           {QStringLiteral("canceled"), e.canceled},
                           {QStringLiteral("error"), e.error},
                           {QStringLiteral("ended_at_ms"), double(e.endedAt.toMSecsSinceEpoch())}};
    Status written = writeJsonFileAtomically(exitFile(rankDir), json);
    if (!written && QFile::exists(exitReserveFile(rankDir))) {
        releaseSpace(exitReserveFile(rankDir));
        written = writeJsonFileAtomically(exitFile(rankDir), json);
    }
    releaseSpace(exitReserveFile(rankDir));
    return written;
}

bool processAlive(qint64 pid) {
    return platform::processAlive(pid);
}

} // namespace trainyard::local::rankfiles
