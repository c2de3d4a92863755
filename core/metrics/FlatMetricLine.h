#pragma once

#include <QByteArrayView>

#include <string>
#include <string_view>

namespace trainyard {

// A metrics line that is one flat JSON object (what the Python helper writes for run.log), read
// without building a QJsonDocument. Two readers fill it: a hand-written one and one on
// nlohmann_json's SAX parser (trainyard-bench measures both).
// The hand-written one is about three times faster and declines escapes and non-ASCII, which the
// SAX one reads. Both give up (return false) on whatever is not flat: nested objects or arrays, a "values"
// key, duplicate keys, an empty object, malformed JSON; MetricsJsonlParser then reads the line with
// QJsonDocument, which also words the warning for a bad line.
struct FlatValue {
    enum Type { Missing, Number, String, Bool, Null } type = Missing;
    double number = 0;
    QByteArrayView string; // UTF-8, escapes decoded, without quotes
    bool boolean = false;
};

struct FlatMetricLine {
    FlatValue name, value, step, time, rank, kind;
    std::string storage[6]; // decoded strings the views above point into (SAX reader)
    // The slot a key fills, or nullptr for a key that plays no part.
    FlatValue* slot(std::string_view key) {
        return key == "name"    ? &name
               : key == "value" ? &value
               : key == "step"  ? &step
               : key == "time"  ? &time
               : key == "rank"  ? &rank
               : key == "kind"  ? &kind
                                : nullptr;
    }
};

// Flat lines whose strings have no escapes and are ASCII; anything else is left to the others.
bool readFlatLineByHand(QByteArrayView line, FlatMetricLine& out);
// Any flat line, through nlohmann::json::sax_parse.
bool readFlatLineSax(QByteArrayView line, FlatMetricLine& out);

} // namespace trainyard
