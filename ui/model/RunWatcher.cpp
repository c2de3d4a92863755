#include "ui/model/RunWatcher.h"

#include "ui/WhenReady.h"

#include "core/engine/Engine.h"

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

void RunWatcher::applySnapshot(const RunInfo& run) {
    if (!m_loaded)
        return; // the first list brings it
    auto it = std::find_if(m_runs.begin(), m_runs.end(), [&run](const RunInfo& r) { return r.id == run.id; });
    if (it == m_runs.end())
        m_runs.prepend(run);
    else if (it->status == run.status && it->statusDetail == run.statusDetail &&
             it->cancelRequested == run.cancelRequested && it->endedAt == run.endedAt &&
             it->nodes == run.nodes)
        return; // nothing the list shows has changed
    else
        *it = run;
    if (isTerminal(run.status) && m_watched.remove(run.id))
        emit runEnded(run);
    emit runsChanged(m_runs);
}

void RunWatcher::forget(const QString& runId) {
    const auto removed = m_runs.removeIf([&runId](const RunInfo& r) { return r.id == runId; });
    m_watched.remove(runId);
    if (removed > 0)
        emit runsChanged(m_runs);
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
