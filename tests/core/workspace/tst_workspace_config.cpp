#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;

class TestWorkspaceConfig : public QObject {
    Q_OBJECT

    static void write(const QString& path, const QByteArray& content) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private slots:
    void azureConfigWithoutEngineIsAzureMl() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("config.json")),
              R"({"subscription_id":"sub","resource_group":"rg","workspace_name":"ws"})");
        auto c = loadWorkspaceConfig(dir.path());
        QVERIFY(c.ok());
        QCOMPARE(c->engine, QStringLiteral("azureml"));
        QCOMPARE(c->name, QStringLiteral("ws"));
        QCOMPARE(c->subscriptionId, QStringLiteral("sub"));
    }

    void foundInDotAzuremlAndParents() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral(".azureml/config.json")), R"({"workspace_name":"ws"})");
        QDir().mkpath(dir.filePath(QStringLiteral("a/b")));
        QVERIFY(loadWorkspaceConfig(dir.filePath(QStringLiteral("a/b")), true).ok());
        QVERIFY(!loadWorkspaceConfig(dir.filePath(QStringLiteral("a/b")), false).ok());
    }

    void foundLikeFromConfigWhenNoneIsNamed() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("project/src/deep")));
        // Another tool's config.json is not a workspace; .azureml/config.json above it is.
        write(dir.filePath(QStringLiteral("project/src/config.json")), R"({"eslint": true})");
        write(dir.filePath(QStringLiteral("project/.azureml/config.json")), R"({"workspace_name":"ws"})");
        QCOMPARE(findWorkspaceConfig(dir.filePath(QStringLiteral("project/src/deep"))),
                 QDir(dir.filePath(QStringLiteral("project/.azureml/config.json"))).absolutePath());
        write(dir.filePath(QStringLiteral("project/src/workspace.json")), R"({"name":"local"})");
        QVERIFY(findWorkspaceConfig(dir.filePath(QStringLiteral("project/src/deep")))
                    .endsWith(QStringLiteral("src/workspace.json")));
        QVERIFY(findWorkspaceConfig(QStringLiteral("/")).isEmpty() ||
                QFileInfo::exists(QStringLiteral("/workspace.json")) ||
                QFileInfo::exists(QStringLiteral("/config.json")) ||
                QFileInfo::exists(QStringLiteral("/.azureml/config.json")));
    }

    void corruptJsonNamesLineAndColumn() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("config.json")),
              "{\n  \"engine\": \"local\"\n  \"path\": \"x\"\n}\n");
        auto c = loadWorkspaceConfig(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("config.json:3:")), qPrintable(c.error().message));
    }

    void unknownEngineIsRefused() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("config.json")), R"({"engine":"kubernetes"})");
        auto c = loadWorkspaceConfig(dir.path());
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("local, slurm or azureml")));
    }

    void localConfigPointsAtFolder() {
        QTemporaryDir dir;
        QVERIFY(Workspace::createLocal(dir.filePath(QStringLiteral("ws")), QStringLiteral("mine")).ok());
        write(dir.filePath(QStringLiteral("config.json")), R"({"engine":"local","path":"ws"})");
        auto c = loadWorkspaceConfig(dir.filePath(QStringLiteral("config.json")));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->folder, QDir(dir.filePath(QStringLiteral("ws"))).absolutePath());
        QCOMPARE(c->name, QStringLiteral("mine"));
    }

    void createTwiceIsRefusedAndKeepsTheFirst() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(Workspace::createLocal(ws, QStringLiteral("first")).ok());
        QVERIFY(!Workspace::createLocal(ws, QStringLiteral("second")).ok());
        QCOMPARE(loadWorkspaceConfig(ws)->name, QStringLiteral("first"));
    }

    void corruptWorkspaceJsonIsAnErrorNotACrash() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(Workspace::createLocal(ws, QStringLiteral("w")).ok());
        write(ws + QStringLiteral("/workspace.json"), "{\"name\": ");
        auto opened = Workspace::open(ws);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("workspace.json:1:")));
        QVERIFY(QFile::exists(ws + QStringLiteral("/trainyard.db"))); // nothing else was touched
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConfig)
#include "tst_workspace_config.moc"
