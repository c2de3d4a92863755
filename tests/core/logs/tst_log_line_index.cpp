#include "core/logs/LogLineIndex.h"
#include "core/logs/LogLineText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace trainyard::logs;

namespace {

// The lines of `bytes` the slow, obvious way.
QList<QByteArray> bruteLines(const QByteArray& bytes) {
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast(); // the last '\n' ends a line, it does not open one
    return lines;
}

QByteArray lineOf(const QByteArray& bytes, const LogLineIndex& index, qint64 i) {
    return bytes.mid(index.lineStart(i), index.lineEnd(i) - index.lineStart(i));
}

} // namespace

class TestLogLineIndex : public QObject {
    Q_OBJECT
private slots:
    void partialLastLineGrowsThenCompletes() {
        LogLineIndex index;
        QByteArray file = "first\nsec";
        QCOMPARE(index.append(file.constData(), file.size()), 1);
        QCOMPARE(index.lineCount(), 2);
        QCOMPARE(index.completeLineCount(), 1);
        QVERIFY(index.hasPartialLastLine());
        QCOMPARE(lineOf(file, index, 1), QByteArray("sec"));
        file += "ond\n";
        QCOMPARE(index.append("ond\n", 4), 1);
        QCOMPARE(index.lineCount(), 2);
        QVERIFY(!index.hasPartialLastLine());
        QCOMPARE(lineOf(file, index, 1), QByteArray("second"));
        QCOMPARE(index.lineAt(7), 1);
        QCOMPARE(index.lineAt(0), 0);
    }

    void emptyLinesAndLoneNewlines() {
        LogLineIndex index;
        const QByteArray file = "\n\n\nx\n";
        index.append(file.constData(), file.size());
        QCOMPARE(index.lineCount(), 4);
        QCOMPARE(lineOf(file, index, 2), QByteArray());
        QCOMPARE(lineOf(file, index, 3), QByteArray("x"));
    }

    void randomChunkingMatchesBruteForce() {
        QRandomGenerator rng(42);
        for (int round = 0; round < 50; ++round) {
            QByteArray file;
            const int size = int(rng.bounded(5000));
            for (int i = 0; i < size; ++i) {
                const int k = int(rng.bounded(10));
                file += k == 0 ? '\n' : k == 1 ? '\r' : char('a' + rng.bounded(26));
            }
            LogLineIndex index;
            for (qsizetype at = 0; at < file.size();) {
                const qsizetype n = qMin<qsizetype>(file.size() - at, 1 + rng.bounded(300));
                index.append(file.constData() + at, n);
                at += n;
            }
            const QList<QByteArray> lines = bruteLines(file);
            QCOMPARE(index.lineCount(), lines.size());
            for (qsizetype i = 0; i < lines.size(); ++i)
                QCOMPARE(lineOf(file, index, i), lines[i]);
            QVERIFY(index.memoryBytes() <= 16 * (index.lineCount() + 1) + 64);
        }
    }

    void clearStartsOver() {
        LogLineIndex index;
        index.append("a\nb\n", 4);
        index.clear();
        QCOMPARE(index.lineCount(), 0);
        QCOMPARE(index.bytes(), 0);
        index.append("z", 1);
        QCOMPARE(index.lineCount(), 1);
    }

    void decode_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("hello") << QStringLiteral("hello");
        QTest::newRow("crlf") << QByteArray("hello\r") << QStringLiteral("hello");
        QTest::newRow("tqdm") << QByteArray(" 10%|#  |\r 50%|### |\r100%|####|")
                              << QStringLiteral("100%|####|");
        QTest::newRow("tqdm crlf") << QByteArray(" 10%\r100%\r") << QStringLiteral("100%");
        QTest::newRow("ansi") << QByteArray("\x1b[31merror\x1b[0m: x") << QStringLiteral("error: x");
        QTest::newRow("erase line") << QByteArray("a\x1b[2Kb") << QStringLiteral("ab");
        QTest::newRow("truncated escape") << QByteArray("ok\x1b[3") << QStringLiteral("ok");
        QTest::newRow("invalid utf8") << QByteArray("a\xff\xfe") << QStringLiteral("a\uFFFD\uFFFD");
        QTest::newRow("utf8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral("grüß");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\u2400b");
    }
    void decode() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(decodeLogLine(bytes).text, text);
    }

    void ansiColoursBecomeSpans() {
        const LogLineText t =
            decodeLogLine("x \x1b[1;31mred\x1b[0m \x1b[38;5;46mgreen\x1b[39m \x1b[48;2;1;2;3mbg");
        QCOMPARE(t.text, QStringLiteral("x red green bg"));
        QCOMPARE(t.spans.size(), 3);
        QCOMPARE(t.spans[0].start, 2);
        QCOMPARE(t.spans[0].length, 3);
        QVERIFY(t.spans[0].bold);
        QCOMPARE(t.spans[0].foreground, 0xffcd0000u);
        QCOMPARE(t.spans[1].start, 6);
        QCOMPARE(t.spans[1].foreground, 0xff00ff00u); // xterm 46
        QCOMPARE(t.spans[2].start, 12);
        QCOMPARE(t.spans[2].background, 0xff010203u);
        QCOMPARE(t.spans[2].foreground, 0u);
    }

    void hostileEscapesDoNotHang() {
        QByteArray bytes(1 << 20, '\x1b');
        QVERIFY(decodeLogLine(bytes).text.isEmpty());
        bytes = "\x1b[" + QByteArray(100000, '9') + "m";
        QVERIFY(decodeLogLine(bytes).text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogLineIndex)
#include "tst_log_line_index.moc"
