#pragma once

#include <QFuture>
#include <QPromise>

#include <memory>
#include <utility>

namespace trainyard {

// A QFuture that a callback finishes later, once: engines hand the future out at once and finish
// it when a network reply or a worker's result arrives (in the engine's thread). Copies share one
// QPromise, so the object can be captured by value in every callback of a chain. A future that is
// ready at once is QtFuture::makeReadyFuture().
template <typename T> class Promise {
public:
    Promise()
        : m_promise(std::make_shared<QPromise<T>>()) {
        m_promise->start();
    }

    QFuture<T> future() const { return m_promise->future(); }

    void finish(T value) const {
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }
    // So that the promise itself can be the `done` callback.
    void operator()(T value) const { finish(std::move(value)); }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

} // namespace trainyard
