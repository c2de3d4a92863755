#include "core/local/LocalDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::local;

class TestLocalDatabase : public QObject {
    Q_OBJECT

    static ComputeSpec spec(const QString& name) {
        ComputeSpec s;
        s.name = name;
        s.vmSize = QStringLiteral("local");
        s.maxNodes = 4;
        return s;
    }

private slots:
    void schemaVersionAndWal() {
        QTemporaryDir dir;
        LocalLayout layout(dir.path());
        auto db = LocalDatabase::open(layout);
        QVERIFY(db.ok());
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(layout.database());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LocalDatabase::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        raw.close();
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        LocalLayout layout(dir.path());
        QVERIFY(LocalDatabase::open(layout).ok());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            raw.setDatabaseName(layout.database());
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        auto db = LocalDatabase::open(layout);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("newer Trainyard")));
    }

    void computesAndNodeCounts() {
        QTemporaryDir dir;
        auto db = LocalDatabase::open(LocalLayout(dir.path())).value().release();
        QVERIFY(db->insertCompute(spec(QStringLiteral("cpu"))).ok());
        const Status dup = db->insertCompute(spec(QStringLiteral("CPU")));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().kind == ErrorKind::Conflict);
        QVERIFY(db->insertNode(QStringLiteral("cpu"), QStringLiteral("cpu-n0"), QStringLiteral("idle")).ok());
        QVERIFY(db->insertNode(QStringLiteral("cpu"), QStringLiteral("cpu-n1"), QStringLiteral("preparing"))
                    .ok());
        auto c = db->compute(QStringLiteral("cpu"));
        QVERIFY(c.ok());
        QCOMPARE(c->nodeStateCounts.idle, 1);
        QCOMPARE(c->nodeStateCounts.preparing, 1);
        QCOMPARE(c->allocationState, QStringLiteral("Resizing"));
        QCOMPARE(c->currentNodeCount, 2);
        auto missing = db->compute(QStringLiteral("gpu"));
        QVERIFY(missing.error().kind == ErrorKind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("cpu")));
        delete db;
    }

    void deleteRefusedWithActiveRunsNamed() {
        QTemporaryDir dir;
        auto db = LocalDatabase::open(LocalLayout(dir.path())).value().release();
        QVERIFY(db->insertCompute(spec(QStringLiteral("cpu"))).ok());
        RunConfig config;
        config.experiment = QStringLiteral("exp");
        config.compute = QStringLiteral("cpu");
        config.command = QStringLiteral("true");
        auto run = db->insertRun(config, QStringLiteral("exp_1_aaaa"));
        QVERIFY(run.ok());
        QCOMPARE(run->number, 1);
        QVERIFY(run->status == RunStatus::Queued);
        QCOMPARE(db->insertRun(config, QStringLiteral("exp_1_bbbb"))->number, 2);
        const Status refused = db->deleteCompute(QStringLiteral("cpu"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("exp_1_aaaa")));
        QVERIFY(refused.error().message.contains(QStringLiteral("exp_1_bbbb")));
        QVERIFY(db->compute(QStringLiteral("cpu")).ok()); // still there
        for (const QString& id : {QStringLiteral("exp_1_aaaa"), QStringLiteral("exp_1_bbbb")}) {
            RunInfo r = db->run(id).value();
            r.status = RunStatus::Canceled;
            QVERIFY(db->updateRun(r).ok());
        }
        QVERIFY(db->deleteCompute(QStringLiteral("cpu")).ok());
        QCOMPARE(db->runs({})->size(), 2); // history stays
        delete db;
    }
};

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_local_database.moc"
