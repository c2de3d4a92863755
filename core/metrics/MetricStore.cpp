#include "core/metrics/MetricStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace trainyard::metrics {

namespace {

QAtomicInteger<quint64> g_connections;

// What MetricWriter stored for a non-finite value (its nonFiniteCode) back to the value.
double fromCode(int code, const QVariant& stored) {
    switch (code) {
    case 1:
        return std::numeric_limits<double>::quiet_NaN();
    case 2:
        return std::numeric_limits<double>::infinity();
    case 3:
        return -std::numeric_limits<double>::infinity();
    default:
        return stored.toDouble();
    }
}

} // namespace

MetricStore::MetricStore()
    : m_connection(QStringLiteral("trainyard-metrics-%1").arg(g_connections.fetchAndAddRelaxed(1))) {}

MetricStore::~MetricStore() {
    close();
}

Error MetricStore::sqlError(const QString& what, const QString& detail) const {
    return Error::io(QCoreApplication::translate("MetricStore", "Metric store %1: %2 failed: %3")
                         .arg(m_path, what, detail));
}

Status MetricStore::open(const QString& path) {
    close();
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(QStringLiteral("open"), db.lastError().text());
    QSqlQuery q(db);
    const char* statements[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL", // WAL + NORMAL: durable at checkpoints, no fsync per batch
        "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, run TEXT NOT NULL, "
        "name TEXT NOT NULL, UNIQUE(run, name))",
        "CREATE TABLE IF NOT EXISTS points (series INTEGER NOT NULL, step INTEGER NOT NULL, "
        "time REAL NOT NULL, value REAL, nonfinite INTEGER NOT NULL DEFAULT 0, rank INTEGER NOT NULL "
        "DEFAULT 0, kind TEXT, text TEXT)",
        "CREATE INDEX IF NOT EXISTS points_by_step ON points(series, step)",
        // No (series, time) index: a time-range query walks the series through the step index
        // (time grows with step for one writer); one index less makes ingest markedly faster.
    };
    for (const char* sql : statements)
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(QString::fromLatin1(sql).section(u' ', 0, 2), q.lastError().text());
    return m_writer.open(path);
}

void MetricStore::close() {
    m_writer.close();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status MetricStore::insert(const QString& runId, const QList<MetricPoint>& points) {
    if (points.isEmpty())
        return {};
    if (!m_writer.isOpen())
        return sqlError(QStringLiteral("insert"),
                        QCoreApplication::translate("MetricStore", "the store is not open"));
    return m_writer.insert(runId, points);
}

Status MetricStore::removeRun(const QString& runId) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM points WHERE series IN (SELECT id FROM series WHERE run = ?)"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QStringLiteral("delete points"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM series WHERE run = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QStringLiteral("delete series"), q.lastError().text());
    m_writer.forgetSeries();
    return {};
}

Result<QStringList> MetricStore::runs() const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT DISTINCT run FROM series ORDER BY run")))
        return sqlError(QStringLiteral("list runs"), q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> MetricStore::names(const QString& runId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT name FROM series WHERE run = ? ORDER BY name"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QStringLiteral("list names"), q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> MetricStore::count(const QString& runId, const QString& name) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM points JOIN series ON series.id = points.series "
                             "WHERE series.run = ? AND series.name = ?"));
    q.addBindValue(runId);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("count"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<MetricPoint>> MetricStore::select(const QString& runId, const QString& name,
                                               const QString& where, const QVariant& a, const QVariant& b,
                                               const QString& order) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT step, time, value, nonfinite, rank, kind, text FROM points "
                             "WHERE series = (SELECT id FROM series WHERE run = ? AND name = ?) AND ") +
              where + QStringLiteral(" ORDER BY ") + order);
    q.addBindValue(runId);
    q.addBindValue(name);
    q.addBindValue(a);
    q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("select points"), q.lastError().text());
    QList<MetricPoint> out;
    while (q.next()) {
        MetricPoint p;
        p.name = name;
        p.step = q.value(0).toLongLong();
        p.time = q.value(1).toDouble();
        p.value = fromCode(q.value(3).toInt(), q.value(2));
        p.rank = q.value(4).toInt();
        p.kind = q.value(5).isNull() ? QStringLiteral("scalar") : q.value(5).toString();
        p.text = q.value(6).toString();
        out << p;
    }
    return out;
}

Result<QList<MetricPoint>> MetricStore::pointsBySteps(const QString& runId, const QString& name,
                                                      qint64 fromStep, qint64 toStep) const {
    return select(runId, name, QStringLiteral("step BETWEEN ? AND ?"), fromStep, toStep,
                  QStringLiteral("step, rowid"));
}

Result<QList<MetricPoint>> MetricStore::pointsByTime(const QString& runId, const QString& name, double from,
                                                     double to) const {
    return select(runId, name, QStringLiteral("time BETWEEN ? AND ?"), from, to,
                  QStringLiteral("time, rowid"));
}

} // namespace trainyard::metrics
