#include "core/engine/LogStream.h"
#include "core/logs/LogDocument.h"
#include "tests/support/LogFiles.h"

#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using namespace trainyard::logs;

namespace {

const QString kLog = QStringLiteral("std_log.txt");

// Waits until the document has `lines` lines announced.
bool waitForLines(LogDocument& d, qint64 lines, int ms = 10000) {
    return QTest::qWaitFor([&] { return d.lineCount() == lines; }, ms);
}

// The shown text of a line, waiting for it to be read.
QString textOf(LogDocument& d, qint64 line) {
    const LogLineText* t = nullptr;
    (void)QTest::qWaitFor([&] { return (t = d.line(line)) != nullptr; }, 5000);
    return t ? t->text : QStringLiteral("<not loaded>");
}

// A LogStream of an engine whose files are not local (the bytes only): the document spools.
class PushStream : public LogStream {
public:
    void start(qint64) override {}
    void stop() override {}
    void setFollow(bool) override {}
    void push(const QByteArray& bytes) {
        emit bytesAppended(bytes, m_offset);
        m_offset += bytes.size();
    }
    qint64 m_offset = 0;
};

} // namespace

class TestLogDocument : public QObject {
    Q_OBJECT
private slots:
    void followsAFileAppendsAndPartialLines() {
        test::LogFiles files;
        LogDocument d;
        QSignalSpy appended(&d, &LogDocument::linesAppended);
        QSignalSpy changed(&d, &LogDocument::lastLineChanged);
        files.follow(d, kLog, "one\r\ntwo\n");
        QVERIFY(waitForLines(d, 2));
        QCOMPARE(textOf(d, 0), QStringLiteral("one"));
        QCOMPARE(textOf(d, 1), QStringLiteral("two"));
        files.write(kLog, "thr");
        QVERIFY(waitForLines(d, 3));
        QCOMPARE(textOf(d, 2), QStringLiteral("thr"));
        files.write(kLog, "ee\nfour\n");
        QVERIFY(waitForLines(d, 4));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(textOf(d, 2), QStringLiteral("three"));
        QCOMPARE(textOf(d, 3), QStringLiteral("four"));
        // Every line announced once, in order.
        qint64 next = 0;
        for (const auto& args : appended) {
            QCOMPARE(args[0].toLongLong(), next);
            next += args[1].toLongLong();
        }
        QCOMPARE(next, 4);
    }

    void truncationStartsOver() {
        test::LogFiles files;
        LogDocument d;
        QSignalSpy reset(&d, &LogDocument::reset);
        files.follow(d, kLog, "a long first line\nsecond line\n");
        QVERIFY(waitForLines(d, 2));
        QCOMPARE(textOf(d, 0), QStringLiteral("a long first line"));
        files.write(kLog, "new\n", QIODevice::Truncate);
        QVERIFY(QTest::qWaitFor([&] { return reset.count() == 1; }, 5000));
        QVERIFY(waitForLines(d, 1));
        QCOMPARE(textOf(d, 0), QStringLiteral("new"));
    }

    void rotationIsSeenEvenWhenTheNewFileIsLonger() {
        test::LogFiles files;
        LogDocument d;
        QSignalSpy reset(&d, &LogDocument::reset);
        files.follow(d, kLog, "old 1\n");
        QVERIFY(waitForLines(d, 1));
        QVERIFY(QFile::rename(files.path(kLog), files.path(kLog) + QStringLiteral(".1")));
        files.write(kLog, "rotated 1\nrotated 2\nrotated 3\n"); // a new inode, larger than the old file
        QVERIFY(QTest::qWaitFor([&] { return reset.count() >= 1; }, 5000));
        QVERIFY(waitForLines(d, 3));
        QCOMPARE(textOf(d, 0), QStringLiteral("rotated 1"));
        QCOMPARE(textOf(d, 2), QStringLiteral("rotated 3"));
    }

    void hugeLinesAndInvalidUtf8() {
        test::LogFiles files;
        QByteArray big(1 << 20, 'x'); // a 1 MB line
        LogDocument d;
        files.follow(d, kLog, "before\n" + big + "\nbad \xff\xfe bytes\nafter\n");
        QVERIFY(waitForLines(d, 4));
        QCOMPARE(textOf(d, 0), QStringLiteral("before"));
        const LogLineText* line = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (line = d.line(1)) != nullptr; }, 5000));
        QVERIFY(line->clipped);
        QCOMPARE(line->text.size(), LogDocument::kMaxShownLineBytes);
        QCOMPARE(textOf(d, 2), QStringLiteral("bad \uFFFD\uFFFD bytes"));
        QCOMPARE(textOf(d, 3), QStringLiteral("after"));
        // Search sees past the shown part of the huge line.
        files.write(kLog, big + "needle\n");
        QVERIFY(waitForLines(d, 5));
        auto found = d.search(QStringLiteral("needle"), true);
        found.waitForFinished();
        QCOMPARE(found.result().lines, QList<qint64>{4});
    }

    void bytesWithoutAFileAreSpooled() {
        auto* stream = new PushStream;
        LogDocument d;
        d.open(stream);
        QVERIFY(!d.path().isEmpty());
        stream->push("alpha\nbe");
        stream->push("ta\ngamma\n");
        QVERIFY(waitForLines(d, 3));
        QCOMPARE(textOf(d, 1), QStringLiteral("beta"));
        auto copied = d.text(0, 2);
        copied.waitForFinished();
        QCOMPARE(copied.result(), QStringLiteral("alpha\nbeta\ngamma"));
        emit stream->truncated();
        QCOMPARE(d.lineCount(), 0);
        stream->m_offset = 0;
        stream->push("fresh\n");
        QVERIFY(waitForLines(d, 1));
        QCOMPARE(textOf(d, 0), QStringLiteral("fresh"));
    }

    void manyLinesKeepTheIndexSmall() {
        test::LogFiles files;
        QByteArray bytes;
        for (int i = 0; i < 200000; ++i)
            bytes += "line " + QByteArray::number(i) + '\n';
        LogDocument d;
        files.follow(d, kLog, bytes);
        QVERIFY(waitForLines(d, 200000));
        QVERIFY(d.index().memoryBytes() <= 16 * 200001);
        QCOMPARE(textOf(d, 123456), QStringLiteral("line 123456"));
        QCOMPARE(textOf(d, 199999), QStringLiteral("line 199999"));
    }
};

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_log_document.moc"
