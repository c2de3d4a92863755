#include "core/compare/RunComparison.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace trainyard;
using namespace trainyard::compare;

using StringMap = QMap<QString, QString>;
Q_DECLARE_METATYPE(StringMap)

// The differences table: equal values hide, different or missing ones show; script arguments
// compare by option; metric summaries are last / min / max of the finite values.
class TestRunComparison : public QObject {
    Q_OBJECT

    static RunInfo runWithTags(const QString& id, const StringMap& tags) {
        RunInfo run;
        run.id = id;
        run.experiment = QStringLiteral("e");
        run.tags = tags;
        return run;
    }

private slots:
    void tagDifferences_data() {
        QTest::addColumn<StringMap>("a");
        QTest::addColumn<StringMap>("b");
        QTest::addColumn<QStringList>("differing");
        QTest::addColumn<QStringList>("same");
        const auto m = [](std::initializer_list<std::pair<const char*, const char*>> kv) {
            StringMap out;
            for (const auto& [k, v] : kv)
                out.insert(QString::fromUtf8(k), QString::fromUtf8(v));
            return out;
        };
        QTest::newRow("equal") << m({{"lr", "0.1"}}) << m({{"lr", "0.1"}}) << QStringList{}
                               << QStringList{QStringLiteral("lr")};
        QTest::newRow("different") << m({{"lr", "0.1"}, {"opt", "adam"}})
                                   << m({{"lr", "0.01"}, {"opt", "adam"}})
                                   << QStringList{QStringLiteral("lr")} << QStringList{QStringLiteral("opt")};
        QTest::newRow("missing in the second")
            << m({{"lr", "0.1"}, {"seed", "1"}}) << m({{"lr", "0.1"}}) << QStringList{QStringLiteral("seed")}
            << QStringList{QStringLiteral("lr")};
        QTest::newRow("missing in the first")
            << m({}) << m({{"seed", "1"}}) << QStringList{QStringLiteral("seed")} << QStringList{};
        QTest::newRow("empty is not missing")
            << m({{"flag", ""}}) << m({}) << QStringList{QStringLiteral("flag")} << QStringList{};
        QTest::newRow("both empty") << m({{"flag", ""}}) << m({{"flag", ""}}) << QStringList{}
                                    << QStringList{QStringLiteral("flag")};
    }
    void tagDifferences() {
        QFETCH(StringMap, a);
        QFETCH(StringMap, b);
        QFETCH(QStringList, differing);
        QFETCH(QStringList, same);
        const RunComparison c({runWithTags(QStringLiteral("r1"), a), runWithTags(QStringLiteral("r2"), b)});
        QStringList foundDiffering, foundSame;
        for (const ComparisonRow& row : c.rows()) {
            if (row.section != Section::Tags)
                continue;
            QCOMPARE(row.values.size(), 2);
            (row.differs ? foundDiffering : foundSame) << row.key;
            QCOMPARE(row.values[0].has_value(), a.contains(row.key));
            QCOMPARE(row.values[1].has_value(), b.contains(row.key));
        }
        QCOMPARE(foundDiffering, differing);
        QCOMPARE(foundSame, same);
        for (const ComparisonRow& row : c.differences())
            QVERIFY(row.differs);
    }

    void argumentsCompareByOption_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<StringMap>("expected");
        QTest::newRow("value after") << QStringList{QStringLiteral("--lr"), QStringLiteral("0.1")}
                                     << StringMap{{QStringLiteral("--lr"), QStringLiteral("0.1")}};
        QTest::newRow("equals") << QStringList{QStringLiteral("--lr=0.1")}
                                << StringMap{{QStringLiteral("--lr"), QStringLiteral("0.1")}};
        QTest::newRow("flag then option")
            << QStringList{QStringLiteral("--fp16"), QStringLiteral("--epochs"), QStringLiteral("3")}
            << StringMap{{QStringLiteral("--fp16"), QString()},
                         {QStringLiteral("--epochs"), QStringLiteral("3")}};
        QTest::newRow("negative number is a value")
            << QStringList{QStringLiteral("--shift"), QStringLiteral("-5")}
            << StringMap{{QStringLiteral("--shift"), QStringLiteral("-5")}};
        QTest::newRow("positional") << QStringList{QStringLiteral("train"), QStringLiteral("data.csv")}
                                    << StringMap{{QStringLiteral("#1"), QStringLiteral("train")},
                                                 {QStringLiteral("#2"), QStringLiteral("data.csv")}};
    }
    void argumentsCompareByOption() {
        QFETCH(QStringList, arguments);
        QFETCH(StringMap, expected);
        QCOMPARE(RunComparison::argumentMap(arguments), expected);
    }

    void sectionsAndSecrets() {
        RunInfo a, b;
        a.id = QStringLiteral("a");
        b.id = QStringLiteral("b");
        a.compute = b.compute = QStringLiteral("cpu");
        a.nodeCount = 1;
        b.nodeCount = 2;
        a.config.arguments = {QStringLiteral("--lr"), QStringLiteral("0.1")};
        b.config.arguments = {QStringLiteral("--lr"), QStringLiteral("0.2")};
        a.config.environmentVariables.insert(QStringLiteral("MODE"), QStringLiteral("fast"));
        b.config.environmentVariables.insert(QStringLiteral("MODE"), QStringLiteral("fast"));
        b.config.secretEnvironment.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("hf-token"));
        a.properties.insert(QStringLiteral("azureml.runsource"), QStringLiteral("experiment"));
        const RunComparison c({a, b});
        QStringList diffs;
        for (const ComparisonRow& row : c.differences())
            diffs << sectionName(row.section) + u':' + row.key;
        QCOMPARE(diffs, (QStringList{QStringLiteral("config:node_count"), QStringLiteral("arguments:--lr"),
                                     QStringLiteral("environment:HF_TOKEN"),
                                     QStringLiteral("properties:azureml.runsource")}));
        for (const ComparisonRow& row : c.rows())
            if (row.key == QLatin1String("HF_TOKEN"))
                QCOMPARE(row.values[1].value(), QStringLiteral("secret:hf-token")); // the name, not a value
        const QJsonObject json = c.toJson(true);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 4);
        QCOMPARE(c.toJson(false).value(QStringLiteral("rows")).toArray().size(), c.rows().size());
        const QJsonArray values = json.value(QStringLiteral("rows"))
                                      .toArray()[3]
                                      .toObject()
                                      .value(QStringLiteral("values"))
                                      .toArray();
        QVERIFY(values[1].isNull()); // missing, not ""
    }

    void summariesOfFiniteValues() {
        QList<MetricPoint> points;
        const auto point = [](const char* name, double v, const char* kind = "scalar",
                              const char* text = "") {
            MetricPoint p;
            p.name = QString::fromUtf8(name);
            p.value = v;
            p.kind = QString::fromUtf8(kind);
            p.text = QString::fromUtf8(text);
            return p;
        };
        points << point("loss", 3) << point("loss", 1) << point("loss", 2) << point("loss", qQNaN())
               << point("acc", 0.5) << point("note", qQNaN(), "scalar", "hello")
               << point("table", 7, "row", "f1") << point("mode", qQNaN(), "tag", "x");
        const MetricSummaries s = summarize(points);
        QCOMPARE(s.keys(),
                 (QStringList{QStringLiteral("acc"), QStringLiteral("loss"), QStringLiteral("table/f1")}));
        QCOMPARE(s[QStringLiteral("loss")].count, 4);
        QCOMPARE(s[QStringLiteral("loss")].last, 2.0); // the last finite one
        QCOMPARE(s[QStringLiteral("loss")].min, 1.0);
        QCOMPARE(s[QStringLiteral("loss")].max, 3.0);

        RunInfo a, b;
        a.id = QStringLiteral("a");
        b.id = QStringLiteral("b");
        MetricSummaries other = s;
        other[QStringLiteral("loss")].add(0.5);
        const RunComparison c({a, b}, {s, other});
        QStringList diffs;
        for (const ComparisonRow& row : c.differences())
            if (row.section == Section::Metrics)
                diffs << row.key;
        QCOMPARE(diffs, (QStringList{QStringLiteral("loss (last)"), QStringLiteral("loss (min)")}));
    }
};

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_run_comparison.moc"
