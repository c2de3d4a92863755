#include "core/metrics/MetricSummary.h"

#include <QMap>

#include <cmath>

namespace trainyard {

namespace {
bool isCellKind(const QString& kind) {
    return kind == QLatin1String("row") || kind == QLatin1String("table") || kind == QLatin1String("list");
}
} // namespace

QString metricValueText(const MetricPoint& p) {
    if (!p.text.isEmpty())
        return p.text;
    if (std::isnan(p.value))
        return QStringLiteral("NaN");
    if (std::isinf(p.value))
        return p.value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(p.value, 'g', 12);
}

void MetricSummary::add(const QList<MetricPoint>& points) {
    for (const MetricPoint& p : points) {
        if (p.kind == QLatin1String("tag"))
            continue;
        Entry& e = m_entries[p.name];
        MetricSummaryRow& row = e.row;
        row.name = p.name;
        if (p.kind == QLatin1String("image")) {
            row.kind = p.kind;
            row.last = p.text;
            ++row.count;
            e.cells << p;
            continue;
        }
        if (isCellKind(p.kind)) {
            row.kind = p.kind;
            e.cells << p;
            continue;
        }
        // A scalar: a number unless one of its values was text.
        const bool text = !p.text.isEmpty() && (std::isnan(p.value) || p.text == QLatin1String("True") ||
                                                p.text == QLatin1String("False"));
        e.numeric = e.numeric && !text;
        row.kind = e.numeric ? QStringLiteral("number") : QStringLiteral("text");
        ++row.count;
        row.last = metricValueText(p);
        if (!text && !std::isnan(p.value)) {
            row.min = std::min(row.min.value_or(p.value), p.value);
            row.max = std::max(row.max.value_or(p.value), p.value);
        }
    }
}

QList<MetricSummaryRow> MetricSummary::rows() const {
    QList<MetricSummaryRow> out;
    const QList<MetricTable> all = tables();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        MetricSummaryRow row = it->row;
        if (!it->numeric) {
            row.min.reset();
            row.max.reset();
        }
        if (isCellKind(row.kind)) {
            for (const MetricTable& t : all) {
                if (t.name != row.name)
                    continue;
                row.count = t.rows.size();
                if (row.kind == QLatin1String("list")) {
                    QStringList values;
                    for (const QStringList& r : t.rows)
                        values << r.value(0);
                    row.last = values.join(QStringLiteral(", "));
                } else if (!t.rows.isEmpty()) {
                    QStringList cells;
                    for (int c = 0; c < t.columns.size(); ++c)
                        cells << t.columns[c] + u'=' + t.rows.last().value(c);
                    row.last = cells.join(QStringLiteral(", "));
                }
            }
        }
        out << row;
    }
    return out;
}

QList<MetricTable> MetricSummary::tables() const {
    QList<MetricTable> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!isCellKind(it->row.kind))
            continue;
        MetricTable table;
        table.name = it.key();
        if (it->row.kind == QLatin1String("list")) {
            table.columns = {QStringLiteral("value")};
            for (const MetricPoint& p : it->cells)
                table.rows << QStringList{metricValueText(p)};
            out << table;
            continue;
        }
        QMap<qint64, QMap<QString, QString>> byStep;
        for (const MetricPoint& p : it->cells) {
            if (!table.columns.contains(p.column))
                table.columns << p.column;
            byStep[p.step].insert(p.column, metricValueText(p));
        }
        for (const auto& cells : std::as_const(byStep)) {
            QStringList row;
            for (const QString& c : std::as_const(table.columns))
                row << cells.value(c);
            table.rows << row;
        }
        out << table;
    }
    return out;
}

QStringList MetricSummary::imageNames() const {
    QStringList names;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->row.kind == QLatin1String("image"))
            names << it.key();
    return names;
}

QList<QPair<qint64, QString>> MetricSummary::images(const QString& name) const {
    QList<QPair<qint64, QString>> out;
    for (const MetricPoint& p : m_entries.value(name).cells)
        if (p.kind == QLatin1String("image"))
            out << qMakePair(p.step, p.text);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

} // namespace trainyard
