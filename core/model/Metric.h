#pragma once

#include <QString>
#include <QVariant>

namespace trainyard {

// One logged value: run.log("loss", 0.3, step=1). Lists, rows and tables arrive as several
// points of the same name; `kind` keeps what the script called so a table can be rebuilt.
struct MetricPoint {
    QString name;
    qint64 step = -1; // -1 when the script gave none (the reader numbers them per name)
    double value = 0; // NaN for non-numeric values, which live in `text`
    double time = 0;  // seconds since the epoch
    int rank = 0;
    QString kind;   // "scalar" | "list" | "row" | "table" | "tag" | "image"
    QString text;   // a non-numeric value (a string; "True"/"False"; an image's path in the run)
    QString column; // rows and tables: the cell's column
};

} // namespace trainyard
