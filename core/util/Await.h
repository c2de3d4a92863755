#pragma once

// Blocking waits that run a local event loop until something has happened: for the `yard` command
// line and for tests only. The desktop never blocks its GUI thread (ui/ reacts to futures with
// whenReady()), so nothing under ui/ or the desktop app includes this file.
//
// A local QEventLoop rather than QTest::qWaitFor or processEvents() polling: it wakes the moment
// the awaited thing happens, and network replies, which engines finish their futures from, need
// the loop to turn without 10 ms sleeps between rounds (Qt's HTTP thread asks the caller's thread
// for every 16 KB of an upload body).
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>
#include <type_traits>
#include <utility>

namespace trainyard {

// Runs the event loop until `sender` emits `signal` or `timeoutMs` passes (negative: no limit).
// True when the signal came. Connect to what the signal carries before calling this: a signal
// emitted before the call is not seen.
template <typename Sender, typename Signal>
bool awaitSignal(const Sender* sender, Signal signal, int timeoutMs = -1) {
    QEventLoop loop;
    bool emitted = false;
    QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer timeout;
    if (timeoutMs >= 0) {
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
    }
    loop.exec();
    return emitted;
}

// Runs the event loop for `ms` milliseconds (a poll interval that keeps streams and replies going).
inline void spinEventLoopFor(int ms) {
    QTimer pause;
    pause.setSingleShot(true);
    pause.start(ms);
    awaitSignal(&pause, &QTimer::timeout);
}

// Waits until `future` has finished or `timeoutMs` passes (negative: no limit); true when finished.
template <typename T> bool awaitFor(QFuture<T> future, int timeoutMs) {
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    watcher.setFuture(future);
    // finished() is posted to this thread, so it cannot be missed between these two lines.
    return future.isFinished() || awaitSignal(&watcher, &QFutureWatcherBase::finished, timeoutMs) ||
           future.isFinished();
}

// Waits for `future` with no limit and returns its result (engines' futures always finish: with a
// value or with an Error).
template <typename T> T await(QFuture<T> future) {
    awaitFor(future, -1);
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

// For operations that answer through a callback rather than a future: calls `start(done)` and
// waits until the operation calls `done(value)` (or `done()` when T is void).
template <typename T, typename Start> T awaitCallback(Start&& start) {
    QEventLoop loop;
    if constexpr (std::is_void_v<T>) {
        bool called = false;
        start([&] {
            called = true;
            loop.quit();
        });
        if (!called)
            loop.exec();
    } else {
        std::optional<T> result;
        start([&](const T& value) {
            result = value;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }
}

} // namespace trainyard
