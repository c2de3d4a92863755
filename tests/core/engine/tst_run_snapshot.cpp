// RunSnapshot: the skip list, the source checks, run ids and the size limit that every engine
// uses when it takes a run's snapshot.
#include "core/engine/RunSnapshot.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;

namespace {
void write(const QString& path, qint64 size) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(size, 'x'));
}

QStringList paths(const QList<TreeEntry>& entries) {
    QStringList out;
    for (const TreeEntry& e : entries)
        out << e.relativePath;
    return out;
}
} // namespace

class TestRunSnapshot : public QObject {
    Q_OBJECT
private slots:
    void skippedFoldersAreLeftOutAtAnyDepth() {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src"));
        write(src + QStringLiteral("/train.py"), 10);
        write(src + QStringLiteral("/.gitignore"), 1); // a file named like a folder is kept
        write(src + QStringLiteral("/.git/config"), 10);
        write(src + QStringLiteral("/.venv/bin/python"), 10);
        write(src + QStringLiteral("/lib/__pycache__/a.pyc"), 10);
        write(src + QStringLiteral("/lib/a.py"), 10);
        write(src + QStringLiteral("/nb/.ipynb_checkpoints/n.ipynb"), 10);
        auto files = RunSnapshot::files(src);
        QVERIFY(files.ok());
        QCOMPARE(paths(files.value()), QStringList({QStringLiteral(".gitignore"), QStringLiteral("lib/a.py"),
                                                    QStringLiteral("train.py")}));

        const QString dest = dir.filePath(QStringLiteral("snapshot"));
        QVERIFY(RunSnapshot::copy(src, dest).ok());
        QCOMPARE(paths(listTree(dest)), paths(files.value()));
    }

    void tooLargeIsRefusedAndNothingIsCopied() {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src"));
        write(src + QStringLiteral("/data.bin"), 2 * 1024 * 1024);
        write(src + QStringLiteral("/.git/big.pack"), 8 * 1024 * 1024); // skipped: does not count
        auto files = RunSnapshot::files(src, 1024 * 1024);
        QVERIFY(!files.ok());
        QCOMPARE(files.error().field, QStringLiteral("source_directory"));
        QVERIFY2(files.error().message.contains(QLatin1String("2.0 MB")), qPrintable(files.error().message));
        QVERIFY2(files.error().message.contains(QLatin1String("at most 1.0 MB")),
                 qPrintable(files.error().message));
        QVERIFY(files.error().message.contains(QLatin1String("datastore")));
        QVERIFY(RunSnapshot::files(src, 3 * 1024 * 1024).ok());

        const QString dest = dir.filePath(QStringLiteral("snapshot"));
        QVERIFY(!RunSnapshot::copy(src, dest, 1024 * 1024).ok());
        QVERIFY(!QFileInfo::exists(dest));
    }

    void sourceChecksNameTheField() {
        QTemporaryDir dir;
        RunConfig config;
        config.sourceDirectory = dir.filePath(QStringLiteral("missing"));
        auto missing = RunSnapshot::checkSource(config);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("source_directory"));

        config.sourceDirectory = dir.path();
        config.entryScript = QStringLiteral("train.py");
        auto noScript = RunSnapshot::checkSource(config);
        QVERIFY(!noScript.ok());
        QCOMPARE(noScript.error().field, QStringLiteral("entry_script"));

        write(dir.filePath(QStringLiteral("train.py")), 1);
        auto ok = RunSnapshot::checkSource(config);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), QFileInfo(dir.path()).absoluteFilePath());
    }

    void runIdsAreValidAzureJobNames() {
        static const QRegularExpression form(QStringLiteral("^exp_[0-9]{10}_[0-9a-f]{8}$"));
        const QString id = RunSnapshot::newRunId(QStringLiteral("exp"));
        QVERIFY2(form.match(id).hasMatch(), qPrintable(id));
        QVERIFY(RunSnapshot::newRunId(QStringLiteral("exp")) != id);
        QVERIFY(RunSnapshot::newRunId(QStringLiteral("mnist.v2")).startsWith(QLatin1String("mnist_v2_")));
    }

    // Issue 17, item 2: a workspace inside the source folder is never copied into its own runs.
    void aWorkspaceInsideTheSourceIsLeftOut() {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("project"));
        write(src + QStringLiteral("/train.py"), 10);
        write(src + QStringLiteral("/.trainyard/workspace.json"), 10);
        write(src + QStringLiteral("/.trainyard/trainyard.db"), 10);
        write(src + QStringLiteral("/.trainyard/runs/old/snapshot/train.py"), 10);
        write(src + QStringLiteral("/work/runs/x/log.txt"), 10); // a Slurm work dir: no markers
        auto files = RunSnapshot::files(src);
        QVERIFY(files.ok());
        QVERIFY(!paths(files.value()).join(u' ').contains(QLatin1String(".trainyard")));
        const QString dest = src + QStringLiteral("/work/runs/new/snapshot");
        QVERIFY(RunSnapshot::copy(src, dest).ok());
        QCOMPARE(paths(listTree(dest)), QStringList{QStringLiteral("train.py")});
        // The workspace folder itself is no source folder.
        RunConfig config;
        config.sourceDirectory = src + QStringLiteral("/.trainyard");
        config.command = QStringLiteral("true");
        QCOMPARE(RunSnapshot::checkSource(config).error().field, QStringLiteral("source_directory"));
    }

    // Item 8: links that lead out of the source folder and entry scripts outside it are refused.
    void linksAndScriptsOutsideTheSourceAreRefused() {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src"));
        write(src + QStringLiteral("/train.py"), 10);
        write(dir.filePath(QStringLiteral("secret.txt")), 10);
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.txt")), src + QStringLiteral("/data.txt")));
        auto files = RunSnapshot::files(src);
        QVERIFY(!files.ok());
        QVERIFY2(files.error().message.contains(QLatin1String("data.txt")),
                 qPrintable(files.error().message));
        const QString dest = dir.filePath(QStringLiteral("dest"));
        QVERIFY(!RunSnapshot::copy(src, dest).ok());
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/data.txt")));

        QFile::remove(src + QStringLiteral("/data.txt"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.txt")), src + QStringLiteral("/run.py")));
        for (const QString& script :
             {QStringLiteral("/etc/passwd"), QStringLiteral("../secret.txt"), QStringLiteral("run.py")}) {
            RunConfig config;
            config.sourceDirectory = src;
            config.entryScript = script;
            auto checked = RunSnapshot::checkSource(config);
            QVERIFY2(!checked.ok(), qPrintable(script));
            QCOMPARE(checked.error().field, QStringLiteral("entry_script"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunSnapshot)
#include "tst_run_snapshot.moc"
