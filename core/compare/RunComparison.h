#pragma once

#include "core/model/Metric.h"
#include "core/model/Run.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace trainyard::compare {

// last / min / max of one metric of one run, over its finite values (NaN when it has none).
struct MetricSummary {
    qint64 count = 0;
    double last;
    double min;
    double max;
    MetricSummary();
    void add(double value);
};

// By metric name, named as the charts name them (a row or table cell is "name/column").
using MetricSummaries = QMap<QString, MetricSummary>;
MetricSummaries summarize(const QList<MetricPoint>& points);
// The chart's name for a point, or empty for a point that is not a number (text, tags).
QString chartName(const MetricPoint& point);

enum class Section { Config, Arguments, Environment, Tags, Properties, Metrics };
QString sectionName(Section section); // "config", "arguments", … (the JSON's words)

// One compared value: `values` holds one entry per run, in the runs' order; nullopt where the
// run does not have the key at all (shown as "missing", unlike an empty value).
struct ComparisonRow {
    Section section;
    QString key;
    QList<std::optional<QString>> values;
    bool differs = false;
};

// Runs side by side (yard run compare, the desktop's comparison view): what they were given
// (config, script arguments, environment, tags, properties) and what they logged (last, min, max
// of every metric). A key one run lacks counts as a difference.
class RunComparison {
public:
    RunComparison(const QList<RunInfo>& runs, const QList<MetricSummaries>& metrics = {});

    const QList<RunInfo>& runs() const { return m_runs; }
    const QList<ComparisonRow>& rows() const { return m_rows; }
    QList<ComparisonRow> differences() const;
    QJsonObject toJson(bool differencesOnly) const;

    // Script arguments as keys: "--lr 0.1" and "--lr=0.1" are key "--lr" with value "0.1", a
    // flag alone has an empty value, anything else is positional ("#1", "#2", …).
    static QMap<QString, QString> argumentMap(const QStringList& arguments);
    // The run's own settings under the SDK's names (compute, node_count, distribution, …).
    static QMap<QString, QString> configMap(const RunInfo& run);

private:
    void addSection(Section section, const QList<QMap<QString, QString>>& perRun);

    QList<RunInfo> m_runs;
    QList<ComparisonRow> m_rows;
};

} // namespace trainyard::compare
