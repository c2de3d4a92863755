#pragma once

#include "core/model/Metric.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace trainyard::metrics {

// The write side of MetricStore: its own SQLite connection through the C API, because the Qt
// driver's per-value QVariant binding capped ingest near 200,000 points/s. One transaction per
// batch, statements prepared once and reused, WAL with synchronous=NORMAL and a 64 MB page cache.
// The schema is MetricStore's; the store creates it before opening a writer.
class MetricWriter {
public:
    MetricWriter() = default;
    ~MetricWriter();
    MetricWriter(const MetricWriter&) = delete;
    MetricWriter& operator=(const MetricWriter&) = delete;

    Status open(const QString& path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // All points of one run in one transaction: all stored, or none.
    Status insert(const QString& runId, const QList<MetricPoint>& points);
    void forgetSeries() { m_seriesIds.clear(); } // after rows were deleted behind its back

private:
    Result<qint64> seriesId(const QString& runId, const QString& name);
    Status exec(const char* sql);
    Error error(const QString& what) const;

    QString m_path;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_selectSeries = nullptr;
    sqlite3_stmt* m_insertSeries = nullptr;
    sqlite3_stmt* m_insertPoint = nullptr;
    QHash<QString, qint64> m_seriesIds; // "run\nname" -> id
};

} // namespace trainyard::metrics
