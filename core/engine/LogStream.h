#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>

namespace trainyard {

// The bytes of one append-only log as they are written. Resumable: start(offset) delivers from
// that byte on, so a view that already holds the first N bytes asks only for the rest.
class LogStream : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(qint64 fromOffset = 0) = 0;
    virtual void stop() = 0;
    // Stop at the end of what exists once the run has ended (set by `run logs` without --follow).
    virtual void setFollow(bool follow) = 0;

signals:
    void bytesAppended(const QByteArray& bytes, qint64 offset);
    void truncated(); // the file got shorter (rotated or rewritten): start again from 0
    void finished();  // not following, or the run ended and everything was delivered
    void failed(const trainyard::Error& error);
};

} // namespace trainyard
