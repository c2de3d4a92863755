#include "core/engine/Transfer.h"

#include <QtConcurrent>

namespace trainyard {

Transfer* Transfer::start(QThreadPool* pool, std::function<Status(Transfer*)> work, QObject* parent) {
    auto* transfer = new Transfer(parent);
    // Queued: a failure found at once (a bad path) must not be emitted before anyone listens.
    QMetaObject::invokeMethod(
        transfer,
        [transfer, pool, work = std::move(work)] {
            (void)QtConcurrent::run(pool, [transfer, work] { emit transfer->finished(work(transfer)); });
        },
        Qt::QueuedConnection);
    return transfer;
}

} // namespace trainyard
