#pragma once

#include "core/model/Metric.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace trainyard {

// Turns the bytes of a run's metrics file (JSON Lines, one object per line, written by the Python
// helper) into MetricPoints, incrementally: feed() any chunk, a partial last line waits for the
// rest. A line that is not a metric is skipped with a warning naming its line number; the lines
// after it are read as usual.
//   {"name":"loss","value":0.3,"step":1,"time":1700000000.5,"rank":0,"kind":"scalar"}
//   {"name":"acc","kind":"list","values":[0.1,0.2],"time":...}
//   {"name":"table","kind":"row","values":{"epoch":1,"loss":0.3},"time":...}
//   {"name":"tag","kind":"tag","value":"text","time":...}
class MetricsJsonlParser {
public:
    QList<MetricPoint> feed(const QByteArray& bytes);
    // The file ended (the run is over): a last line without its newline is parsed too.
    QList<MetricPoint> finish();

    QStringList takeWarnings();
    // How flat scalar lines (what the helper writes for run.log) are read; anything else (lists,
    // rows, tables, other kinds, bad lines) always goes through QJsonDocument. Handwritten (the
    // default, the fastest: trainyard-bench metric_parse_sax_lines_per_s) hands the lines it
    // declines (escapes, non-ASCII) to nlohmann_json's SAX reader; Sax uses only that;
    // JsonDocument reads every line with QJsonDocument. Tests compare them all.
    enum class Reader { Handwritten, Sax, JsonDocument };
    void setReader(Reader reader) { m_reader = reader; }
    void setFastPath(bool on) { m_reader = on ? Reader::Handwritten : Reader::JsonDocument; }
    qint64 linesRead() const { return m_lineNumber; }

private:
    void parseLine(QByteArrayView line, QList<MetricPoint>& out);
    bool parseFlatLine(QByteArrayView line, QList<MetricPoint>& out);
    qint64 nextStep(const QString& name);

    QString internedName(QByteArrayView utf8); // one shared QString per metric name

    QByteArray m_partial;
    qint64 m_lineNumber = 0;
    QHash<QString, qint64> m_nextStep;
    QHash<QByteArray, QString> m_names;
    QStringList m_warnings;
    Reader m_reader = Reader::Handwritten;
};

} // namespace trainyard
