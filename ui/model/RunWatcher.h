#pragma once

#include "core/model/Run.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace trainyard {
class Engine;

namespace ui {

// Keeps the run list of one engine current by polling listRuns() (core has no push signals for
// run status yet; an engine with push replaces only this class). It also watches runs the user
// asked to follow and reports when one of them ends.
class RunWatcher : public QObject {
    Q_OBJECT
public:
    explicit RunWatcher(Engine* engine, QObject* parent = nullptr);
    Engine* engine() const { return m_engine; }
    const QList<RunInfo>& runs() const { return m_runs; }
    bool hasLoaded() const { return m_loaded; }
    void setInterval(int ms);
    void refresh();
    void watch(const QString& runId); // runEnded() fires when it reaches a terminal state
    // A run as someone else just read it (the run panel's poll, a submit's answer): the list shows
    // it at once instead of at the next poll, so the list and the panel never disagree.
    void applySnapshot(const RunInfo& run);
    void forget(const QString& runId); // a deleted run leaves the list at once
    bool isWatched(const QString& runId) const { return m_watched.contains(runId); }

signals:
    void runsChanged(const QList<trainyard::RunInfo>& runs);
    void runEnded(const trainyard::RunInfo& run);
    void failed(const trainyard::Error& error);

private:
    Engine* m_engine;
    QTimer* m_timer;
    QList<RunInfo> m_runs;
    QSet<QString> m_watched;
    bool m_inFlight = false;
    bool m_loaded = false;
};

} // namespace ui
} // namespace trainyard
