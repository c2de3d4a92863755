#include "core/metrics/MetricsJsonlParser.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace trainyard;

// Both fast paths for flat lines (SAX and hand-written) must give exactly what the QJsonDocument path gives,
// on the helper's lines and on random near-JSON garbage alike.
class TestMetricsParserFastPath : public QObject {
    Q_OBJECT
private slots:
    void sameAsTheJsonDocumentPath() {
        QRandomGenerator rng(99);
        const QList<QByteArray> keys = {"name", "value", "step", "time", "rank", "kind", "values", "extra"};
        const QList<QByteArray> values = {"\"loss\"",
                                          "\"\"",
                                          "0.5",
                                          "-1e-3",
                                          "3",
                                          "01",
                                          "1.",
                                          "-",
                                          "1e400",
                                          "true",
                                          "false",
                                          "null",
                                          "\"NaN\"",
                                          "\"inf\"",
                                          "\"-inf\"",
                                          "\"t\\u00e9xt\"",
                                          "\"gr\xc3\xbc\xc3\x9f\"",
                                          "\"scalar\"",
                                          "\"tag\"",
                                          "\"list\"",
                                          "[1,2]",
                                          "{\"a\":1}",
                                          "12345678901234567890",
                                          "-0",
                                          "2.5E+2",
                                          "\"bad \xff\""};
        for (int round = 0; round < 20; ++round) {
            QByteArray input;
            for (int line = 0; line < 300; ++line) {
                QByteArray l = "{";
                const int fields = int(rng.bounded(7));
                for (int f = 0; f < fields; ++f) {
                    if (f)
                        l += rng.bounded(20) ? "," : " , ";
                    l += '"' + keys[rng.bounded(int(keys.size()))] +
                         "\":" + values[rng.bounded(int(values.size()))];
                }
                l += rng.bounded(30) ? "}" : "} x";
                if (rng.bounded(3) == 0)
                    l = "{\"name\":\"loss\",\"value\":" + QByteArray::number(rng.generateDouble(), 'g', 17) +
                        ",\"step\":" + QByteArray::number(line) +
                        ",\"time\":1700000000.5,\"rank\":0,\"kind\":\"scalar\"}";
                input += l + (rng.bounded(10) ? "\n" : "\r\n");
            }
            for (const auto reader :
                 {MetricsJsonlParser::Reader::Sax, MetricsJsonlParser::Reader::Handwritten}) {
                compareWithJsonDocument(input, reader, rng);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

private:
    static void compareWithJsonDocument(const QByteArray& input, MetricsJsonlParser::Reader reader,
                                        QRandomGenerator& rng) {
        {
            MetricsJsonlParser fast, slow;
            fast.setReader(reader);
            slow.setReader(MetricsJsonlParser::Reader::JsonDocument);
            // Split at random places: partial lines take the same path.
            QList<MetricPoint> a, b;
            for (qsizetype at = 0; at < input.size();) {
                const qsizetype n = qMin<qsizetype>(input.size() - at, 1 + rng.bounded(500));
                a += fast.feed(input.mid(at, n));
                b += slow.feed(input.mid(at, n));
                at += n;
            }
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].name, b[i].name);
                QCOMPARE(a[i].step, b[i].step);
                QVERIFY((std::isnan(a[i].value) && std::isnan(b[i].value)) || a[i].value == b[i].value);
                QCOMPARE(a[i].time, b[i].time);
                QCOMPARE(a[i].rank, b[i].rank);
                QCOMPARE(a[i].kind, b[i].kind);
                QCOMPARE(a[i].text, b[i].text);
            }
            QCOMPARE(fast.takeWarnings(), slow.takeWarnings());
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsParserFastPath)
#include "tst_metrics_parser_fast_path.moc"
