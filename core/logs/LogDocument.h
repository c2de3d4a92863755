#pragma once

#include "core/logs/LogLineIndex.h"
#include "core/logs/LogLineText.h"
#include "core/logs/LogSearch.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>

namespace trainyard {
class LogStream;

namespace logs {

// One live log as a document of lines, for views that show a window of a million-line log.
// Bytes come from a LogStream (any engine). A worker thread indexes them (and spools them to a
// temporary file when the engine gave no local path); the GUI thread only appends line offsets.
// Line text is read back from the file, decoded on the worker, for the lines a view asks for,
// and kept in a small chunk cache. New lines are announced at most every 50 ms.
class LogDocument : public QObject {
    Q_OBJECT
public:
    explicit LogDocument(QObject* parent = nullptr);
    ~LogDocument() override;

    // Follows `stream` from byte 0 and takes ownership of it. `localPath` is where the bytes can
    // be read back (FileLogStream::path()); empty: they are kept in a spool file.
    void open(LogStream* stream, const QString& localPath = {});
    void close();

    qint64 lineCount() const { return m_announcedLines; }
    qint64 bytes() const { return m_index.bytes(); }
    const LogLineIndex& index() const { return m_index; }
    QString path() const { return m_readPath; }
    bool isFinished() const { return m_finished; }

    // The line as shown, or nullptr while it is being read (linesLoaded follows).
    const LogLineText* line(qint64 line);
    // Reads [first, last] (and what is around) ahead of need.
    void prefetch(qint64 first, qint64 last);
    // The shown text of [first, last], one line each, read on a worker (copy of a selection).
    QFuture<QString> text(qint64 first, qint64 last) const;
    // Lines from `fromLine` on whose shown text contains `text`, found on a worker.
    QFuture<LogSearchResult> search(const QString& text, bool caseSensitive, qint64 fromLine = 0,
                                    std::shared_ptr<std::atomic_bool> cancel = {}) const;

    static constexpr qint64 kChunkLines = 256;
    static constexpr qint64 kMaxShownLineBytes = 64 * 1024; // longer lines are shown clipped
    static constexpr int kMaxChunks = 64;
    // New lines reach the view at most once a frame (60 Hz): a stream of lines costs one update
    // per frame, a lone line shows at once.
    static constexpr int kAnnounceMs = 16;

signals:
    void linesAppended(qint64 first, qint64 count); // batched, at most every 50 ms
    void lastLineChanged(qint64 line);              // a partial last line grew
    void reset();                                   // truncated or rotated: everything is new
    void linesLoaded(qint64 first, qint64 last);
    void finished();
    void failed(const trainyard::Error& error);

private:
    void onBytes(const QByteArray& bytes, qint64 offset);
    void onIndexed(quint64 generation, std::vector<qint64> starts, qint64 size);
    void announce();
    void onTruncated();
    void dropChunksFrom(qint64 line);
    void load(qint64 chunk);

    LogStream* m_stream = nullptr;
    QString m_localPath;
    QString m_readPath;
    QTemporaryFile* m_spool = nullptr;
    QThreadPool m_worker; // one thread: spool writes, indexing and reads stay in order
    quint64 m_generation = 0;
    qint64 m_submitted = 0; // bytes handed to the worker
    LogLineIndex m_index;
    qint64 m_announcedLines = 0;
    qint64 m_announcedPartialEnd = 0;
    QTimer m_announceTimer;
    QElapsedTimer m_sinceAnnounce;
    bool m_finished = false;
    QHash<qint64, QList<LogLineText>> m_chunks;
    QList<qint64> m_chunkOrder; // least recently loaded first
    QSet<qint64> m_loading;
};

} // namespace logs
} // namespace trainyard
