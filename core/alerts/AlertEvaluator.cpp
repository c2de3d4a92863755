#include "core/alerts/AlertEvaluator.h"

#include <QCoreApplication>

#include <cmath>

namespace trainyard::alerts {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AlertEvaluator)
};

QString key(const AlertRule& rule, const QString& runId, const QString& series = {}) {
    return rule.id + u'\n' + runId + u'\n' + series;
}

} // namespace

// "loss" matches loss only; "sys/cpu_percent/*" matches every series below that prefix.
bool AlertEvaluator::matches(const AlertRule& rule, const QString& metric) {
    if (rule.metric.endsWith(u'*'))
        return metric.startsWith(QStringView(rule.metric).chopped(1));
    return metric == rule.metric;
}

Alert AlertEvaluator::raise(const AlertRule& rule, const QString& runId, const QString& what,
                            const QDateTime& now) const {
    return {rule.id, runId, Tr::tr("%1 (rule %2: %3)").arg(what, rule.id, rule.describe()), now};
}

QList<Alert> AlertEvaluator::onPoints(const QString& runId, const QList<MetricPoint>& points,
                                      const QDateTime& now) {
    QList<Alert> out;
    if (!m_status.contains(runId))
        m_status.insert(runId, RunStatus::Running); // it logs, so it runs
    for (const AlertRule& rule : std::as_const(m_rules)) {
        if (!rule.appliesTo(runId) || !rule.needsMetric())
            continue;
        for (const MetricPoint& p : points) {
            if (!matches(rule, p.name) || (p.kind != QLatin1String("scalar") && !p.kind.isEmpty()))
                continue;
            if (rule.condition == AlertCondition::Stale) {
                m_lastSeen.insert(key(rule, runId), now);
                m_holding.remove(key(rule, runId));
                continue;
            }
            const bool holds = rule.condition == AlertCondition::NonFinite ? !std::isfinite(p.value)
                               : rule.condition == AlertCondition::Above   ? p.value > rule.threshold
                                                                           : p.value < rule.threshold;
            const QString k = key(rule, runId, p.name);
            if (!holds) {
                m_holding.remove(k);
                continue;
            }
            if (m_holding.contains(k))
                continue;
            m_holding.insert(k);
            out << raise(rule, runId, Tr::tr("%1 is %2 at step %3").arg(p.name).arg(p.value).arg(p.step),
                         now);
        }
    }
    return out;
}

QList<Alert> AlertEvaluator::onRunStatus(const QString& runId, RunStatus status, const QString& error,
                                         const QDateTime& now) {
    const bool seenBefore = m_status.contains(runId);
    const bool endedBefore = seenBefore && isTerminal(m_status.value(runId));
    m_status.insert(runId, status);
    QList<Alert> out;
    // A run first seen ended ended before anyone watched it: its end is history, not news.
    if (!isTerminal(status) || !seenBefore || endedBefore)
        return out;
    for (const AlertRule& rule : std::as_const(m_rules)) {
        if (!rule.appliesTo(runId))
            continue;
        const bool fires = rule.condition == AlertCondition::RunEnded ||
                           (rule.condition == AlertCondition::RunFailed && status == RunStatus::Failed);
        if (!fires || m_holding.contains(key(rule, runId)))
            continue;
        m_holding.insert(key(rule, runId));
        const QString what = error.isEmpty() ? Tr::tr("run %1 is %2").arg(runId, toString(status))
                                             : Tr::tr("run %1 is %2: %3").arg(runId, toString(status), error);
        out << raise(rule, runId, what, now);
    }
    return out;
}

QList<Alert> AlertEvaluator::onNode(const QString& runId, const ComputeNode& node, const QDateTime& now) {
    QList<Alert> out;
    for (const AlertRule& rule : std::as_const(m_rules)) {
        const QString k = key(rule, runId, node.nodeId);
        if (rule.condition != AlertCondition::NodeUnusable || !rule.appliesTo(runId))
            continue;
        if (node.state != QLatin1String("unusable")) {
            m_holding.remove(k);
            continue;
        }
        if (m_holding.contains(k))
            continue;
        m_holding.insert(k);
        const QString what = node.reason.isEmpty()
                                 ? Tr::tr("node %1 is unusable").arg(node.nodeId)
                                 : Tr::tr("node %1 is unusable: %2").arg(node.nodeId, node.reason);
        out << raise(rule, runId, what, now);
    }
    return out;
}

QList<Alert> AlertEvaluator::checkStale(const QDateTime& now) {
    QList<Alert> out;
    for (const AlertRule& rule : std::as_const(m_rules)) {
        if (rule.condition != AlertCondition::Stale)
            continue;
        for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
            const QString& runId = it.key();
            if (!rule.appliesTo(runId) || it.value() != RunStatus::Running)
                continue;
            const QString k = key(rule, runId);
            if (!m_lastSeen.contains(k))
                m_lastSeen.insert(k, now); // the clock starts when the run is first seen running
            const double idleSeconds = double(m_lastSeen.value(k).msecsTo(now)) / 1000.0;
            if (idleSeconds < rule.staleMinutes * 60 || m_holding.contains(k))
                continue;
            m_holding.insert(k);
            out << raise(rule, runId,
                         Tr::tr("no new point of %1 for %2 s").arg(rule.metric).arg(qRound(idleSeconds)),
                         now);
        }
    }
    return out;
}

} // namespace trainyard::alerts
