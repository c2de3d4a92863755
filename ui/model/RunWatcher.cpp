#include "ui/model/RunWatcher.h"

#include "ui/WhenReady.h"

#include "core/engine/Engine.h"

#include <QFutureWatcher>
#include <QTimer>

namespace trainyard::ui {

RunWatcher::RunWatcher(Engine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &RunWatcher::refresh);
    m_timer->start(1000);
    QTimer::singleShot(0, this, &RunWatcher::refresh);
}

void RunWatcher::setInterval(int ms) {
    m_timer->start(ms);
}

void RunWatcher::watch(const QString& runId) {
    m_watched.insert(runId);
}

void RunWatcher::refresh() {
    if (m_inFlight)
        return;
    m_inFlight = true;
    whenReady(this, m_engine->listRuns({}), [this](const Result<QList<RunInfo>>& result) {
        m_inFlight = false;
        if (!result) {
            emit failed(result.error());
            return;
        }
        m_runs = result.value();
        m_loaded = true;
        // A watched run that is now terminal is reported once, then forgotten.
        for (const RunInfo& run : m_runs) {
            if (isTerminal(run.status) && m_watched.remove(run.id))
                emit runEnded(run);
        }
        emit runsChanged(m_runs);
    });
}

} // namespace trainyard::ui
