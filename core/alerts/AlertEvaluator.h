#pragma once

#include "core/alerts/AlertRule.h"
#include "core/model/Compute.h"
#include "core/model/Metric.h"
#include "core/model/RunStatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace trainyard::alerts {

struct Alert {
    QString ruleId;
    QString runId;
    QString message; // "loss is NaN at step 12 (rule alert-1: loss is NaN or infinite)"
    QDateTime time;
};

// Decides when rules fire, from what it is fed: metric points, run states, node states and the
// clock. Pure (no files, no timers: AlertMonitor drives it), so tests give it time explicitly.
// A metric rule fires when its condition starts to hold and again only after it stopped holding
// (a loss above 10 for 1000 steps is one alert, not 1000); run and node rules fire once.
class AlertEvaluator {
public:
    void setRules(const QList<AlertRule>& rules) { m_rules = rules; }
    const QList<AlertRule>& rules() const { return m_rules; }

    QList<Alert> onPoints(const QString& runId, const QList<MetricPoint>& points, const QDateTime& now);
    QList<Alert> onRunStatus(const QString& runId, RunStatus status, const QString& error,
                             const QDateTime& now);
    QList<Alert> onNode(const QString& runId, const ComputeNode& node, const QDateTime& now);
    // Stale rules: runs that are active and whose metric has had no point for too long.
    QList<Alert> checkStale(const QDateTime& now);

private:
    static bool matches(const AlertRule& rule, const QString& metric);
    Alert raise(const AlertRule& rule, const QString& runId, const QString& what, const QDateTime& now) const;

    QList<AlertRule> m_rules;
    QSet<QString> m_holding;              // rule \n run [\n series]: fired, condition still holds
    QHash<QString, QDateTime> m_lastSeen; // rule \n run: last point of a stale rule's metric
    QHash<QString, RunStatus> m_status;   // the runs fed so far
};

} // namespace trainyard::alerts
