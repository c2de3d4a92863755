#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace trainyard::ui {

// Calls `callback(result)` in `context`'s thread once an engine future has finished, and never
// if `context` is gone by then. The one way ui code waits for core: no blocking, no nested loop.
template <typename T, typename Callback>
void whenReady(QObject* context, QFuture<T> future, Callback&& callback) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         callback(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace trainyard::ui
