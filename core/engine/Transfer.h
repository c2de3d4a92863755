#pragma once

#include "core/model/Datastore.h"
#include "core/util/Result.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThreadPool;

namespace trainyard {

// An upload or download under way. Engines start the work only once control is back in the
// event loop, so a caller can connect to progress() and finished() after getting the object and
// miss nothing. cancel() is safe from any thread and leaves no half-written file under its final
// name.
class Transfer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void cancel() { m_canceled = true; }
    bool isCanceled() const { return m_canceled; }
    const std::atomic_bool* cancelFlag() const { return &m_canceled; }

    // A transfer whose `work` runs on `pool` once control is back in the event loop, so the
    // caller connects to its signals first; finished() carries what `work` returns.
    static Transfer* start(QThreadPool* pool, std::function<Status(Transfer*)> work, QObject* parent);

signals:
    void progress(const trainyard::TransferProgress& progress);
    void finished(const trainyard::Status& status);

protected:
    std::atomic_bool m_canceled{false};
};

} // namespace trainyard
