#pragma once

#include "core/engine/FileTail.h"
#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/metrics/MetricsJsonlParser.h"

namespace trainyard {

// A LogStream over a log file that engines can reach as a path.
class FileLogStream : public LogStream {
    Q_OBJECT
public:
    FileLogStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent = nullptr);
    void start(qint64 fromOffset = 0) override { m_tail.start(fromOffset); }
    void stop() override { m_tail.stop(); }
    void setFollow(bool follow) override { m_tail.setFollow(follow); }

private:
    FileTail m_tail;
};

// A MetricStream over a JSON Lines metrics file that engines can reach as a path.
class FileMetricStream : public MetricStream {
    Q_OBJECT
public:
    FileMetricStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent = nullptr);
    void start() override { m_tail.start(0); }
    void stop() override { m_tail.stop(); }
    void setFollow(bool follow) override { m_tail.setFollow(follow); }

private:
    void deliver(const QList<MetricPoint>& points);

    FileTail m_tail;
    MetricsJsonlParser m_parser;
};

} // namespace trainyard
