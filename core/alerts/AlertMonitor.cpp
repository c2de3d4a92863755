#include "core/alerts/AlertMonitor.h"

#include "core/alerts/AlertRuleStore.h"
#include "core/alerts/RunEvents.h"
#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"

#include <QFutureWatcher>

namespace trainyard::alerts {

namespace {
constexpr int kDefaultPollMs = 2000;

// Runs `use` with the future's result in `context`'s thread once it is ready.
template <typename T, typename F> void whenReady(QObject* context, QFuture<T> future, F use) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, use = std::move(use)] {
        use(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}
} // namespace

AlertMonitor::AlertMonitor(Engine* engine, QString runId, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_runId(std::move(runId)) {
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &AlertMonitor::pollRun);
}

Status AlertMonitor::start() {
    auto rules = AlertRuleStore(m_engine->stateFolder()).rules();
    if (!rules)
        return rules.error();
    m_evaluator.setRules(rules.value());
    for (const RunEvent& e : runevents::read(m_engine->stateFolder(), m_runId))
        m_recorded.insert(e.source + u'\n' + e.message);
    m_stream = m_engine->openMetrics(m_runId, this);
    connect(m_stream, &MetricStream::pointsAppended, this, [this](const QList<MetricPoint>& points) {
        record(m_evaluator.onPoints(m_runId, points, QDateTime::currentDateTimeUtc()));
    });
    connect(m_stream, &MetricStream::finished, this, [this] {
        m_streamDone = true;
        maybeFinish();
    });
    m_stream->start();
    m_poll.start();
    pollRun();
    return {};
}

void AlertMonitor::record(const QList<Alert>& alerts) {
    for (const Alert& alert : alerts) {
        // Watching a run again (the desktop reopens it) reads its metrics again: what is already
        // in its events is not news.
        if (m_recorded.contains(alert.ruleId + u'\n' + alert.message))
            continue;
        m_recorded.insert(alert.ruleId + u'\n' + alert.message);
        runevents::append(m_engine->stateFolder(), alert.runId,
                          RunEvent{alert.time, QStringLiteral("alert"), alert.ruleId, alert.message});
        emit alertRaised(alert);
    }
}

void AlertMonitor::pollRun() {
    if (!m_engine || m_ended)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record(m_evaluator.checkStale(now));
    whenReady(this, m_engine->getRun(m_runId), [this](const Result<RunInfo>& run) {
        if (!run || m_ended)
            return;
        m_compute = run->compute;
        record(m_evaluator.onRunStatus(m_runId, run->status, run->error, QDateTime::currentDateTimeUtc()));
        if (isTerminal(run->status)) {
            m_ended = true;
            m_poll.stop();
            maybeFinish();
        }
    });
    const bool wantsNodes =
        std::any_of(m_evaluator.rules().cbegin(), m_evaluator.rules().cend(), [&](const AlertRule& r) {
            return r.condition == AlertCondition::NodeUnusable && r.appliesTo(m_runId);
        });
    if (wantsNodes && !m_compute.isEmpty())
        whenReady(this, m_engine->listNodes(m_compute), [this](const Result<QList<ComputeNode>>& nodes) {
            if (!nodes)
                return;
            for (const ComputeNode& node : nodes.value())
                if (node.runId.isEmpty() || node.runId == m_runId)
                    record(m_evaluator.onNode(m_runId, node, QDateTime::currentDateTimeUtc()));
        });
}

void AlertMonitor::maybeFinish() {
    if (m_finished || !m_ended || !m_streamDone)
        return;
    m_finished = true;
    emit finished();
}

} // namespace trainyard::alerts
