#include "core/engine/FileTail.h"

#include <QFile>
#include <QtConcurrent>

namespace trainyard {

FileTail::FileTail(QString path, std::function<bool()> sourceEnded, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sourceEnded(std::move(sourceEnded)) {
    m_timer.setInterval(40);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FileTail::poll);
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &FileTail::onRead);
}

FileTail::~FileTail() {
    m_running = false;
    m_watcher.waitForFinished(); // the worker touches only its own copies; this is at most one read
}

void FileTail::start(qint64 fromOffset) {
    m_offset = fromOffset;
    m_running = true;
    poll();
}

void FileTail::stop() {
    m_running = false;
    m_timer.stop();
}

void FileTail::poll() {
    if (!m_running || m_watcher.isRunning())
        return;
    const QString path = m_path;
    const qint64 offset = m_offset;
    const auto sourceEnded = m_sourceEnded;
    // Ask whether the writer is done *before* reading, so that what it wrote last is in this read.
    m_watcher.setFuture(QtConcurrent::run([path, offset, sourceEnded]() {
        Read r;
        r.sourceEnded = sourceEnded ? sourceEnded() : false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return r;
        r.size = file.size();
        if (r.size > offset && file.seek(offset))
            r.bytes = file.read(qMin(r.size - offset, kMaxChunk));
        return r;
    }));
}

void FileTail::onRead() {
    if (!m_running)
        return;
    const Read r = m_watcher.result();
    if (r.size >= 0 && r.size < m_offset) {
        m_offset = 0;
        emit truncated();
        if (m_running)
            m_timer.start(0);
        return;
    }
    if (!r.bytes.isEmpty()) {
        const qint64 at = m_offset;
        m_offset += r.bytes.size();
        emit appended(r.bytes, at);
        if (!m_running)
            return;
    }
    const bool caughtUp = r.size < 0 || m_offset >= r.size;
    if (caughtUp && (r.sourceEnded || !m_follow)) {
        m_running = false;
        emit ended();
        return;
    }
    m_timer.start(caughtUp ? m_timer.interval() : 0);
}

} // namespace trainyard
