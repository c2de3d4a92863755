#include "core/batchai/BatchAiFileImport.h"
#include "core/batchai/BatchAiMapper.h"
#include "core/batchai/ImportSecrets.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Await.h"
#include "tests/core/batchai/BatchAiFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace trainyard;
using namespace trainyard::batchai;
using namespace trainyard::test;

// The mapping, value by value, for one file per toolkit, the cluster shapes, the file server and
// configuration.json (the --json form, which is what users and scripts see), warnings included.
class TestBatchAiMapping : public QObject {
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void warnings_data();
    void warnings();
    void noSecretInAnyOutput();
    void manualScaleChoice();
    void sourceDirectoryRewritesScript();
    void everyFieldIsMappedOrWarned();
    void badValuesWarn();
    void originalTextIsMasked();
    void secretsGoToTheKeychain();
};

// "run.distribution.type", "run.inputs[1].datastore" -> the value in the import's JSON.
static QJsonValue lookup(const QJsonValue& root, const QString& path) {
    QJsonValue v = root;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((?:\\[\\d+\\])*)$"));
    for (const QString& p : path.split(u'.')) {
        const auto m = part.match(p);
        v = v.toObject().value(m.captured(1));
        for (auto it = QRegularExpression(QStringLiteral("\\[(\\d+)\\]")).globalMatch(m.captured(2));
             it.hasNext();)
            v = v.toArray().at(it.next().captured(1).toInt());
    }
    return v;
}

static QJsonObject importJson(const QString& file, const ImportOptions& options = {}) {
    auto doc = readBatchAiFile(batchAiFixture(file));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return toJson(BatchAiMapper(doc.value(), options).map());
}

void TestBatchAiMapping::values_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // JSON text of the value

    auto row = [](const char* file, const char* path, const char* expected) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(file).section(u'/', -1),
                                                             QString::fromLatin1(path))))
            << QString::fromLatin1(file) << QString::fromLatin1(path) << QString::fromUtf8(expected);
    };
    const char* tf = "batchai-recipes/tensorflow-gpu-distributed.job.json";
    row(tf, "kind", R"("job")");
    row(tf, "run.node_count", "3");
    row(tf, "run.distribution.type", R"("tensorflow")");
    row(tf, "run.distribution.worker_count", "2");
    row(tf, "run.distribution.parameter_server_count", "1");
    row(tf, "run.environment.image", R"("tensorflow/tensorflow:1.8.0-gpu")");
    row(tf, "run.outputs[0].name", R"("model")");
    row(tf, "run.outputs[1].name", R"("tensorboard")");
    row(tf, "run.inputs[0].name", R"("mount_scripts")");
    row(tf, "run.inputs[0].datastore", R"("scripts")");
    row(tf, "run.inputs[1].name", R"("mount_data")");
    row(tf, "run.arguments[0]", R"("{datastore:.}")");
    row(tf, "run.timeout_seconds", "604800");
    row(tf, "azureml.properties.jobType", R"("Command")");
    row(tf, "azureml.properties.distribution.distributionType", R"("TensorFlow")");
    row(tf, "azureml.properties.distribution.parameterServerCount", "1");
    row(tf, "azureml.properties.distribution.workerCount", "2");
    row(tf, "azureml.properties.resources.instanceCount", "3");
    row(tf, "azureml.properties.limits.timeout", R"("P7D")");
    row(tf, "azureml.properties.environmentId", R"("azureml:batchai-tensorflow-tensorflow-1.8.0-gpu:1")");
    row(tf, "azureml.properties.outputs.model.mode", R"("ReadWriteMount")");
    row(tf, "azureml.properties.inputs.mount_data.uri", R"("azureml://datastores/data/paths/")");

    const char* tf1 = "batchai-recipes/tensorflow-gpu.job.json";
    row(tf1, "run.node_count", "1");
    row(tf1, "run.distribution.type", R"("none")");

    const char* mnist = "batchai-mnist/train-job.json";
    row(mnist, "run.experiment", R"("MNIST-Train")");
    row(mnist, "run.distribution.worker_count", "3");
    row(mnist, "run.distribution.parameter_server_count", "1");
    row(mnist, "run.node_count", "4");
    row(mnist, "run.inputs[0].name", R"("script")");
    row(mnist, "run.inputs[0].path", R"("bfs/mnist/train")");
    row(mnist, "run.inputs[0].datastore", R"("workspaceblobstore")");
    row(mnist, "run.inputs[0].mode", R"("ro_mount")");

    const char* horovod = "batchai-recipes/horovod-infiniband-benchmark.job.json";
    row(horovod, "run.node_count", "2");
    row(horovod, "run.distribution.type", R"("mpi")");
    row(horovod, "run.distribution.process_count_per_instance", "4");
    row(horovod, "azureml.properties.distribution.distributionType", R"("Mpi")");
    row(horovod, "azureml.properties.distribution.processCountPerInstance", "4");

    const char* mpi = "batchai-recipes/batch-scoring-tensorflow-custommpi.job.json";
    row(mpi, "run.distribution.type", R"("mpi")");
    row(mpi, "run.distribution.process_count_per_instance", "1");
    row(mpi, "run.inputs[0].name", R"("script")");
    row(mpi, "run.inputs[0].datastore", R"("scripts")");
    row(mpi, "run.inputs[0].path", R"("classification_samples")");
    row(mpi, "run.inputs[0].local_path", R"("scripts/classification_samples")");
    row(mpi, "run.inputs[1].datastore", R"("data")");
    row(mpi, "run.inputs[1].path", R"("unlabeled_images")");
    row(mpi, "run.outputs[0].name", R"("label")");
    row(mpi, "azureml.properties.inputs.images.uri", R"("azureml://datastores/data/paths/unlabeled_images")");
    row(mpi, "azureml.properties.inputs.images.mode", R"("ReadOnlyMount")");

    const char* torch = "batchai-recipes/pytorch-gpu-distributed-gloo.job.json";
    row(torch, "run.distribution.type", R"("pytorch")");
    row(torch, "run.distribution.process_count_per_instance", "1");
    row(torch, "run.node_count", "2");
    row(torch, "azureml.properties.distribution.distributionType", R"("PyTorch")");

    const char* cntk = "batchai-recipes/cntk-gpu-brainscript-distributed.job.json";
    row(cntk, "api_version", R"("2017-09-01-preview")");
    row(cntk, "run.distribution.type", R"("mpi")");
    row(cntk, "run.inputs[1].name", R"("config")");
    row(cntk, "run.inputs[1].path", R"("external/cntk_samples")");

    const char* chainer = "batchai-recipes/chainer-gpu-distributed.job.json";
    row(chainer, "run.distribution.type", R"("mpi")");
    row(chainer, "run.environment.image", R"("batchaitraining/chainermn:openMPI")");

    const char* caffe2 = "batchai-recipes/caffe2-gpu-distributed.job.json";
    row(caffe2, "run.distribution.type", R"("mpi")");
    row(caffe2, "run.distribution.process_count_per_instance", "1");
    row(caffe2, "run.outputs[0].name", R"("shared_job_temp")");

    const char* put = "rest-api-specs/2018-05-01.PutJob.json";
    row(put, "shape", R"("rest-example")");
    row(put, "run.experiment", R"("demo_experiment")");
    row(put, "run.display_name", R"("demo_job")");
    row(put, "run.compute", R"("demo-cluster")");
    row(put, "run.distribution.type", R"("none")");
    row(put, "run.inputs[0].name", R"("input")");
    row(put, "run.inputs[0].datastore", R"("workspaceblobstore")");
    row(put, "run.inputs[0].path", R"("azfiles/input")");
    row(put, "run.outputs[0].name", R"("outputs")");
    row(put, "run.environment.image", R"("ubuntu")");
    row(put, "azureml.properties.computeId", R"("azureml:demo-cluster")");

    const char* smarker = "smarker-benchmark/horovod-job.json";
    row(smarker, "run.environment_variables", R"({"NUM_NODES": "2", "PROCESSES_PER_NODE": "4"})");
    row(smarker, "azureml.properties.environmentVariables",
        R"({"NUM_NODES": "2", "PROCESSES_PER_NODE": "4"})");

    const char* registry = "batchai-cli-doc/job-container-private-registry.json";
    row(registry, "run.environment.image", R"("demo.azurecr.io/myimage")");
    row(registry, "run.environment.registry.address", R"("demo.azurecr.io")");
    row(registry, "run.environment.registry.username", R"("demo")");
    row(registry, "run.environment.registry.password_keychain_key",
        R"("batchai/default/job/job-container-private-registry/registry/password")");
    row(registry, "secrets[0].keychain_key",
        R"("batchai/default/job/job-container-private-registry/registry/password")");

    const char* cntkEnv = "batchai-cli-doc/job-cntk-env-secrets.json";
    row(cntkEnv, "run.environment_variables",
        R"({"ENVIRONMENT_VARIABLE_1": "Value1", "ENVIRONMENT_VARIABLE_2": "Value2"})");
    row(cntkEnv, "run.environment.shm_size", R"("16gb")");
    row(cntkEnv, "azureml.properties.resources.shmSize", R"("16g")");
    row(cntkEnv, "secrets[0].field", R"("properties.secrets[0].value")");

    // clusters
    const char* cli = "azure-cli-samples/cluster.json";
    row(cli, "compute.name", R"("cluster")");
    row(cli, "compute.vm_size", R"("STANDARD_NC6")");
    row(cli, "compute.vm_priority", R"("lowpriority")");
    row(cli, "compute.min_nodes", "1");
    row(cli, "compute.max_nodes", "3");
    row(cli, "compute.idle_seconds_before_scaledown", "1800");
    row(cli, "azureml.properties.computeType", R"("AmlCompute")");
    row(cli, "azureml.properties.properties.vmPriority", R"("LowPriority")");
    row(cli, "azureml.properties.properties.scaleSettings",
        R"({"minNodeCount": 1, "maxNodeCount": 3, "nodeIdleTimeBeforeScaleDown": "PT30M"})");
    row(cli, "datastores[0].name", R"("myshare")");
    row(cli, "datastores[0].type", R"("azure_file")");

    const char* patch = "rest-api-specs/2018-05-01.PatchCluster.json";
    row(patch, "compute.name", R"("demo-cluster")");
    row(patch, "compute.min_nodes", "0");
    row(patch, "compute.max_nodes", "10");
    row(patch, "compute.vm_size", R"("")");

    const char* putc = "rest-api-specs/2018-05-01.PutCluster.json";
    row(putc, "compute.min_nodes", "1");
    row(putc, "compute.max_nodes", "1");
    row(putc, "compute.vm_priority", R"("dedicated")");
    row(putc, "compute.admin_username", R"("admin_user_name")");
    row(putc, "compute.admin_user_ssh_public_key", R"("ssh-rsa AAAAB3NzaC1yc...")");
    row(putc, "azureml.properties.properties.userAccountCredentials",
        R"({"adminUserName": "admin_user_name", "adminUserSshPublicKey": "ssh-rsa AAAAB3NzaC1yc..."})");
    row(putc, "azureml.properties.properties.vmPriority", R"("Dedicated")");
    // The compute body is ArmJson's (the engine's own): Linux written out, and the SSH port left
    // to Azure's default (remoteLoginPortPublicAccess NotSpecified) instead of forced Enabled.
    row(putc, "azureml.properties.properties.osType", R"("Linux")");
    row(putc, "azureml.properties.properties.remoteLoginPortPublicAccess", "null");

    const char* show = "batchai-cli-doc/cluster-show-output.json";
    row(show, "compute.name", R"("demoCluster")");
    row(show, "compute.min_nodes", "2");
    row(show, "compute.max_nodes", "2");
    row(show, "compute.vnet_resourcegroup_name", R"("demoGroup")");
    row(show, "compute.vnet_name", R"("demovnet")");
    row(show, "compute.subnet_name", R"("demosubnet")");
    row(show, "compute.admin_username", R"("myuser")");
    row(show, "azureml.properties.properties.subnet.id",
        R"("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/demoGroup/providers/Microsoft.Network/virtualNetworks/demovnet/subnets/demosubnet")");
    row(show, "datastores[0].account_name", R"("apgslurmeu")");
    row(show, "datastores[0].container", R"("slurm")");

    const char* retina = "retinanet-coco/cluster.json";
    row(retina, "compute.vm_size", R"("STANDARD_NC24")");
    row(retina, "compute.max_nodes", "2");
    row(retina, "compute.admin_username", R"("xvuser")");

    const char* flat = "batchai-cli-doc/cluster-lowpriority-flat-2017.json";
    row(flat, "shape", R"("fragment")");
    row(flat, "compute.vm_priority", R"("lowpriority")");
    row(flat, "compute.min_nodes", "0");
    row(flat, "compute.max_nodes", "1");

    const char* mnistCluster = "batchai-mnist/clusterconfig.json";
    row(mnistCluster, "api_version", R"("2018-03-01")");
    row(mnistCluster, "compute.vm_priority", R"("lowpriority")");

    // the others
    const char* config = "batchai-recipes/configuration.json";
    row(config, "kind", R"("configuration")");
    row(config, "configuration.subscription_id", R"("")");
    row(config, "configuration.workspace_name", R"("")");
    row(config, "azureml.resource_group", R"("")");
    const char* fs = "rest-api-specs/2018-05-01.PutFileServer.json";
    row(fs, "kind", R"("fileserver")");
    row(fs, "secrets[0].keychain_key", R"("batchai/default/fileserver/demo_nfs/adminUserPassword")");
}

void TestBatchAiMapping::values() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject json = importJson(file);
    const QJsonValue actual = lookup(json, path);
    const QJsonValue want = QJsonDocument::fromJson("[" + expected.toUtf8() + "]").array().at(0);
    QVERIFY2(!want.isUndefined(), qPrintable(expected));
    const auto text = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    if (want.isNull()) { // "null": the key is absent (or null)
        QVERIFY2(actual.isNull() || actual.isUndefined(),
                 qPrintable(path + QStringLiteral(": ") + text(actual)));
        return;
    }
    QVERIFY2(actual == want,
             qPrintable(QStringLiteral("%1: got %2, want %3").arg(path, text(actual), text(want))));
}

void TestBatchAiMapping::warnings_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says"); // a word the message must hold

    auto row = [](const char* file, const char* field, const char* says) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(file).section(u'/', -1),
                                                             QString::fromLatin1(field))))
            << QString::fromLatin1(file) << QString::fromLatin1(field) << QString::fromUtf8(says);
    };
    const char* tf = "batchai-recipes/tensorflow-gpu-distributed.job.json";
    row(tf, "properties.nodeCount", "one task per node");
    row(tf, "properties.tensorFlowSettings", "TF_CONFIG");
    row(tf, "properties.cluster.id", "--compute");
    row(tf, "properties.stdOutErrPathPrefix", "dropped");
    row(tf, "properties.constraints.maxWallClockTime", "7 days");
    row(tf, "properties.mountVolumes.azureFileShares[0].accountName", "placeholder");
    row("batchai-mnist/train-job.json", "properties.tensorFlowSettings.parameterServerCount", "default is 0");
    row("batchai-mnist/train-job.json", "properties.experimentName", "MNIST-Train");
    row("batchai-recipes/pytorch-gpu-distributed-gloo.job.json",
        "properties.pyTorchSettings.communicationBackend", "gloo");
    row("batchai-recipes/pytorch-gpu-distributed-gloo.job.json", "properties.pyTorchSettings", "env://");
    row("batchai-recipes/horovod-infiniband-benchmark.job.json", "properties.horovodSettings",
        "4 process(es) per node");
    row("batchai-recipes/horovod-infiniband-benchmark.job.json", "properties.jobPreparation",
        "every process");
    row("batchai-recipes/cntk-gpu-brainscript-distributed.job.json", "properties.cntkSettings",
        "no CNTK setting");
    row("batchai-recipes/cntk-gpu-brainscript-distributed.job.json", "properties.inputDirectories[0].path",
        "external");
    row("batchai-recipes/chainer-gpu-distributed.job.json", "properties.chainerSettings",
        "no Chainer setting");
    row("batchai-recipes/caffe2-gpu-distributed.job.json", "properties.caffe2Settings", "no Caffe2 setting");
    row("batchai-recipes/caffe2-gpu-distributed.job.json", "properties.caffe2Settings", "SHARED_JOB_TEMP");
    row("batchai-recipes/horovod-2017-custom-mpirun.job.json", "properties.customToolkitSettings",
        "first node only");
    row("batchai-recipes/horovod-2017-custom-mpirun.job.json", "properties.customToolkitSettings.commandLine",
        "mpirun");
    row("batchai-recipes/horovod-2017-custom-mpirun.job.json", "properties.customToolkitSettings",
        "MPI_HOST_FILE");
    row("retinanet-coco/training_job.json", "properties.customToolkitSettings.processCount", "not a field");
    row("horovod-benchmark/jj.json", "properties.customToolkitSettings", "AZ_BATCH_HOST_LIST");
    row("smarker-benchmark/horovod-job.json", "properties.environmentVariables[2].value", "HOROVOD_TIMELINE");
    row("rest-api-specs/2018-05-01.PutJob.json", "parameters.parameters.properties.priority",
        "no job priority");
    row("batchai-cli-doc/job-container-private-registry.json", "properties.comment", "not imported");
    row("batchai-cli-doc/job-container-private-registry.json",
        "properties.containerSettings.imageSourceRegistry.credentials.password", "keychain");
    row("batchai-cli-doc/job-cntk-env-secrets.json", "properties.secrets[1].valueSecretReference",
        "Key Vault");
    row("batchai-cli-doc/job-cntk-env-secrets.json", "properties.secrets[0]", "not passed");
    row("batchai-cli-doc/job-cntk-env-secrets.json", "properties.containerSettings.shmSize", "shmSize");
    // clusters
    row("azure-cli-samples/cluster.json", "properties.scaleSettings.autoScale.initialNodeCount",
        "no initial node count");
    row("azure-cli-samples/cluster.json", "properties.nodeSetup.setupTask", "apt install unzip -y");
    row("azure-cli-samples/cluster.json", "properties.virtualMachineConfiguration.imageReference",
        "manages the node OS");
    row("azure-cli-samples/cluster.json", "properties.vmSize", "retired");
    row("azure-cli-samples/cluster.json", "idle_seconds_before_scaledown", "1800");
    row("azure-cli-samples/cluster.json",
        "properties.nodeSetup.mountVolumes.azureFileShares[0].credentials.accountKey", "placeholder");
    row("rest-api-specs/2018-05-01.PutCluster.json",
        "parameters.parameters.properties.scaleSettings.manual.targetNodeCount", "billed");
    row("rest-api-specs/2018-05-01.PutCluster.json",
        "parameters.parameters.properties.scaleSettings.manual.nodeDeallocationOption", "requeue");
    row("rest-api-specs/2018-05-01.PutCluster.json",
        "parameters.parameters.properties.nodeSetup.mountVolumes.fileServers[0]", "NFS");
    row("rest-api-specs/2018-05-01.PutCluster.json",
        "parameters.parameters.properties.userAccountSettings.adminUserPassword", "keychain");
    row("rest-api-specs/2018-05-01.PutCluster.json", "name", "demo-cluster");
    row("rest-api-specs/2018-05-01.PutCluster.json", "responses", "not");
    row("retinanet-coco/cluster.json", "location", "eastus");
    row("retinanet-coco/cluster.json", "properties.userAccountSettings.adminUserPassword", "placeholder");
    row("batchai-cli-doc/cluster-multiple-mounts.json",
        "properties.nodeSetup.mountVolumes.unmanagedFileSystems[0]", "glusterfs");
    row("batchai-cli-doc/cluster-multiple-mounts.json", "properties.nodeSetup.mountVolumes.fileServers[1]",
        "nfs2");
    row("batchai-cli-doc/cluster-multiple-mounts.json", "properties.vmSize", "--vm-size");
    row("batchai-cli-doc/cluster-setup-task-env-secrets.json",
        "properties.nodeSetup.setupTask.secrets[0].value", "keychain");
    row("batchai-cli-doc/cluster-setup-task-env-secrets.json",
        "properties.nodeSetup.setupTask.secrets[1].valueSecretReference", "Key Vault");
    row("batchai-cli-doc/cluster-setup-task-env-secrets.json",
        "properties.nodeSetup.setupTask.environmentVariables[0]", "VARIABLE1");
    row("batchai-cli-doc/cluster-show-output.json", "allocationState", "provisioningState");
    row("batchai-cli-doc/cluster-show-output.json", "userAccountSettings", "closed to the internet");
    row("batchai-cli-doc/cluster-lowpriority-flat-2017.json", "scaleSettings", "--max-nodes");
    row("rest-api-specs/2018-05-01.PutFileServer.json", "parameters.parameters.properties", "no managed NFS");
    row("batchai-recipes/configuration.json", "subscription_id", "empty");
    row("batchai-recipes/configuration.json", "keyvault_id", "Key Vault");
    row("batchai-recipes/configuration.json", "storage_account", "datastore");
}

void TestBatchAiMapping::warnings() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const QJsonArray warnings = importJson(file).value(QStringLiteral("warnings")).toArray();
    QStringList fields;
    for (const auto& w : warnings) {
        const QJsonObject o = w.toObject();
        fields << o.value(QStringLiteral("field")).toString();
        if (o.value(QStringLiteral("field")).toString() == field &&
            o.value(QStringLiteral("message")).toString().contains(says))
            return;
    }
    QFAIL(qPrintable(
        QStringLiteral("no warning on %1 saying '%2'; warnings on: %3").arg(field, says, fields.join(u' '))));
}

void TestBatchAiMapping::noSecretInAnyOutput() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    // Every file, every option that changes the output: the secrets the fixtures hold in clear are
    // in BatchAiImport::secrets (for the keychain) and nowhere in the JSON.
    int secretsSeen = 0;
    for (const QString& file : allBatchAiFixtures()) {
        auto doc = readBatchAiFile(batchAiFixture(file));
        if (!doc) {
            for (const QString& s : batchAiFixtureSecrets())
                QVERIFY2(!doc.error().message.contains(s), qPrintable(file));
            continue;
        }
        ImportOptions fromZero;
        fromZero.manualScaleFromZero = true;
        fromZero.sourceDirectory = QStringLiteral("/src");
        for (const ImportOptions& options : {ImportOptions{}, fromZero}) {
            const BatchAiImport mapped = BatchAiMapper(doc.value(), options).map();
            const QByteArray out = QJsonDocument(toJson(mapped)).toJson();
            for (const QString& s : batchAiFixtureSecrets())
                QVERIFY2(!out.contains(s.toUtf8()),
                         qPrintable(QStringLiteral("%1 printed '%2'").arg(file, s)));
            for (const auto& secret : mapped.secrets) {
                QVERIFY2(!out.contains(secret.value), qPrintable(file));
                QVERIFY(!mapped.run || !mapped.run->command.contains(QString::fromUtf8(secret.value)));
                ++secretsSeen;
            }
        }
    }
    // The fixtures' clear-text secrets were all found (so the scan above had something to miss).
    QCOMPARE(secretsSeen / 2, 6);
}

void TestBatchAiMapping::manualScaleChoice() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    ImportOptions o;
    o.manualScaleFromZero = true;
    o.idleSecondsBeforeScaledown = 300;
    const QJsonObject json = importJson(QStringLiteral("retinanet-coco/cluster.json"), o);
    QCOMPARE(lookup(json, QStringLiteral("compute.min_nodes")).toInt(), 0);
    QCOMPARE(lookup(json, QStringLiteral("compute.max_nodes")).toInt(), 2);
    QCOMPARE(lookup(json, QStringLiteral("compute.idle_seconds_before_scaledown")).toInt(), 300);
    QCOMPARE(lookup(json,
                    QStringLiteral("azureml.properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown"))
                 .toString(),
             QStringLiteral("PT5M"));
    bool stated = false;
    for (const auto& w : json.value(QStringLiteral("warnings")).toArray())
        stated = stated || w.toObject().value(QStringLiteral("field")).toString() ==
                               QLatin1String("idle_seconds_before_scaledown");
    QVERIFY(!stated); // given, so nothing to state
    o = {};
    o.computeName = QStringLiteral("gpu-a");
    o.vmSize = QStringLiteral("local");
    const QJsonObject named = importJson(QStringLiteral("retinanet-coco/cluster.json"), o);
    QCOMPARE(lookup(named, QStringLiteral("compute.name")).toString(), QStringLiteral("gpu-a"));
    QCOMPARE(lookup(named, QStringLiteral("compute.vm_size")).toString(), QStringLiteral("local"));
}

void TestBatchAiMapping::sourceDirectoryRewritesScript() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    ImportOptions o;
    o.sourceDirectory = QStringLiteral("/home/me/recipe");
    o.computeName = QStringLiteral("cpu");
    const auto doc = readBatchAiFile(
        batchAiFixture(QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json")));
    const BatchAiImport m = BatchAiMapper(doc.value(), o).map();
    QVERIFY(m.run);
    QCOMPARE(m.run->compute, QStringLiteral("cpu"));
    QCOMPARE(m.run->sourceDirectory, o.sourceDirectory);
    QVERIFY(m.run->command.contains(QLatin1String("python3 mnist_replica.py --job_name=ps")));
    QVERIFY(!m.run->command.contains(QLatin1String("scripts/tensorflow")));
    QVERIFY(m.azureMlCommand.contains(QLatin1String("python mnist_replica.py --job_name=worker")));
    QVERIFY(m.azureMlCommand.contains(QLatin1String("ln -sfn ${{inputs.mount_data}}")));
    QVERIFY(m.azureMlCommand.contains(QLatin1String("export AZ_BATCHAI_OUTPUT_MODEL=${{outputs.model}}")));
    // Only the data mount is still reached through the mount root.
    QCOMPARE(m.inputs.size(), 1);
    QCOMPARE(m.inputs.first().id, QStringLiteral("mount_data"));
    QVERIFY(validateRunConfig(*m.run));
}

void TestBatchAiMapping::everyFieldIsMappedOrWarned() {
    // An unknown field anywhere is named, never dropped silently.
    const QByteArray job = R"({"properties": {"nodeCount": 1, "customToolkitSettings": {"commandLine": "true",
        "bogus": 1}, "futureField": {"a": 1}, "inputDirectories": [{"id": "A", "path": "$AZ_BATCHAI_MOUNT_ROOT/x",
        "extra": true}]}})";
    const auto doc = parseBatchAiDocument(job, QStringLiteral("j.json"));
    QVERIFY(doc);
    const BatchAiImport m = BatchAiMapper(doc.value(), {}).map();
    QVERIFY(m.hasWarning(QStringLiteral("properties.futureField")));
    QVERIFY(m.hasWarning(QStringLiteral("properties.customToolkitSettings.bogus")));
    QVERIFY(m.hasWarning(QStringLiteral("properties.inputDirectories[0].extra")));
}

void TestBatchAiMapping::badValuesWarn() {
    const QByteArray job =
        R"({"properties": {"nodeCount": 3, "horovodSettings": {"pythonScriptFilePath": "t.py",
        "processCount": 7}, "constraints": {"maxWallClockTime": "a week"}}})";
    const BatchAiImport m =
        BatchAiMapper(parseBatchAiDocument(job, QStringLiteral("j.json")).value(), {}).map();
    QCOMPARE(m.run->distribution.processCountPerNode, 3); // ceil(7 / 3)
    QVERIFY(m.hasWarning(QStringLiteral("properties.horovodSettings.processCount")));
    QVERIFY(m.hasWarning(QStringLiteral("properties.constraints.maxWallClockTime")));
    QCOMPARE(m.run->timeoutSeconds, qint64(7 * 24 * 3600)); // a RunConfig field now (ArmJson's limits)

    const QByteArray cluster = R"({"properties": {"vmSize": "Standard_D2_v3", "vmPriority": "spot",
        "scaleSettings": {"manual": {"targetNodeCount": 2}, "autoScale": {"minimumNodeCount": 1, "maximumNodeCount": 4}}}})";
    const BatchAiImport c =
        BatchAiMapper(parseBatchAiDocument(cluster, QStringLiteral("c.json")).value(), {}).map();
    QVERIFY(c.compute->vmPriority == VmPriority::Dedicated);
    QVERIFY(c.hasWarning(QStringLiteral("properties.vmPriority")));
    QVERIFY(c.hasWarning(QStringLiteral("properties.scaleSettings")));
    QCOMPARE(c.compute->minNodes, 1);
    QCOMPARE(c.compute->maxNodes, 4);
    QVERIFY(!c.hasWarning(QStringLiteral("properties.vmSize"))); // a current size: nothing to say
}

void TestBatchAiMapping::originalTextIsMasked() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    for (const QString& file : allBatchAiFixtures()) {
        auto imported = importBatchAiFile(batchAiFixture(file), {});
        if (!imported)
            continue;
        for (const QString& s : batchAiFixtureSecrets())
            QVERIFY2(!imported->originalText.contains(s), qPrintable(file));
        for (const auto& secret : imported->secrets)
            QVERIFY2(!imported->originalText.contains(QString::fromUtf8(secret.value)),
                     qPrintable(secret.field));
        if (!imported->secrets.isEmpty())
            QVERIFY(imported->originalText.contains(QLatin1String("<kept in the keychain>")));
    }
    auto registry = importBatchAiFile(
        batchAiFixture(QStringLiteral("batchai-cli-doc/job-container-private-registry.json")), {});
    QVERIFY(registry->originalText.contains(QLatin1String("\"password\": \"<kept in the keychain>\"")));
    QVERIFY(
        registry->originalText.contains(QLatin1String("demo.azurecr.io/myimage"))); // the rest is as written
}

void TestBatchAiMapping::secretsGoToTheKeychain() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    SecretStore::instance().setTimeoutMs(3000);
    auto imported =
        importBatchAiFile(batchAiFixture(QStringLiteral("rest-api-specs/2018-05-01.PutCluster.json")), {});
    QVERIFY(imported);
    QCOMPARE(imported->secrets.size(), 2);
    auto stored = storeImportSecrets(imported->secrets);
    QVERIFY(awaitFor(stored, 20000));
    QVERIFY2(stored.result(), qPrintable(stored.result() ? QString() : stored.result().error().message));
    for (const auto& s : imported->secrets) {
        auto read = SecretStore::instance().read(s.key);
        QVERIFY(awaitFor(read, 20000));
        QVERIFY(read.result());
        QCOMPARE(read.result().value(), s.value);
        auto removed = SecretStore::instance().remove(s.key);
        QVERIFY(awaitFor(removed, 20000));
    }
}

QTEST_GUILESS_MAIN(TestBatchAiMapping)
#include "tst_batchai_mapping.moc"
