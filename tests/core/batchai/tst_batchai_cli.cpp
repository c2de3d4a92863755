#include "tests/core/batchai/BatchAiFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace trainyard;
using namespace trainyard::test;

// `yard import batchai` as a user runs it: the real binary over the whole fixture folder, the
// exit statuses, --create and --submit on a local workspace, and no secret in anything printed.
class TestBatchAiCli : public QObject {
    Q_OBJECT
private slots:
    void wholeFixtureFolder();
    void createCluster();
    void submitJob();
    void usageErrors();
};

struct Ran {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

static Ran yard(const QStringList& args) {
    QProcess p;
    p.setProgram(qEnvironmentVariable("TRAINYARD_YARD"));
    p.setArguments(args);
    p.start();
    p.closeWriteChannel(); // stdin is not a terminal: nothing may be asked
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

static void noSecrets(const Ran& r, const QString& what) {
    for (const QString& s : batchAiFixtureSecrets()) {
        QVERIFY2(!r.out.contains(s.toUtf8()), qPrintable(QStringLiteral("%1 printed '%2'").arg(what, s)));
        QVERIFY2(!r.err.contains(s.toUtf8()),
                 qPrintable(QStringLiteral("%1 printed '%2' on stderr").arg(what, s)));
    }
}

void TestBatchAiCli::wholeFixtureFolder() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    const QStringList files = allBatchAiFixtures();
    QVERIFY(files.size() >= 29);
    int ok = 0;
    for (const QString& file : files) {
        const QString path = batchAiFixture(file);
        const Ran human = yard({QStringLiteral("import"), QStringLiteral("batchai"), path});
        const Ran json =
            yard({QStringLiteral("import"), QStringLiteral("batchai"), path, QStringLiteral("--json")});
        noSecrets(human, file);
        noSecrets(json, file);
        if (file.endsWith(QLatin1String(".invalid.json"))) {
            QCOMPARE(json.exitCode, 2);
            QVERIFY2(json.err.contains("invalid JSON"), json.err.constData());
            QVERIFY2(QRegularExpression(QStringLiteral(":\\d+:\\d+: invalid JSON"))
                         .match(QString::fromUtf8(json.err))
                         .hasMatch(),
                     json.err.constData());
            continue;
        }
        if (file.startsWith(QLatin1String("anomaly-detection/"))) {
            QCOMPARE(json.exitCode, 2);
            QVERIFY2(json.err.contains("not a Batch AI definition"), json.err.constData());
            continue;
        }
        QVERIFY2(human.exitCode == 0, qPrintable(file + u' ' + QString::fromUtf8(human.err)));
        QVERIFY2(json.exitCode == 0, qPrintable(file + u' ' + QString::fromUtf8(json.err)));
        QVERIFY2(human.out.contains("warning(s):"), qPrintable(file));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        QVERIFY2(kind == QLatin1String("cluster") || kind == QLatin1String("job") ||
                     kind == QLatin1String("fileserver") || kind == QLatin1String("configuration"),
                 qPrintable(file + u' ' + kind));
        QCOMPARE(o.contains(QStringLiteral("compute")), kind == QLatin1String("cluster"));
        QCOMPARE(o.contains(QStringLiteral("run")), kind == QLatin1String("job"));
        QVERIFY(!o.value(QStringLiteral("warnings")).toArray().isEmpty());
        ++ok;
    }
    QCOMPARE(ok, files.size() - 3);
}

void TestBatchAiCli::createCluster() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    const Ran r = yard({QStringLiteral("import"), QStringLiteral("batchai"),
                        batchAiFixture(QStringLiteral("rest-api-specs/2018-05-01.PutCluster.json")),
                        QStringLiteral("--create"), QStringLiteral("--vm-size"), QStringLiteral("local"),
                        QStringLiteral("--scale-from-zero"), QStringLiteral("--workspace"), ws.folder(),
                        QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    noSecrets(r, QStringLiteral("--create"));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject created = o.value(QStringLiteral("created")).toObject();
    QVERIFY2(!created.isEmpty(), r.out.constData());
    // The cluster exists on the workspace as mapped.
    auto got = await(ws.engine()->getCompute(QStringLiteral("demo-cluster")));
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(got->spec.vmSize, QStringLiteral("local"));
    QCOMPARE(got->spec.minNodes, 0);
    QCOMPARE(got->spec.maxNodes, 1);
    QCOMPARE(got->spec.idleSecondsBeforeScaledown, 1800);
    QCOMPARE(got->spec.adminUsername, QStringLiteral("admin_user_name"));
    // Creating it again is the engine's clear conflict, not a crash.
    const Ran again = yard({QStringLiteral("import"), QStringLiteral("batchai"),
                            batchAiFixture(QStringLiteral("rest-api-specs/2018-05-01.PutCluster.json")),
                            QStringLiteral("--create"), QStringLiteral("--vm-size"), QStringLiteral("local"),
                            QStringLiteral("--workspace"), ws.folder()});
    QVERIFY(again.exitCode != 0);
    QVERIFY(!again.err.isEmpty());
}

void TestBatchAiCli::submitJob() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 3));
    const Ran r = yard({QStringLiteral("import"), QStringLiteral("batchai"),
                        batchAiFixture(QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json")),
                        QStringLiteral("--submit"), QStringLiteral("--compute"), QStringLiteral("cpu"),
                        QStringLiteral("--source-directory"),
                        qEnvironmentVariable("TRAINYARD_TEST_DATA") + QStringLiteral("/batchai"),
                        QStringLiteral("--workspace"), ws.folder(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString runId =
        o.value(QStringLiteral("submitted")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(!runId.isEmpty(), r.out.constData());
    auto ended = ws.waitForEnd(runId, 120000);
    QVERIFY(ended);
    QCOMPARE(toString(ended->status), QStringLiteral("Completed"));
    QCOMPARE(ended->nodeCount, 3);

    // A fragment with no toolkit runs once the command line gives what it lacks.
    const Ran fragment =
        yard({QStringLiteral("import"), QStringLiteral("batchai"),
              batchAiFixture(QStringLiteral("batchai-cli-doc/job-container-private-registry.json")),
              QStringLiteral("--submit"), QStringLiteral("--compute"), QStringLiteral("cpu"),
              QStringLiteral("--node-count"), QStringLiteral("2"), QStringLiteral("--command"),
              QStringLiteral("echo imported"), QStringLiteral("--source-directory"),
              qEnvironmentVariable("TRAINYARD_TEST_DATA") + QStringLiteral("/batchai"),
              QStringLiteral("--workspace"), ws.folder(), QStringLiteral("--json")});
    QVERIFY2(fragment.exitCode == 0, fragment.err.constData());
    noSecrets(fragment, QStringLiteral("fragment --submit"));
    const QString fragmentRun = QJsonDocument::fromJson(fragment.out)
                                    .object()
                                    .value(QStringLiteral("submitted"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
    auto done = ws.waitForEnd(fragmentRun, 120000);
    QVERIFY(done);
    QCOMPARE(toString(done->status), QStringLiteral("Completed"));
    QCOMPARE(done->nodeCount, 2);
}

void TestBatchAiCli::usageErrors() {
    TRAINYARD_REQUIRE_FIXTURES("batchai");
    TestWorkspace ws;
    const QString job = batchAiFixture(QStringLiteral("batchai-recipes/tensorflow-gpu-distributed.job.json"));
    const QString cluster = batchAiFixture(QStringLiteral("azure-cli-samples/cluster.json"));
    struct Case {
        QStringList args;
        const char* says;
    };
    const QList<Case> cases{
        {{job, QStringLiteral("--submit")}, "--submit needs --compute"},
        {{job, QStringLiteral("--create")}, "--create makes a cluster"},
        {{cluster, QStringLiteral("--submit"), QStringLiteral("--compute"), QStringLiteral("x")},
         "--submit runs a job"},
        {{job, QStringLiteral("--create"), QStringLiteral("--submit")}, "not both"},
        {{}, "exactly one Batch AI JSON file"},
        {{QStringLiteral("/nonexistent/x.json")}, "Cannot read"},
        {{batchAiFixture(QStringLiteral("batchai-cli-doc/cluster-multiple-mounts.json")),
          QStringLiteral("--create")},
         "--vm-size"},
        {{cluster, QStringLiteral("--idle-seconds-before-scaledown"), QStringLiteral("soon")},
         "not a whole number"},
        {{job, QStringLiteral("--node-count"), QStringLiteral("0")}, "at least 1 node"},
        {{batchAiFixture(QStringLiteral("batchai-cli-doc/job-container-private-registry.json")),
          QStringLiteral("--submit"), QStringLiteral("--compute"), QStringLiteral("cpu")},
         "nothing to run"},
    };
    for (const Case& c : cases) {
        const Ran r = yard(QStringList{QStringLiteral("import"), QStringLiteral("batchai")} + c.args +
                           QStringList{QStringLiteral("--workspace"), ws.folder()});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(c.args.join(u' ')));
        QVERIFY2(r.err.contains(c.says),
                 qPrintable(c.args.join(u' ') + QStringLiteral(" -> ") + QString::fromUtf8(r.err)));
    }
}

QTEST_GUILESS_MAIN(TestBatchAiCli)
#include "tst_batchai_cli.moc"
