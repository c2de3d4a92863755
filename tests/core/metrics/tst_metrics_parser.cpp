#include "core/metrics/MetricsJsonlParser.h"

#include <QTest>

#include <cmath>

using namespace trainyard;

class TestMetricsParser : public QObject {
    Q_OBJECT
private slots:
    void scalarsWithAndWithoutSteps() {
        MetricsJsonlParser p;
        auto points = p.feed("{\"name\":\"loss\",\"value\":0.5,\"step\":3,\"time\":10}\n"
                             "{\"name\":\"loss\",\"value\":0.4}\n"
                             "{\"name\":\"acc\",\"value\":0.9}\n");
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].step, 3);
        QCOMPARE(points[0].value, 0.5);
        QCOMPARE(points[0].time, 10.0);
        QCOMPARE(points[1].step, 4); // continues after the last explicit step
        QCOMPARE(points[2].step, 0);
    }

    void partialLinesWaitForTheRest() {
        MetricsJsonlParser p;
        QVERIFY(p.feed("{\"name\":\"lo").isEmpty());
        QVERIFY(p.feed("ss\",\"value\":1").isEmpty());
        auto points = p.feed("}\n{\"name\":\"x\",\"value\":2}");
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].name, QStringLiteral("loss"));
        points = p.finish(); // the run ended: the unterminated last line counts
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].value, 2.0);
    }

    void garbageIsSkippedWithAWarningAndIngestGoesOn() {
        MetricsJsonlParser p;
        auto points = p.feed("{\"name\":\"a\",\"value\":1}\n"
                             "this is not json\n"
                             "{\"name\":\"a\",\"val\n" // truncated by a crash, then the file went on
                             "{\"value\":3}\n"
                             "{\"name\":\"a\",\"value\":2}\n");
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[1].value, 2.0);
        const QStringList warnings = p.takeWarnings();
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings[0].contains(QStringLiteral("line 2")));
        QVERIFY(warnings[2].contains(QStringLiteral("line 4")));
        QVERIFY(p.takeWarnings().isEmpty());
    }

    void nonFiniteValues() {
        MetricsJsonlParser p;
        auto points = p.feed("{\"name\":\"a\",\"value\":\"NaN\"}\n{\"name\":\"a\",\"value\":\"inf\"}\n"
                             "{\"name\":\"a\",\"value\":\"-inf\"}\n{\"name\":\"a\",\"value\":\"hello\"}\n");
        QCOMPARE(points.size(), 4);
        QVERIFY(std::isnan(points[0].value));
        QVERIFY(std::isinf(points[1].value) && points[1].value > 0);
        QVERIFY(std::isinf(points[2].value) && points[2].value < 0);
        QVERIFY(std::isnan(points[3].value));
        QCOMPARE(points[3].text, QStringLiteral("hello"));
    }

    void listsRowsAndTags() {
        MetricsJsonlParser p;
        auto points =
            p.feed("{\"name\":\"accs\",\"kind\":\"list\",\"values\":[0.1,0.2,0.3]}\n"
                   "{\"name\":\"cls\",\"kind\":\"row\",\"values\":{\"precision\":0.9,\"recall\":0.8}}\n"
                   "{\"name\":\"model\",\"kind\":\"tag\",\"value\":\"resnet\"}\n");
        QCOMPARE(points.size(), 6);
        QCOMPARE(points[2].step, 2);
        QCOMPARE(points[3].column, QStringLiteral("precision"));
        QCOMPARE(points[4].step, points[3].step);
        QCOMPARE(points[5].kind, QStringLiteral("tag"));
        QCOMPARE(points[5].text, QStringLiteral("resnet"));
    }

    // The SAX reader gives up on a bad line, QJsonDocument words the warning, the good lines
    // around it are kept, whatever the reader.
    void malformedLinesLoseNoGoodOnes_data() {
        QTest::addColumn<int>("reader");
        QTest::newRow("sax") << int(MetricsJsonlParser::Reader::Sax);
        QTest::newRow("handwritten") << int(MetricsJsonlParser::Reader::Handwritten);
        QTest::newRow("jsondocument") << int(MetricsJsonlParser::Reader::JsonDocument);
    }
    void malformedLinesLoseNoGoodOnes() {
        QFETCH(int, reader);
        MetricsJsonlParser p;
        p.setReader(MetricsJsonlParser::Reader(reader));
        const QByteArray good = "{\"name\":\"loss\",\"value\":0.5,\"step\":1}\n";
        const QByteArray bad[] = {
            "{\"name\":\"loss\",\"value\":0.5,\"step\":1\n", // no closing brace
            "{\"name\":\"loss\",\"value\":0.5,}\n",          // trailing comma
            "{\"name\":\"loss\",\"value\":01}\n",            // not a JSON number
            "{\"name\":\"loss\" \"value\":1}\n",             // missing comma
            "{\"name\":\"bad \xff\",\"value\":1}\n",         // not UTF-8
            "[1,2,3]\n",                                     // not an object
            "{}\n",                                          // no name
            "{\"name\":\"loss\",\"value\":1} trailing\n",    // garbage after the object
            "\"just a string\"\n",
        };
        QByteArray input;
        for (const QByteArray& b : bad)
            input += good + b;
        input += good;
        const auto points = p.feed(input);
        const int goods = int(std::size(bad)) + 1;
        int loss = 0;
        for (const MetricPoint& point : points)
            loss += point.name == QLatin1String("loss") && point.value == 0.5 ? 1 : 0;
        QCOMPARE(loss, goods);
        QCOMPARE(p.takeWarnings().size() + points.size() - goods, qsizetype(std::size(bad)));
    }

    void crlfLines() {
        MetricsJsonlParser p;
        auto points = p.feed("{\"name\":\"a\",\"value\":1}\r\n{\"name\":\"a\",\"value\":2}\r\n");
        QCOMPARE(points.size(), 2);
        QVERIFY(p.takeWarnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsParser)
#include "tst_metrics_parser.moc"
