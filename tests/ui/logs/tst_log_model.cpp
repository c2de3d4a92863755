#include "core/logs/LogDocument.h"
#include "tests/support/LogFiles.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogSearchController.h"
#include "ui/logs/LogView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using namespace trainyard::logs;
using namespace trainyard::ui;

namespace {

const QString kLog = QStringLiteral("log");

QString rowText(LogModel& m, int row) {
    (void)QTest::qWaitFor([&] { return m.line(row) != nullptr; }, 5000);
    return m.line(row) ? m.line(row)->text : QStringLiteral("<not loaded>");
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void singleLogGrowsUnderTheTester() {
        test::LogFiles files;
        LogDocument d;
        files.follow(d, kLog, "a\nb\n");
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDocuments({&d}, {QStringLiteral("0")});
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 2; }, 5000));
        files.write(kLog, "c\nd");
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 4; }, 5000));
        QCOMPARE(rowText(m, 3), QStringLiteral("d"));
        QCOMPARE(m.data(m.index(2), Qt::DisplayRole).toString(), QStringLiteral("c"));
        files.write(kLog, "one\n");
        QTRY_COMPARE_WITH_TIMEOUT(rowText(m, 3), QStringLiteral("done"), 5000);
    }

    void mergedRanksKeepArrivalOrderAndMapBothWays() {
        test::LogFiles files;
        const QString p0 = QStringLiteral("0.log"), p1 = QStringLiteral("1.log");
        LogDocument d0, d1;
        files.follow(d0, p0, "r0 a\n");
        files.follow(d1, p1);
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDocuments({&d0, &d1}, {QStringLiteral("0"), QStringLiteral("1")});
        QVERIFY(m.isMerged());
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 1; }, 5000));
        files.write(p1, "r1 a\nr1 b\n");
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 3; }, 5000));
        files.write(p0, "r0 b\n");
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 4; }, 5000));
        const QStringList expected = {QStringLiteral("r0 a"), QStringLiteral("r1 a"), QStringLiteral("r1 b"),
                                      QStringLiteral("r0 b")};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(rowText(m, row), expected[row]);
            QCOMPARE(m.label(row), expected[row].mid(1, 1));
            const auto [document, line] = m.locate(row);
            QCOMPARE(m.rowOf(document, line), row);
        }
        QString copied;
        m.copyText(0, 3, this, [&](const QString& text) { copied = text; });
        QTRY_COMPARE_WITH_TIMEOUT(copied, expected.join(u'\n'), 5000);
    }

    void searchNextPreviousAndCountAgainstBruteForce() {
        test::LogFiles files;
        QByteArray bytes;
        QList<int> expected;
        for (int i = 0; i < 5000; ++i) {
            const bool hit = i % 97 == 3;
            bytes += (hit ? "epoch done Loss=" : "step ") + QByteArray::number(i) + '\n';
            if (hit)
                expected << i;
        }
        LogDocument d;
        files.follow(d, kLog, bytes);
        LogModel m;
        m.setDocuments({&d}, {QStringLiteral("0")});
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 5000; }, 5000));
        LogSearchController search;
        search.setModel(&m);
        QSignalSpy finished(&search, &LogSearchController::finished);
        search.find(QStringLiteral("loss="), false);
        QVERIFY(finished.wait(5000));
        QCOMPARE(search.count(), expected.size());
        QCOMPARE(search.rows(), expected);
        QCOMPARE(search.next(-1), expected.first());
        QCOMPARE(search.next(expected[3]), expected[4]);
        QCOMPARE(search.previous(expected[3]), expected[2]);
        QCOMPARE(search.next(expected.last()), expected.first()); // wraps
        QCOMPARE(search.previous(expected.first()), expected.last());
        search.find(QStringLiteral("loss="), true);
        QVERIFY(finished.wait(5000));
        QCOMPARE(search.count(), 0);
        // New lines are searched as they arrive.
        search.find(QStringLiteral("Loss="), true);
        QVERIFY(finished.wait(5000));
        files.write(kLog, "late Loss=1\n");
        QTRY_COMPARE_WITH_TIMEOUT(search.count(), qint64(expected.size() + 1), 5000);
        QCOMPARE(search.rows().last(), 5000);
    }

    void viewFollowsScrollsAndCopies() {
        test::LogFiles files;
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += "\x1b[32mline\x1b[0m " + QByteArray::number(i) + '\n';
        LogDocument d;
        files.follow(d, kLog, bytes);
        LogModel m;
        m.setDocuments({&d}, {QStringLiteral("0")});
        LogView view;
        view.resize(600, 300);
        view.setModel(&m);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 1000 && view.visibleRowsLoaded(); }, 5000));
        QVERIFY(view.isFollowing());
        QCOMPARE(view.firstVisibleRow() + view.visibleRowCount(), 1000);
        files.write(kLog, "tail 1000\n");
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 1001; }, 5000));
        QCOMPARE(view.firstVisibleRow() + view.visibleRowCount(), 1001); // still at the bottom
        view.scrollToTop();
        QVERIFY(!view.isFollowing());
        files.write(kLog, "tail 1001\n");
        QVERIFY(QTest::qWaitFor([&] { return m.rowCount() == 1002; }, 5000));
        QCOMPARE(view.firstVisibleRow(), 0); // stays where the user looks
        view.selectRows(1, 2);
        QSignalSpy copied(&view, &LogView::copied);
        QTest::keySequence(&view, QKeySequence::Copy);
        QVERIFY(copied.wait(5000));
        QCOMPARE(copied.first().first().toString(), QStringLiteral("line 1\nline 2"));
        view.setFollowing(true);
        QCOMPARE(view.firstVisibleRow() + view.visibleRowCount(), 1002);
        QVERIFY(view.paintCount() > 0);
        // The rendered view is the log: the ANSI codes are not shown as text.
        QVERIFY(!m.data(m.index(5), Qt::DisplayRole).toString().contains(QChar(0x241b)));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_log_model.moc"
