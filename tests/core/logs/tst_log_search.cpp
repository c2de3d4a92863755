#include "core/logs/LogLineIndex.h"
#include "core/logs/LogLineText.h"
#include "core/logs/LogSearch.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard::logs;

// searchLogFile against the obvious answer: decode every line, QString::contains.
class TestLogSearch : public QObject {
    Q_OBJECT
private slots:
    void matchesBruteForce_data() {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("caseSensitive");
        QTest::newRow("word") << QStringLiteral("loss") << false;
        QTest::newRow("Case") << QStringLiteral("Loss") << true;
        QTest::newRow("across ansi") << QStringLiteral("error: x") << false;
        QTest::newRow("progress final") << QStringLiteral("100%") << false;
        QTest::newRow("progress overwritten") << QStringLiteral("10%|") << false;
        QTest::newRow("unicode ci") << QStringLiteral("GRÜSS") << false;
        QTest::newRow("unicode") << QStringLiteral("grüß") << true;
        QTest::newRow("none") << QStringLiteral("zzzz-not-there") << false;
    }
    void matchesBruteForce() {
        QFETCH(QString, needle);
        QFETCH(bool, caseSensitive);
        QRandomGenerator rng(7);
        const QList<QByteArray> kinds = {"step 12 loss=0.5 acc=0.9",
                                         "Step 13 LOSS=0.4",
                                         "\x1b[31merror\x1b[0m: x happened",
                                         " 10%|#   |\r 50%|##  |\r100%|####|",
                                         " 10%|#   |\r 20%|##  |",
                                         "gr\xc3\xbc\xc3\x9f gott",
                                         "GR\xc3\x9c\xc3\x9f",
                                         "bad \xff utf8 loss",
                                         "windows line\r",
                                         ""};
        QByteArray file;
        for (int i = 0; i < 5000; ++i)
            file += kinds[rng.bounded(int(kinds.size()))] + '\n';
        file += "partial last loss line"; // no newline yet
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
        f.close();

        LogLineIndex index;
        index.append(file.constData(), file.size());
        for (qint64 from : {qint64(0), qint64(1234)}) {
            LogSearchRequest r;
            r.path = path;
            r.starts = index.starts();
            r.bytes = index.bytes();
            r.fromLine = from;
            r.text = needle;
            r.caseSensitive = caseSensitive;
            const LogSearchResult result = searchLogFile(r);
            QVERIFY(result.error.isEmpty());
            QList<qint64> expected;
            for (qint64 l = from; l < index.lineCount(); ++l) {
                const QByteArray bytes = file.mid(index.lineStart(l), index.lineEnd(l) - index.lineStart(l));
                if (decodeLogLine(bytes).text.contains(needle, caseSensitive ? Qt::CaseSensitive
                                                                             : Qt::CaseInsensitive))
                    expected << l;
            }
            QCOMPARE(result.lines, expected);
            if (needle == QLatin1String("loss") && from == 0)
                QVERIFY(result.lines.contains(index.lineCount() - 1)); // the partial line counts
        }
    }

    void missingFileIsAClearError() {
        LogSearchRequest r;
        r.path = QStringLiteral("/nonexistent/log.txt");
        r.starts = {0, 5};
        r.bytes = 5;
        r.text = QStringLiteral("x");
        const LogSearchResult result = searchLogFile(r);
        QVERIFY(result.error.contains(QLatin1String("/nonexistent/log.txt")));
    }

    void cancelStops() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("log.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("x\n").repeated(1000));
        f.close();
        LogLineIndex index;
        index.append(QByteArray("x\n").repeated(1000).constData(), 2000);
        LogSearchRequest r;
        r.path = f.fileName();
        r.starts = index.starts();
        r.bytes = index.bytes();
        r.text = QStringLiteral("x");
        r.cancel = std::make_shared<std::atomic_bool>(true);
        QVERIFY(searchLogFile(r).canceled);
    }
};

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_log_search.moc"
