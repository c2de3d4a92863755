// readFlatLineByHand: FlatMetricLine.h. JSON's grammar for one flat object, by hand; it gives
// up on escapes and non-ASCII bytes, which readFlatLineSax or QJsonDocument then read.
#include "core/metrics/FlatMetricLine.h"

#include <charconv>
#include <cmath>

namespace trainyard {

namespace {

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

} // namespace

bool readFlatLineByHand(QByteArrayView s, FlatMetricLine& out) {
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
        FlatValue* slot = out.slot(std::string_view(key.data(), size_t(key.size())));
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
    return i == s.size();
}

} // namespace trainyard
