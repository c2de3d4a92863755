#include "core/compare/RunComparison.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace trainyard::compare {

MetricSummary::MetricSummary()
    : last(std::numeric_limits<double>::quiet_NaN())
    , min(last)
    , max(last) {}

void MetricSummary::add(double value) {
    ++count;
    if (!std::isfinite(value))
        return; // counted, but NaN/inf say nothing about where the metric went
    last = value;
    min = std::isnan(min) ? value : std::min(min, value);
    max = std::isnan(max) ? value : std::max(max, value);
}

QString chartName(const MetricPoint& point) {
    if (point.kind == QLatin1String("tag") || (!point.text.isEmpty() && std::isnan(point.value)))
        return {};
    if (point.kind == QLatin1String("row") || point.kind == QLatin1String("table"))
        return point.name + u'/' + point.text;
    return point.name;
}

MetricSummaries summarize(const QList<MetricPoint>& points) {
    MetricSummaries out;
    for (const MetricPoint& point : points) {
        const QString name = chartName(point);
        if (!name.isEmpty())
            out[name].add(point.value);
    }
    return out;
}

QString sectionName(Section section) {
    switch (section) {
    case Section::Config:
        return QStringLiteral("config");
    case Section::Arguments:
        return QStringLiteral("arguments");
    case Section::Environment:
        return QStringLiteral("environment");
    case Section::Tags:
        return QStringLiteral("tags");
    case Section::Properties:
        return QStringLiteral("properties");
    case Section::Metrics:
        return QStringLiteral("metrics");
    }
    return {};
}

QMap<QString, QString> RunComparison::argumentMap(const QStringList& arguments) {
    QMap<QString, QString> out;
    int positional = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const bool isOption = a.startsWith(u'-') && a.size() > 1 && !a.at(1).isDigit(); // "-5" is a number
        if (!isOption) {
            out.insert(QStringLiteral("#%1").arg(++positional), a);
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        if (eq > 0) {
            out.insert(a.left(eq), a.mid(eq + 1));
            continue;
        }
        const bool nextIsValue =
            i + 1 < arguments.size() && !(arguments[i + 1].startsWith(u'-') && arguments[i + 1].size() > 1 &&
                                          !arguments[i + 1].at(1).isDigit());
        out.insert(a, nextIsValue ? arguments[++i] : QString());
    }
    return out;
}

QMap<QString, QString> RunComparison::configMap(const RunInfo& run) {
    const RunConfig& c = run.config;
    QMap<QString, QString> out;
    const auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            out.insert(QString::fromLatin1(key), value);
    };
    put("experiment", run.experiment);
    put("display_name", run.displayName);
    put("status", toString(run.status));
    put("compute", run.compute);
    put("node_count", QString::number(run.nodeCount));
    put("distribution", toString(run.distribution.type));
    if (run.distribution.type == DistributionType::Mpi || run.distribution.type == DistributionType::PyTorch)
        put("process_count_per_node", QString::number(run.distribution.processCountPerNode));
    if (run.distribution.type == DistributionType::TensorFlow) {
        put("worker_count", QString::number(run.distribution.workerCount));
        put("parameter_server_count", QString::number(run.distribution.parameterServerCount));
    }
    put("entry_script", c.entryScript);
    put("command", c.command);
    put("source_directory", c.sourceDirectory);
    put("shm_size", c.shmSize);
    if (c.timeoutSeconds > 0)
        put("timeout_seconds", QString::number(c.timeoutSeconds));
    if (run.exitCode)
        put("exit_code", QString::number(*run.exitCode));
    if (run.startedAt.isValid())
        put("duration_seconds", QString::number(run.startedAt.secsTo(
                                    run.endedAt.isValid() ? run.endedAt : QDateTime::currentDateTimeUtc())));
    return out;
}

static QString number(double v) { // the shortest text that reads back as the same double
    return std::isnan(v) ? QString() : QString::number(v, 'g', QLocale::FloatingPointShortest);
}

RunComparison::RunComparison(const QList<RunInfo>& runs, const QList<MetricSummaries>& metrics)
    : m_runs(runs) {
    QList<QMap<QString, QString>> config, arguments, environment, tags, properties, summaries;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunInfo& run = runs[i];
        config << configMap(run);
        arguments << argumentMap(run.config.arguments);
        QMap<QString, QString> env = run.config.environmentVariables;
        for (auto it = run.config.secretEnvironment.cbegin(); it != run.config.secretEnvironment.cend(); ++it)
            env.insert(it.key(),
                       QStringLiteral("secret:") + it.value()); // the secret's name, never its value
        environment << env;
        tags << run.tags;
        properties << run.properties;
        QMap<QString, QString> s;
        const MetricSummaries perRun = metrics.value(i);
        for (auto it = perRun.cbegin(); it != perRun.cend(); ++it) {
            s.insert(it.key() + QStringLiteral(" (last)"), number(it->last));
            s.insert(it.key() + QStringLiteral(" (min)"), number(it->min));
            s.insert(it.key() + QStringLiteral(" (max)"), number(it->max));
        }
        summaries << s;
    }
    addSection(Section::Config, config);
    addSection(Section::Arguments, arguments);
    addSection(Section::Environment, environment);
    addSection(Section::Tags, tags);
    addSection(Section::Properties, properties);
    addSection(Section::Metrics, summaries);
}

void RunComparison::addSection(Section section, const QList<QMap<QString, QString>>& perRun) {
    QStringList keys;
    for (const auto& map : perRun)
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    keys.sort(); // one order for every run; QMap's order within a run is the same
    for (const QString& key : std::as_const(keys)) {
        ComparisonRow row{section, key, {}, false};
        for (const auto& map : perRun) {
            const auto it = map.constFind(key);
            row.values << (it == map.cend() ? std::nullopt : std::optional<QString>(*it));
        }
        for (qsizetype i = 1; i < row.values.size() && !row.differs; ++i)
            row.differs = row.values[i] != row.values[0];
        m_rows << row;
    }
}

QList<ComparisonRow> RunComparison::differences() const {
    QList<ComparisonRow> out;
    for (const ComparisonRow& row : m_rows)
        if (row.differs)
            out << row;
    return out;
}

QJsonObject RunComparison::toJson(bool differencesOnly) const {
    QJsonArray runs;
    for (const RunInfo& run : m_runs)
        runs.append(QJsonObject{
            {QStringLiteral("id"), run.id},
            {QStringLiteral("display_name"), run.displayName.isEmpty() ? run.id : run.displayName}});
    QJsonArray rows;
    for (const ComparisonRow& row : differencesOnly ? differences() : m_rows) {
        QJsonArray values;
        for (const auto& v : row.values)
            values.append(v ? QJsonValue(*v) : QJsonValue());
        rows.append(QJsonObject{{QStringLiteral("section"), sectionName(row.section)},
                                {QStringLiteral("key"), row.key},
                                {QStringLiteral("values"), values},
                                {QStringLiteral("different"), row.differs}});
    }
    return {{QStringLiteral("runs"), runs}, {QStringLiteral("rows"), rows}};
}

} // namespace trainyard::compare
