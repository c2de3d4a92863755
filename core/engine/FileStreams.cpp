#include "core/engine/FileStreams.h"

#include <QtConcurrent>

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
    m_worker.setMaxThreadCount(1);
    connect(&m_tail, &FileTail::appended, this,
            [this](const QByteArray& bytes, qint64) { parse(bytes, false); });
    connect(&m_tail, &FileTail::truncated, this, [this] {
        // The file starts over: so does the parser, after what is queued for the old file.
        ++m_generation;
        m_worker.waitForDone();
        m_parser = MetricsJsonlParser();
    });
    connect(&m_tail, &FileTail::ended, this, [this] { parse({}, true); });
}

FileMetricStream::~FileMetricStream() {
    ++m_generation;
    m_worker.clear();
    m_worker.waitForDone();
}

void FileMetricStream::parse(QByteArray bytes, bool finish) {
    const quint64 generation = m_generation;
    (void)QtConcurrent::run(&m_worker, [this, bytes = std::move(bytes), finish, generation] {
        QList<MetricPoint> points = finish ? m_parser.finish() : m_parser.feed(bytes);
        QStringList warnings = m_parser.takeWarnings();
        QMetaObject::invokeMethod(
            this,
            [this, generation, finish, points = std::move(points), warnings = std::move(warnings)] {
                if (generation != m_generation)
                    return;
                for (const QString& w : warnings)
                    emit warning(w);
                if (!points.isEmpty())
                    emit pointsAppended(points);
                if (finish)
                    emit finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace trainyard
