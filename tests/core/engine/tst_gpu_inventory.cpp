// GPU detection and assignment: nvidia-smi's CSV (a recorded sample, parsed directly and through
// a fake nvidia-smi on the PATH), workspace.json's local.gpus, the local vm sizes and which GPUs
// each node owns.
#include "core/engine/GpuInventory.h"
#include "core/platform/gpu/GpuProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;

class TestGpuInventory : public QObject {
    Q_OBJECT

    static QByteArray recorded() {
        QFile f(qEnvironmentVariable("TRAINYARD_TEST_DATA") +
                QStringLiteral("/gpu/nvidia-smi-query-gpu.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("test data missing: %s", qPrintable(f.fileName()));
        return f.readAll();
    }

private slots:
    void parsesRecordedNvidiaSmi() {
        const QList<GpuDevice> gpus = parseNvidiaSmiCsv(recorded());
        QCOMPARE(gpus.size(), 4);
        QCOMPARE(gpus[0].index, 0);
        QCOMPARE(gpus[0].name, QStringLiteral("Tesla T4"));
        QCOMPARE(gpus[0].memoryMiB, 15360);
        QCOMPARE(gpus[0].uuid, QStringLiteral("GPU-1b2c3d4e-0000-1111-2222-333344445555"));
        QCOMPARE(gpus[2].name, QStringLiteral("NVIDIA A100-SXM4-80GB"));
        QCOMPARE(gpus[3].memoryMiB, 0); // [N/A]
        QCOMPARE(describeGpu(gpus[0]), QStringLiteral("0: Tesla T4 (15360 MiB)"));
    }

    void skipsLinesThatAreNotGpus() {
        QCOMPARE(parseNvidiaSmiCsv("").size(), 0);
        QCOMPARE(parseNvidiaSmiCsv("NVIDIA-SMI has failed because it couldn't communicate with the driver\n")
                     .size(),
                 0);
        QCOMPARE(parseNvidiaSmiCsv("x, Tesla T4, 1, GPU-1\n0, Tesla T4, 1, GPU-2\r\n").size(), 1);
    }

    void detectsThroughNvidiaSmiOnThePath() {
        QTemporaryDir bin;
        const QString data = bin.filePath(QStringLiteral("out.csv"));
        QFile out(data);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(recorded());
        out.close();
        // The fake checks that it is asked exactly what the real one would be asked.
        QFile smi(bin.filePath(QStringLiteral("nvidia-smi")));
        QVERIFY(smi.open(QIODevice::WriteOnly));
        smi.write("#!/bin/sh\n"
                  "[ \"$1\" = --query-gpu=index,name,memory.total,uuid ] || exit 9\n"
                  "[ \"$2\" = --format=csv,noheader,nounits ] || exit 9\n"
                  "cat '" +
                  data.toUtf8() + "'\n");
        smi.close();
        smi.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + path);
        const auto output = platform::queryNvidiaSmi();
        qputenv("PATH", path);
        QVERIFY(output.has_value());
        const QList<GpuDevice> gpus = parseNvidiaSmiCsv(*output);
        QCOMPARE(gpus.size(), 4);
        QCOMPARE(gpus[1].uuid, QStringLiteral("GPU-2b2c3d4e-0000-1111-2222-333344445555"));
    }

    void noNvidiaSmiIsNoGpus() {
        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", empty.path().toUtf8());
        const auto output = platform::queryNvidiaSmi();
        qputenv("PATH", path);
        QVERIFY(!output.has_value());
    }

    void workspaceJsonOverridesDetection() {
        const QJsonObject ws = QJsonDocument::fromJson(R"({"local": {"gpus": ["Tesla T4",
            {"index": 5, "name": "A100", "memory_mib": 81920, "uuid": "GPU-x"}]}})")
                                   .object();
        auto gpus = gpusFromWorkspaceJson(ws);
        QVERIFY(gpus);
        QVERIFY(gpus->has_value());
        QCOMPARE((*gpus.value()).size(), 2);
        QCOMPARE((*gpus.value())[0].index, 0);
        QCOMPARE((*gpus.value())[1].index, 5);
        QCOMPARE((*gpus.value())[1].memoryMiB, 81920);

        auto absent = gpusFromWorkspaceJson(QJsonObject{});
        QVERIFY(absent && !absent->has_value());
        auto none = gpusFromWorkspaceJson(QJsonDocument::fromJson(R"({"local": {"gpus": []}})").object());
        QVERIFY(none && none->has_value() && none.value()->isEmpty());

        auto bad = gpusFromWorkspaceJson(QJsonDocument::fromJson(R"({"local": {"gpus": [1]}})").object());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("local.gpus[0]")));
        auto notList =
            gpusFromWorkspaceJson(QJsonDocument::fromJson(R"({"local": {"gpus": "T4"}})").object());
        QVERIFY(!notList);
    }

    void sizesOnePerGpuCount() {
        const QList<GpuDevice> gpus = parseNvidiaSmiCsv(recorded()).mid(0, 2);
        const QList<VmSize> sizes = localVmSizes(gpus, 8, 31.5);
        QCOMPARE(sizes.size(), 3);
        QCOMPARE(sizes[0].name, QStringLiteral("local"));
        QCOMPARE(sizes[0].gpus, 0);
        QCOMPARE(sizes[2].name, QStringLiteral("local-gpu2"));
        QCOMPARE(sizes[2].gpus, 2);
        const QJsonObject json = toJson(sizes[1]);
        for (const char* key : {"name", "vCPUs", "memoryGB", "gpus"}) // Azure's VirtualMachineSize names
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("vCPUs")).toInt(), 8);

        QCOMPARE(localGpusPerNode(QStringLiteral("local")).value_or(-1), 0);
        QCOMPARE(localGpusPerNode(QStringLiteral("local-gpu2")).value_or(-1), 2);
        QVERIFY(!localGpusPerNode(QStringLiteral("local-gpu0")));
        QVERIFY(!localGpusPerNode(QStringLiteral("Standard_NC6")));
    }

    void nodesOwnDistinctGpus() {
        const QList<GpuDevice> gpus = parseNvidiaSmiCsv(recorded());
        QCOMPARE(cudaVisibleDevices(
                     gpusOfNode(1, localNodeSlot(QStringLiteral("gpu"), QStringLiteral("gpu-n0")), gpus)),
                 QStringLiteral("0"));
        QCOMPARE(cudaVisibleDevices(
                     gpusOfNode(1, localNodeSlot(QStringLiteral("gpu"), QStringLiteral("gpu-n1")), gpus)),
                 QStringLiteral("1"));
        QCOMPARE(cudaVisibleDevices(gpusOfNode(2, 1, gpus)), QStringLiteral("2,3"));
        QVERIFY(gpusOfNode(2, 2, gpus).isEmpty()); // beyond the machine
        QCOMPARE(localNodeSlot(QStringLiteral("gpu"), QStringLiteral("other-n1")), -1);
    }

    void clusterThatCannotFitIsRefusedNamingTheGpus() {
        const QList<GpuDevice> gpus = parseNvidiaSmiCsv(recorded()).mid(0, 2);
        ComputeSpec spec;
        spec.name = QStringLiteral("gpu");
        spec.vmSize = QStringLiteral("local-gpu1");
        spec.maxNodes = 3;
        const Status refused = checkGpuFit(spec, gpus);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("0: Tesla T4 (15360 MiB), 1: Tesla T4")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("3 GPUs")));
        spec.maxNodes = 2;
        QVERIFY(checkGpuFit(spec, gpus));
        spec.vmSize = QStringLiteral("local");
        spec.maxNodes = 50;
        QVERIFY(checkGpuFit(spec, gpus)); // no GPUs asked
    }
};

QTEST_GUILESS_MAIN(TestGpuInventory)
#include "tst_gpu_inventory.moc"
