#include "core/util/AtomicFile.h"
#include "core/util/FileTree.h"
#include "core/util/PathConfinement.h"
#include "core/util/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;

// The one check every datastore, source and output path goes through, with the shell quoting
// and the checked file writes that the hardening issue (17) relies on.
class TestPathConfinement : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root, m_outside;

    static void touch(const QString& path, const QByteArray& bytes = "x") {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase() {
        m_root = m_dir.filePath(QStringLiteral("store"));
        m_outside = m_dir.filePath(QStringLiteral("outside"));
        touch(m_root + QStringLiteral("/data/a.txt"));
        touch(m_root + QStringLiteral("/..hidden/b.txt"));
        touch(m_outside + QStringLiteral("/secret.txt"), "secret");
        QVERIFY(QFile::link(m_outside, m_root + QStringLiteral("/out")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/data"), m_root + QStringLiteral("/in")));
        QVERIFY(QFile::link(QStringLiteral("/nonexistent/target"), m_root + QStringLiteral("/dangling")));
    }

    void confined_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << "data/a.txt" << true;
        QTest::newRow("root") << "." << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("not yet there") << "data/new/deeper" << true;
        QTest::newRow("dot-dot name") << "..hidden" << true;
        QTest::newRow("dot-dot name inside") << "..hidden/b.txt" << true;
        QTest::newRow("link inside") << "in/a.txt" << true;
        QTest::newRow("parent") << ".." << false;
        QTest::newRow("parents") << "../../../../../tmp/x" << false;
        QTest::newRow("parent in the middle") << "data/../../x" << false;
        QTest::newRow("parent that returns") << "data/../data" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("home") << "~/x" << false;
        QTest::newRow("link out") << "out" << false;
        QTest::newRow("through link out") << "out/secret.txt" << false;
        QTest::newRow("not yet there behind link out") << "out/new/file" << false;
        QTest::newRow("dangling link") << "dangling" << false;
    }

    void confined() {
        QFETCH(QString, relative);
        QFETCH(bool, allowed);
        const auto path = confinedPath(m_root, relative, QStringLiteral("path"));
        QCOMPARE(path.ok(), allowed);
        if (!allowed) {
            QCOMPARE(path.error().field, QStringLiteral("path"));
            QVERIFY2(path.error().message.contains(relative), qPrintable(path.error().message));
        } else {
            QVERIFY(path.value().startsWith(m_root));
        }
    }

    void aRootReachedThroughALinkIsStillTheRoot() {
        const QString alias = m_dir.filePath(QStringLiteral("alias"));
        QVERIFY(QFile::link(m_root, alias));
        QVERIFY(confinedPath(alias, QStringLiteral("data/a.txt"), QStringLiteral("p")).ok());
        QVERIFY(!confinedPath(alias, QStringLiteral("out/secret.txt"), QStringLiteral("p")).ok());
    }

    void copyRefusesALinkThatLeavesTheTree() {
        const QString src = m_dir.filePath(QStringLiteral("src"));
        touch(src + QStringLiteral("/train.py"));
        QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.txt"), src + QStringLiteral("/leak.txt")));
        const QString to = m_dir.filePath(QStringLiteral("copy"));
        const Status s = copyTree(src, to, true, nullptr);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("leak.txt")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(to + QStringLiteral("/leak.txt")));
        // A link that stays inside is an ordinary file of the tree.
        QFile::remove(src + QStringLiteral("/leak.txt"));
        QVERIFY(QFile::link(src + QStringLiteral("/train.py"), src + QStringLiteral("/alias.py")));
        QVERIFY(copyTree(src, to, true, nullptr).ok());
        QVERIFY(QFileInfo(to + QStringLiteral("/alias.py")).isFile());
    }

    void copyDoesNotFollowALinkInTheDestination() {
        const QString src = m_dir.filePath(QStringLiteral("src2"));
        touch(src + QStringLiteral("/sub/file.txt"));
        const QString to = m_dir.filePath(QStringLiteral("dest2"));
        QDir().mkpath(to);
        QVERIFY(QFile::link(m_outside, to + QStringLiteral("/sub")));
        QVERIFY(!copyTree(src, to, true, nullptr).ok());
        QVERIFY(!QFile::exists(m_outside + QStringLiteral("/file.txt")));
    }

    void shellWords_data() {
        QTest::addColumn<QString>("word");
        QTest::newRow("substitution") << "$(touch pwned)";
        QTest::newRow("backticks") << "`touch pwned`";
        QTest::newRow("glob") << "*";
        QTest::newRow("separator") << "a; touch pwned";
        QTest::newRow("quote") << "it's";
        QTest::newRow("space") << "two words";
        QTest::newRow("empty") << "";
        QTest::newRow("plain") << "--epochs=3";
        QTest::newRow("newline") << "a\nb";
    }

    void shellWords() {
        QFETCH(QString, word);
        // The shell must hand the word back exactly, and run nothing.
        QProcess sh;
        sh.setWorkingDirectory(m_dir.path());
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shellQuote(word)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
        if (word == QLatin1String("--epochs=3"))
            QCOMPARE(shellQuote(word), word); // plain words stay readable in logs
    }

    void durableWritesAreOwnerOnlyAndSayWhyTheyFail() {
        const QString file = m_dir.filePath(QStringLiteral("spec.json"));
        QVERIFY(writeFileDurably(file, "{}").ok());
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const Status s = writeFileDurably(m_dir.filePath(QStringLiteral("missing/x.json")), "{}");
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("No such file or directory")),
                 qPrintable(s.error().message));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("spec.json.*")}).isEmpty()); // no leftovers
    }
};

QTEST_GUILESS_MAIN(TestPathConfinement)
#include "tst_path_confinement.moc"
