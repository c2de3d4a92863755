#pragma once

#include "core/metrics/MetricSeries.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace trainyard::metrics {

// CSV export of whole series (every point, not what the chart shows):
//   run,metric,step,time,value     (time in seconds since the epoch; nan, inf, -inf as words)
// Written atomically (QSaveFile); call it on a worker, a series may hold millions of points.
struct CsvSeries {
    QString run;
    QString metric;
    const MetricSeries* series = nullptr;
};

Status writeMetricsCsv(const QString& path, const QList<CsvSeries>& series);

} // namespace trainyard::metrics
