#include "core/metrics/MetricWriter.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>

namespace trainyard::metrics {

namespace {

// 0 finite, 1 NaN, 2 +inf, 3 -inf (SQLite stores NaN as NULL; MetricStore reads the code back)
int nonFiniteCode(double v) {
    if (std::isnan(v))
        return 1;
    if (std::isinf(v))
        return v > 0 ? 2 : 3;
    return 0;
}

void bindText(sqlite3_stmt* s, int index, const QString& text) {
    if (text.isEmpty()) {
        sqlite3_bind_null(s, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

MetricWriter::~MetricWriter() {
    close();
}

Error MetricWriter::error(const QString& what) const {
    return Error::io(
        QCoreApplication::translate("MetricStore", "Metric store %1: %2 failed: %3")
            .arg(m_path, what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open")));
}

Status MetricWriter::exec(const char* sql) {
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return error(QString::fromLatin1(sql).section(u' ', 0, 1));
    return {};
}

Status MetricWriter::open(const QString& path) {
    close();
    m_path = path;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const Error e = error(QStringLiteral("open"));
        close();
        return e;
    }
    sqlite3_busy_timeout(m_db, 5000); // the store's reading connection may hold a moment's lock
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                            "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"})
        if (Status s = exec(sql); !s) {
            close();
            return s;
        }
    const struct {
        sqlite3_stmt** statement;
        const char* sql;
    } statements[] = {
        {&m_selectSeries, "SELECT id FROM series WHERE run = ?1 AND name = ?2"},
        {&m_insertSeries, "INSERT INTO series (run, name) VALUES (?1, ?2)"},
        {&m_insertPoint, "INSERT INTO points (series, step, time, value, nonfinite, rank, kind, text) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
    };
    for (const auto& s : statements)
        if (sqlite3_prepare_v3(m_db, s.sql, -1, SQLITE_PREPARE_PERSISTENT, s.statement, nullptr) !=
            SQLITE_OK) {
            const Error e = error(QStringLiteral("prepare"));
            close();
            return e;
        }
    return {};
}

void MetricWriter::close() {
    for (sqlite3_stmt** s : {&m_selectSeries, &m_insertSeries, &m_insertPoint}) {
        sqlite3_finalize(*s);
        *s = nullptr;
    }
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
    m_seriesIds.clear();
}

Result<qint64> MetricWriter::seriesId(const QString& runId, const QString& name) {
    const QString key = runId + u'\n' + name;
    if (const auto it = m_seriesIds.constFind(key); it != m_seriesIds.constEnd())
        return *it;
    const QByteArray run = runId.toUtf8();
    const QByteArray metric = name.toUtf8();
    const auto bind = [&](sqlite3_stmt* s) {
        sqlite3_reset(s);
        sqlite3_bind_text(s, 1, run.constData(), int(run.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 2, metric.constData(), int(metric.size()), SQLITE_STATIC);
        return sqlite3_step(s);
    };
    qint64 id = -1;
    const int found = bind(m_selectSeries);
    if (found == SQLITE_ROW)
        id = sqlite3_column_int64(m_selectSeries, 0);
    sqlite3_reset(m_selectSeries);
    if (found != SQLITE_ROW && found != SQLITE_DONE)
        return error(QStringLiteral("select series"));
    if (id < 0) {
        const int made = bind(m_insertSeries);
        sqlite3_reset(m_insertSeries);
        if (made != SQLITE_DONE)
            return error(QStringLiteral("insert series"));
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_seriesIds.insert(key, id);
    return id;
}

Status MetricWriter::insert(const QString& runId, const QList<MetricPoint>& points) {
    if (points.isEmpty())
        return {};
    if (!m_db)
        return error(QStringLiteral("insert"));
    if (Status s = exec("BEGIN IMMEDIATE"); !s)
        return s;
    const auto fail = [&](const QString& what) {
        const Error e = error(what);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_seriesIds.clear(); // ids made in the rolled back transaction are gone
        return e;
    };
    const QString scalar = QStringLiteral("scalar");
    QString lastName;
    qint64 id = -1;
    sqlite3_stmt* s = m_insertPoint;
    for (const MetricPoint& p : points) {
        if (id < 0 || p.name != lastName) {
            auto sid = seriesId(runId, p.name);
            if (!sid)
                return fail(QStringLiteral("insert series"));
            id = sid.value();
            lastName = p.name;
        }
        const int code = nonFiniteCode(p.value);
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, p.step);
        sqlite3_bind_double(s, 3, p.time);
        if (code)
            sqlite3_bind_null(s, 4);
        else
            sqlite3_bind_double(s, 4, p.value);
        sqlite3_bind_int(s, 5, code);
        sqlite3_bind_int(s, 6, p.rank);
        bindText(s, 7, p.kind == scalar ? QString() : p.kind);
        bindText(s, 8, p.text);
        if (sqlite3_step(s) != SQLITE_DONE)
            return fail(QStringLiteral("insert points"));
    }
    sqlite3_reset(s);
    if (Status c = exec("COMMIT"); !c) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_seriesIds.clear();
        return c;
    }
    return {};
}

} // namespace trainyard::metrics
