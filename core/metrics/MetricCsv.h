#pragma once

#include "core/metrics/MetricSeries.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace trainyard::metrics {

// CSV export of whole series (every point, not what the chart shows):
//   run,metric,step,time,value     (time ISO 8601 in UTC with milliseconds, 2026-12-03T10:15:00.250Z;
//                                   nan, inf, -inf as words)
// Written atomically (QSaveFile); call it on a worker, a series may hold millions of points.
struct CsvSeries {
    QString run;
    QString metric;
    const MetricSeries* series = nullptr;
};

// ISO 8601, UTC, milliseconds: what the CSV's time column holds; empty for a non-finite time.
QByteArray isoTime(double secondsSinceEpoch);
// "<run>-<metric>.csv" with anything that cannot be in a file name replaced by '_'.
QString suggestedCsvName(const QString& run, const QString& metric);

Status writeMetricsCsv(const QString& path, const QList<CsvSeries>& series);

} // namespace trainyard::metrics
