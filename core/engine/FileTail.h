#pragma once

#include "core/util/Result.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace trainyard {

// Follows one append-only file: every poll reads what was appended since the last one, off the
// calling thread (a worker reads, signals arrive in the owner's thread). The file may not exist
// yet (a queued run), may grow, or may shrink (rotated, rewritten: truncated() and start over).
// `sourceEnded` is asked, on the worker, whether the writer is done; once it is and everything
// was read, ended() is emitted and polling stops. Used for logs and metrics files of engines
// whose files are reachable as paths (local, Slurm's shared directory).
// A file watcher (inotify) triggers a read as soon as the writer appends; the poll timer stays
// as the fallback for file systems that send no notifications (NFS, Lustre on Slurm clusters).
// Rotation (the path now names another file: a new inode) counts as truncation.
class FileTail : public QObject {
    Q_OBJECT
public:
    FileTail(QString path, std::function<bool()> sourceEnded, QObject* parent = nullptr);
    ~FileTail() override;

    void start(qint64 fromOffset = 0);
    void stop();
    void setFollow(bool follow) { m_follow = follow; }
    void setPollInterval(int ms) { m_pollMs = qMax(1, ms); }
    qint64 offset() const { return m_offset; }
    const QString& path() const { return m_path; }

    static constexpr qint64 kMaxChunk = 8 << 20; // a huge backlog arrives in pieces, never all at once

signals:
    void appended(const QByteArray& bytes, qint64 offset);
    void truncated();
    void ended();

private:
    struct Read {
        QByteArray bytes;
        qint64 size = -1; // -1: the file does not exist
        bool sourceEnded = false;
        quint64 fileId = 0; // device and inode: another id means the file was replaced
    };
    void poll();
    void onRead();
    void watch();

    QString m_path;
    std::function<bool()> m_sourceEnded;
    QTimer m_timer;
    QFutureWatcher<Read> m_watcher;
    QFileSystemWatcher m_fsWatcher;
    quint64 m_fileId = 0;
    int m_pollMs = 40;
    bool m_pollAgain = false; // a change was signalled while a read was running
    qint64 m_offset = 0;
    bool m_follow = true;
    bool m_running = false;
};

} // namespace trainyard
