// `yard run compare ID ID... [--all] [--json]`: runs side by side, differences only unless --all.
#include "Cli.h"

#include "core/compare/RunComparison.h"

#include <QCoreApplication>

namespace yard {

using namespace trainyard;

QList<MetricPoint> readMetrics(Engine* engine, const QString& runId, const QString& only); // RunCommands.cpp

static QString tr(const char* text) {
    return QCoreApplication::translate("yard", text);
}

static int compareRuns(Cli& cli) {
    cli.parser().addOption(
        {QStringLiteral("all"), tr("Show every compared value, not only those that differ.")});
    if (!cli.parse(tr("Compares runs: config, arguments, environment, tags, properties and metric summaries "
                      "(last, min, max)."),
                   QStringLiteral("id id...")))
        return kUsage;
    const QStringList ids = cli.positional();
    if (ids.size() < 2)
        return cli.usage(tr("give at least two run ids to compare; got %1.").arg(ids.size()));
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (ids.indexOf(ids[i]) != i)
            return cli.usage(tr("run '%1' is named twice; give each run once.").arg(ids[i]));
    return cli.onEngine([&](Engine* engine) {
        QList<RunInfo> runs;
        QList<compare::MetricSummaries> metrics;
        for (const QString& id : ids) {
            const Result<RunInfo> run = await(engine->getRun(id));
            if (!run) // an id that names no run is bad input, like any other wrong value
                return run.error().kind == ErrorKind::NotFound ? cli.usage(run.error().message)
                                                               : cli.fail(run.error());
            runs << run.value();
            metrics << compare::summarize(readMetrics(engine, id, {}));
        }
        const compare::RunComparison comparison(runs, metrics);
        const bool all = cli.isSet(QStringLiteral("all"));
        if (cli.json()) {
            cli.printJson(comparison.toJson(!all));
            return kOk;
        }
        QStringList headers{tr("Section"), tr("Key")};
        for (const RunInfo& run : runs)
            headers << (run.displayName.isEmpty() ? run.id
                                                  : run.displayName + QStringLiteral(" (") + run.id + u')');
        QList<QStringList> rows;
        for (const compare::ComparisonRow& row : all ? comparison.rows() : comparison.differences()) {
            QStringList cells{compare::sectionName(row.section), row.key};
            for (const auto& value : row.values)
                cells << (value ? *value : tr("(missing)"));
            rows << cells;
        }
        if (rows.isEmpty())
            cli.print(tr("The runs do not differ in what is compared (use --all to see it)."));
        else
            cli.printTable(headers, rows);
        return kOk;
    });
}

static const CommandRegistration registration{
    {QStringLiteral("run compare"), compareRuns,
     QCoreApplication::translate("yard", "Compare runs side by side (differences only unless --all).")},
};

} // namespace yard
