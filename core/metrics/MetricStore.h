#pragma once

#include "core/metrics/MetricWriter.h"
#include "core/model/Metric.h"
#include "core/util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace trainyard::metrics {

// Every metric point of every run, in one SQLite file (WAL). Points are written in batched
// transactions (one per insert() call, of any size) with prepared statements (MetricWriter); nothing is
// sampled away. SQLite cannot store NaN (it becomes NULL), so non-finite values are kept in a
// separate column and come back as they went in.
//
// A QSqlDatabase connection belongs to the thread that opened it: use a store from one thread,
// normally a worker (the GUI never waits on it).
class MetricStore {
public:
    MetricStore();
    ~MetricStore();
    MetricStore(const MetricStore&) = delete;
    MetricStore& operator=(const MetricStore&) = delete;

    Status open(const QString& path);
    void close();

    Status insert(const QString& runId, const QList<MetricPoint>& points);
    Status removeRun(const QString& runId);

    Result<QStringList> runs() const;
    Result<QStringList> names(const QString& runId) const;
    Result<qint64> count(const QString& runId, const QString& name) const;
    // Points of one series, by step order, with step in [fromStep, toStep].
    Result<QList<MetricPoint>> pointsBySteps(const QString& runId, const QString& name,
                                             qint64 fromStep = std::numeric_limits<qint64>::min(),
                                             qint64 toStep = std::numeric_limits<qint64>::max()) const;
    // Points of one series with time (seconds since the epoch) in [from, to], by time.
    Result<QList<MetricPoint>> pointsByTime(const QString& runId, const QString& name, double from,
                                            double to) const;

private:
    Result<QList<MetricPoint>> select(const QString& runId, const QString& name, const QString& where,
                                      const QVariant& a, const QVariant& b, const QString& order) const;
    Error sqlError(const QString& what, const QString& detail) const;

    QString m_connection;
    QString m_path;
    MetricWriter m_writer; // inserts go through SQLite's C API (MetricWriter.h says why)
};

} // namespace trainyard::metrics
