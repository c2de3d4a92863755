#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"
#include "core/metrics/MetricSummary.h"
#include "core/model/ModelJson.h"

#include "tests/support/TestWorkspace.h"
#include "tests/support/YardProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using trainyard::await;

// The Run API training scripts call (azureml.core.Run and `from trainyard import run`), through
// the local engine with real agent, runners and Python: child runs become runs of the workspace
// with their own metrics and status, every metric kind comes back for what it is, and bad input
// fails the call with a clear message while everything already logged stays readable.
class TestRunApi : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestWorkspace> m_ws;

    // Debian's python3 has matplotlib (python3-matplotlib); another python3 first on PATH may not.
    static QJsonObject pythonWithMatplotlib() {
        if (QFile::exists(QStringLiteral("/usr/bin/python3")))
            return {{QStringLiteral("python"), QStringLiteral("/usr/bin/python3")}};
        return {};
    }

    RunInfo runToEnd(const QByteArray& script, const QString& file = QStringLiteral("train.py")) {
        auto submitted = m_ws->submitScript(QStringLiteral("cpu"), file, script, QStringLiteral("api"));
        if (!submitted) {
            qWarning() << submitted.error().message;
            return {};
        }
        auto run = m_ws->waitForEnd(submitted->id, 90000);
        return run ? run.value() : RunInfo{};
    }

    QList<MetricPoint> metricsOf(const QString& runId) {
        MetricStream* stream = m_ws->engine()->openMetrics(runId, this);
        stream->setFollow(false);
        QList<MetricPoint> points;
        connect(stream, &MetricStream::pointsAppended, this,
                [&](const QList<MetricPoint>& p) { points += p; });
        QSignalSpy finished(stream, &MetricStream::finished);
        stream->start();
        finished.wait(10000);
        delete stream;
        return points;
    }

    QByteArray logOf(const RunInfo& run) {
        QFile f(m_ws->folder() +
                QStringLiteral("/runs/%1/logs/%2/std_log.txt").arg(run.id, run.nodes.value(0)));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    using Out = trainyard::test::YardOutput;
    Out yard(const QStringList& args, const QByteArray& input = {}) {
        return trainyard::test::runYard(args,
                                        {.workspace = m_ws->folder(), .input = input, .timeoutMs = 60000});
    }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>(pythonWithMatplotlib());
        QVERIFY(m_ws->createCluster(QStringLiteral("cpu"), 0, 2, 60).ok());
    }
    void cleanup() { m_ws.reset(); }

    // create_children / child_run / complete / fail / get_children / get_details, and Azure ML's
    // rule for the child left running when the script ends.
    void childRunsAreRunsOfTheWorkspace() {
        const RunInfo parent = runToEnd(R"(from azureml.core import Run
run = Run.get_context()
run.tag("model", "tiny")
run.add_properties({"seed": 7})
kids = run.create_children(count=3, tag_key="fold", tag_values=["a", "b", "c"])
assert [k.get_status() for k in kids] == ["NotStarted"] * 3
for i, k in enumerate(kids):
    k.log("acc", 0.5 + i / 10)
kids[0].complete()
kids[1].fail(error_details="diverged")
child = run.child_run(name="eval")
child.log("message", "child says hi")
assert child.get_status() == "Running"
child.complete()
assert child.get_status() == "Completed"
assert child.parent.id == run.id
assert [c.id for c in run.get_children()] == [k.id for k in kids] + [child.id]
assert [c.id for c in run.get_children(tags={"fold": "b"})] == [kids[1].id]
details = run.get_details()
print("details", details["runId"], details["target"], details["status"], details["tags"]["model"])
)");
        QCOMPARE(toString(parent.status), QStringLiteral("Completed"));
        QVERIFY2(logOf(parent).contains(QByteArray("details " + parent.id.toUtf8() + " cpu Running tiny")),
                 logOf(parent).constData());
        QCOMPARE(parent.tags.value(QStringLiteral("model")), QStringLiteral("tiny"));
        QCOMPARE(parent.properties.value(QStringLiteral("seed")), QStringLiteral("7"));

        RunFilter filter;
        filter.parentRunId = parent.id;
        auto children = await(m_ws->engine()->listRuns(filter));
        QVERIFY(children.ok());
        QCOMPARE(children->size(), 4);
        QMap<QString, RunInfo> byId;
        for (const RunInfo& c : children.value())
            byId.insert(c.id, c);
        const auto child = [&](int i) { return byId.value(parent.id + u'_' + QString::number(i)); };
        QCOMPARE(toString(child(0).status), QStringLiteral("Completed"));
        QCOMPARE(toString(child(1).status), QStringLiteral("Failed"));
        QCOMPARE(child(1).error, QStringLiteral("diverged"));
        // Left NotStarted... then Running by logging: it ends with its completed parent.
        QCOMPARE(toString(child(2).status), QStringLiteral("Completed"));
        QCOMPARE(child(2).statusDetail, QStringLiteral("ended with its parent run"));
        QCOMPARE(toString(child(3).status), QStringLiteral("Completed"));
        QCOMPARE(child(3).displayName, QStringLiteral("eval"));
        QCOMPARE(child(1).tags.value(QStringLiteral("fold")), QStringLiteral("b"));
        QCOMPARE(toJson(child(0)).value(QStringLiteral("parent_run_id")).toString(), parent.id);
        QCOMPARE(child(0).experiment, parent.experiment);

        // Each child has its own metrics.
        const QList<MetricPoint> acc = metricsOf(child(2).id);
        QCOMPARE(acc.size(), 1);
        QCOMPARE(acc.first().value, 0.7);
        const QList<MetricPoint> message = metricsOf(child(3).id);
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.first().text, QStringLiteral("child says hi"));

        // The same through yard: --parent lists them, --json names the parent.
        const Out listed = yard({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--parent"),
                                 parent.id, QStringLiteral("--json")});
        QCOMPARE(listed.exit, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), 4);
        for (const QJsonValue& v : array)
            QCOMPARE(v[QStringLiteral("parent_run_id")].toString(), parent.id);
        const Out unknown = yard({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--parent"),
                                  QStringLiteral("nosuch")});
        QCOMPARE(unknown.exit, 2);
        QVERIFY2(unknown.err.contains("nosuch"), unknown.err.constData());
    }

    // A failing script: the child it left running is canceled, the one it completed stays so.
    void childrenOfAFailedRunAreCanceled() {
        const RunInfo parent = runToEnd(R"(from trainyard import run
done = run.child_run()
done.complete()
left = run.child_run()
left.log("loss", 0.1)
raise SystemExit(3)
)");
        QCOMPARE(toString(parent.status), QStringLiteral("Failed"));
        auto done = await(m_ws->engine()->getRun(parent.id + QStringLiteral("_0")));
        auto left = await(m_ws->engine()->getRun(parent.id + QStringLiteral("_1")));
        QVERIFY(done.ok() && left.ok());
        QCOMPARE(toString(done->status), QStringLiteral("Completed"));
        QCOMPARE(toString(left->status), QStringLiteral("Canceled"));
        QCOMPARE(left->parentRunId, parent.id);
    }

    // `yard run cancel` of a child run ends it at once, and the script sees it (get_status).
    void cancelingAChildRunEndsIt() {
        auto submitted = m_ws->submitScript(QStringLiteral("cpu"), QStringLiteral("wait.py"), R"(import time
from trainyard import run
child = run.child_run()
for _ in range(600):
    if child.get_status() == "Canceled":
        print("child canceled")
        break
    time.sleep(0.05)
child.complete()  # too late: it stays canceled
)",
                                            QStringLiteral("api"));
        QVERIFY(submitted.ok());
        const QString childId = submitted->id + QStringLiteral("_0");
        QTRY_VERIFY_WITH_TIMEOUT(await(m_ws->engine()->getRun(childId)).ok(), 30000);
        QVERIFY(await(m_ws->engine()->cancelRun(childId)).ok());
        auto parent = m_ws->waitForEnd(submitted->id, 60000);
        QVERIFY(parent.ok());
        QCOMPARE(toString(parent->status), QStringLiteral("Completed"));
        QVERIFY2(logOf(parent.value()).contains("child canceled"), logOf(parent.value()).constData());
        QCOMPARE(toString(await(m_ws->engine()->getRun(childId))->status), QStringLiteral("Canceled"));
    }

    // run.log(name="message", value="Hello from run!") is text, not "nan inf -inf"; booleans,
    // lists, rows and tables come back as they were logged; log_image twice gives two steps.
    void everyMetricKindComesBackForWhatItIs() {
        const RunInfo run = runToEnd(R"(import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from azureml.core import Run
run = Run.get_context()
run.log(name="message", value="Hello from run!")
run.log("converged", True)
run.log("loss", 0.25)
run.log_list("labels", ["cat", "dog"])
run.log_row("per_class", cls="cat", precision=0.9)
run.log_table("confusion", {"actual": ["cat", "dog"], "count": [3, 4]})
for i in range(2):
    fig = plt.figure()
    plt.plot([1, 2, 3 + i])
    run.log_image("curve", plot=fig)
fig.savefig("sample.png")
run.log_image("sample", path="sample.png")
)");
        QCOMPARE(toString(run.status), QStringLiteral("Completed"));
        MetricSummary summary;
        summary.add(metricsOf(run.id));
        QMap<QString, MetricSummaryRow> rows;
        for (const MetricSummaryRow& r : summary.rows())
            rows.insert(r.name, r);
        QCOMPARE(rows.value(QStringLiteral("message")).kind, QStringLiteral("text"));
        QCOMPARE(rows.value(QStringLiteral("message")).last, QStringLiteral("Hello from run!"));
        QCOMPARE(rows.value(QStringLiteral("converged")).last, QStringLiteral("True"));
        QCOMPARE(rows.value(QStringLiteral("loss")).kind, QStringLiteral("number"));
        QCOMPARE(rows.value(QStringLiteral("labels")).last, QStringLiteral("cat, dog"));
        QMap<QString, MetricTable> tables;
        for (const MetricTable& t : summary.tables())
            tables.insert(t.name, t);
        QCOMPARE(tables.value(QStringLiteral("per_class")).rows,
                 (QList<QStringList>{{QStringLiteral("cat"), QStringLiteral("0.9")}}));
        QCOMPARE(tables.value(QStringLiteral("confusion")).columns,
                 (QStringList{QStringLiteral("actual"), QStringLiteral("count")}));
        QCOMPARE(tables.value(QStringLiteral("confusion")).rows.size(), 2);

        const auto curve = summary.images(QStringLiteral("curve"));
        QCOMPARE(curve.size(), 2);
        QCOMPARE(curve[1].first, 1);
        for (const auto& [step, path] : curve) {
            auto bytes = await(m_ws->engine()->readRunFile(run.id, path));
            QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
            QVERIFY(bytes->startsWith("\x89PNG"));
        }
        QCOMPARE(summary.images(QStringLiteral("sample")).size(), 1);
        // The engine hands out files of the run only.
        auto outside = await(m_ws->engine()->readRunFile(run.id, QStringLiteral("../../workspace.json")));
        QVERIFY(!outside.ok() && outside.error().kind == ErrorKind::Invalid);

        const Out text = yard({QStringLiteral("run"), QStringLiteral("metrics"), run.id});
        QCOMPARE(text.exit, 0);
        QVERIFY2(text.out.contains("Hello from run!") && !text.out.contains("nan"), text.out.constData());
        QVERIFY2(text.out.contains("confusion:") && text.out.contains("dog"), text.out.constData());
        const Out json =
            yard({QStringLiteral("run"), QStringLiteral("metrics"), run.id, QStringLiteral("--json"),
                  QStringLiteral("--name"), QStringLiteral("message")});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().first()[QStringLiteral("value")].toString(),
                 QStringLiteral("Hello from run!"));
    }

    // Bad input fails the call with a message naming what is wrong; what was logged before and
    // after stays readable, and nothing half-written is left.
    void badInputIsRefusedAndDamagesNothing() {
        const RunInfo run = runToEnd(R"(import os
from trainyard import run, Run
run.log("before", 1)
def refused(call, kind):
    try:
        call()
    except kind as e:
        print("REFUSED", type(e).__name__, e)
    else:
        raise AssertionError("accepted: " + repr(call))
refused(lambda: run.log_image("x", path="missing.png"), FileNotFoundError)
refused(lambda: run.log_image("x"), ValueError)
refused(lambda: run.log("obj", object()), TypeError)
refused(lambda: run.log_list("mixed", [1, {"a": 1}]), TypeError)
runs = os.path.dirname(os.path.dirname(os.environ["TRAINYARD_METRICS_FILE"]))
refused(lambda: Run("ghost", os.path.join(runs, "ghost"), "api").child_run(), LookupError)
run.log("after", 2)
)");
        QCOMPARE(toString(run.status), QStringLiteral("Completed"));
        const QByteArray log = logOf(run);
        QVERIFY2(
            log.contains("REFUSED FileNotFoundError log_image('x'): there is no image file 'missing.png'"),
            log.constData());
        QVERIFY(log.contains(
            "REFUSED TypeError metric 'obj': a value of type object cannot be logged; allowed:"));
        QVERIFY(log.contains("REFUSED LookupError child run: the parent run 'ghost' has no folder"));
        QStringList names;
        for (const MetricPoint& p : metricsOf(run.id))
            if (!p.name.startsWith(QLatin1String("sys/"))) // the runner's resource samples
                names << p.name;
        QCOMPARE(names, (QStringList{QStringLiteral("before"), QStringLiteral("after")}));
        QVERIFY(!QFile::exists(m_ws->folder() + QStringLiteral("/runs/ghost")));
        auto files = await(m_ws->engine()->listRunFiles(run.id));
        QVERIFY(files.ok());
        for (const RunFile& f : files.value())
            QVERIFY2(!f.path.contains(QStringLiteral("images/")), qPrintable(f.path));
    }

    // get_secret(name) gives the value of a secret the run was given with --secret-env, and
    // refuses others; the value is in no file of the workspace.
    void getSecretReadsOnlyTheRunsSecrets() {
        const QByteArray value = "s3cr3t-" + QByteArray::number(QCoreApplication::applicationPid());
        const Out stored =
            yard({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("run-api-token")}, value);
        if (stored.exit != 0) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(stored.err.constData());
            QSKIP(qPrintable(QStringLiteral("no keychain here (run under .ci/test.sh): ") +
                             QString::fromUtf8(stored.err)));
        }
        RunConfig config = m_ws->scriptRun(QStringLiteral("cpu"), QStringLiteral("secret.py"),
                                           R"(from azureml.core import Run
run = Run.get_context()
ok = run.get_secret("run-api-token") == __import__("os").environ["TOKEN"]
print("SECRET", "matches" if ok else "differs")
try:
    run.get_secret("other")
except KeyError as e:
    print("REFUSED", e)
)",
                                           QStringLiteral("api"));
        config.secretEnvironment.insert(QStringLiteral("TOKEN"), QStringLiteral("run-api-token"));
        auto submitted = await(m_ws->engine()->submitRun(config));
        QVERIFY(submitted.ok());
        auto run = m_ws->waitForEnd(submitted->id, 90000);
        yard({QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("run-api-token")});
        QVERIFY(run.ok());
        const QByteArray log = logOf(run.value());
        QVERIFY2(log.contains("SECRET matches"), log.constData());
        QVERIFY(log.contains("REFUSED \"secret 'other' was not given to this run"));
        QVERIFY(!log.contains(value));
    }
};

QTEST_GUILESS_MAIN(TestRunApi)
#include "tst_run_api.moc"
