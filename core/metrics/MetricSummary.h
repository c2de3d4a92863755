#pragma once

#include "core/model/Metric.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace trainyard {

// Every metric of a run shown for what it is (what `yard run metrics` prints and the desktop's
// values table shows): numbers with their range, text and booleans as text, lists, rows and
// tables as tables, images by their path in the run. Tags are not metrics and are left out.

// The text of one value: a number in the C locale's shortest form, or the text as logged.
QString metricValueText(const MetricPoint& point);

struct MetricSummaryRow {
    QString name;
    QString kind;                   // "number" | "text" | "list" | "row" | "table" | "image"
    qint64 count = 0;               // points (numbers, text), values (list), rows (row, table), images
    QString last;                   // the last value (lists: all values, comma separated; images: the path)
    std::optional<double> min, max; // numbers only
};

struct MetricTable {
    QString name;
    QStringList columns;     // in the order they first appeared
    QList<QStringList> rows; // one per step, "" where a row has no such column
};

// Accumulates points as they arrive (in the order they were logged).
class MetricSummary {
public:
    void add(const QList<MetricPoint>& points);

    QList<MetricSummaryRow> rows() const; // by name
    QList<MetricTable> tables() const;    // log_row / log_table / log_list, by name
    // The images of one name, by step: (step, path relative to the run).
    QList<QPair<qint64, QString>> images(const QString& name) const;
    QStringList imageNames() const;

private:
    struct Entry {
        MetricSummaryRow row;
        QList<MetricPoint> cells; // lists, rows, tables, images
        bool numeric = true;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace trainyard
