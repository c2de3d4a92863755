// readFlatLineSax: FlatMetricLine.h. nlohmann_json's SAX interface reports each token; we keep
// the six keys a scalar metric has and stop at the first sign that the line is not flat.
#include "core/metrics/FlatMetricLine.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace trainyard {

namespace {

class FlatSax : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit FlatSax(FlatMetricLine& line)
        : m_line(line) {}

    bool null() override { return put({FlatValue::Null}); }
    bool boolean(bool v) override { return put({FlatValue::Bool, v ? 1.0 : 0.0, {}, v}); }
    bool number_integer(number_integer_t v) override { return put({FlatValue::Number, double(v)}); }
    bool number_unsigned(number_unsigned_t v) override { return put({FlatValue::Number, double(v)}); }
    bool number_float(number_float_t v, const string_t&) override {
        return std::isfinite(v) && put({FlatValue::Number, v}); // out of range: QJsonDocument decides
    }
    bool string(string_t& v) override {
        if (!m_slot)
            return put({FlatValue::String});
        std::string& kept = m_line.storage[m_slot - &m_line.name];
        kept = std::move(v);
        return put({FlatValue::String, 0, QByteArrayView(kept.data(), qsizetype(kept.size()))});
    }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return m_depth++ == 0; }
    bool end_object() override {
        --m_depth;
        return m_keys > 0; // an empty object: QJsonDocument's path words the warning
    }
    bool start_array(std::size_t) override { return false; }
    bool end_array() override { return false; }
    bool key(string_t& key) override {
        ++m_keys;
        if (key == "values")
            return false; // lists, rows, tables
        m_slot = m_line.slot(key);
        return !m_slot || m_slot->type == FlatValue::Missing; // duplicates: QJsonDocument's rule
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    bool put(const FlatValue& v) {
        if (m_depth != 1)
            return false; // a bare value, not an object
        if (m_slot)
            *m_slot = v;
        m_slot = nullptr;
        return true;
    }

    FlatMetricLine& m_line;
    FlatValue* m_slot = nullptr;
    int m_depth = 0;
    int m_keys = 0;
};

} // namespace

bool readFlatLineSax(QByteArrayView line, FlatMetricLine& out) {
    FlatSax sax(out);
    const char* begin = line.data();
    return nlohmann::json::sax_parse(begin, begin + line.size(), &sax, nlohmann::json::input_format_t::json,
                                     true);
}

} // namespace trainyard
