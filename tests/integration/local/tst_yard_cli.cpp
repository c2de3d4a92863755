#include "core/platform/Process.h"
#include "core/util/JsonFile.h"

#include "tests/support/YardProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `yard` as a user runs it: exit statuses (0 ok, 1 failure, 2 bad input), messages that name the
// bad value and what is allowed, and --json in the SDK's names.
class TestYardCli : public QObject {
    Q_OBJECT

    using Out = trainyard::test::YardOutput;

    QTemporaryDir m_dir;
    QString m_ws;

    Out yard(const QStringList& args, int timeoutMs = 120000) {
        return trainyard::test::runYard(args, {.workspace = m_ws, .timeoutMs = timeoutMs});
    }

    QString writeSource(const QString& name, const QByteArray& script) {
        const QString dir = m_dir.filePath(QStringLiteral("src-") + name);
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/") + name);
        f.open(QIODevice::WriteOnly);
        f.write(script);
        return dir;
    }

private slots:
    void initTestCase() {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        Out created = yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"),
                            m_ws, QStringLiteral("--name"), QStringLiteral("cli"), QStringLiteral("--json")});
        QCOMPARE(created.exit, 0);
        QCOMPARE(created.json().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("cli"));
        // Fast node preparation for the test.
        auto json = trainyard::readJsonObjectFile(m_ws + QStringLiteral("/workspace.json")).value();
        json.insert(QStringLiteral("local"), QJsonObject{{QStringLiteral("node_prepare_ms"), 100}});
        trainyard::writeJsonFileAtomically(m_ws + QStringLiteral("/workspace.json"), json);
        QCOMPARE(yard({QStringLiteral("compute"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("cpu-cluster"), QStringLiteral("--vm-size"), QStringLiteral("local"),
                       QStringLiteral("--min-nodes"), QStringLiteral("0"), QStringLiteral("--max-nodes"),
                       QStringLiteral("2"), QStringLiteral("--idle-seconds-before-scaledown"),
                       QStringLiteral("300")})
                     .exit,
                 0);
    }

    void cleanupTestCase() {
        QFile lock(m_ws + QStringLiteral("/agent.lock"));
        if (lock.open(QIODevice::ReadOnly))
            trainyard::platform::killTree(lock.readLine().trimmed().toLongLong());
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QStringList>("mentions");
        auto l = [](std::initializer_list<const char*> a) {
            QStringList r;
            for (const char* s : a)
                r << QString::fromUtf8(s);
            return r;
        };
        QTest::newRow("bad cluster name")
            << l({"compute", "create", "--name", "9lives", "--max-nodes", "2"}) << 2
            << l({"'9lives'", "2 to 16 characters", "starting with a letter"});
        QTest::newRow("min > max") << l({"compute", "create", "--name", "x2", "--min-nodes", "3",
                                         "--max-nodes", "2"})
                                   << 2 << l({"min_nodes (3)", "max_nodes (2)"});
        QTest::newRow("max 0") << l({"compute", "create", "--name", "x2", "--max-nodes", "0"}) << 2
                               << l({"max_nodes is 0", "at least 1"});
        QTest::newRow("negative idle")
            << l({"compute", "create", "--name", "x2", "--idle-seconds-before-scaledown", "-5"}) << 2
            << l({"idle_seconds_before_scaledown is -5"});
        QTest::newRow("not a number") << l({"compute", "create", "--name", "x2", "--max-nodes", "many"}) << 2
                                      << l({"--max-nodes 'many'"});
        QTest::newRow("bad priority") << l({"compute", "create", "--name", "x2", "--vm-priority", "spot"})
                                      << 2 << l({"'spot'", "dedicated or lowpriority"});
        QTest::newRow("vm size is fixed") << l({"compute", "update", "cpu-cluster", "--vm-size", "big"}) << 2
                                          << l({"cannot be changed after creation"});
        QTest::newRow("unknown compute")
            << l({"compute", "show", "gpu"}) << 1 << l({"No compute named 'gpu'", "cpu-cluster"});
        QTest::newRow("unknown run") << l({"run", "show", "nope_1_2"}) << 1
                                     << l({"No run with id 'nope_1_2'"});
        QTest::newRow("bad status filter")
            << l({"run", "list", "--status", "Done"}) << 2 << l({"'Done'", "Queued", "Completed"});
        QTest::newRow("bad distribution")
            << l({"run", "submit", "--experiment", "e", "--compute", "cpu-cluster", "--command", "true",
                  "--distribution", "horovod"})
            << 2 << l({"'horovod'", "none, mpi, pytorch or tensorflow"});
        QTest::newRow("missing source")
            << l({"run", "submit", "--experiment", "e", "--compute", "cpu-cluster", "--entry-script", "t.py",
                  "--source-directory", "/nonexistent/src"})
            << 2 << l({"/nonexistent/src", "does not exist"});
        QTest::newRow("unknown command") << l({"compute", "resize"}) << 2 << l({"not a yard command"});
        QTest::newRow("env not k=v") << l({"run", "submit", "--experiment", "e", "--compute", "cpu-cluster",
                                           "--command", "true", "--env", "X"})
                                     << 2 << l({"--env 'X'", "KEY=VALUE"});
        QTest::newRow("datastore escape")
            << l({"datastore", "upload", "--src-dir", ".", "--target-path", "../x"}) << 2
            << l({"'../x'", "leaves"});
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QStringList, mentions);
        const Out o = yard(args);
        QCOMPARE(o.exit, exit);
        for (const QString& m : mentions)
            QVERIFY2(o.err.contains(m.toUtf8()), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void computeShowJsonUsesSdkNames() {
        const Out o = yard({QStringLiteral("compute"), QStringLiteral("show"), QStringLiteral("cpu-cluster"),
                            QStringLiteral("--json")});
        QCOMPARE(o.exit, 0);
        const QJsonObject c = o.json().toObject();
        for (const char* key : {"name", "vm_size", "vm_priority", "min_nodes", "max_nodes",
                                "idle_seconds_before_scaledown", "provisioning_state", "allocation_state",
                                "current_node_count", "target_node_count", "node_state_counts", "errors"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QStringLiteral("idle_seconds_before_scaledown")).toInt(), 300);
        QCOMPARE(c.value(QStringLiteral("node_state_counts")).toObject().keys(),
                 (QStringList{QStringLiteral("idle"), QStringLiteral("leaving"), QStringLiteral("preempted"),
                              QStringLiteral("preparing"), QStringLiteral("running"),
                              QStringLiteral("unusable")}));
    }

    void submitWaitShowListAndMetrics() {
        const QString src = writeSource(QStringLiteral("train.py"), R"(import sys
from trainyard import run
print("hello from", sys.argv[1:])
for i in range(3):
    run.log("loss", 0.5 / (i + 1), step=i)
)");
        const Out submitted =
            yard({QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("--experiment"),
                  QStringLiteral("mnist"), QStringLiteral("--compute"), QStringLiteral("cpu-cluster"),
                  QStringLiteral("--source-directory"), src, QStringLiteral("--entry-script"),
                  QStringLiteral("train.py"), QStringLiteral("--tag"), QStringLiteral("team=vision"),
                  // the metrics file is read by line number below: no sys/ lines in it
                  QStringLiteral("--system-metrics-interval"), QStringLiteral("0"), QStringLiteral("--"),
                  QStringLiteral("--lr"), QStringLiteral("0.1")});
        QCOMPARE(submitted.exit, 0);
        const QString id = QString::fromUtf8(submitted.out.trimmed());
        QVERIFY(id.startsWith(QStringLiteral("mnist_")));
        const Out waited =
            yard({QStringLiteral("run"), QStringLiteral("wait"), id, QStringLiteral("--show-output")});
        QCOMPARE(waited.exit, 0);
        QVERIFY2(waited.out.contains("hello from ['--lr', '0.1']"), waited.out.constData());
        QVERIFY(waited.err.contains("Completed"));

        const QJsonObject run =
            yard({QStringLiteral("run"), QStringLiteral("show"), id, QStringLiteral("--json")})
                .json()
                .toObject();
        for (const char* key :
             {"id", "number", "display_name", "experiment", "compute", "node_count", "distribution", "status",
              "created_at", "started_at", "ended_at", "exit_code", "error", "tags"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(run.value(QStringLiteral("exit_code")).toInt(-1), 0);
        QCOMPARE(run.value(QStringLiteral("tags")).toObject().value(QStringLiteral("team")).toString(),
                 QStringLiteral("vision"));

        const QJsonArray listed =
            yard({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--status"),
                  QStringLiteral("completed"), QStringLiteral("--json")})
                .json()
                .toArray();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), id);

        const QJsonArray points =
            yard({QStringLiteral("run"), QStringLiteral("metrics"), id, QStringLiteral("--json")})
                .json()
                .toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[2].toObject().value(QStringLiteral("step")).toInt(), 2);
        QCOMPARE(points[0].toObject().value(QStringLiteral("value")).toDouble(), 0.5);
        for (const char* key : {"name", "step", "value", "time"})
            QVERIFY(points[0].toObject().contains(QLatin1String(key)));

        // A garbage and a truncated line in the metrics file: skipped with a warning, the rest read,
        // and the file itself is left as it was.
        const QString metricsPath = m_ws + QStringLiteral("/runs/%1/metrics.jsonl").arg(id);
        QFile metrics(metricsPath);
        QVERIFY(metrics.open(QIODevice::Append));
        metrics.write("garbage\n{\"name\":\"loss\",\"value\":0.1,\"step\":3}\n{\"name\":\"lo");
        metrics.close();
        const QByteArray before = [&] {
            QFile f(metricsPath);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Out read =
            yard({QStringLiteral("run"), QStringLiteral("metrics"), id, QStringLiteral("--json")});
        QCOMPARE(read.exit, 0);
        QCOMPARE(read.json().toArray().size(), 4);
        QVERIFY2(read.err.contains("line 4"), read.err.constData());
        QVERIFY(read.err.contains("line 6"));
        QFile after(metricsPath);
        after.open(QIODevice::ReadOnly);
        QCOMPARE(after.readAll(), before);

        const Out logs = yard({QStringLiteral("run"), QStringLiteral("logs"), id});
        QVERIFY(logs.out.contains("hello from"));
        const Out download = yard({QStringLiteral("run"), QStringLiteral("download"), id,
                                   QStringLiteral("--to"), m_dir.filePath(QStringLiteral("dl"))});
        QCOMPARE(download.exit, 0);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("dl/logs"))).exists());
    }

    void failingRunExitsOneAndDeleteIsRefusedWhileActive() {
        const QString src = writeSource(QStringLiteral("slow.sh"), "sleep 3; echo bye; exit 7\n");
        const Out submitted =
            yard({QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("--experiment"),
                  QStringLiteral("fail"), QStringLiteral("--compute"), QStringLiteral("cpu-cluster"),
                  QStringLiteral("--source-directory"), src, QStringLiteral("--command"),
                  QStringLiteral("sh slow.sh")});
        const QString id = QString::fromUtf8(submitted.out.trimmed());
        const Out refused =
            yard({QStringLiteral("compute"), QStringLiteral("delete"), QStringLiteral("cpu-cluster")});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains(id.toUtf8()), refused.err.constData());
        const Out waited = yard({QStringLiteral("run"), QStringLiteral("wait"), id});
        QCOMPARE(waited.exit, 1);
        QVERIFY(waited.err.contains("Failed"));
        QVERIFY(waited.err.contains("exited with code 7"));
        QVERIFY(
            yard({QStringLiteral("compute"), QStringLiteral("show"), QStringLiteral("cpu-cluster")}).exit ==
            0);
    }

    void datastoreUploadDownloadAndReferences() {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data + QStringLiteral("/sub"));
        for (const auto& [name, content] : {std::pair{"a.txt", "alpha"}, std::pair{"sub/b.txt", "beta"}}) {
            QFile f(data + u'/' + QString::fromUtf8(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
        }
        const Out up =
            yard({QStringLiteral("datastore"), QStringLiteral("upload"), QStringLiteral("--src-dir"), data,
                  QStringLiteral("--target-path"), QStringLiteral("mnist"), QStringLiteral("--json")});
        QCOMPARE(up.exit, 0);
        QCOMPARE(up.json().toObject().value(QStringLiteral("files")).toInt(), 2);
        // overwrite off keeps what is there
        {
            QFile f(data + QStringLiteral("/a.txt"));
            f.open(QIODevice::WriteOnly);
            f.write("changed");
        }
        QCOMPARE(yard({QStringLiteral("datastore"), QStringLiteral("upload"), QStringLiteral("--src-dir"),
                       data, QStringLiteral("--target-path"), QStringLiteral("mnist")})
                     .exit,
                 0);
        QFile kept(m_ws + QStringLiteral("/datastores/workspaceblobstore/mnist/a.txt"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("alpha"));

        const QJsonArray stores =
            yard({QStringLiteral("datastore"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .toArray();
        QCOMPARE(stores.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("workspaceblobstore"));
        QVERIFY(stores.first().toObject().value(QStringLiteral("is_default")).toBool());

        const Out down =
            yard({QStringLiteral("datastore"), QStringLiteral("download"), QStringLiteral("--path"),
                  QStringLiteral("mnist"), QStringLiteral("--to"), m_dir.filePath(QStringLiteral("back"))});
        QCOMPARE(down.exit, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("back/mnist/sub/b.txt"))));

        const QString src = writeSource(QStringLiteral("read.py"), R"(import os, sys
mounted, downloaded = sys.argv[1], sys.argv[2]
print("mounted", open(os.path.join(mounted, "a.txt")).read())
print("downloaded", open(os.path.join(downloaded, "sub", "b.txt")).read(), "inputs" in downloaded)
)");
        const Out submitted =
            yard({QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("--experiment"),
                  QStringLiteral("data"), QStringLiteral("--compute"), QStringLiteral("cpu-cluster"),
                  QStringLiteral("--source-directory"), src, QStringLiteral("--entry-script"),
                  QStringLiteral("read.py"), QStringLiteral("--"), QStringLiteral("{datastore:mnist}"),
                  QStringLiteral("{datastore:mnist:download}")});
        const QString id = QString::fromUtf8(submitted.out.trimmed());
        const Out waited =
            yard({QStringLiteral("run"), QStringLiteral("wait"), id, QStringLiteral("--show-output")});
        QCOMPARE(waited.exit, 0);
        QVERIFY2(waited.out.contains("mounted alpha"), waited.out.constData());
        QVERIFY(waited.out.contains("downloaded beta True"));
    }

    void corruptWorkspaceJsonGivesLineAndColumn() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("broken"));
        QCOMPARE(
            yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"), ws}).exit,
            0);
        QFile f(ws + QStringLiteral("/workspace.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"name\": \"broken\",\n  \"engine\" \"local\"\n}\n");
        f.close();
        const Out o =
            yard({QStringLiteral("compute"), QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QCOMPARE(o.exit, 1);
        QVERIFY2(o.err.contains("workspace.json:3:"), o.err.constData());
        QVERIFY(QFile::exists(ws + QStringLiteral("/trainyard.db")));
    }
};

QTEST_GUILESS_MAIN(TestYardCli)
#include "tst_yard_cli.moc"
