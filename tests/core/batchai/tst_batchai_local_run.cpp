#include "core/batchai/BatchAiFileImport.h"
#include "core/batchai/BatchAiMapper.h"
#include "tests/core/batchai/BatchAiFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace trainyard;
using namespace trainyard::batchai;
using namespace trainyard::test;

// The Batch AI TensorFlow parameter-server recipe, imported and run for real on the local engine
// with a stand-in script: 1 parameter server + 2 workers, each seeing its hosts and task index in
// TF_CONFIG and in Batch AI's own variables, and in the arguments the recipe builds from them.
class TestBatchAiLocalRun : public QObject {
    Q_OBJECT
private slots:
    void tensorFlowParameterServerJobRuns();
};

static QString join(const QJsonArray& a) {
    QStringList s;
    for (const auto& v : a)
        s << v.toString();
    return s.join(u',');
}

void TestBatchAiLocalRun::tensorFlowParameterServerJobRuns() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    auto made = ws.createCluster(QStringLiteral("cpu"), 0, 3);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));

    ImportOptions options;
    options.computeName = QStringLiteral("cpu");
    options.sourceDirectory = qEnvironmentVariable("TRAINYARD_TEST_DATA") + QStringLiteral("/batchai");
    options.experiment = QStringLiteral("batchai-tf");
    auto imported = importBatchAiFile(
        batchAiFixture(QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json")), options);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QVERIFY(imported->run);
    const RunConfig config = *imported->run;
    QCOMPARE(config.nodeCount, 3);
    QVERIFY(config.distribution.type == DistributionType::TensorFlow);

    auto submitted = await(ws.engine()->submitRun(config));
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    auto ended = ws.waitForEnd(submitted->id, 120000);
    QVERIFY2(ended, qPrintable(ended ? QString() : ended.error().message));
    const QString runDir = ws.folder() + QStringLiteral("/runs/") + submitted->id;
    if (ended->status != RunStatus::Completed) {
        // Show the logs: they say what the shell or the script did not like.
        QDir logs(runDir + QStringLiteral("/logs"));
        for (const QString& node : logs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(logs.filePath(node) + QStringLiteral("/std_log.txt"));
            f.open(QIODevice::ReadOnly);
            qWarning().noquote() << node << f.readAll();
        }
        QFAIL(qPrintable(QStringLiteral("run ended %1: %2").arg(toString(ended->status), ended->error)));
    }

    const QString modelDir = runDir + QStringLiteral("/outputs/model");
    const QStringList files =
        QDir(modelDir).entryList({QStringLiteral("received-*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList{QStringLiteral("received-ps-0.json"), QStringLiteral("received-worker-0.json"),
                          QStringLiteral("received-worker-1.json")}));
    QSet<QString> tasks;
    QString psHosts, workerHosts;
    for (const QString& name : files) {
        QFile f(QDir(modelDir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject got = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject env = got.value(QStringLiteral("env")).toObject();
        QStringList argv;
        for (const auto& a : got.value(QStringLiteral("argv")).toArray())
            argv << a.toString();
        const QJsonObject tf =
            QJsonDocument::fromJson(env.value(QStringLiteral("TF_CONFIG")).toString().toUtf8()).object();
        const QJsonObject cluster = tf.value(QStringLiteral("cluster")).toObject();
        const QString type =
            tf.value(QStringLiteral("task")).toObject().value(QStringLiteral("type")).toString();
        const int index =
            tf.value(QStringLiteral("task")).toObject().value(QStringLiteral("index")).toInt(-1);
        QCOMPARE(cluster.value(QStringLiteral("ps")).toArray().size(), 1);
        QCOMPARE(cluster.value(QStringLiteral("worker")).toArray().size(), 2);
        tasks << QStringLiteral("%1-%2").arg(type).arg(index);
        // Batch AI's variables agree with TF_CONFIG ...
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_PS_HOSTS")).toString(),
                 join(cluster.value(QStringLiteral("ps")).toArray()));
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS")).toString(),
                 join(cluster.value(QStringLiteral("worker")).toArray()));
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_TASK_INDEX")).toString(), QString::number(index));
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_TASK_TYPE")).toString(), type);
        // ... and so do the per-role arguments the recipe builds from them.
        QVERIFY2(argv.contains(QStringLiteral("--job_name=") + type), qPrintable(argv.join(u' ')));
        QVERIFY(argv.contains(QStringLiteral("--task_index=%1").arg(index)));
        QVERIFY(argv.contains(QStringLiteral("--ps_hosts=") +
                              env.value(QStringLiteral("AZ_BATCHAI_PS_HOSTS")).toString()));
        QVERIFY(argv.contains(QStringLiteral("--worker_hosts=") +
                              env.value(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS")).toString()));
        if (type == QLatin1String("ps")) {
            QVERIFY(argv.contains(QStringLiteral("--num_gpus=0")));
            // $AZ_BATCHAI_JOB_MOUNT_ROOT/data/... lands in the local datastore, which stands for the mount
            // root.
            const QString dataDir = argv.filter(QStringLiteral("--data_dir=")).value(0).mid(11);
            QVERIFY2(dataDir.endsWith(QLatin1String("/data/mnist_data")), qPrintable(dataDir));
            QVERIFY2(dataDir.startsWith(ws.folder()), qPrintable(dataDir));
        } else {
            QVERIFY(argv.contains(QStringLiteral("--checkpoint_dir=") +
                                  env.value(QStringLiteral("AZ_BATCHAI_OUTPUT_MODEL")).toString()));
            QCOMPARE(QFileInfo(env.value(QStringLiteral("AZ_BATCHAI_OUTPUT_MODEL")).toString())
                         .canonicalFilePath(),
                     QFileInfo(modelDir).canonicalFilePath());
            QVERIFY(QFileInfo(env.value(QStringLiteral("AZ_BATCHAI_OUTPUT_TENSORBOARD")).toString()).isDir());
        }
        if (psHosts.isEmpty()) {
            psHosts = env.value(QStringLiteral("AZ_BATCHAI_PS_HOSTS")).toString();
            workerHosts = env.value(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS")).toString();
        }
        // Every process sees the same cluster.
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_PS_HOSTS")).toString(), psHosts);
        QCOMPARE(env.value(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS")).toString(), workerHosts);
    }
    QCOMPARE(tasks,
             (QSet<QString>{QStringLiteral("ps-0"), QStringLiteral("worker-0"), QStringLiteral("worker-1")}));
    QCOMPARE(workerHosts.split(u',').size(), 2);
    QVERIFY(!workerHosts.split(u',').contains(psHosts)); // three distinct tasks
}

QTEST_GUILESS_MAIN(TestBatchAiLocalRun)
#include "tst_batchai_local_run.moc"
