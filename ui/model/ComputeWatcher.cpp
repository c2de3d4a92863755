#include "ui/model/ComputeWatcher.h"

#include "ui/WhenReady.h"

#include "core/engine/Engine.h"

#include <QTimer>

namespace trainyard::ui {

ComputeWatcher::ComputeWatcher(Engine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &ComputeWatcher::refresh);
    m_timer->start(1000);
    QTimer::singleShot(0, this, &ComputeWatcher::refresh);
}

void ComputeWatcher::setInterval(int ms) {
    m_timer->start(ms);
}

void ComputeWatcher::refresh() {
    if (m_inFlight)
        return;
    m_inFlight = true;
    whenReady(this, m_engine->listComputes(), [this](const Result<QList<ComputeInfo>>& result) {
        m_inFlight = false;
        if (!result) {
            emit failed(result.error());
            return;
        }
        m_computes = result.value();
        m_loaded = true;
        emit computesChanged(m_computes);
    });
}

} // namespace trainyard::ui
