#include "core/metrics/MetricsJsonlParser.h"

#include "core/metrics/FlatMetricLine.h"

#include <QCoreApplication>
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

// A value as the script logged it: numbers (and "NaN", "inf") as numbers, strings as text,
// booleans as both (1/0 for charts, "True"/"False" as Python prints them).
void setValue(MetricPoint& p, const QJsonValue& v) {
    if (const auto number = numberOf(v)) {
        p.value = *number;
        if (v.isBool())
            p.text = v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return;
    }
    p.value = std::numeric_limits<double>::quiet_NaN();
    p.text = v.toVariant().toString();
}

} // namespace

QString MetricsJsonlParser::internedName(QByteArrayView utf8) {
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size()); // no copy to look up
    if (const auto it = m_names.constFind(key); it != m_names.constEnd())
        return *it;
    if (m_names.size() > 10000)
        m_names.clear(); // a script that makes up names as it goes: do not keep them all
    return *m_names.insert(QByteArray(utf8.data(), utf8.size()), QString::fromUtf8(utf8));
}

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
        if (!m_partial.isEmpty()) {
            m_partial += QByteArrayView(bytes).sliced(start, newline - start);
            parseLine(m_partial, out);
            m_partial.clear();
        } else {
            parseLine(QByteArrayView(bytes).sliced(start, newline - start), out);
        }
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

void MetricsJsonlParser::parseLine(QByteArrayView rawLine, QList<MetricPoint>& out) {
    ++m_lineNumber;
    const QByteArrayView line = rawLine.trimmed();
    if (line.isEmpty())
        return;
    if (m_reader != Reader::JsonDocument && parseFlatLine(line, out))
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    const QJsonObject o = doc.object();
    const QString name = o.value(QStringLiteral("name")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || name.isEmpty()) {
        m_warnings << QCoreApplication::translate("MetricsJsonlParser", "metrics line %1 skipped: %2")
                          .arg(m_lineNumber)
                          .arg(
                              error.error != QJsonParseError::NoError
                                  ? error.errorString()
                                  : QCoreApplication::translate("MetricsJsonlParser", "not a metric object"));
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
            setValue(p, v);
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
            p.column = it.key();
            setValue(p, it.value());
            out << p;
        }
        return;
    }
    MetricPoint p = base;
    setValue(p, o.value(QStringLiteral("value")));
    p.step = stepValue.isDouble() ? qint64(stepValue.toDouble()) : nextStep(name);
    if (stepValue.isDouble())
        m_nextStep[name] = qMax(m_nextStep.value(name), p.step + 1);
    out << p;
}

namespace {

QJsonValue toJson(const FlatValue& v) {
    switch (v.type) {
    case FlatValue::Number:
        return v.number;
    case FlatValue::String:
        return QString::fromUtf8(v.string);
    case FlatValue::Bool:
        return v.boolean;
    case FlatValue::Null:
        return QJsonValue::Null;
    default:
        return QJsonValue::Undefined;
    }
}

} // namespace

// Same rules as the QJsonDocument path above (tst_metrics_parser_fast_path compares them on
// random lines); returns false, having consumed nothing, for anything it does not read.
bool MetricsJsonlParser::parseFlatLine(QByteArrayView s, QList<MetricPoint>& out) {
    FlatMetricLine line;
    bool read = m_reader == Reader::Handwritten && readFlatLineByHand(s, line);
    if (!read) {
        line = {};
        read = readFlatLineSax(s, line);
    }
    if (!read)
        return false;
    const FlatValue &name = line.name, &value = line.value, &step = line.step, &time = line.time,
                    &rank = line.rank, &kind = line.kind;
    if (name.type != FlatValue::String || name.string.isEmpty())
        return false;
    if (kind.type != FlatValue::Missing && kind.type != FlatValue::String)
        return false;
    const QString kindText = kind.type == FlatValue::Missing || kind.string == "scalar"
                                 ? QStringLiteral("scalar")
                                 : QString::fromUtf8(kind.string);
    if (kindText == QLatin1String("list") || kindText == QLatin1String("row") ||
        kindText == QLatin1String("table"))
        return false;

    MetricPoint p;
    p.name = internedName(name.string);
    p.time = time.type == FlatValue::Number ? time.number : 0;
    p.rank = rank.type == FlatValue::Number ? QJsonValue(rank.number).toInt() : 0;
    p.kind = kindText;
    setValue(p, toJson(value));
    const bool hasStep = step.type == FlatValue::Number;
    p.step = hasStep ? qint64(step.number) : nextStep(p.name);
    if (hasStep)
        m_nextStep[p.name] = qMax(m_nextStep.value(p.name), p.step + 1);
    out << p;
    return true;
}

} // namespace trainyard
