#include "core/engine/FileStreams.h"
#include "core/engine/FileTail.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace trainyard;

namespace {
void append(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::Append) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | mode));
    f.write(bytes);
}
} // namespace

class TestFileTail : public QObject {
    Q_OBJECT
private slots:
    void theWatcherWakesTheTailLongBeforeThePoll() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log"));
        FileTail tail(path, nullptr);
        tail.setPollInterval(5000); // polling alone would take 5 s (25 s once watched)
        QByteArray got;
        connect(&tail, &FileTail::appended, this, [&](const QByteArray& b, qint64 at) {
            QCOMPARE(at, qint64(got.size()));
            got += b;
        });
        tail.start();
        QTest::qWait(100);
        append(path, "created\n"); // the folder is watched before the file exists
        QVERIFY(QTest::qWaitFor([&] { return got == "created\n"; }, 2000));
        QElapsedTimer t;
        t.start();
        append(path, "more\n");
        QVERIFY(QTest::qWaitFor([&] { return got == "created\nmore\n"; }, 2000));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void endsWhenTheSourceEndsAndAllWasRead() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log"));
        append(path, "a\n");
        std::atomic_bool ended = false;
        FileTail tail(path, [&] { return ended.load(); });
        QSignalSpy done(&tail, &FileTail::ended);
        QByteArray got;
        connect(&tail, &FileTail::appended, this, [&](const QByteArray& b) { got += b; });
        tail.start();
        QVERIFY(QTest::qWaitFor([&] { return got == "a\n"; }, 2000));
        append(path, "last");
        ended = true;
        QVERIFY(done.wait(3000));
        QCOMPARE(got, QByteArray("a\nlast"));
    }

    void metricStreamParsesOffThreadInOrderAndStartsOverOnTruncation() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.jsonl"));
        QByteArray lines;
        for (int i = 0; i < 20000; ++i)
            lines += "{\"name\":\"loss\",\"value\":" + QByteArray::number(i) +
                     ",\"step\":" + QByteArray::number(i) + "}\n";
        append(path, lines + "garbage\n");
        FileMetricStream stream(path, nullptr);
        QList<MetricPoint> points;
        QStringList warnings;
        connect(&stream, &MetricStream::pointsAppended, this,
                [&](const QList<MetricPoint>& p) { points += p; });
        connect(&stream, &MetricStream::warning, this, [&](const QString& w) { warnings << w; });
        stream.start();
        QVERIFY(QTest::qWaitFor([&] { return points.size() == 20000 && warnings.size() == 1; }, 10000));
        for (int i = 0; i < points.size(); ++i)
            QCOMPARE(points[i].step, qint64(i));
        QVERIFY(warnings.first().contains(QLatin1String("line 20001")));
        points.clear();
        append(path, "{\"name\":\"x\",\"value\":1}\n", QIODevice::Truncate);
        QVERIFY(QTest::qWaitFor([&] { return points.size() == 1; }, 5000));
        QCOMPARE(points.first().name, QStringLiteral("x"));
        QCOMPARE(points.first().step, 0); // the step counter started over too
    }
};

QTEST_GUILESS_MAIN(TestFileTail)
#include "tst_file_tail.moc"
