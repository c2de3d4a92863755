#include "core/batchai/BatchAiDocument.h"
#include "core/batchai/BatchAiDuration.h"
#include "core/batchai/BatchAiMapper.h"
#include "core/util/IsoDuration.h"
#include "tests/core/batchai/BatchAiFixtures.h"

#include <QTest>

using namespace trainyard;
using namespace trainyard::batchai;
using namespace trainyard::test;

// Reading: every fixture gives the kind fixtures/batchai/README.md says, the broken ones their
// error with line and column, the rest a "none of these" message.
class TestBatchAiReader : public QObject {
    Q_OBJECT
private slots:
    void everyFixtureIsKnown();
    void kinds_data();
    void kinds();
    void brokenFilesSayLineAndColumn_data();
    void brokenFilesSayLineAndColumn();
    void notBatchAi();
    void notBatchAiKeepsSecretsOut();
    void durations_data();
    void durations();
    void apiVersionsAndShapes();
    void crlfAndBom();
};

// kind, or "" for a parse error, or "none" for a JSON object that is no Batch AI definition.
static const QMap<QString, QString>& expectedKinds() {
    static const QMap<QString, QString> kinds{
        {QStringLiteral("anomaly-detection/bai_pred_config.json"), QStringLiteral("none")},
        {QStringLiteral("azure-cli-samples/cluster.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-cli-doc/cluster-lowpriority-flat-2017.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-cli-doc/cluster-multiple-mounts.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-cli-doc/cluster-setup-task-env-secrets.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-cli-doc/cluster-show-output.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-cli-doc/job-cntk-env-secrets.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-cli-doc/job-container-keyvault-password.invalid.json"), QString()},
        {QStringLiteral("batchai-cli-doc/job-container-private-registry.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-mnist/clusterconfig.json"), QStringLiteral("cluster")},
        {QStringLiteral("batchai-mnist/train-job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/batch-scoring-tensorflow-custommpi.job.json"),
         QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/caffe2-gpu-distributed.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/chainer-gpu-distributed.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/cntk-gpu-brainscript-distributed.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/configuration-2018-01.invalid.json"), QString()},
        {QStringLiteral("batchai-recipes/configuration.json"), QStringLiteral("configuration")},
        {QStringLiteral("batchai-recipes/horovod-2017-custom-mpirun.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/horovod-infiniband-benchmark.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/pytorch-gpu-distributed-gloo.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json"), QStringLiteral("job")},
        {QStringLiteral("batchai-recipes/tensorflow-gpu.job.json"), QStringLiteral("job")},
        {QStringLiteral("horovod-benchmark/jj.json"), QStringLiteral("job")},
        {QStringLiteral("rest-api-specs/2018-05-01.PatchCluster.json"), QStringLiteral("cluster")},
        {QStringLiteral("rest-api-specs/2018-05-01.PutCluster.json"), QStringLiteral("cluster")},
        {QStringLiteral("rest-api-specs/2018-05-01.PutFileServer.json"), QStringLiteral("fileserver")},
        {QStringLiteral("rest-api-specs/2018-05-01.PutJob.json"), QStringLiteral("job")},
        {QStringLiteral("retinanet-coco/cluster.json"), QStringLiteral("cluster")},
        {QStringLiteral("retinanet-coco/training_job.json"), QStringLiteral("job")},
        {QStringLiteral("smarker-benchmark/horovod-job.json"), QStringLiteral("job")},
    };
    return kinds;
}

void TestBatchAiReader::everyFixtureIsKnown() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    // A fixture added later must be given its kind here, or this fails.
    const QStringList files = allBatchAiFixtures();
    QVERIFY2(files.size() >= 29,
             qPrintable(QStringLiteral("found %1 fixtures in %2").arg(files.size()).arg(batchAiFixtures())));
    for (const QString& f : files)
        QVERIFY2(expectedKinds().contains(f), qPrintable(f));
}

void TestBatchAiReader::kinds_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    for (auto it = expectedKinds().cbegin(); it != expectedKinds().cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
}

void TestBatchAiReader::kinds() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const auto doc = readBatchAiFile(batchAiFixture(file));
    if (kind.isEmpty()) {
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(QLatin1String("invalid JSON")),
                 qPrintable(doc.error().message));
        return;
    }
    if (kind == QLatin1String("none")) {
        QVERIFY(!doc);
        QCOMPARE(doc.error().kind, ErrorKind::Invalid);
        QVERIFY2(doc.error().message.contains(QLatin1String("not a Batch AI definition")),
                 qPrintable(doc.error().message));
        return;
    }
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
    QCOMPARE(toString(doc->kind), kind);
    // Mapping never fails and always says something about a real definition.
    const BatchAiImport mapped = BatchAiMapper(doc.value(), {}).map();
    QVERIFY(!mapped.warnings.isEmpty());
    QCOMPARE(mapped.compute.has_value(), doc->kind == DocumentKind::Cluster);
    QCOMPARE(mapped.run.has_value(), doc->kind == DocumentKind::Job);
    for (const auto& w : mapped.warnings) {
        QVERIFY2(!w.field.isEmpty(), qPrintable(w.message));
        QVERIFY2(!w.message.isEmpty(), qPrintable(w.field));
    }
}

void TestBatchAiReader::brokenFilesSayLineAndColumn_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    // "..." on line 3 (Qt stops after its first dot, column 10); the missing comma: line 18 starts a key
    // after "}".
    QTest::newRow("keyvault") << QStringLiteral(
                                     "batchai-cli-doc/job-container-keyvault-password.invalid.json")
                              << QStringLiteral(":3:10:");
    QTest::newRow("configuration crlf")
        << QStringLiteral("batchai-recipes/configuration-2018-01.invalid.json") << QStringLiteral(":18:");
}

void TestBatchAiReader::brokenFilesSayLineAndColumn() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    QFETCH(QString, file);
    QFETCH(QString, where);
    const auto doc = readBatchAiFile(batchAiFixture(file));
    QVERIFY(!doc);
    QCOMPARE(doc.error().kind, ErrorKind::Invalid);
    QVERIFY2(doc.error().message.contains(file.section(u'/', -1) + where), qPrintable(doc.error().message));
}

void TestBatchAiReader::notBatchAi() {
    for (const QByteArray& bytes : {QByteArray("{}"), QByteArray(R"({"name": "x", "values": [1,2]})"),
                                    QByteArray(R"({"properties": {"foo": 1}})")}) {
        const auto doc = parseBatchAiDocument(bytes, QStringLiteral("x.json"));
        QVERIFY2(!doc, bytes.constData());
        QVERIFY(doc.error().message.startsWith(QLatin1String("x.json: not a Batch AI definition")));
        QVERIFY(doc.error().message.contains(QLatin1String("configuration.json")));
    }
    const auto array = parseBatchAiDocument("[1]", QStringLiteral("a.json"));
    QVERIFY(!array);
    QVERIFY(array.error().message.contains(QLatin1String("JSON object")));
}

void TestBatchAiReader::notBatchAiKeepsSecretsOut() {
    // The message lists keys, never values: the anomaly-detection config holds a password.
    const auto doc = parseBatchAiDocument(R"({"sp_secret": "hunter2-secret", "acr_password": "pw-xyz"})",
                                          QStringLiteral("c.json"));
    QVERIFY(!doc);
    QVERIFY(doc.error().message.contains(QLatin1String("sp_secret")));
    QVERIFY(!doc.error().message.contains(QLatin1String("hunter2-secret")));
    QVERIFY(!doc.error().message.contains(QLatin1String("pw-xyz")));
}

void TestBatchAiReader::durations_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("timespan") << QStringLiteral("7.00:00:00") << qint64(604800);
    QTest::newRow("timespan h") << QStringLiteral("01:30:05") << qint64(5405);
    QTest::newRow("timespan ms") << QStringLiteral("1.02:03:04.500") << qint64(93784);
    QTest::newRow("iso days") << QStringLiteral("P7D") << qint64(604800);
    QTest::newRow("iso mixed") << QStringLiteral("P1DT2H3M4S") << qint64(93784);
    QTest::newRow("iso time") << QStringLiteral("PT45M") << qint64(2700);
    QTest::newRow("timedelta") << QStringLiteral("7 days, 0:00:00") << qint64(604800);
    QTest::newRow("timedelta 1 day") << QStringLiteral("1 day, 2:03:04") << qint64(93784);
    QTest::newRow("bad") << QStringLiteral("seven days") << qint64(-1);
    QTest::newRow("bad minutes") << QStringLiteral("00:61:00") << qint64(-1);
    QTest::newRow("bare P") << QStringLiteral("P") << qint64(-1);
    QTest::newRow("bare PT") << QStringLiteral("PT") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestBatchAiReader::durations() {
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseBatchAiDuration(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, seconds);
    QCOMPARE(parseBatchAiDuration(isoDurationFromSeconds(seconds)), parsed); // round trip through ISO 8601
}

void TestBatchAiReader::apiVersionsAndShapes() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    struct Case {
        const char* file;
        DocumentShape shape;
        const char* api;
    };
    const Case cases[] = {
        {"batchai-recipes/cntk-gpu-brainscript-distributed.job.json", DocumentShape::SchemaWrapper,
         "2017-09-01-preview"},
        {"batchai-mnist/clusterconfig.json", DocumentShape::SchemaWrapper, "2018-03-01"},
        {"batchai-recipes/tensorflow-gpu.job.json", DocumentShape::SchemaWrapper, "2018-05-01"},
        {"rest-api-specs/2018-05-01.PutJob.json", DocumentShape::RestExample, "2018-05-01"},
        {"batchai-cli-doc/cluster-show-output.json", DocumentShape::Flattened, ""},
        {"batchai-cli-doc/cluster-lowpriority-flat-2017.json", DocumentShape::Fragment, ""},
        {"retinanet-coco/cluster.json", DocumentShape::PropertiesOnly, ""},
    };
    for (const Case& c : cases) {
        const auto doc = readBatchAiFile(batchAiFixture(QString::fromLatin1(c.file)));
        QVERIFY2(doc, c.file);
        QCOMPARE(toString(doc->shape), toString(c.shape));
        QCOMPARE(doc->apiVersion, QString::fromLatin1(c.api));
    }
    const auto put = readBatchAiFile(batchAiFixture(QStringLiteral("rest-api-specs/2018-05-01.PutJob.json")));
    QCOMPARE(put->name, QStringLiteral("demo_job"));
    QCOMPARE(put->experimentName, QStringLiteral("demo_experiment"));
    const auto flat =
        readBatchAiFile(batchAiFixture(QStringLiteral("batchai-cli-doc/cluster-show-output.json")));
    QCOMPARE(flat->name, QStringLiteral("demoCluster"));
}

void TestBatchAiReader::crlfAndBom() {
    const QByteArray crlf =
        "{\r\n  \"properties\": {\r\n    \"nodeCount\": 2,\r\n    \"x\": ]\r\n  }\r\n}\r\n";
    const auto bad = parseBatchAiDocument(crlf, QStringLiteral("j.json"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("j.json:4:")), qPrintable(bad.error().message));
    QByteArray good = crlf;
    good.replace("\"x\": ]", "\"x\": 1");
    const auto doc = parseBatchAiDocument(good, QStringLiteral("j.json"));
    QVERIFY(doc);
    QCOMPARE(toString(doc->kind), QStringLiteral("job"));
}

QTEST_GUILESS_MAIN(TestBatchAiReader)
#include "tst_batchai_reader.moc"
