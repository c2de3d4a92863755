// The one ISO 8601 duration formatter and parser (ARM's scale-down idle time, a job's timeout,
// Batch AI's maxWallClockTime).
#include "core/util/IsoDuration.h"

#include <QTest>

using namespace trainyard;

class TestIsoDuration : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("zero") << "PT0S" << qint64(0);
        QTest::newRow("minutes") << "PT5M" << qint64(300);
        QTest::newRow("minutes and seconds") << "PT1M40S" << qint64(100);
        QTest::newRow("days") << "P7D" << qint64(604800);
        QTest::newRow("all") << "P1DT2H3M4S" << qint64(93784);
        QTest::newRow("day and a second") << "P1DT1S" << qint64(86401);
    }
    void roundTrip() {
        QFETCH(QString, iso);
        QFETCH(qint64, seconds);
        QCOMPARE(isoDurationFromSeconds(seconds), iso);
        QCOMPARE(secondsFromIsoDuration(iso), std::optional<qint64>(seconds));
    }

    void readsWhatAzureWrites() {
        QCOMPARE(secondsFromIsoDuration(QStringLiteral("P1W")), std::optional<qint64>(604800));
        QCOMPARE(secondsFromIsoDuration(QStringLiteral("pt90m")), std::optional<qint64>(5400));
        QCOMPARE(secondsFromIsoDuration(QStringLiteral(" PT1.6S ")), std::optional<qint64>(2));
        QCOMPARE(isoDurationFromSeconds(-5), QStringLiteral("PT0S"));
    }

    void refusesTheRest_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "P", "PT", "P1DT", "5 minutes", "PT-5M", "1D", "PT1234567M"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesTheRest() {
        QFETCH(QString, text);
        QVERIFY(!secondsFromIsoDuration(text));
    }
};

QTEST_GUILESS_MAIN(TestIsoDuration)
#include "tst_iso_duration.moc"
