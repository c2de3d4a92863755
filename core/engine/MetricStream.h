#pragma once

#include "core/model/Metric.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>

namespace trainyard {

// The metric points of a run as they are logged, in batches.
class MetricStream : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void setFollow(bool follow) = 0;

signals:
    void pointsAppended(const QList<trainyard::MetricPoint>& points);
    void warning(const QString& message); // a garbage line was skipped, ingest goes on
    void finished();
    void failed(const trainyard::Error& error);
};

} // namespace trainyard
