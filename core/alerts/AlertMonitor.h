#pragma once

#include "core/alerts/AlertEvaluator.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace trainyard {
class Engine;
class MetricStream;
} // namespace trainyard

namespace trainyard::alerts {

// Watches one run for the workspace's alert rules (AlertRuleStore): follows its metric stream,
// polls its state and, when a rule needs them, its cluster's nodes; every alert is recorded in
// the run's events (RunEvents.h) and emitted. Used by the desktop (a notification) and by
// `yard alert watch`. Never blocks: engine calls are futures, the stream parses on a worker.
class AlertMonitor : public QObject {
    Q_OBJECT
public:
    AlertMonitor(Engine* engine, QString runId, QObject* parent = nullptr);

    // Reads the rules (an error if alerts.json cannot be read) and starts watching.
    Status start();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    bool isFinished() const { return m_finished; }

signals:
    void alertRaised(const trainyard::alerts::Alert& alert);
    void finished(); // the run ended and every point it logged was looked at

private:
    void record(const QList<Alert>& alerts);
    void pollRun();
    void maybeFinish();

    QPointer<Engine> m_engine;
    QString m_runId;
    AlertEvaluator m_evaluator;
    MetricStream* m_stream = nullptr;
    QTimer m_poll;
    QString m_compute;
    QSet<QString> m_recorded; // rule \n message of the run's events: each is recorded once
    bool m_ended = false;
    bool m_streamDone = false;
    bool m_finished = false;
};

} // namespace trainyard::alerts
