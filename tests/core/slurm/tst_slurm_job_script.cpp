#include "core/slurm/SlurmJobScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::slurm;

// The files and the job/submit body a Slurm run is made of (without a Slurm: that is
// tests/integration/slurm).
class TestSlurmJobScript : public QObject {
    Q_OBJECT

    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    // max_run_duration_seconds is Slurm's time_limit in whole minutes, rounded up; none: no limit.
    void timeLimitInMinutes_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("minutes"); // -1: no time_limit
        QTest::newRow("none") << qint64(0) << -1;
        QTest::newRow("one second") << qint64(1) << 1;
        QTest::newRow("a minute") << qint64(60) << 1;
        QTest::newRow("61 s") << qint64(61) << 2;
        QTest::newRow("a day") << qint64(86400) << 1440;
    }
    void timeLimitInMinutes() {
        QFETCH(qint64, seconds);
        QFETCH(int, minutes);
        QTemporaryDir dir;
        SlurmSettings settings;
        settings.workDir = dir.path();
        RunConfig config;
        config.command = QStringLiteral("true");
        config.compute = QStringLiteral("debug");
        config.timeoutSeconds = seconds;
        QDir().mkpath(settings.runDir(QStringLiteral("r_1_a")) + QStringLiteral("/snapshot"));
        auto files = writeJobFiles(settings, config, QStringLiteral("r_1_a"));
        QVERIFY(files);
        const QJsonObject job = files->submitBody.value(QStringLiteral("job")).toObject();
        if (minutes < 0)
            QVERIFY(!job.contains(QStringLiteral("time_limit")));
        else
            QCOMPARE(job.value(QStringLiteral("time_limit")).toInt(), minutes);
    }

    // An mpi run goes through srun --mpi with a plugin chosen on the cluster; every rank but 0
    // works in its own folder whose outputs is the run's outputs/rank_<r>.
    void mpiRunThroughSrunMpi() {
        QTemporaryDir dir;
        SlurmSettings settings;
        settings.workDir = dir.path();
        const QString run = settings.runDir(QStringLiteral("r_1_b"));
        QDir().mkpath(run + QStringLiteral("/snapshot"));
        QFile(run + QStringLiteral("/snapshot/train.py")).open(QIODevice::WriteOnly);
        RunConfig config;
        config.entryScript = QStringLiteral("train.py");
        config.nodeCount = 2;
        config.distribution.type = DistributionType::Mpi;
        config.distribution.processCountPerNode = 2;
        QVERIFY(writeJobFiles(settings, config, QStringLiteral("r_1_b")));
        const QByteArray batch = read(run + QStringLiteral("/batch.sh"));
        QVERIFY2(batch.contains("srun --mpi=\"$mpi\" --nodes=2 --ntasks=4"), batch.constData());
        QVERIFY(batch.contains("srun --mpi=list"));
        QVERIFY(batch.contains("--kill-on-bad-exit=1"));
        QVERIFY(read(run + QStringLiteral("/task.sh")).contains("OMPI_COMM_WORLD_RANK"));
        QVERIFY(read(run + QStringLiteral("/ranks/1/env.sh"))
                    .contains(QByteArray("TY_CWD=" + run.toUtf8() + "/ranks/1/cwd")));
        QVERIFY(QFileInfo(run + QStringLiteral("/ranks/1/cwd/train.py")).isSymLink());
        QCOMPARE(QFileInfo(run + QStringLiteral("/ranks/1/cwd/outputs")).canonicalFilePath(),
                 QFileInfo(run + QStringLiteral("/outputs/rank_1")).canonicalFilePath());
        QCOMPARE(QFileInfo(run + QStringLiteral("/snapshot/outputs")).canonicalFilePath(),
                 QFileInfo(run + QStringLiteral("/outputs")).canonicalFilePath());

        config.distribution.type = DistributionType::PyTorch; // no MPI: plain srun, as before
        QVERIFY(writeJobFiles(settings, config, QStringLiteral("r_1_b")));
        QVERIFY(!read(run + QStringLiteral("/batch.sh")).contains("--mpi"));
    }
};

QTEST_MAIN(TestSlurmJobScript)
#include "tst_slurm_job_script.moc"
