#include "core/engine/FileStreams.h"

namespace trainyard {

FileLogStream::FileLogStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent)
    : LogStream(parent)
    , m_tail(path, std::move(sourceEnded)) {
    connect(&m_tail, &FileTail::appended, this, &LogStream::bytesAppended);
    connect(&m_tail, &FileTail::truncated, this, &LogStream::truncated);
    connect(&m_tail, &FileTail::ended, this, &LogStream::finished);
}

FileMetricStream::FileMetricStream(const QString& path, std::function<bool()> sourceEnded, QObject* parent)
    : MetricStream(parent)
    , m_tail(path, std::move(sourceEnded)) {
    connect(&m_tail, &FileTail::appended, this,
            [this](const QByteArray& bytes, qint64) { deliver(m_parser.feed(bytes)); });
    connect(&m_tail, &FileTail::truncated, this, [this] { m_parser = MetricsJsonlParser(); });
    connect(&m_tail, &FileTail::ended, this, [this] {
        deliver(m_parser.finish());
        emit finished();
    });
}

void FileMetricStream::deliver(const QList<MetricPoint>& points) {
    for (const QString& w : m_parser.takeWarnings())
        emit warning(w);
    if (!points.isEmpty())
        emit pointsAppended(points);
}

} // namespace trainyard
