#include "core/metrics/MetricsJsonlParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
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
    if (m_fastPath && parseFlatLine(line, out))
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

// A JSON value of a flat object, as the fast path sees it.
struct FlatValue {
    enum Type { Missing, Number, String, Bool, Null } type = Missing;
    double number = 0;
    QByteArrayView string; // without quotes; only when it has no escapes
    bool boolean = false;
};

void skipSpace(QByteArrayView s, qsizetype& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
}

// A string without escapes (the fast path gives up on escapes and non-ASCII control bytes).
bool readString(QByteArrayView s, qsizetype& i, QByteArrayView& out) {
    if (i >= s.size() || s[i] != '"')
        return false;
    const qsizetype start = ++i;
    while (i < s.size() && s[i] != '"') {
        const auto u = static_cast<unsigned char>(s[i]);
        if (u == '\\' || u < 0x20 || u >= 0x80) // escapes, control bytes, UTF-8: the slow path
            return false;
        ++i;
    }
    if (i >= s.size())
        return false;
    out = s.sliced(start, i - start);
    ++i;
    return true;
}

// JSON's number grammar (from_chars alone would take "01" or "1."): -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
// Returns where the number ends, or -1.
qsizetype jsonNumberEnd(QByteArrayView s, qsizetype i) {
    const auto digit = [&](qsizetype k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (!digit(i))
        return -1;
    if (s[i] == '0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < s.size() && s[i] == '.') {
        if (!digit(++i))
            return -1;
        while (digit(i))
            ++i;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digit(i))
            return -1;
        while (digit(i))
            ++i;
    }
    return i;
}

bool readValue(QByteArrayView s, qsizetype& i, FlatValue& v) {
    if (i >= s.size())
        return false;
    const char c = s[i];
    if (c == '"') {
        v.type = FlatValue::String;
        return readString(s, i, v.string);
    }
    if (c == 't' && s.sliced(i).startsWith("true")) {
        v = {FlatValue::Bool, 1, {}, true};
        i += 4;
        return true;
    }
    if (c == 'f' && s.sliced(i).startsWith("false")) {
        v = {FlatValue::Bool, 0, {}, false};
        i += 5;
        return true;
    }
    if (c == 'n' && s.sliced(i).startsWith("null")) {
        v.type = FlatValue::Null;
        i += 4;
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        const qsizetype numberEnd = jsonNumberEnd(s, i);
        if (numberEnd < 0)
            return false;
        const auto [end, ec] = std::from_chars(s.data() + i, s.data() + numberEnd, v.number);
        if (ec != std::errc() || end != s.data() + numberEnd || !std::isfinite(v.number))
            return false; // out of range: let QJsonDocument decide
        i = end - s.data();
        v.type = FlatValue::Number;
        return true;
    }
    return false; // objects, arrays: not flat
}

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

// Same rules as the QJsonDocument path below (tst_metrics_parser compares both on random
// lines); returns false, having consumed nothing, for anything it does not read.
bool MetricsJsonlParser::parseFlatLine(QByteArrayView s, QList<MetricPoint>& out) {
    FlatValue name, value, step, time, rank, kind;
    qsizetype i = 0;
    skipSpace(s, i);
    if (i >= s.size() || s[i] != '{')
        return false;
    ++i;
    skipSpace(s, i);
    if (i < s.size() && s[i] == '}')
        return false; // empty object: the slow path words the warning
    for (;;) {
        skipSpace(s, i);
        QByteArrayView key;
        if (!readString(s, i, key))
            return false;
        skipSpace(s, i);
        if (i >= s.size() || s[i] != ':')
            return false;
        ++i;
        skipSpace(s, i);
        FlatValue v;
        if (!readValue(s, i, v))
            return false;
        FlatValue* slot = key == "name"    ? &name
                          : key == "value" ? &value
                          : key == "step"  ? &step
                          : key == "time"  ? &time
                          : key == "rank"  ? &rank
                          : key == "kind"  ? &kind
                                           : nullptr;
        if (slot) {
            if (slot->type != FlatValue::Missing)
                return false; // duplicate keys: QJsonDocument's rule applies
            *slot = v;
        } else if (key == "values") {
            return false; // lists, rows, tables
        }
        skipSpace(s, i);
        if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
        }
        if (i < s.size() && s[i] == '}') {
            ++i;
            break;
        }
        return false;
    }
    skipSpace(s, i);
    if (i != s.size() || name.type != FlatValue::String || name.string.isEmpty())
        return false;
    if (kind.type != FlatValue::Missing && kind.type != FlatValue::String)
        return false;
    const QString kindText =
        kind.type == FlatValue::String ? QString::fromUtf8(kind.string) : QStringLiteral("scalar");
    if (kindText == QLatin1String("list") || kindText == QLatin1String("row") ||
        kindText == QLatin1String("table"))
        return false;

    MetricPoint p;
    p.name = QString::fromUtf8(name.string);
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
