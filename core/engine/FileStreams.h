#pragma once

#include "core/engine/FileTail.h"
#include "core/engine/LogStream.h"
#include "core/engine/MetricStream.h"
#include "core/metrics/MetricsJsonlParser.h"

#include <QThreadPool>

namespace trainyard {

// A LogStream over a log file that engines can reach as a path.
class FileLogStream : public LogStream {
    Q_OBJECT
public:
    FileLogStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent = nullptr);
    void start(qint64 fromOffset = 0) override { m_tail.start(fromOffset); }
    void stop() override { m_tail.stop(); }
    void setFollow(bool follow) override { m_tail.setFollow(follow); }
    // Where the bytes can be read back, so a view need not keep a copy (LogDocument).
    const QString& path() const { return m_tail.path(); }
    FileTail& tail() { return m_tail; }

private:
    FileTail m_tail;
};

// A MetricStream over a JSON Lines metrics file that engines can reach as a path. Parsing runs
// on a worker thread (a million lines must not stall the GUI); batches arrive in file order.
class FileMetricStream : public MetricStream {
    Q_OBJECT
public:
    FileMetricStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent = nullptr);
    ~FileMetricStream() override;
    void start() override { m_tail.start(0); }
    void stop() override { m_tail.stop(); }
    void setFollow(bool follow) override { m_tail.setFollow(follow); }
    const QString& path() const { return m_tail.path(); }
    FileTail& tail() { return m_tail; }

private:
    void parse(QByteArray bytes, bool finish);

    FileTail m_tail;
    QThreadPool m_worker;        // one thread: chunks are parsed in order
    MetricsJsonlParser m_parser; // used on m_worker only
    quint64 m_generation = 0;
};

} // namespace trainyard
