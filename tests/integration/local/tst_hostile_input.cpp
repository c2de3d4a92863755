#include "core/local/AgentSocket.h"
#include "core/local/LocalLayout.h"
#include "core/platform/Process.h"
#include "core/util/JsonFile.h"

#include "tests/support/YardProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

// Issue 17, tried as an attacker and as a careless user would on the local engine, through
// `yard`: every case ends with a clear error or correct behaviour, and nothing outside the
// workspace is touched. The counts (inputs tried, refused, damaged) are printed at the end.
class TestHostileInput : public QObject {
    Q_OBJECT

    using Out = trainyard::test::YardOutput;

    QTemporaryDir m_dir;
    QString m_ws, m_outside, m_tmpTarget;
    QStringList m_workspaces; // whose agents are stopped at the end
    int m_tried = 0, m_refused = 0, m_damaged = 0;

    Out yard(const QStringList& args, const QString& workspace = {}, const QByteArray& input = {}) {
        return trainyard::test::runYard(
            args, {.workspace = workspace.isEmpty() ? m_ws : workspace, .input = input, .timeoutMs = 180000});
    }

    // A hostile input that must be refused with a message naming what is wrong.
    void refused(const QStringList& args, const QStringList& mentions, const QString& workspace = {}) {
        ++m_tried;
        const Out o = yard(args, workspace);
        QVERIFY2(o.exit != 0,
                 qPrintable(args.join(u' ') + QStringLiteral(" was accepted: ") + QString::fromUtf8(o.out)));
        for (const QString& m : mentions)
            QVERIFY2(QString::fromUtf8(o.err).contains(m, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(m, QString::fromUtf8(o.err))));
        ++m_refused;
    }

    // An input that is odd but allowed: it must simply work.
    Out accepted(const QStringList& args, const QString& workspace = {}, const QByteArray& input = {}) {
        ++m_tried;
        Out o = yard(args, workspace, input);
        if (o.exit != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), o.err.constData());
        return o;
    }

    void damagedUnless(bool intact, const char* what) {
        if (!intact) {
            ++m_damaged;
            QFAIL(what);
        }
    }

    QString source(const QString& name, const QMap<QString, QByteArray>& files) {
        const QString dir = m_dir.filePath(QStringLiteral("src-") + name);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QDir().mkpath(QFileInfo(dir + u'/' + it.key()).absolutePath());
            QFile f(dir + u'/' + it.key());
            f.open(QIODevice::WriteOnly);
            f.write(it.value());
        }
        QDir().mkpath(dir);
        return dir;
    }

    QString newWorkspace(const QString& name, const QJsonObject& local = {}) {
        const QString ws = m_dir.filePath(name);
        if (yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"), ws}, ws)
                .exit != 0)
            return QString();
        auto json = trainyard::readJsonObjectFile(ws + QStringLiteral("/workspace.json")).value();
        QJsonObject options{{QStringLiteral("node_prepare_ms"), 100},
                            {QStringLiteral("agent_idle_exit_seconds"), 20}};
        for (auto it = local.begin(); it != local.end(); ++it)
            options.insert(it.key(), it.value());
        json.insert(QStringLiteral("local"), options);
        trainyard::writeJsonFileAtomically(ws + QStringLiteral("/workspace.json"), json);
        yard({QStringLiteral("compute"), QStringLiteral("create"), QStringLiteral("--name"),
              QStringLiteral("cpu"), QStringLiteral("--vm-size"), QStringLiteral("local"),
              QStringLiteral("--max-nodes"), QStringLiteral("2")},
             ws);
        m_workspaces << ws;
        return ws;
    }

    QStringList submit(const QString& experiment, const QString& src, const QStringList& more) {
        return QStringList{QStringLiteral("run"),
                           QStringLiteral("submit"),
                           QStringLiteral("--experiment"),
                           experiment,
                           QStringLiteral("--compute"),
                           QStringLiteral("cpu"),
                           QStringLiteral("--source-directory"),
                           src} +
               more;
    }

    // Submits, waits, and returns `run show --json` of the ended run.
    QJsonObject runToEnd(const QStringList& args, const QString& workspace = {}, Out* submitted = nullptr) {
        const Out s = accepted(args, workspace);
        if (submitted)
            *submitted = s;
        if (s.exit != 0)
            return {};
        const QString id = QString::fromUtf8(s.out).trimmed();
        yard({QStringLiteral("run"), QStringLiteral("wait"), id}, workspace);
        return yard({QStringLiteral("run"), QStringLiteral("show"), id, QStringLiteral("--json")}, workspace)
            .json()
            .toObject();
    }

    static QString log(const QString& ws, const QString& runId) {
        QDirIterator it(ws + QStringLiteral("/runs/") + runId + QStringLiteral("/logs"),
                        {QStringLiteral("std_log*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        QString text;
        while (it.hasNext()) {
            QFile f(it.next());
            f.open(QIODevice::ReadOnly);
            text += QString::fromUtf8(f.readAll());
        }
        return text;
    }

    static QFile::Permissions groupOrOther() {
        return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
               QFile::ExeOther;
    }

private slots:
    void initTestCase() {
        m_outside = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(m_outside);
        QFile secret(m_outside + QStringLiteral("/root-only.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for runs\n");
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_tmpTarget = QStringLiteral("/tmp/trainyard-hostile-%1").arg(QCoreApplication::applicationPid());
        m_ws = newWorkspace(QStringLiteral("ws"));
        QVERIFY(!m_ws.isEmpty());
    }

    void cleanupTestCase() {
        for (const QString& ws : std::as_const(m_workspaces)) {
            QFile lock(ws + QStringLiteral("/agent.lock"));
            if (lock.open(QIODevice::ReadOnly))
                trainyard::platform::killTree(lock.readLine().trimmed().toLongLong());
        }
        damagedUnless(!QFileInfo::exists(m_tmpTarget), "a datastore path created a folder in /tmp");
        std::printf("hostile input: %d inputs tried, %d refused with a message, %d accepted and correct, "
                    "damaged: %d\n",
                    m_tried, m_refused, m_tried - m_refused, m_damaged);
    }

    // 1 and 12: datastore paths stay in the datastore, both forms; "..hidden" is a name.
    void datastorePathsStayInside() {
        const QString src = source(QStringLiteral("noop"), {{QStringLiteral("noop.py"), "print('ok')\n"}});
        const QString up = m_tmpTarget.mid(1); // tmp/trainyard-hostile-<pid>
        for (const QString& arg : {QStringLiteral("{datastore:../../../../../../../../%1:download}").arg(up),
                                   QStringLiteral("{datastore:../../../../../../../../%1}").arg(up),
                                   QStringLiteral("{datastore:/etc:download}"),
                                   QStringLiteral("--data={datastore:a/../../../x:mount}")})
            refused(submit(QStringLiteral("escape"), src,
                           {QStringLiteral("--entry-script"), QStringLiteral("noop.py"), QStringLiteral("--"),
                            arg}),
                    {QStringLiteral("leaves")});
        damagedUnless(!QFileInfo::exists(m_tmpTarget), "a datastore path reached /tmp");

        // A link planted in the datastore leads nowhere outside it.
        const QString store = m_ws + QStringLiteral("/datastores/workspaceblobstore");
        QVERIFY(QFile::link(QStringLiteral("/etc"), store + QStringLiteral("/etc")));
        refused(submit(QStringLiteral("escape"), src,
                       {QStringLiteral("--entry-script"), QStringLiteral("noop.py"), QStringLiteral("--"),
                        QStringLiteral("{datastore:etc/passwd:download}")}),
                {QStringLiteral("symbolic link")});
        const QString to = m_dir.filePath(QStringLiteral("download"));
        refused({QStringLiteral("datastore"), QStringLiteral("download"), QStringLiteral("--path"),
                 QStringLiteral("etc"), QStringLiteral("--to"), to},
                {QStringLiteral("symbolic link")});
        damagedUnless(QDir(to).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                      "datastore download copied through a planted link");
        QFile::remove(store + QStringLiteral("/etc"));

        // "..hidden" is an ordinary name inside the datastore.
        const QString data = source(QStringLiteral("data"), {{QStringLiteral("a.txt"), "a"}});
        const Out o =
            accepted({QStringLiteral("datastore"), QStringLiteral("upload"), QStringLiteral("--src-dir"),
                      data, QStringLiteral("--target-path"), QStringLiteral("..hidden")});
        QCOMPARE(o.exit, 0);
        QVERIFY(QFileInfo(store + QStringLiteral("/..hidden/a.txt")).isFile());
    }

    // Run ids given on the command line name no folder outside runs/.
    void runIdsStayInTheRunsFolder() {
        const QString to = m_dir.filePath(QStringLiteral("run-download"));
        for (const QString& id :
             {QStringLiteral("../../../../etc"), QStringLiteral("../ws"), QStringLiteral("/etc")})
            refused({QStringLiteral("run"), QStringLiteral("download"), id, QStringLiteral("--to"), to},
                    {QStringLiteral("run")});
        damagedUnless(!QFileInfo::exists(to + QStringLiteral("/logs")) &&
                          !QFileInfo::exists(to + QStringLiteral("/outputs")),
                      "a run id copied files from outside the runs folder");
    }

    // 3: counts beyond what a local cluster holds are refused when given.
    void countsAreBounded() {
        const QString src = source(QStringLiteral("noop"), {{QStringLiteral("noop.py"), "print('ok')\n"}});
        const QStringList create{QStringLiteral("compute"),   QStringLiteral("create"),
                                 QStringLiteral("--name"),    QStringLiteral("huge"),
                                 QStringLiteral("--vm-size"), QStringLiteral("local")};
        refused(create + QStringList{QStringLiteral("--min-nodes"), QStringLiteral("2147483647"),
                                     QStringLiteral("--max-nodes"), QStringLiteral("2147483647")},
                {QStringLiteral("max_nodes")});
        refused(create + QStringList{QStringLiteral("--max-nodes"), QStringLiteral("300")},
                {QStringLiteral("256")});
        refused({QStringLiteral("compute"), QStringLiteral("update"), QStringLiteral("cpu"),
                 QStringLiteral("--max-nodes"), QStringLiteral("5000")},
                {QStringLiteral("256")});
        refused(submit(QStringLiteral("wide"), src,
                       {QStringLiteral("--entry-script"), QStringLiteral("noop.py"),
                        QStringLiteral("--distribution"), QStringLiteral("mpi"),
                        QStringLiteral("--process-count-per-node"), QStringLiteral("100000")}),
                {QStringLiteral("process_count_per_node")});
        refused(submit(QStringLiteral("wide"), src,
                       {QStringLiteral("--entry-script"), QStringLiteral("noop.py"),
                        QStringLiteral("--distribution"), QStringLiteral("pytorch"),
                        QStringLiteral("--process-count-per-node"), QStringLiteral("1000")}),
                {QStringLiteral("256")});
        refused(submit(QStringLiteral("wide"), src,
                       {QStringLiteral("--entry-script"), QStringLiteral("noop.py"),
                        QStringLiteral("--node-count"), QStringLiteral("2147483647")}),
                {QStringLiteral("node_count")});
        const Out c = yard({QStringLiteral("compute"), QStringLiteral("show"), QStringLiteral("cpu"),
                            QStringLiteral("--json")});
        QCOMPARE(c.json().toObject().value(QStringLiteral("max_nodes")).toInt(), 2); // nothing changed
    }

    // 5: arguments after -- reach a --command as words; the shell runs none of them.
    void commandArgumentsAreWords() {
        const QString pwned = m_outside + QStringLiteral("/pwned");
        const QString src = source(QStringLiteral("cmd"), {{QStringLiteral("a.txt"), "a"}});
        const QJsonObject run = runToEnd(
            submit(QStringLiteral("quoting"), src,
                   {QStringLiteral("--command"), QStringLiteral("printf '[%s]\\n'"), QStringLiteral("--"),
                    QStringLiteral("$(touch %1)").arg(pwned), QStringLiteral("*"),
                    QStringLiteral("a;touch %1").arg(pwned), QStringLiteral("`touch %1`").arg(pwned)}));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        const QString text = log(m_ws, run.value(QStringLiteral("id")).toString());
        QVERIFY2(text.contains(QStringLiteral("[$(touch %1)]").arg(pwned)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[*]")), qPrintable(text));
        damagedUnless(!QFileInfo::exists(pwned), "a --command argument was run by the shell");
    }

    // 9: experiment names are as long as a run folder allows, no longer.
    void experimentNamesFitAFolder() {
        const QString src = source(QStringLiteral("noop"), {{QStringLiteral("noop.py"), "print('ok')\n"}});
        refused(
            submit(QString(236, u'e'), src, {QStringLiteral("--entry-script"), QStringLiteral("noop.py")}),
            {QStringLiteral("235")});
        refused(
            submit(QString(255, u'e'), src, {QStringLiteral("--entry-script"), QStringLiteral("noop.py")}),
            {QStringLiteral("235")});
        const QJsonObject run = runToEnd(
            submit(QString(235, u'e'), src, {QStringLiteral("--entry-script"), QStringLiteral("noop.py")}));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    }

    // 8: links in the source folder and entry scripts outside it are refused.
    void symlinksInTheSourceAreRefused() {
        const QString src = source(QStringLiteral("links"), {{QStringLiteral("train.py"), "print('ok')\n"}});
        QVERIFY(QFile::link(m_outside + QStringLiteral("/root-only.txt"), src + QStringLiteral("/data.txt")));
        const int runsBefore =
            int(QDir(m_ws + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        refused(submit(QStringLiteral("links"), src,
                       {QStringLiteral("--entry-script"), QStringLiteral("train.py")}),
                {QStringLiteral("data.txt")});
        const QString plain =
            source(QStringLiteral("plain"), {{QStringLiteral("train.py"), "print('ok')\n"}});
        refused(submit(QStringLiteral("links"), plain,
                       {QStringLiteral("--entry-script"), QStringLiteral("/etc/passwd")}),
                {QStringLiteral("/etc/passwd")});
        refused(submit(QStringLiteral("links"), plain,
                       {QStringLiteral("--entry-script"), QStringLiteral("../src-links/train.py")}),
                {QStringLiteral("train.py")});
        damagedUnless(
            QDir(m_ws + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() ==
                runsBefore,
            "a refused submit left a run folder (and maybe a copy of the linked file)");
    }

    // 2: a workspace inside the source folder is not copied into its own runs.
    void aWorkspaceInsideTheSourceIsNotSnapshotted() {
        const QString outer = m_dir.filePath(QStringLiteral("project"));
        QDir().mkpath(outer);
        QFile script(outer + QStringLiteral("/train.py"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("print('ok')\n");
        script.close();
        const QString ws = m_dir.filePath(QStringLiteral("project/.trainyard"));
        QVERIFY(
            yard({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("--path"), ws}, ws)
                .exit == 0);
        m_workspaces << ws;
        auto json = trainyard::readJsonObjectFile(ws + QStringLiteral("/workspace.json")).value();
        json.insert(QStringLiteral("local"), QJsonObject{{QStringLiteral("node_prepare_ms"), 100}});
        trainyard::writeJsonFileAtomically(ws + QStringLiteral("/workspace.json"), json);
        yard({QStringLiteral("compute"), QStringLiteral("create"), QStringLiteral("--name"),
              QStringLiteral("cpu"), QStringLiteral("--vm-size"), QStringLiteral("local"),
              QStringLiteral("--max-nodes"), QStringLiteral("1")},
             ws);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject run =
                runToEnd(submit(QStringLiteral("nested"), outer,
                                {QStringLiteral("--entry-script"), QStringLiteral("train.py")}),
                         ws);
            QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
            const QString snapshot = ws + QStringLiteral("/runs/") +
                                     run.value(QStringLiteral("id")).toString() + QStringLiteral("/snapshot");
            QVERIFY(QFileInfo(snapshot + QStringLiteral("/train.py")).isFile());
            damagedUnless(!QFileInfo::exists(snapshot + QStringLiteral("/.trainyard")),
                          "the workspace (its database and earlier runs) was copied into a snapshot");
        }
    }

    // 7: secrets are not written; plain values that look like secrets are warned about; the
    // workspace is its owner's alone.
    void secretsAndPermissions() {
        const QString src = source(QStringLiteral("env"), {{QStringLiteral("a.txt"), "a"}});
        const Out warned = accepted(submit(QStringLiteral("env"), src,
                                           {QStringLiteral("--command"), QStringLiteral("true"),
                                            QStringLiteral("--env"), QStringLiteral("API_KEY=abc123")}));
        QCOMPARE(warned.exit, 0);
        QVERIFY2(warned.err.contains("--secret-env"), warned.err.constData());
        yard({QStringLiteral("run"), QStringLiteral("wait"), QString::fromUtf8(warned.out).trimmed()});

        QCOMPARE(QFile::permissions(m_ws) & groupOrOther(), QFile::Permissions());
        QCOMPARE(QFile::permissions(m_ws + QStringLiteral("/trainyard.db")) & groupOrOther(),
                 QFile::Permissions());
        QDirIterator specs(m_ws + QStringLiteral("/runs"), {QStringLiteral("spec.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(specs.hasNext());
        while (specs.hasNext())
            QCOMPARE(QFile::permissions(specs.next()) & groupOrOther(), QFile::Permissions());

        // --secret-env: the value comes from the keychain when the run starts and is in no file.
        const QByteArray value = "s3cr3t-" + QByteArray::number(QCoreApplication::applicationPid());
        const Out stored =
            accepted({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("hostile-token")},
                     QString(), value + '\n');
        if (stored.exit != 0) {
            QVERIFY2(stored.err.contains("keychain"), stored.err.constData()); // says why
        } else {
            // The script proves it got the value by its digest: the value itself is in no argument.
            const QJsonObject run = runToEnd(
                submit(QStringLiteral("secret"), src,
                       {QStringLiteral("--command"), QStringLiteral("printf %s \"$TOKEN\" | sha256sum"),
                        QStringLiteral("--secret-env"), QStringLiteral("TOKEN=hostile-token")}));
            QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
            const QByteArray digest = QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
            QVERIFY2(
                log(m_ws, run.value(QStringLiteral("id")).toString()).contains(QString::fromLatin1(digest)),
                "the run did not get the secret's value");
            QDirIterator all(m_ws, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (all.hasNext()) {
                QFile f(all.next());
                if (f.open(QIODevice::ReadOnly))
                    damagedUnless(!f.readAll().contains(value),
                                  "a secret value was written to the workspace");
            }
        }
        Out missing;
        const QJsonObject run = runToEnd(
            submit(QStringLiteral("secret"), src,
                   {QStringLiteral("--command"), QStringLiteral("true"), QStringLiteral("--secret-env"),
                    QStringLiteral("TOKEN=no-such-secret-%1").arg(QCoreApplication::applicationPid())}),
            QString(), &missing);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
        QVERIFY2(run.value(QStringLiteral("error")).toString().contains(QStringLiteral("TOKEN")),
                 qPrintable(run.value(QStringLiteral("error")).toString()));
    }

    // 6: the agent's socket is not a guessable name in /tmp, and only this user may connect.
    void theAgentSocketIsPrivate() {
        const trainyard::local::LocalLayout layout(m_ws);
        const QString path = trainyard::local::agentSocketPath(layout);
        QVERIFY(!path.isEmpty());
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY2(folder != QDir::tempPath(), qPrintable(path));
        QCOMPARE(QFile::permissions(folder) & groupOrOther(), QFile::Permissions());
        // The old predictable name, bound first by someone else, no longer holds runs up.
        const QString old =
            QDir::tempPath() + QStringLiteral("/trainyard-agent-") +
            QString::fromLatin1(QCryptographicHash::hash(layout.folder().toUtf8(), QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(16));
        QLocalServer squatter;
        QLocalServer::removeServer(old); // left over from an earlier run
        QVERIFY2(squatter.listen(old), qPrintable(squatter.errorString()));
        const QString src = source(QStringLiteral("noop"), {{QStringLiteral("noop.py"), "print('ok')\n"}});
        const QJsonObject run = runToEnd(submit(
            QStringLiteral("socket"), src, {QStringLiteral("--entry-script"), QStringLiteral("noop.py")}));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        // Both ends of a connection between two sockets of this user pass the peer check.
        QLocalServer server;
        QVERIFY2(server.listen(folder + QStringLiteral("/peer-test")), qPrintable(server.errorString()));
        QLocalSocket client;
        client.connectToServer(server.fullServerName());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QLocalSocket* accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QVERIFY(trainyard::local::peerIsThisUser(client.socketDescriptor()));
        QVERIFY(trainyard::local::peerIsThisUser(accepted->socketDescriptor()));
        QVERIFY(!trainyard::local::peerIsThisUser(-1));
    }

    // 10 and 11: a lost database or an unknown format is refused, not silently remade.
    void brokenWorkspacesAreRefused() {
        const QString ws = newWorkspace(QStringLiteral("ws-db"));
        QVERIFY(!ws.isEmpty());
        QDir().mkpath(ws + QStringLiteral("/runs/old_1700000000_00000000/snapshot"));
        const QString db = ws + QStringLiteral("/trainyard.db");
        for (const QString& extra : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + extra);
        refused({QStringLiteral("compute"), QStringLiteral("list")},
                {QStringLiteral("missing"), QStringLiteral("backup")}, ws);
        damagedUnless(!QFileInfo::exists(db), "a missing database was recreated beside existing runs");
        QFile empty(db);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        refused({QStringLiteral("run"), QStringLiteral("list")}, {QStringLiteral("empty")}, ws);
        damagedUnless(QFileInfo(db).size() == 0, "an empty database was rewritten");

        const QString fmt = newWorkspace(QStringLiteral("ws-format"));
        auto json = trainyard::readJsonObjectFile(fmt + QStringLiteral("/workspace.json")).value();
        const QJsonObject original = json;
        json.insert(QStringLiteral("format"), 99);
        trainyard::writeJsonFileAtomically(fmt + QStringLiteral("/workspace.json"), json);
        refused({QStringLiteral("compute"), QStringLiteral("list")}, {QStringLiteral("format")}, fmt);
        for (const auto& [key, value] :
             {std::pair{"tick_ms", QJsonValue(0)}, std::pair{"tick_ms", QJsonValue(-5)},
              std::pair{"tick_ms", QJsonValue(QStringLiteral("50"))},
              std::pair{"cancel_grace_seconds", QJsonValue(-1)}, std::pair{"python", QJsonValue(7)}}) {
            json = original;
            QJsonObject local = json.value(QStringLiteral("local")).toObject();
            local.insert(QLatin1String(key), value);
            json.insert(QStringLiteral("local"), local);
            trainyard::writeJsonFileAtomically(fmt + QStringLiteral("/workspace.json"), json);
            refused({QStringLiteral("compute"), QStringLiteral("list")}, {QLatin1String(key)}, fmt);
        }
    }

    // 4: a run that fills the disk ends Failed, and says so.
    void aFullDiskEndsTheRunWithTheReason() {
        const QString ws = newWorkspace(QStringLiteral("ws-disk"));
        QVERIFY(!ws.isEmpty());
        const QString runs = ws + QStringLiteral("/runs");
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=1m,mode=0700"), QStringLiteral("tmpfs"), runs});
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP(qPrintable(
                QStringLiteral("cannot mount a 1 MB tmpfs here (%1): the full-disk case needs root "
                               "and CAP_SYS_ADMIN")
                    .arg(QString::fromUtf8(mount.readAllStandardError()).trimmed())));
        const auto unmount = qScopeGuard([&] {
            QFile lock(ws + QStringLiteral("/agent.lock"));
            if (lock.open(QIODevice::ReadOnly))
                trainyard::platform::killTree(lock.readLine().trimmed().toLongLong());
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), runs});
        });
        const QString src =
            source(QStringLiteral("fill"),
                   {{QStringLiteral("fill.py"),
                     "import os\n"
                     "with open(os.path.join(os.environ['TRAINYARD_OUTPUTS_DIR'], 'big'), 'wb') as f:\n"
                     "    while True:\n"
                     "        f.write(b'x' * 65536)\n"
                     "        f.flush()\n"}});
        const QJsonObject run =
            runToEnd(submit(QStringLiteral("disk"), src,
                            {QStringLiteral("--entry-script"), QStringLiteral("fill.py")}),
                     ws);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
        QVERIFY2(
            run.value(QStringLiteral("error")).toString().contains(QStringLiteral("No space left on device")),
            qPrintable(run.value(QStringLiteral("error")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
