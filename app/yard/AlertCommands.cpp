// `yard alert add|list|remove|watch`: alert rules kept in the workspace (core/alerts), so a
// user gets told about a NaN loss, a stalled metric or a failed run without changing code.
#include "Cli.h"
#include "RunExtras.h"

#include "core/alerts/AlertMonitor.h"
#include "core/alerts/AlertRuleStore.h"
#include "core/alerts/RunEvents.h"
#include "core/engine/Engine.h"

#include <QCoreApplication>

namespace yard {

using namespace trainyard::alerts;

static QString tr(const char* text) {
    return QCoreApplication::translate("yard", text);
}

// The rule the options describe, or a usage error naming what is wrong.
static Result<AlertRule> ruleFromOptions(Cli& cli) {
    AlertRule rule;
    rule.runId = cli.value(QStringLiteral("run"));
    rule.metric = cli.value(QStringLiteral("metric"));
    QStringList conditions;
    for (const char* option : {"nan", "above", "below", "stale-minutes", "on"})
        if (cli.isSet(QString::fromLatin1(option)))
            conditions << u"--" + QString::fromLatin1(option);
    if (conditions.size() != 1)
        return Error::usage(
            tr("give exactly one condition: --nan, --above VALUE, --below VALUE, "
               "--stale-minutes N or --on failed|ended|unusable (given: %1).")
                .arg(conditions.isEmpty() ? tr("none") : conditions.join(QStringLiteral(", "))));
    const auto number = [&](const QString& option) -> std::optional<double> {
        bool ok = false;
        const double v = cli.value(option).toDouble(&ok);
        return ok ? std::optional(v) : std::nullopt;
    };
    if (cli.isSet(QStringLiteral("nan"))) {
        rule.condition = AlertCondition::NonFinite;
    } else if (cli.isSet(QStringLiteral("above")) || cli.isSet(QStringLiteral("below"))) {
        const QString option =
            cli.isSet(QStringLiteral("above")) ? QStringLiteral("above") : QStringLiteral("below");
        rule.condition = option == QLatin1String("above") ? AlertCondition::Above : AlertCondition::Below;
        const auto v = number(option);
        if (!v)
            return Error::usage(tr("--%1 '%2' is not a number.").arg(option, cli.value(option)));
        rule.threshold = *v;
    } else if (cli.isSet(QStringLiteral("stale-minutes"))) {
        rule.condition = AlertCondition::Stale;
        const auto v = number(QStringLiteral("stale-minutes"));
        if (!v)
            return Error::usage(tr("--stale-minutes '%1' is not a number of minutes.")
                                    .arg(cli.value(QStringLiteral("stale-minutes"))));
        rule.staleMinutes = *v;
    } else {
        const QString on = cli.value(QStringLiteral("on"));
        if (on == QLatin1String("failed"))
            rule.condition = AlertCondition::RunFailed;
        else if (on == QLatin1String("ended"))
            rule.condition = AlertCondition::RunEnded;
        else if (on == QLatin1String("unusable"))
            rule.condition = AlertCondition::NodeUnusable;
        else
            return Error::usage(tr("--on '%1' is not known; allowed: failed, ended, unusable.").arg(on));
    }
    if (Status valid = rule.validate(); !valid)
        return Error::usage(valid.error().message, valid.error().field);
    return rule;
}

static int add(Cli& cli) {
    QCommandLineParser& p = cli.parser();
    p.addOption({QStringLiteral("metric"), tr("The metric the rule watches (NAME, or a prefix ending in *)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("nan"), tr("Fire when the metric is NaN or infinite.")});
    p.addOption(
        {QStringLiteral("above"), tr("Fire when the metric is above VALUE."), QStringLiteral("value")});
    p.addOption(
        {QStringLiteral("below"), tr("Fire when the metric is below VALUE."), QStringLiteral("value")});
    p.addOption({QStringLiteral("stale-minutes"), tr("Fire when the metric has no new point for N minutes."),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("on"), tr("Fire when the run failed, ended, or a node became unusable."),
                 QStringLiteral("failed|ended|unusable")});
    p.addOption({QStringLiteral("run"), tr("Only for this run (default: every run of the workspace)."),
                 QStringLiteral("id")});
    if (!cli.parse(tr("Adds an alert rule to the workspace.")))
        return kUsage;
    const auto rule = ruleFromOptions(cli);
    if (!rule)
        return cli.usage(rule.error().message);
    return cli.onEngine([&](trainyard::Engine* engine) {
        const auto added = AlertRuleStore(engine->stateFolder()).add(rule.value());
        if (!added)
            return cli.fail(added.error());
        if (cli.json())
            cli.printJson(toJson(added.value()));
        else
            cli.print(tr("Added %1: %2.").arg(added->id, added->describe()));
        return kOk;
    });
}

static int list(Cli& cli) {
    if (!cli.parse(tr("Lists the workspace's alert rules.")))
        return kUsage;
    return cli.onEngine([&](trainyard::Engine* engine) {
        const auto rules = AlertRuleStore(engine->stateFolder()).rules();
        if (!rules)
            return cli.fail(rules.error());
        cli.printList(rules.value(), {tr("Id"), tr("Run"), tr("Rule")}, [](const AlertRule& r) {
            return QStringList{r.id, r.runId.isEmpty() ? tr("(all)") : r.runId, r.describe()};
        });
        return kOk;
    });
}

static int remove(Cli& cli) {
    if (!cli.parse(tr("Removes an alert rule."), QStringLiteral("id")))
        return kUsage;
    return cli.onTarget(tr("the rule's id (yard alert list)"), [&](const Cli::Target& target) {
        if (Status s = AlertRuleStore(target.engine->stateFolder()).remove(target.name); !s)
            return cli.fail(s.error());
        if (cli.json())
            cli.printJson(
                QJsonObject{{QStringLiteral("id"), target.name}, {QStringLiteral("removed"), true}});
        else
            cli.print(tr("Removed %1.").arg(target.name));
        return kOk;
    });
}

// Follows a run until it ends, recording every alert in its events and printing it.
static int watch(Cli& cli) {
    cli.parser().addOption(
        {QStringLiteral("poll-ms"), tr("How often the run's state is read."), QStringLiteral("ms")});
    if (!cli.parse(tr("Watches a run for the alert rules until it ends; alerts go to its events."),
                   QStringLiteral("id")))
        return kUsage;
    int exit = kOk;
    std::optional<int> pollMs = 2000;
    if (cli.isSet(QStringLiteral("poll-ms")) && !(pollMs = cli.intOption(QStringLiteral("poll-ms"), exit)))
        return exit;
    return cli.onTarget(tr("the run's id"), [&](const Cli::Target& run) {
        AlertMonitor monitor(run.engine, run.name);
        monitor.setPollInterval(qMax(100, *pollMs));
        QObject::connect(&monitor, &AlertMonitor::alertRaised, &monitor, [&](const Alert& alert) {
            if (cli.json())
                cli.printJson(toJson(
                    trainyard::RunEvent{alert.time, QStringLiteral("alert"), alert.ruleId, alert.message}));
            else
                cli.print(tr("ALERT %1: %2").arg(alert.runId, alert.message));
        });
        if (Status started = monitor.start(); !started)
            return cli.fail(started.error());
        if (!monitor.isFinished())
            trainyard::awaitSignal(&monitor, &AlertMonitor::finished);
        return kOk;
    });
}

static const CommandRegistration registration{
    {QStringLiteral("alert add"), add,
     QStringLiteral("Add an alert rule (metric NaN/above/below/stale, run end).")},
    {QStringLiteral("alert list"), list, QStringLiteral("List the alert rules.")},
    {QStringLiteral("alert remove"), remove, QStringLiteral("Remove an alert rule.")},
    {QStringLiteral("alert watch"), watch, QStringLiteral("Watch a run for the alert rules until it ends.")},
};

} // namespace yard
