#include "core/engine/FileTail.h"

#include "core/platform/System.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace trainyard {

namespace {

quint64 fileIdOf(const QFile& file) {
    return platform::fileIdentity(file.handle());
}

} // namespace

FileTail::FileTail(QString path, std::function<bool()> sourceEnded, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sourceEnded(std::move(sourceEnded)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FileTail::poll);
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &FileTail::onRead);
    connect(&m_fsWatcher, &QFileSystemWatcher::fileChanged, this, &FileTail::poll);
    connect(&m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, &FileTail::poll);
}

FileTail::~FileTail() {
    m_running = false;
    m_watcher.waitForFinished(); // the worker touches only its own copies; this is at most one read
}

void FileTail::start(qint64 fromOffset) {
    m_offset = fromOffset;
    m_fileId = 0;
    m_running = true;
    poll();
}

void FileTail::stop() {
    m_running = false;
    m_timer.stop();
    if (!m_fsWatcher.files().isEmpty())
        m_fsWatcher.removePaths(m_fsWatcher.files());
    if (!m_fsWatcher.directories().isEmpty())
        m_fsWatcher.removePaths(m_fsWatcher.directories());
}

void FileTail::watch() {
    // Watch the file once it exists, its folder before (creation, rotation by rename).
    if (!m_fsWatcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_fsWatcher.addPath(m_path);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_fsWatcher.directories().contains(dir) && QFileInfo::exists(dir))
        m_fsWatcher.addPath(dir);
}

void FileTail::poll() {
    if (!m_running)
        return;
    if (m_watcher.isRunning()) {
        m_pollAgain = true;
        return;
    }
    m_pollAgain = false;
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
        r.fileId = fileIdOf(file);
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
    if (m_follow)
        watch();
    const bool rotated = m_fileId != 0 && r.fileId != 0 && r.fileId != m_fileId;
    if ((r.size >= 0 && r.size < m_offset) || rotated) {
        m_offset = 0;
        m_fileId = 0;
        if (rotated && m_fsWatcher.files().contains(m_path))
            m_fsWatcher.removePath(m_path); // re-added for the new file
        emit truncated();
        if (m_running)
            m_timer.start(0);
        return;
    }
    if (r.fileId != 0)
        m_fileId = r.fileId;
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
    if (m_pollAgain || !caughtUp)
        m_timer.start(0);
    else // the watcher wakes us sooner; polling is the fallback
        m_timer.start(m_fsWatcher.files().isEmpty() ? m_pollMs : m_pollMs * 5);
}

} // namespace trainyard
