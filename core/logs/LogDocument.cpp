#include "core/logs/LogDocument.h"

#include "core/engine/FileStreams.h"
#include "core/engine/LogStream.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

namespace trainyard::logs {

namespace {

struct LineRange {
    qint64 begin;
    qint64 end;
};

// Reads and decodes lines on a worker; a line longer than kMaxShownLineBytes is clipped.
QList<LogLineText> readLines(const QString& path, const std::vector<LineRange>& ranges) {
    QList<LogLineText> out;
    out.reserve(qsizetype(ranges.size()));
    QFile file(path);
    const bool ok = file.open(QIODevice::ReadOnly);
    QByteArray buffer;
    for (const LineRange& r : ranges) {
        const qint64 length = r.end - r.begin;
        const qint64 want = qMin(length, LogDocument::kMaxShownLineBytes);
        buffer.clear();
        if (ok && want > 0 && file.seek(r.begin))
            buffer = file.read(want);
        // A file cut shorter meanwhile gives fewer bytes: show what is there, reset follows.
        out.append(decodeLogLine(buffer, length > want));
    }
    return out;
}

} // namespace

LogDocument::LogDocument(QObject* parent)
    : QObject(parent) {
    m_worker.setMaxThreadCount(1);
    m_announceTimer.setSingleShot(true);
    connect(&m_announceTimer, &QTimer::timeout, this, &LogDocument::announce);
    m_sinceAnnounce.start();
}

LogDocument::~LogDocument() {
    close();
}

void LogDocument::close() {
    ++m_generation;
    delete m_stream;
    m_stream = nullptr;
    m_worker.clear();
    m_worker.waitForDone();
    delete m_spool;
    m_spool = nullptr;
    m_index.clear();
    m_submitted = 0;
    m_announcedLines = 0;
    m_announcedPartialEnd = 0;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_loading.clear();
    m_finished = false;
    m_announceTimer.stop();
}

void LogDocument::open(LogStream* stream, const QString& localPath) {
    close();
    m_stream = stream;
    stream->setParent(this);
    m_localPath = localPath;
    if (m_localPath.isEmpty())
        if (auto* fileStream = qobject_cast<FileLogStream*>(stream))
            m_localPath = fileStream->path();
    if (m_localPath.isEmpty()) {
        // Remote engines deliver bytes only: keep them on disk, not in memory.
        m_spool = new QTemporaryFile;
        if (!m_spool->open()) {
            emit failed(Error::io(
                QCoreApplication::translate("LogDocument", "Cannot create a spool file for the log: %1")
                    .arg(m_spool->errorString())));
            return;
        }
        m_readPath = m_spool->fileName();
    } else {
        m_readPath = m_localPath;
    }
    connect(stream, &LogStream::bytesAppended, this, &LogDocument::onBytes);
    connect(stream, &LogStream::truncated, this, &LogDocument::onTruncated);
    connect(stream, &LogStream::failed, this, &LogDocument::failed);
    connect(stream, &LogStream::finished, this, [this] {
        const quint64 generation = m_generation;
        // Everything delivered is queued on the worker before this: finish after it.
        (void)QtConcurrent::run(&m_worker, [this, generation] {
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation != m_generation)
                        return;
                    m_finished = true;
                    announce();
                    emit finished();
                },
                Qt::QueuedConnection);
        });
    });
    stream->start(0);
}

void LogDocument::onBytes(const QByteArray& received, qint64 offset) {
    QByteArray bytes = received;
    if (offset < m_submitted) { // a resumed stream repeating what we have
        if (offset + bytes.size() <= m_submitted)
            return;
        bytes = bytes.sliced(m_submitted - offset);
    }
    const qint64 base = m_submitted;
    m_submitted += bytes.size();
    const quint64 generation = m_generation;
    QFile* spool = m_spool;
    (void)QtConcurrent::run(&m_worker, [this, bytes, base, generation, spool] {
        if (spool) {
            spool->write(bytes);
            spool->flush(); // readers use their own handle
        }
        std::vector<qint64> starts = LogLineIndex::scan(bytes.constData(), bytes.size(), base);
        const qint64 size = bytes.size();
        QMetaObject::invokeMethod(
            this,
            [this, generation, starts = std::move(starts), size]() mutable {
                onIndexed(generation, std::move(starts), size);
            },
            Qt::QueuedConnection);
    });
}

void LogDocument::onIndexed(quint64 generation, std::vector<qint64> starts, qint64 size) {
    if (generation != m_generation)
        return;
    const qint64 firstChanged = m_index.completeLineCount(); // the partial line, or the next one
    m_index.appendStarts(starts, size);
    dropChunksFrom(firstChanged);
    if (!m_announceTimer.isActive())
        m_announceTimer.start(int(qMax<qint64>(0, kAnnounceMs - m_sinceAnnounce.elapsed())));
}

void LogDocument::announce() {
    m_announceTimer.stop();
    m_sinceAnnounce.restart();
    const qint64 old = m_announcedLines;
    const qint64 now = m_index.lineCount();
    // The line that was partial at the last announcement may have grown (or been completed).
    if (old > 0 && m_announcedPartialEnd > 0 && m_index.lineEnd(old - 1) != m_announcedPartialEnd)
        emit lastLineChanged(old - 1);
    m_announcedPartialEnd = m_index.hasPartialLastLine() ? m_index.bytes() : 0;
    if (now > old) {
        m_announcedLines = now;
        emit linesAppended(old, now - old);
    }
}

void LogDocument::onTruncated() {
    ++m_generation;
    m_worker.clear();
    m_worker.waitForDone(); // at most one chunk being indexed
    if (m_spool)
        m_spool->resize(0);
    m_index.clear();
    m_submitted = 0;
    m_announcedLines = 0;
    m_announcedPartialEnd = 0;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_loading.clear();
    m_finished = false;
    emit reset();
}

void LogDocument::dropChunksFrom(qint64 line) {
    const qint64 first = line / kChunkLines;
    for (auto it = m_chunks.begin(); it != m_chunks.end();) {
        if (it.key() >= first) {
            m_chunkOrder.removeOne(it.key());
            it = m_chunks.erase(it);
        } else {
            ++it;
        }
    }
}

const LogLineText* LogDocument::line(qint64 line) {
    if (line < 0 || line >= m_index.lineCount())
        return nullptr;
    const qint64 chunk = line / kChunkLines;
    const auto it = m_chunks.constFind(chunk);
    if (it != m_chunks.constEnd() && line - chunk * kChunkLines < it->size())
        return &(*it)[line - chunk * kChunkLines];
    load(chunk);
    return nullptr;
}

void LogDocument::prefetch(qint64 first, qint64 last) {
    last = qMin(last, m_index.lineCount() - 1);
    for (qint64 chunk = qMax<qint64>(0, first) / kChunkLines; chunk <= last / kChunkLines && last >= 0;
         ++chunk)
        if (!m_chunks.contains(chunk))
            load(chunk);
}

void LogDocument::load(qint64 chunk) {
    if (m_loading.contains(chunk) || m_readPath.isEmpty())
        return;
    const qint64 first = chunk * kChunkLines;
    const qint64 end = qMin(first + kChunkLines, m_index.lineCount());
    if (first >= end)
        return;
    std::vector<LineRange> ranges;
    ranges.reserve(size_t(end - first));
    for (qint64 l = first; l < end; ++l)
        ranges.push_back({m_index.lineStart(l), m_index.lineEnd(l)});
    m_loading.insert(chunk);
    const quint64 generation = m_generation;
    const QString path = m_readPath;
    (void)QtConcurrent::run(&m_worker, [this, chunk, first, ranges, generation, path] {
        QList<LogLineText> lines = readLines(path, ranges);
        QMetaObject::invokeMethod(
            this,
            [this, chunk, first, ranges, generation, lines = std::move(lines)] {
                if (generation != m_generation)
                    return;
                m_loading.remove(chunk);
                // Lines appended meanwhile: what was read may miss the end of the last line.
                const bool stale = ranges.back().end != m_index.lineEnd(first + qint64(ranges.size()) - 1) ||
                                   (qint64(ranges.size()) < kChunkLines &&
                                    m_index.lineCount() > first + qint64(ranges.size()));
                if (!stale) {
                    m_chunks.insert(chunk, lines);
                    m_chunkOrder.removeOne(chunk);
                    m_chunkOrder.append(chunk);
                    while (m_chunkOrder.size() > kMaxChunks)
                        m_chunks.remove(m_chunkOrder.takeFirst());
                }
                emit linesLoaded(first, first + qint64(ranges.size()) - 1);
            },
            Qt::QueuedConnection);
    });
}

QFuture<QString> LogDocument::text(qint64 first, qint64 last) const {
    std::vector<LineRange> ranges;
    last = qMin(last, m_index.lineCount() - 1);
    for (qint64 l = qMax<qint64>(0, first); l <= last; ++l)
        ranges.push_back({m_index.lineStart(l), m_index.lineEnd(l)});
    const QString path = m_readPath;
    return QtConcurrent::run(const_cast<QThreadPool*>(&m_worker), [path, ranges] {
        QStringList lines;
        for (const LogLineText& line : readLines(path, ranges))
            lines << line.text;
        return lines.join(u'\n');
    });
}

QFuture<LogSearchResult> LogDocument::search(const QString& text, bool caseSensitive, qint64 fromLine,
                                             std::shared_ptr<std::atomic_bool> cancel) const {
    LogSearchRequest request;
    request.path = m_readPath;
    request.starts = m_index.starts(); // a copy: the index keeps growing on the GUI thread
    request.bytes = m_index.bytes();
    request.fromLine = fromLine;
    request.text = text;
    request.caseSensitive = caseSensitive;
    request.cancel = std::move(cancel);
    return QtConcurrent::run([request = std::move(request)] { return searchLogFile(request); });
}

} // namespace trainyard::logs
