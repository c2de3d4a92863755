// `yard environment ...`, `run submit --environment`, `compute list-sizes` as a user runs them:
// bad input (two sources, none, a missing file, a bad version or name, an unknown environment)
// exits 2 or 1 naming the value; GPUs come from a fake nvidia-smi on the PATH printing a recorded
// answer (tests/data/gpu); `run wait --show-output` shows the environment's build, then the script.
#include "core/platform/Process.h"
#include "core/util/JsonFile.h"

#include "../../support/LocalWheel.h"

#include "tests/support/YardProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestYardEnvironments : public QObject {
    Q_OBJECT

    using Out = trainyard::test::YardOutput;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_bin; // the fake nvidia-smi

    Out yard(const QStringList& args, int timeoutMs = 180000) {
        return trainyard::test::runYard(args,
                                        {.workspace = m_ws, .pathFirst = {m_bin}, .timeoutMs = timeoutMs});
    }
    static QStringList l(std::initializer_list<const char*> a) {
        QStringList out;
        for (const char* s : a)
            out << QString::fromUtf8(s);
        return out;
    }

private slots:
    void initTestCase() {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        m_bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(m_bin);
        QFile smi(m_bin + QStringLiteral("/nvidia-smi"));
        QVERIFY(smi.open(QIODevice::WriteOnly));
        smi.write("#!/bin/sh\ncat '" + qgetenv("TRAINYARD_TEST_DATA") + "/gpu/nvidia-smi-query-gpu.csv'\n");
        smi.close();
        smi.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(yard(l({"workspace", "create", "--path"}) << m_ws).exit, 0);
        auto json = trainyard::readJsonObjectFile(m_ws + QStringLiteral("/workspace.json")).value();
        json.insert(QStringLiteral("local"), QJsonObject{{QStringLiteral("node_prepare_ms"), 100}});
        trainyard::writeJsonFileAtomically(m_ws + QStringLiteral("/workspace.json"), json);
        QCOMPARE(yard(l({"compute", "create", "--name", "cpu", "--max-nodes", "1"})).exit, 0);
    }

    void cleanupTestCase() {
        QFile lock(m_ws + QStringLiteral("/agent.lock"));
        if (lock.open(QIODevice::ReadOnly))
            trainyard::platform::killTree(lock.readLine().trimmed().toLongLong());
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("two sources") << l({"environment", "create", "--name", "e", "--python",
                                           "/usr/bin/python3", "--image", "python:3.11"})
                                     << 2 << "exactly one";
        QTest::newRow("no source") << l({"environment", "create", "--name", "e"}) << 2 << "exactly one";
        QTest::newRow("no name") << l({"environment", "create", "--python", "/usr/bin/python3"}) << 2
                                 << "--name";
        QTest::newRow("missing file") << l({"environment", "create", "--name", "e", "--pip-requirements",
                                            "/nonexistent/requirements.txt"})
                                      << 2 << "/nonexistent/requirements.txt";
        QTest::newRow("bad version") << l({"environment", "create", "--name", "e", "--version", "1/2",
                                           "--python", "/usr/bin/python3"})
                                     << 2 << "version '1/2'";
        QTest::newRow("bad name") << l({"environment", "create", "--name", "bad!name", "--python",
                                        "/usr/bin/python3"})
                                  << 2 << "name 'bad!name'";
        QTest::newRow("unknown environment") << l({"environment", "show", "nope"}) << 1 << "nope";
        QTest::newRow("bad reference") << l({"environment", "show", "a:b:c"}) << 2 << "a:b:c";
        QTest::newRow("submit unknown environment")
            << l({"run", "submit", "--experiment", "x", "--compute", "cpu", "--command", "true",
                  "--source-directory", "/tmp", "--environment", "nope"})
            << 1 << "nope";
        QTest::newRow("submit bad version")
            << l({"run", "submit", "--experiment", "x", "--compute", "cpu", "--command", "true",
                  "--source-directory", "/tmp", "--environment", "e:1 2"})
            << 2 << "version '1 2'";
        QTest::newRow("cluster that cannot fit")
            << l({"compute", "create", "--name", "gpu5", "--vm-size", "local-gpu1", "--max-nodes", "5"}) << 2
            << "0: Tesla T4 (15360 MiB), 1: Tesla T4";
        QTest::newRow("size beyond the GPUs")
            << l({"compute", "create", "--name", "gpu9", "--vm-size", "local-gpu9", "--max-nodes", "1"}) << 2
            << "9 GPUs";
        QTest::newRow("unknown size")
            << l({"compute", "create", "--name", "big", "--vm-size", "Standard_NC6"}) << 2 << "local-gpuN";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QString, mentions);
        const Out out = yard(args);
        QVERIFY2(out.exit == exit, out.err.constData());
        QVERIFY2(QString::fromUtf8(out.err).contains(mentions), out.err.constData());
        QVERIFY(!QDir(m_ws + QStringLiteral("/environments/e")).exists()); // nothing written
    }

    void createListShow() {
        Out created = yard(l({"environment", "create", "--name", "sys", "--python", "/usr/bin/python3",
                              "--description", "the system's", "--json"}));
        QCOMPARE(created.exit, 0);
        QCOMPARE(created.json().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QCOMPARE(yard(l({"environment", "create", "--name", "sys", "--version", "1", "--python",
                         "/usr/bin/python3"}))
                     .exit,
                 1); // a version never changes
        QCOMPARE(yard(l({"environment", "create", "--name", "sys", "--python", "/usr/bin/python3"})).exit, 0);
        const Out list = yard(l({"environment", "list", "--json"}));
        QCOMPARE(list.exit, 0);
        QCOMPARE(list.json().toArray().size(), 2);
        const Out show = yard(l({"environment", "show", "sys", "--json"}));
        QCOMPARE(show.json().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("2"));
        QCOMPARE(show.json().toObject().value(QStringLiteral("python")).toString(),
                 QStringLiteral("/usr/bin/python3"));
        QVERIFY(yard(l({"environment", "list"})).out.contains("the system's"));
    }

    void sizesFromNvidiaSmi() {
        const Out sizes = yard(l({"compute", "list-sizes", "--json"}));
        QCOMPARE(sizes.exit, 0);
        const QJsonArray array = sizes.json().toArray();
        QCOMPARE(array.size(), 5); // local, local-gpu1 .. local-gpu4
        QCOMPARE(array[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("local"));
        QCOMPARE(array[4].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("local-gpu4"));
        QCOMPARE(array[4].toObject().value(QStringLiteral("gpus")).toInt(), 4);
        QVERIFY(array[0].toObject().value(QStringLiteral("vCPUs")).toInt() >= 1);
        QVERIFY(yard(l({"compute", "list-sizes"})).out.contains("local-gpu2"));
        QCOMPARE(
            yard(l({"compute", "create", "--name", "gpu", "--vm-size", "local-gpu2", "--max-nodes", "2"}))
                .exit,
            0);
        const Out nodes = yard(l({"compute", "show", "gpu", "--json"}));
        QCOMPARE(nodes.exit, 0);
    }

    void submitShowsTheBuildThenTheScript() {
        const QString spec = m_dir.filePath(QStringLiteral("spec"));
        QVERIFY(!trainyard::test::makeWheel(spec + QStringLiteral("/wheels"), QStringLiteral("yardpkg"),
                                            QStringLiteral("2.0"), QStringLiteral("VALUE = 'cli'\n"))
                     .isEmpty());
        const QString requirements =
            trainyard::test::writeOfflineRequirements(spec, QStringLiteral("yardpkg"), QStringLiteral("2.0"));
        QCOMPARE(yard(l({"environment", "create", "--name", "offline", "--pip-requirements"}) << requirements)
                     .exit,
                 0);
        const QString source = m_dir.filePath(QStringLiteral("src"));
        QDir().mkpath(source);
        QFile script(source + QStringLiteral("/show.py"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("import sys, yardpkg\nprint('value', yardpkg.VALUE, sys.prefix)\n");
        script.close();
        const Out submitted =
            yard(l({"run", "submit", "--experiment", "env", "--compute", "cpu", "--entry-script", "show.py",
                    "--environment", "offline:1", "--source-directory"})
                 << source);
        QCOMPARE(submitted.exit, 0);
        const Out waited =
            yard(l({"run", "wait", "--show-output"}) << QString::fromUtf8(submitted.out.trimmed()));
        QVERIFY2(waited.exit == 0, waited.err.constData());
        const qsizetype build = waited.out.indexOf("building environment offline:1");
        const qsizetype value = waited.out.indexOf("value cli");
        QVERIFY2(build >= 0 && value > build, waited.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestYardEnvironments)
#include "tst_yard_environments.moc"
