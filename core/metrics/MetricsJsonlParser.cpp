#include "core/metrics/MetricsJsonlParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace trainyard {

namespace {

// JSON has no NaN or infinity; the helper writes them as strings, and so do other tools.
std::optional<double> numberOf(const QJsonValue& v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (s == QLatin1String("inf") || s == QLatin1String("infinity") || s == QLatin1String("+inf"))
            return std::numeric_limits<double>::infinity();
        if (s == QLatin1String("-inf") || s == QLatin1String("-infinity"))
            return -std::numeric_limits<double>::infinity();
    }
    return std::nullopt;
}

} // namespace

qint64 MetricsJsonlParser::nextStep(const QString& name) {
    return m_nextStep[name]++;
}

QList<MetricPoint> MetricsJsonlParser::feed(const QByteArray& bytes) {
    QList<MetricPoint> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = bytes.mid(start, newline - start);
        if (!m_partial.isEmpty()) {
            line.prepend(m_partial);
            m_partial.clear();
        }
        parseLine(line, out);
        start = newline + 1;
    }
    m_partial += bytes.mid(start);
    return out;
}

QList<MetricPoint> MetricsJsonlParser::finish() {
    QList<MetricPoint> out;
    if (!m_partial.trimmed().isEmpty())
        parseLine(m_partial, out);
    m_partial.clear();
    return out;
}

QStringList MetricsJsonlParser::takeWarnings() {
    return std::exchange(m_warnings, {});
}

void MetricsJsonlParser::parseLine(const QByteArray& rawLine, QList<MetricPoint>& out) {
    ++m_lineNumber;
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    const QJsonObject o = doc.object();
    const QString name = o.value(QStringLiteral("name")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || name.isEmpty()) {
        m_warnings << QStringLiteral("metrics line %1 skipped: %2")
                          .arg(m_lineNumber)
                          .arg(error.error != QJsonParseError::NoError
                                   ? error.errorString()
                                   : QStringLiteral("not a metric object"));
        return;
    }
    MetricPoint base;
    base.name = name;
    base.time = o.value(QStringLiteral("time")).toDouble();
    base.rank = o.value(QStringLiteral("rank")).toInt();
    base.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("scalar"));
    const QJsonValue stepValue = o.value(QStringLiteral("step"));

    if (base.kind == QLatin1String("list")) {
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        for (const QJsonValue& v : values) {
            MetricPoint p = base;
            p.step = nextStep(name);
            p.value = numberOf(v).value_or(std::numeric_limits<double>::quiet_NaN());
            if (!numberOf(v))
                p.text = v.toVariant().toString();
            out << p;
        }
        return;
    }
    if (base.kind == QLatin1String("row") || base.kind == QLatin1String("table")) {
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        const qint64 step = stepValue.isDouble() ? qint64(stepValue.toDouble()) : nextStep(name);
        for (auto it = values.begin(); it != values.end(); ++it) {
            MetricPoint p = base;
            p.step = step;
            p.text = it.key();
            p.value = numberOf(it.value()).value_or(std::numeric_limits<double>::quiet_NaN());
            out << p;
        }
        return;
    }
    MetricPoint p = base;
    const QJsonValue value = o.value(QStringLiteral("value"));
    if (const auto number = numberOf(value)) {
        p.value = *number;
    } else {
        p.value = std::numeric_limits<double>::quiet_NaN();
        p.text = value.toVariant().toString();
    }
    p.step = stepValue.isDouble() ? qint64(stepValue.toDouble()) : nextStep(name);
    if (stepValue.isDouble())
        m_nextStep[name] = qMax(m_nextStep.value(name), p.step + 1);
    out << p;
}

} // namespace trainyard
