// Environments: references and names, the file store (versions, conflicts, missing files) and
// the cached build (venv + pip from a local wheel, no network): built once, reused, a failure
// leaves nothing half-built behind, two builders at once build once.
#include "core/engine/EnvironmentBuild.h"
#include "core/engine/EnvironmentStore.h"

#include "../../support/LocalWheel.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace trainyard;

class TestEnvironmentStore : public QObject {
    Q_OBJECT

private slots:
    void references_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::newRow("name") << "torch-env" << true << "torch-env"
                              << "";
        QTest::newRow("name:version") << "torch-env:3" << true << "torch-env"
                                      << "3";
        QTest::newRow("azureml:") << "azureml:AzureML-sklearn:1.0" << true << "AzureML-sklearn"
                                  << "1.0";
        QTest::newRow("empty") << "" << false << ""
                               << "";
        QTest::newRow("bad version") << "env:1/2" << false << ""
                                     << "";
        QTest::newRow("empty version") << "env:" << false << ""
                                       << "";
        QTest::newRow("three parts") << "a:b:c" << false << ""
                                     << "";
        QTest::newRow("leading dot") << ".env" << false << ""
                                     << "";
    }
    void references() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto ref = parseEnvironmentReference(text);
        QCOMPARE(bool(ref), valid);
        if (valid) {
            QFETCH(QString, name);
            QFETCH(QString, version);
            QCOMPARE(ref->name, name);
            QCOMPARE(ref->version, version);
        } else {
            QVERIFY(!ref.error().message.isEmpty());
        }
    }

    void storeKeepsVersions() {
        QTemporaryDir dir;
        const EnvironmentStore store(dir.filePath(QStringLiteral("environments")));
        EnvironmentSpec python;
        python.name = QStringLiteral("sys");
        python.source = EnvironmentSource::Python;
        python.location = QStringLiteral("/usr/bin/python3");
        auto v1 = store.create(python);
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().message));
        QCOMPARE(v1->version, QStringLiteral("1"));
        auto v2 = store.create(python);
        QVERIFY(v2);
        QCOMPARE(v2->version, QStringLiteral("2"));
        python.version = QStringLiteral("10");
        QVERIFY(store.create(python));
        QCOMPARE(store.get(QStringLiteral("sys"))->version, QStringLiteral("10")); // latest by number
        QCOMPARE(store.get(QStringLiteral("sys:2"))->location, QStringLiteral("/usr/bin/python3"));
        QCOMPARE(store.list().size(), 3);

        // A version never changes.
        auto again = store.create(python);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);

        auto unknown = store.get(QStringLiteral("nope"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        auto noVersion = store.get(QStringLiteral("sys:7"));
        QVERIFY(!noVersion);
        QVERIFY(noVersion.error().message.contains(QStringLiteral("1, 2, 10")));

        python.version = QStringLiteral("bad version");
        auto bad = store.create(python);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
    }

    void missingFileIsRefused() {
        QTemporaryDir dir;
        const EnvironmentStore store(dir.path());
        auto missing = store.create(
            test::pipEnvironment(QStringLiteral("pip"), dir.filePath(QStringLiteral("nope.txt"))));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::Invalid);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.txt")));
        QVERIFY(store.list().isEmpty()); // nothing written
    }

    void contentNotNameIsTheKey() {
        QTemporaryDir dir;
        const QString requirements =
            test::writeOfflineRequirements(dir.path(), QStringLiteral("pkg"), QStringLiteral("1.0"));
        EnvironmentSpec a = test::pipEnvironment(QStringLiteral("a"), requirements),
                        b = test::pipEnvironment(QStringLiteral("b"), requirements);
        QVERIFY(readEnvironmentFile(a));
        QVERIFY(readEnvironmentFile(b));
        QCOMPARE(environmentHash(a), environmentHash(b));
        b.content += QStringLiteral("other\n");
        QVERIFY(environmentHash(a) != environmentHash(b));
        // The content survives the store's JSON.
        QCOMPARE(environmentSpecFromJson(toJson(a)).content, a.content);
        QCOMPARE(environmentSpecFromJson(toJson(a)).sourceDir, dir.path());
    }

    void buildsOnceFromALocalWheelAndReuses() {
        QTemporaryDir dir;
        QVERIFY(!test::makeWheel(dir.filePath(QStringLiteral("wheels")), QStringLiteral("yardpkg"),
                                 QStringLiteral("1.0"), QStringLiteral("VALUE = 42\n"))
                     .isEmpty());
        EnvironmentSpec spec = test::pipEnvironment(
            QStringLiteral("offline"),
            test::writeOfflineRequirements(dir.path(), QStringLiteral("yardpkg"), QStringLiteral("1.0")));
        spec.version = QStringLiteral("1");
        QVERIFY(readEnvironmentFile(spec));
        const QString cache = dir.filePath(QStringLiteral("cache"));

        // Two builders at once: one builds, the other waits for its lock and reuses the result.
        QBuffer first, second;
        first.open(QIODevice::WriteOnly);
        second.open(QIODevice::WriteOnly);
        auto a = QtConcurrent::run(
            [&] { return buildEnvironment(spec, cache, QStringLiteral("python3"), first); });
        auto b = QtConcurrent::run(
            [&] { return buildEnvironment(spec, cache, QStringLiteral("python3"), second); });
        const Status sa = a.result(), sb = b.result();
        QVERIFY2(sa, qPrintable(QString::fromUtf8(first.data())));
        QVERIFY2(sb, qPrintable(QString::fromUtf8(second.data())));
        const QByteArray both = first.data() + second.data();
        QCOMPARE(both.count("building environment"), 1);
        QCOMPARE(both.count("reusing environment"), 1);

        const QString dirOfEnv = environmentCacheDir(cache, spec);
        QVERIFY(isEnvironmentReady(dirOfEnv));
        QProcess python;
        python.start(prefixPython(dirOfEnv),
                     {QStringLiteral("-c"), QStringLiteral("import yardpkg; print(yardpkg.VALUE)")});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("42"));

        QBuffer third;
        third.open(QIODevice::WriteOnly);
        QVERIFY(buildEnvironment(spec, cache, QStringLiteral("python3"), third));
        QVERIFY(third.data().contains("reusing environment"));
        QVERIFY(!third.data().contains("pip install"));
    }

    void failedBuildLeavesNothing() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("wheels")));
        EnvironmentSpec spec =
            test::pipEnvironment(QStringLiteral("broken"),
                                 test::writeOfflineRequirements(dir.path(), QStringLiteral("no-such-package"),
                                                                QStringLiteral("9.9")));
        QVERIFY(readEnvironmentFile(spec));
        const QString cache = dir.filePath(QStringLiteral("cache"));
        QFile log(dir.filePath(QStringLiteral("build.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        const Status built = buildEnvironment(spec, cache, QStringLiteral("python3"), log);
        log.close();
        QVERIFY(!built);
        QVERIFY(built.error().message.contains(QStringLiteral("pip")));
        QVERIFY(!QFileInfo::exists(environmentCacheDir(cache, spec)));
        const QString tail = lastLines(log.fileName(), 5);
        QVERIFY2(tail.contains(QStringLiteral("no-such-package")), qPrintable(tail));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "tst_environment_store.moc"
