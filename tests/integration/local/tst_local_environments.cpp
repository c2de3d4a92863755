// Environments and GPUs on the local engine, end to end (real agent, runners, pip, Python):
// a pip environment is built once from a local wheel (no network) and reused by the next run,
// its build log is the run's Preparing output, a failed build fails the run with the build's
// last lines; two one-GPU nodes give their ranks different CUDA_VISIBLE_DEVICES (local.gpus).
#include "core/engine/Engine.h"
#include "core/local/LocalLayout.h"
#include "core/util/JsonFile.h"

#include "../../support/LocalWheel.h"
#include "../../support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace trainyard;

class TestLocalEnvironments : public QObject {
    Q_OBJECT

    static QByteArray readFile(const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    // The run's logs by name ("0", "1", "environment").
    static QMap<QString, QByteArray> logsOf(test::TestWorkspace& ws, const QString& runId) {
        QMap<QString, QByteArray> logs;
        auto sources = await(ws.engine()->listLogs(runId));
        if (sources) {
            for (const LogSource& s : sources.value())
                logs.insert(s.name, readFile(ws.folder() + QStringLiteral("/runs/") + runId + u'/' + s.path));
        }
        return logs;
    }

    static constexpr const char* kShowEnvironment = R"(import sys, os
import yardpkg
print("prefix", sys.prefix)
print("value", yardpkg.VALUE)
print("venv", os.environ.get("VIRTUAL_ENV"))
)";

private slots:
    void pipEnvironmentBuiltOnceAndReused() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2, 60));
        const QString dir = ws.scratch() + QStringLiteral("/spec");
        QVERIFY(!test::makeWheel(dir + QStringLiteral("/wheels"), QStringLiteral("yardpkg"),
                                 QStringLiteral("1.0"), QStringLiteral("VALUE = 'from-the-wheel'\n"))
                     .isEmpty());
        auto env = await(ws.engine()->createEnvironment(test::pipEnvironment(
            QStringLiteral("offline"),
            test::writeOfflineRequirements(dir, QStringLiteral("yardpkg"), QStringLiteral("1.0")))));
        QVERIFY2(env, env ? "" : qPrintable(env.error().message));
        QCOMPARE(env->version, QStringLiteral("1"));

        // Two runs at once: one builds, the other waits for that build (the cache's lock).
        RunConfig config = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("show.py"), kShowEnvironment);
        config.environment = QStringLiteral("offline");
        auto first = await(ws.engine()->submitRun(config));
        auto second = await(ws.engine()->submitRun(config));
        QVERIFY(first && second);
        QCOMPARE(first->config.environment, QStringLiteral("offline:1")); // the version it got
        for (const auto& submitted : {first.value(), second.value()}) {
            auto run = ws.waitForEnd(submitted.id, 180000);
            QVERIFY(run);
            const auto logs = logsOf(ws, run->id);
            QVERIFY2(run->status == RunStatus::Completed,
                     qPrintable(run->error + QString::fromUtf8(logs.value(QStringLiteral("environment")))));
            QVERIFY2(logs.value(QStringLiteral("0")).contains("value from-the-wheel"),
                     logs.value(QStringLiteral("0")).constData());
            QVERIFY(logs.value(QStringLiteral("0")).contains("/environments/.cache/"));
            QVERIFY(logs.contains(QStringLiteral("environment")));
        }
        const QByteArray buildLogs = logsOf(ws, first->id).value(QStringLiteral("environment")) +
                                     logsOf(ws, second->id).value(QStringLiteral("environment"));
        QCOMPARE(buildLogs.count("building environment offline:1"), 1);
        QCOMPARE(buildLogs.count("pip install"), 1);

        // A later run reuses it without building.
        auto third = await(ws.engine()->submitRun(config));
        QVERIFY(third);
        auto run = ws.waitForEnd(third->id, 60000);
        QCOMPARE(toString(run->status), toString(RunStatus::Completed));
        const QByteArray log = logsOf(ws, run->id).value(QStringLiteral("environment"));
        QVERIFY2(log.contains("reusing environment offline:1"), log.constData());
        QVERIFY(!log.contains("pip install"));
        QCOMPARE(QDir(local::LocalLayout(ws.folder()).environmentCache())
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                     .size(),
                 1);
    }

    void failedBuildFailsTheRunWithItsLastLines() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1, 60));
        const QString dir = ws.scratch() + QStringLiteral("/spec");
        QDir().mkpath(dir + QStringLiteral("/wheels"));
        QVERIFY(await(ws.engine()->createEnvironment(test::pipEnvironment(
            QStringLiteral("broken"),
            test::writeOfflineRequirements(dir, QStringLiteral("no-such-package"), QStringLiteral("1.0"))))));
        RunConfig config = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("show.py"), "print('never')\n");
        config.environment = QStringLiteral("broken:1");
        auto run = ws.waitForEnd(await(ws.engine()->submitRun(config))->id, 120000);
        QVERIFY(run);
        QCOMPARE(toString(run->status), toString(RunStatus::Failed));
        QVERIFY2(run->error.contains(QStringLiteral("environment broken:1 could not be built")),
                 qPrintable(run->error));
        QVERIFY2(run->error.contains(QStringLiteral("no-such-package")), qPrintable(run->error));
    }

    void interpreterAndWorkspaceDefault() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1, 60));
        // A "python" environment: a wrapper script, so the run shows it went through it.
        const QString wrapper = ws.scratch() + QStringLiteral("/mypython");
        QFile f(wrapper);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho via-wrapper\nexec python3 \"$@\"\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        EnvironmentSpec spec;
        spec.name = QStringLiteral("wrapped");
        spec.source = EnvironmentSource::Python;
        spec.location = wrapper;
        QVERIFY(await(ws.engine()->createEnvironment(spec)));

        auto json = readJsonObjectFile(ws.folder() + QStringLiteral("/workspace.json")).value();
        json.insert(QStringLiteral("default_environment"), QStringLiteral("wrapped"));
        QVERIFY(writeJsonFileAtomically(ws.folder() + QStringLiteral("/workspace.json"), json));
        auto run = ws.waitForEnd(
            ws.submitScript(QStringLiteral("cpu"), QStringLiteral("hi.py"), "print('hi')\n")->id);
        QCOMPARE(toString(run->status), toString(RunStatus::Completed));
        QCOMPARE(run->config.environment, QStringLiteral("wrapped:1"));
        QVERIFY(logsOf(ws, run->id).value(QStringLiteral("0")).contains("via-wrapper"));
    }

    void badEnvironmentsAreRefusedAtSubmit() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1, 60));
        RunConfig config = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("x.py"), "print(1)\n");
        config.environment = QStringLiteral("unknown-env");
        auto unknown = await(ws.engine()->submitRun(config));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("unknown-env")));

        // An image without podman or docker: the message names both. A PATH without either, as a
        // machine that has neither (this one may have a docker client).
        EnvironmentSpec image;
        image.name = QStringLiteral("container");
        image.source = EnvironmentSource::Image;
        image.location = QStringLiteral("docker.io/library/python:3.11");
        QVERIFY(await(ws.engine()->createEnvironment(image)));
        config.environment = QStringLiteral("container");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(ws.scratch() + QStringLiteral("/no-runtimes")));
        auto refused = await(ws.engine()->submitRun(config));
        qputenv("PATH", path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Unavailable);
        QVERIFY2(refused.error().message.contains(QStringLiteral("podman or docker")),
                 qPrintable(refused.error().message));
        QVERIFY(await(ws.engine()->listRuns({}))->isEmpty()); // nothing was written
    }

    void oneGpuNodesGetDifferentDevices() {
        test::TestWorkspace ws(
            {{QStringLiteral("gpus"), QJsonArray{QStringLiteral("Tesla T4"), QStringLiteral("Tesla T4")}}});
        ComputeSpec tooBig = test::localCluster(QStringLiteral("gpu3"), 0, 3, 60);
        tooBig.vmSize = QStringLiteral("local-gpu1");
        auto refused = await(ws.engine()->createCompute(tooBig));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("0: Tesla T4, 1: Tesla T4")),
                 qPrintable(refused.error().message));

        ComputeSpec spec = test::localCluster(QStringLiteral("gpu"), 0, 2, 60);
        spec.vmSize = QStringLiteral("local-gpu1");
        QVERIFY(await(ws.engine()->createCompute(spec)));
        auto grow = await(ws.engine()->updateCompute(QStringLiteral("gpu"), ScaleSettings{{}, 3, {}}));
        QVERIFY(!grow); // a third node would have no GPU of its own

        RunConfig config =
            ws.scriptRun(QStringLiteral("gpu"), QStringLiteral("gpu.py"),
                         "import os\nprint('cuda=' + os.environ.get('CUDA_VISIBLE_DEVICES', 'unset'))\n");
        config.nodeCount = 2;
        config.distribution.type = DistributionType::PyTorch;
        auto run = ws.waitForEnd(await(ws.engine()->submitRun(config))->id);
        QVERIFY(run);
        QCOMPARE(toString(run->status), toString(RunStatus::Completed));
        const auto logs = logsOf(ws, run->id);
        QSet<QByteArray> seen;
        for (const QString& rank : {QStringLiteral("0"), QStringLiteral("1")}) {
            const QByteArray line = logs.value(rank).trimmed();
            QVERIFY2(line == "cuda=0" || line == "cuda=1", line.constData());
            seen << line;
        }
        QCOMPARE(seen.size(), 2);

        auto nodes = await(ws.engine()->listNodes(QStringLiteral("gpu")));
        QVERIFY(nodes);
        for (const ComputeNode& node : nodes.value())
            QCOMPARE(node.gpus.size(), 1);

        auto sizes = await(ws.engine()->listVmSizes());
        QVERIFY(sizes);
        QCOMPARE(sizes->size(), 3); // local, local-gpu1, local-gpu2
        QCOMPARE(sizes->last().name, QStringLiteral("local-gpu2"));
    }
};

QTEST_GUILESS_MAIN(TestLocalEnvironments)
#include "tst_local_environments.moc"
