#include "core/azureml/ArmJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace trainyard;
using namespace trainyard::azureml;

// The pure ARM JSON functions: bodies built from our model types (compared value by value with
// what README "AmlCompute" / "Jobs" and the published examples say), durations, and the
// published example responses parsed into our types.
class TestArmJson : public QObject {
    Q_OBJECT
private slots:
    void computeBody_data();
    void computeBody();
    void jobBody_data();
    void jobBody();
    void shmSize_data();
    void shmSize();
    void durations_data();
    void durations();
    void publishedJobRequestIsWhatWeWrite();
    void publishedComputeResponsesParse_data();
    void publishedComputeResponsesParse();
    void publishedNodesParse();
    void publishedJobsParse();
    void publishedDatastoresParse();
};

namespace {

// "properties.resources.instanceCount" -> the value; missing keys give Undefined.
QJsonValue lookup(const QJsonObject& root, const QString& path) {
    QJsonValue v = root;
    for (const QString& key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

QString compact(const QJsonValue& v) {
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// A row's expected JSON text, compact; an empty row means the key is absent.
QString expectedText(const QString& expected) {
    if (expected.isEmpty())
        return QStringLiteral("(absent)");
    return compact(QJsonDocument::fromJson("[" + expected.toUtf8() + "]").array().at(0));
}

// The published examples (fixtures/azureml/README.md); tests that read them skip without them.
QString examplesFolder() {
    return qEnvironmentVariable("TRAINYARD_FIXTURES") + QStringLiteral("/azureml/2025-12-01");
}

#define REQUIRE_EXAMPLES()                                                                                   \
    do {                                                                                                     \
        if (!QDir(examplesFolder()).exists())                                                                \
            QSKIP(qPrintable(QStringLiteral("fixtures folder %1 is missing (set TRAINYARD_FIXTURES)")        \
                                 .arg(examplesFolder())));                                                   \
    } while (false)

QJsonObject example(const QString& relative) {
    QFile f(examplesFolder() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject responseBody(const QJsonObject& example, const char* status = "200") {
    return lookup(example, QStringLiteral("responses.%1.body").arg(QLatin1String(status))).toObject();
}

ComputeSpec baseSpec() {
    ComputeSpec s;
    s.name = QStringLiteral("gpu");
    s.vmSize = QStringLiteral("STANDARD_NC6");
    s.minNodes = 0;
    s.maxNodes = 4;
    s.idleSecondsBeforeScaledown = 300;
    return s;
}

RunConfig baseRun() {
    RunConfig r;
    r.experiment = QStringLiteral("mnist");
    r.command = QStringLiteral("python train.py");
    r.nodeCount = 2;
    return r;
}

} // namespace

void TestArmJson::computeBody_data() {
    QTest::addColumn<ComputeSpec>("spec");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");     // below properties.properties unless it starts with '/'
    QTest::addColumn<QString>("expected"); // JSON text; empty: the key is absent

    const ComputeSpec base = baseSpec();
    auto row = [](const char* name, const ComputeSpec& s, const char* path, const char* expected,
                  const char* password = "") {
        QTest::newRow(name) << s << QString::fromLatin1(password) << QString::fromLatin1(path)
                            << QString::fromUtf8(expected);
    };
    row("vm size", base, "vmSize", R"("STANDARD_NC6")");
    row("dedicated", base, "vmPriority", R"("Dedicated")");
    ComputeSpec low = base;
    low.vmPriority = VmPriority::LowPriority;
    row("low priority", low, "vmPriority", R"("LowPriority")");
    row("linux", base, "osType", R"("Linux")");
    row("scale", base, "scaleSettings",
        R"({"maxNodeCount":4,"minNodeCount":0,"nodeIdleTimeBeforeScaleDown":"PT5M"})");
    ComputeSpec odd = base;
    odd.idleSecondsBeforeScaledown = 100;
    row("idle 100 s", odd, "scaleSettings.nodeIdleTimeBeforeScaleDown", R"("PT1M40S")");
    row("no user", base, "userAccountCredentials", "");
    ComputeSpec user = base;
    user.adminUsername = QStringLiteral("azureuser");
    user.adminSshPublicKey = QStringLiteral("ssh-rsa AAAA");
    row("user and key", user, "userAccountCredentials",
        R"({"adminUserName":"azureuser","adminUserSshPublicKey":"ssh-rsa AAAA"})");
    row("password from the keychain", user, "userAccountCredentials.adminUserPassword", R"("s3cret")",
        "s3cret");
    row("no SSH port setting", user, "remoteLoginPortPublicAccess", "");
    ComputeSpec subnet = base;
    subnet.vnetResourceGroup = QStringLiteral("net-rg");
    subnet.vnetName = QStringLiteral("vnet");
    subnet.subnetName = QStringLiteral("default");
    row("subnet id", subnet, "subnet.id",
        R"("/subscriptions/sub-1/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default")");
    ComputeSpec described = base;
    described.description = QStringLiteral("imported");
    row("description", described, "/properties.description", R"("imported")");
    row("compute type", base, "/properties.computeType", R"("AmlCompute")");
    row("location", base, "/location", R"("westeurope")");
}

void TestArmJson::computeBody() {
    QFETCH(ComputeSpec, spec);
    QFETCH(QString, password);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    ComputeRequest request;
    request.location = QStringLiteral("westeurope");
    request.subscriptionId = QStringLiteral("sub-1");
    request.adminPassword = password;
    const QJsonObject body = computeCreateBody(spec, request);
    const QString full =
        path.startsWith(u'/') ? path.mid(1) : QStringLiteral("properties.properties.") + path;
    QCOMPARE(compact(lookup(body, full)), expectedText(expected));
}

void TestArmJson::jobBody_data() {
    QTest::addColumn<RunConfig>("run");
    QTest::addColumn<QString>("path"); // below properties
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, const RunConfig& r, const char* path, const char* expected) {
        QTest::newRow(name) << r << QString::fromLatin1(path) << QString::fromUtf8(expected);
    };
    const RunConfig base = baseRun();
    row("command job", base, "jobType", R"("Command")");
    row("instances", base, "resources.instanceCount", "2");
    row("no distribution", base, "distribution", "");
    RunConfig mpi = base;
    mpi.distribution.type = DistributionType::Mpi;
    mpi.distribution.processCountPerNode = 4;
    row("mpi", mpi, "distribution", R"({"distributionType":"Mpi","processCountPerInstance":4})");
    RunConfig torch = base;
    torch.distribution.type = DistributionType::PyTorch;
    row("pytorch", torch, "distribution", R"({"distributionType":"PyTorch","processCountPerInstance":1})");
    // TensorFlow: both counts always written; worker default = node count - parameter servers.
    RunConfig tf = base;
    tf.nodeCount = 3;
    tf.distribution.type = DistributionType::TensorFlow;
    tf.distribution.parameterServerCount = 1;
    row("tensorflow default workers", tf, "distribution",
        R"({"distributionType":"TensorFlow","parameterServerCount":1,"workerCount":2})");
    RunConfig tfNoPs = tf;
    tfNoPs.distribution.parameterServerCount = 0;
    row("tensorflow without ps = Azure's default", tfNoPs, "distribution.workerCount", "3");
    RunConfig tfGiven = tf;
    tfGiven.distribution.workerCount = 2;
    tfGiven.distribution.parameterServerCount = 1;
    row("tensorflow given", tfGiven, "distribution.workerCount", "2");
    row("no limits by default", base, "limits", "");
    RunConfig week = base;
    week.timeoutSeconds = 7 * 24 * 3600;
    row("limits", week, "limits", R"({"jobLimitsType":"Command","timeout":"P7D"})");
    RunConfig shm = base;
    shm.shmSize = QStringLiteral("16gb");
    row("shm size", shm, "resources.shmSize", R"("16g")");
    row("no shm size by default", base, "resources.shmSize", "");
    RunConfig empty = base;
    empty.experiment.clear();
    row("experiment default", empty, "experimentName", R"("Default")");
    RunConfig script = base;
    script.command.clear();
    script.entryScript = QStringLiteral("train.py");
    script.arguments = {QStringLiteral("--lr"), QStringLiteral("0.1 0.2")};
    row("entry script and arguments", script, "command", R"("python train.py --lr \"0.1 0.2\"")");
    RunConfig env = base;
    env.environmentVariables.insert(QStringLiteral("A"), QStringLiteral("1"));
    env.tags.insert(QStringLiteral("t"), QStringLiteral("v"));
    row("environment", env, "environmentVariables", R"({"A":"1"})");
    row("tags", env, "tags", R"({"t":"v"})");
    row("computeId from the request", base, "computeId", R"("/computes/gpu")");
    row("inputs from the request", base, "inputs",
        R"({"data":{"jobInputType":"uri_folder","mode":"ReadOnlyMount","uri":"azureml://datastores/d/paths/x"},)"
        R"("scratch":{"jobInputType":"uri_folder","mode":"ReadWriteMount","uri":"azureml://datastores/d/paths/y"}})");
    row("outputs from the request", base, "outputs",
        R"({"model":{"jobOutputType":"uri_folder","mode":"ReadWriteMount"}})");
}

void TestArmJson::jobBody() {
    QFETCH(RunConfig, run);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    JobRequest request;
    request.computeId = QStringLiteral("/computes/gpu");
    request.inputs.insert(QStringLiteral("data"), {QStringLiteral("azureml://datastores/d/paths/x"), false});
    request.inputs.insert(QStringLiteral("scratch"),
                          {QStringLiteral("azureml://datastores/d/paths/y"), true});
    request.outputs << QStringLiteral("model");
    QCOMPARE(compact(lookup(commandJobBody(run, request), QStringLiteral("properties.") + path)),
             expectedText(expected));
}

void TestArmJson::shmSize_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("sent");
    QTest::newRow("Batch AI's 16gb") << "16gb"
                                     << "16g";
    QTest::newRow("upper case") << "512MB"
                                << "512m";
    QTest::newRow("Docker's own") << "2g"
                                  << "2g";
    QTest::newRow("bytes") << "1048576"
                           << "1048576b";
    QTest::newRow("unreadable, as given") << "lots"
                                          << "lots";
}

void TestArmJson::shmSize() {
    QFETCH(QString, given);
    QFETCH(QString, sent);
    QCOMPARE(shmSizeForAzure(given), sent);
}

void TestArmJson::durations_data() {
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("iso");
    QTest::newRow("zero") << 0 << "PT0S";
    QTest::newRow("minutes") << 1800 << "PT30M";
    QTest::newRow("hours and seconds") << 3605 << "PT1H5S";
    QTest::newRow("a week") << 604800 << "P7D";
    QTest::newRow("days and time") << 93784 << "P1DT2H3M4S";
}

void TestArmJson::durations() {
    QFETCH(int, seconds);
    QFETCH(QString, iso);
    QCOMPARE(isoDurationFromSeconds(seconds), iso);
    QCOMPARE(secondsFromIsoDuration(iso), std::optional<int>(seconds));
    QCOMPARE(secondsFromIsoDuration(iso.toLower()), std::optional<int>(seconds));
    for (const char* bad : {"", "P", "PT", "P1DT", "30 minutes", "PT1.5"})
        QVERIFY2(!secondsFromIsoDuration(QString::fromLatin1(bad)), bad);
}

// The published CommandJob request, rebuilt from a RunConfig: limits and distribution as
// Microsoft writes them (the two points the Batch AI import and the engine used to disagree on).
void TestArmJson::publishedJobRequestIsWhatWeWrite() {
    REQUIRE_EXAMPLES();
    const QJsonObject ex = lookup(example(QStringLiteral("Job/CommandJob/createOrUpdate.json")),
                                  QStringLiteral("parameters.body.properties"))
                               .toObject();
    RunConfig run;
    run.command = ex.value(QLatin1String("command")).toString();
    run.nodeCount = lookup(ex, QStringLiteral("resources.instanceCount")).toInt();
    run.distribution.type = DistributionType::TensorFlow;
    run.distribution.workerCount = lookup(ex, QStringLiteral("distribution.workerCount")).toInt();
    run.distribution.parameterServerCount =
        lookup(ex, QStringLiteral("distribution.parameterServerCount")).toInt();
    run.timeoutSeconds = *secondsFromIsoDuration(lookup(ex, QStringLiteral("limits.timeout")).toString());
    const QJsonObject body = commandJobBody(run, {}).value(QLatin1String("properties")).toObject();
    QCOMPARE(body.value(QLatin1String("limits")), ex.value(QLatin1String("limits")));
    QCOMPARE(body.value(QLatin1String("distribution")), ex.value(QLatin1String("distribution")));
    QCOMPARE(body.value(QLatin1String("jobType")), ex.value(QLatin1String("jobType")));
    QCOMPARE(lookup(body, QStringLiteral("resources.instanceCount")),
             lookup(ex, QStringLiteral("resources.instanceCount")));
}

void TestArmJson::publishedComputeResponsesParse_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("provisioningState");
    QTest::addColumn<QString>("allocationState");
    QTest::addColumn<int>("maxNodes");
    QTest::addColumn<int>("idleSeconds");
    QTest::newRow("full AmlCompute") << "Compute/createOrUpdate/AmlCompute.json"
                                     << "200"
                                     << "Succeeded"
                                     << "Resizing" << 1 << 300;
    QTest::newRow("creating") << "Compute/createOrUpdate/BasicAmlCompute.json"
                              << "201"
                              << "Creating"
                              << "Steady" << 0 << 0; // a Creating answer has no scale settings
}

void TestArmJson::publishedComputeResponsesParse() {
    REQUIRE_EXAMPLES();
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, provisioningState);
    QFETCH(QString, allocationState);
    QFETCH(int, maxNodes);
    QFETCH(int, idleSeconds);
    const QJsonObject body = responseBody(example(file), qPrintable(status));
    const ComputeInfo c = computeFromArm(body);
    QCOMPARE(c.spec.name, QStringLiteral("compute123"));
    QCOMPARE(c.provisioningState, provisioningState);
    QCOMPARE(c.allocationState, allocationState);
    QCOMPARE(c.spec.maxNodes, maxNodes);
    QCOMPARE(c.spec.idleSecondsBeforeScaledown, idleSeconds);
}

void TestArmJson::publishedNodesParse() {
    REQUIRE_EXAMPLES();
    const QJsonArray nodes = responseBody(example(QStringLiteral("Compute/listNodes.json")))
                                 .value(QLatin1String("nodes"))
                                 .toArray();
    QCOMPARE(nodes.size(), 2);
    const ComputeNode running = nodeFromArm(nodes.at(0).toObject());
    QCOMPARE(running.nodeId, QStringLiteral("tvm-3601533753_1-20170719t162906z"));
    QCOMPARE(running.state, QStringLiteral("running"));
    QCOMPARE(running.runId, QStringLiteral("2f378a44-38f2-443a-9f0d-9909d0b47890"));
    QCOMPARE(running.reason, QStringLiteral("ssh 13.84.190.134:50000")); // where to reach it
    QCOMPARE(nodeFromArm(nodes.at(1).toObject()).state, QStringLiteral("idle"));
}

void TestArmJson::publishedJobsParse() {
    REQUIRE_EXAMPLES();
    const QJsonObject job = responseBody(example(QStringLiteral("Job/CommandJob/list.json")))
                                .value(QLatin1String("value"))
                                .toArray()
                                .at(0)
                                .toObject();
    const RunInfo r = runFromJob(job);
    QCOMPARE(r.engine, QStringLiteral("azureml"));
    QCOMPARE(r.id, QStringLiteral("string"));
    QVERIFY(r.status == RunStatus::NotStarted);
    QCOMPARE(r.nodeCount, 1);
    QVERIFY(r.createdAt.isValid());
    // The response of the published PUT: a TensorFlow job, read back into a RunConfig.
    const RunInfo put =
        runFromJob(responseBody(example(QStringLiteral("Job/CommandJob/createOrUpdate.json")), "201"));
    QVERIFY(put.distribution.type == DistributionType::TensorFlow);
    QCOMPARE(put.distribution.parameterServerCount, 1);
    QCOMPARE(put.distribution.workerCount, 1);
    QCOMPARE(put.parentRunId, QStringLiteral("ParentRun"));
    QCOMPARE(put.config.environmentVariables.value(QStringLiteral("string")), QStringLiteral("string"));
}

void TestArmJson::publishedDatastoresParse() {
    REQUIRE_EXAMPLES();
    const QJsonObject item = responseBody(example(QStringLiteral("Datastore/list.json")))
                                 .value(QLatin1String("value"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    const DatastoreInfo d = datastoreFromArm(item);
    QCOMPARE(d.type, QStringLiteral("AzureBlob"));
    QCOMPARE(d.location, QStringLiteral("https://string.blob.core.windows.net/string"));
    QVERIFY(!d.isDefault);
}

QTEST_GUILESS_MAIN(TestArmJson)
#include "tst_azureml_arm_json.moc"
