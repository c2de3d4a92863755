#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace trainyard::alerts {

// What a rule watches (docs/monitoring.md "Alerts"):
//   NonFinite  a point of `metric` is NaN or infinite
//   Above      a point of `metric` is above `threshold`; Below likewise
//   Stale      no new point of `metric` for `staleMinutes` while the run is active
//   RunEnded   the run ended, whatever its state; RunFailed: it failed
//   NodeUnusable a node of the run's cluster became unusable
enum class AlertCondition { NonFinite, Above, Below, Stale, RunEnded, RunFailed, NodeUnusable };

QString toString(AlertCondition condition); // "nan", "above", ..., as `yard alert add` spells them

// A rule, for one run (runId) or for every run of the workspace (runId empty). Made by
// `yard alert add` or the desktop, kept in the workspace (AlertRuleStore), no code change needed.
struct AlertRule {
    QString id; // "alert-1", given by the store
    QString runId;
    AlertCondition condition = AlertCondition::NonFinite;
    QString metric;          // for NonFinite, Above, Below, Stale
    double threshold = 0;    // Above, Below
    double staleMinutes = 0; // Stale; fractions allowed (0.1 = 6 s)

    bool needsMetric() const;
    bool appliesTo(const QString& run) const { return runId.isEmpty() || runId == run; }
    // "loss above 10 (run r1)", for lists and messages
    QString describe() const;
    // What is wrong, in words that name the field and what is allowed; ok if nothing is.
    Status validate() const;
};

QJsonObject toJson(const AlertRule& rule);
Result<AlertRule> alertRuleFromJson(const QJsonObject& json);

} // namespace trainyard::alerts
