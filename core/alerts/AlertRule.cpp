#include "core/alerts/AlertRule.h"

#include <QCoreApplication>

#include <cmath>

namespace trainyard::alerts {

namespace {

struct ConditionName {
    AlertCondition condition;
    const char* name;
};
constexpr ConditionName kNames[] = {
    {AlertCondition::NonFinite, "nan"},         {AlertCondition::Above, "above"},
    {AlertCondition::Below, "below"},           {AlertCondition::Stale, "stale"},
    {AlertCondition::RunEnded, "ended"},        {AlertCondition::RunFailed, "failed"},
    {AlertCondition::NodeUnusable, "unusable"},
};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AlertRule)
};

} // namespace

QString toString(AlertCondition condition) {
    for (const auto& n : kNames)
        if (n.condition == condition)
            return QString::fromLatin1(n.name);
    return {};
}

bool AlertRule::needsMetric() const {
    return condition == AlertCondition::NonFinite || condition == AlertCondition::Above ||
           condition == AlertCondition::Below || condition == AlertCondition::Stale;
}

QString AlertRule::describe() const {
    QString what;
    switch (condition) {
    case AlertCondition::NonFinite:
        what = Tr::tr("%1 is NaN or infinite").arg(metric);
        break;
    case AlertCondition::Above:
        what = Tr::tr("%1 above %2").arg(metric).arg(threshold);
        break;
    case AlertCondition::Below:
        what = Tr::tr("%1 below %2").arg(metric).arg(threshold);
        break;
    case AlertCondition::Stale:
        what = Tr::tr("no new %1 for %2 min").arg(metric).arg(staleMinutes);
        break;
    case AlertCondition::RunEnded:
        what = Tr::tr("run ended");
        break;
    case AlertCondition::RunFailed:
        what = Tr::tr("run failed");
        break;
    case AlertCondition::NodeUnusable:
        what = Tr::tr("a node became unusable");
        break;
    }
    return runId.isEmpty() ? what : Tr::tr("%1 (run %2)").arg(what, runId);
}

Status AlertRule::validate() const {
    if (needsMetric() && metric.trimmed().isEmpty())
        return Error::invalid(
            Tr::tr("An alert on '%1' needs a metric name (--metric NAME), e.g. --metric loss.")
                .arg(toString(condition)),
            QStringLiteral("metric"));
    if (!needsMetric() && !metric.isEmpty())
        return Error::invalid(
            Tr::tr("An alert on '%1' takes no metric; --metric goes with --nan, --above, --below "
                   "or --stale-minutes.")
                .arg(toString(condition)),
            QStringLiteral("metric"));
    if ((condition == AlertCondition::Above || condition == AlertCondition::Below) &&
        !std::isfinite(threshold))
        return Error::invalid(
            Tr::tr("The threshold must be a finite number; use --nan for NaN and infinity."),
            QStringLiteral("threshold"));
    if (condition == AlertCondition::Stale && !(staleMinutes > 0 && staleMinutes <= 7 * 24 * 60))
        return Error::invalid(
            Tr::tr("--stale-minutes must be more than 0 and at most 10080 (a week), not %1.")
                .arg(staleMinutes),
            QStringLiteral("stale_minutes"));
    return {};
}

QJsonObject toJson(const AlertRule& rule) {
    QJsonObject o{{QStringLiteral("id"), rule.id}, {QStringLiteral("condition"), toString(rule.condition)}};
    if (!rule.runId.isEmpty())
        o[QStringLiteral("run_id")] = rule.runId;
    if (rule.needsMetric())
        o[QStringLiteral("metric")] = rule.metric;
    if (rule.condition == AlertCondition::Above || rule.condition == AlertCondition::Below)
        o[QStringLiteral("threshold")] = rule.threshold;
    if (rule.condition == AlertCondition::Stale)
        o[QStringLiteral("stale_minutes")] = rule.staleMinutes;
    return o;
}

Result<AlertRule> alertRuleFromJson(const QJsonObject& json) {
    AlertRule rule;
    rule.id = json.value(QStringLiteral("id")).toString();
    rule.runId = json.value(QStringLiteral("run_id")).toString();
    rule.metric = json.value(QStringLiteral("metric")).toString();
    rule.threshold = json.value(QStringLiteral("threshold")).toDouble();
    rule.staleMinutes = json.value(QStringLiteral("stale_minutes")).toDouble();
    const QString condition = json.value(QStringLiteral("condition")).toString();
    bool known = false;
    for (const auto& n : kNames)
        if (condition == QLatin1String(n.name)) {
            rule.condition = n.condition;
            known = true;
        }
    if (!known)
        return Error::invalid(
            Tr::tr("Alert rule '%1' has an unknown condition '%2'; allowed: nan, above, below, "
                   "stale, ended, failed, unusable.")
                .arg(rule.id, condition),
            QStringLiteral("condition"));
    if (Status valid = rule.validate(); !valid)
        return valid.error();
    return rule;
}

} // namespace trainyard::alerts
