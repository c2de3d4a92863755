#include "core/platform/Process.h"
#include "core/util/JsonFile.h"

#include "tests/support/YardProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `yard run compare`: two real runs that differ in a tag, an argument and their metrics; the
// differences only by default, everything with --all, JSON in stable words, and bad input
// (one id, an unknown id, an id twice) refused with exit 2 and a message naming it.
class TestYardCompare : public QObject {
    Q_OBJECT

    using Out = trainyard::test::YardOutput;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_a, m_b;

    Out yard(const QStringList& args) { return trainyard::test::runYard(args, {.workspace = m_ws}); }

    QString submit(const QString& lr, const QString& tag) {
        const Out o =
            yard({QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("--experiment"),
                  QStringLiteral("cmp"), QStringLiteral("--compute"), QStringLiteral("cpu"),
                  QStringLiteral("--source-directory"), m_dir.filePath(QStringLiteral("src")),
                  QStringLiteral("--entry-script"), QStringLiteral("train.py"), QStringLiteral("--tag"),
                  QStringLiteral("variant=") + tag, QStringLiteral("--tag"), QStringLiteral("team=ml"),
                  QStringLiteral("--"), QStringLiteral("--lr"), lr});
        if (o.exit != 0)
            qWarning() << o.err;
        return QString::fromUtf8(o.out).trimmed();
    }

private slots:
    void initTestCase() {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"), m_ws,
                       QStringLiteral("--name"), QStringLiteral("cmp")})
                     .exit,
                 0);
        auto json = trainyard::readJsonObjectFile(m_ws + QStringLiteral("/workspace.json")).value();
        json.insert(QStringLiteral("local"), QJsonObject{{QStringLiteral("node_prepare_ms"), 100}});
        trainyard::writeJsonFileAtomically(m_ws + QStringLiteral("/workspace.json"), json);
        QCOMPARE(yard({QStringLiteral("compute"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("cpu"), QStringLiteral("--max-nodes"), QStringLiteral("2")})
                     .exit,
                 0);
        QDir().mkpath(m_dir.filePath(QStringLiteral("src")));
        QFile script(m_dir.filePath(QStringLiteral("src/train.py")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("import sys\nfrom trainyard import run\nlr = float(sys.argv[2])\n"
                     "for step in range(5):\n    run.log('loss', 1.0 / (1 + step * lr), step=step)\n"
                     "run.log('epochs', 5)\n");
        script.close();
        m_a = submit(QStringLiteral("0.5"), QStringLiteral("a"));
        m_b = submit(QStringLiteral("1.0"), QStringLiteral("b"));
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
        for (const QString& id : {m_a, m_b})
            QCOMPARE(yard({QStringLiteral("run"), QStringLiteral("wait"), id}).exit, 0);
    }

    void cleanupTestCase() {
        QFile lock(m_ws + QStringLiteral("/agent.lock"));
        if (lock.open(QIODevice::ReadOnly))
            trainyard::platform::killTree(lock.readLine().trimmed().toLongLong());
    }

    void textShowsOnlyDifferences() {
        const Out o = yard({QStringLiteral("run"), QStringLiteral("compare"), m_a, m_b});
        QCOMPARE(o.exit, 0);
        const QString text = QString::fromUtf8(o.out);
        QVERIFY2(text.contains(QStringLiteral("variant")), o.out.constData());
        QVERIFY(text.contains(QStringLiteral("--lr")));
        QVERIFY(text.contains(QStringLiteral("loss (last)")));
        QVERIFY(!text.contains(QStringLiteral("team"))); // equal: left out
        QVERIFY(!text.contains(QStringLiteral("epochs (last)")));
        const Out all =
            yard({QStringLiteral("run"), QStringLiteral("compare"), m_a, m_b, QStringLiteral("--all")});
        QCOMPARE(all.exit, 0);
        QVERIFY(all.out.contains("team"));
        QVERIFY(all.out.contains("epochs (last)"));
    }

    void json() {
        const Out o =
            yard({QStringLiteral("run"), QStringLiteral("compare"), m_a, m_b, QStringLiteral("--json")});
        QCOMPARE(o.exit, 0);
        const QJsonObject json = QJsonDocument::fromJson(o.out).object();
        const QJsonArray runs = json.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject().value(QStringLiteral("id")).toString(), m_a);
        bool sawLoss = false;
        for (const QJsonValue& v : json.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(QStringLiteral("different")).toBool());
            if (row.value(QStringLiteral("key")).toString() == QLatin1String("loss (last)")) {
                sawLoss = true;
                QCOMPARE(row.value(QStringLiteral("section")).toString(), QStringLiteral("metrics"));
                const QJsonArray values = row.value(QStringLiteral("values")).toArray();
                QCOMPARE(values[0].toString().toDouble(), 1.0 / (1 + 4 * 0.5));
                QCOMPARE(values[1].toString().toDouble(), 1.0 / (1 + 4 * 1.0));
            }
        }
        QVERIFY(sawLoss);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("one id") << QStringList{QStringLiteral("run"), QStringLiteral("compare"),
                                               QStringLiteral("x_1_2")}
                                << QStringLiteral("at least two run ids");
        QTest::newRow("no id") << QStringList{QStringLiteral("run"), QStringLiteral("compare")}
                               << QStringLiteral("at least two run ids");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("run"), QStringLiteral("compare"),
                                                   QStringLiteral("@A"), QStringLiteral("nope_1_2")}
                                    << QStringLiteral("nope_1_2");
        QTest::newRow("twice") << QStringList{QStringLiteral("run"), QStringLiteral("compare"),
                                              QStringLiteral("@A"), QStringLiteral("@A")}
                               << QStringLiteral("named twice");
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.replaceInStrings(QStringLiteral("@A"), m_a);
        const Out o = yard(args);
        QCOMPARE(o.exit, 2);
        QVERIFY2(QString::fromUtf8(o.err).contains(mentions), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYardCompare)
#include "tst_yard_compare.moc"
