// Datastore upload and download of the Azure ML engine against Azurite, Microsoft's storage
// emulator, started by this test on loopback (support/AzuriteProcess): Shared Key auth, small
// files in one Put Blob, large ones in blocks, a 100 MB folder, overwrite off, cancel midway, and
// a run's code snapshot (without .git and the other folders RunSnapshot leaves out).
#include "core/azureml/AzureCloud.h"
#include "core/azureml/AzureMlEngine.h"
#include "core/azureml/BlobTransfer.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Await.h"
#include "support/ArmReplayServer.h"
#include "support/AzureTestEngine.h"
#include "support/AzuriteProcess.h"
#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <QtTest>

using namespace trainyard;
using namespace trainyard::azureml;
using trainyard::test::AzuriteProcess;

namespace {

void writeRandomFile(const QString& path, qint64 size, quint32 seed) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        const qint64 n = qMin<qint64>(left, chunk.size());
        f.write(chunk.constData(), n);
        left -= n;
    }
}

QMap<QString, QByteArray> hashes(const QString& dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        out.insert(QDir(dir).relativeFilePath(path), h.result().toHex());
    }
    return out;
}

struct Outcome {
    Status status;
    QList<TransferProgress> progress;
};

Outcome run(Transfer* t, std::function<void(const TransferProgress&)> onProgress = {}) {
    Outcome out;
    bool done = false;
    QObject scope; // ends the connections below with this function
    QObject::connect(t, &Transfer::progress, &scope, [&](const TransferProgress& p) {
        out.progress << p;
        if (onProgress)
            onProgress(p);
    });
    QObject::connect(t, &Transfer::finished, &scope, [&](const Status& s) {
        out.status = s;
        done = true;
    });
    // awaitSignal, not qWaitFor: qWaitFor sleeps 10 ms between event rounds, and Qt's HTTP
    // thread asks the main thread for every 16 KB of an upload body.
    if (!done && !awaitSignal(t, &Transfer::finished, 240000))
        qFatal("transfer did not finish");
    return out;
}

} // namespace

class TestAzureMlBlob : public QObject {
    Q_OBJECT
private:
    AzuriteProcess m_azurite;
    std::unique_ptr<AzureMlEngine> m_engine;
    QTemporaryDir m_work;

    // The config.json keys that point an engine's datastore at Azurite's `container`.
    QJsonObject azuriteConfig(const QString& container) const {
        return {{QStringLiteral("blob_endpoint"), m_azurite.accountUrl().toString()},
                {QStringLiteral("storage_account"), QLatin1String(AzuriteProcess::kAccount)},
                {QStringLiteral("container"), container},
                {QStringLiteral("account"), QStringLiteral("blob-test")}};
    }

    std::unique_ptr<AzureMlEngine> engine(const QString& container) {
        return test::azureEngine(azuriteConfig(container));
    }

private slots:
    void initTestCase() {
        SecretStore::instance().setTimeoutMs(1500);
        const QString why = m_azurite.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_engine = engine(QStringLiteral("azureml-blobstore"));
        // The account key goes to the keychain (memory when there is none), never to a file.
        auto written = SecretStore::instance().write(
            SecretKeys::azureStorageKey(m_engine->cloud().secretScope(), QStringLiteral("devstoreaccount1")),
            AzuriteProcess::kKeyBase64);
        QVERIFY(awaitFor(written, 30000));
    }

    void uploadAndDownloadAHundredMegabyteFolder() {
        const QString source = m_work.filePath(QStringLiteral("big"));
        writeRandomFile(source + QStringLiteral("/data/part-0.bin"), 60 * 1024 * 1024 + 123, 1);
        writeRandomFile(source + QStringLiteral("/data/part-1.bin"), 40 * 1024 * 1024, 2);
        writeRandomFile(source + QStringLiteral("/train.py"), 1000, 3);
        writeRandomFile(source + QStringLiteral("/empty.txt"), 0, 4);
        writeRandomFile(source + QStringLiteral("/with space/ü.txt"), 10, 5);
        QElapsedTimer clock;
        clock.start();
        auto up = run(m_engine->upload(source, QStringLiteral("datasets/big"), false, this));
        const qint64 upMs = clock.elapsed();
        QVERIFY2(up.status.ok(), qPrintable(up.status.ok() ? QString() : up.status.error().message));
        QVERIFY(up.progress.size() > 10); // per block, not only per file
        QCOMPARE(up.progress.last().filesDone, 5);
        QCOMPARE(up.progress.last().bytesDone, up.progress.last().bytesTotal);
        QCOMPARE(up.progress.last().bytesTotal, qint64(100 * 1024 * 1024 + 123 + 1000 + 10));
        const QString back = m_work.filePath(QStringLiteral("back"));
        clock.restart();
        auto down = run(m_engine->download(QStringLiteral("datasets/big"), back, this));
        QVERIFY2(down.status.ok(), qPrintable(down.status.ok() ? QString() : down.status.error().message));
        qInfo("100 MB folder: upload %lld ms, download %lld ms (Azurite on loopback)", upMs, clock.elapsed());
        QCOMPARE(hashes(back), hashes(source));
    }

    void overwriteOffKeepsWhatIsThere() {
        const QString source = m_work.filePath(QStringLiteral("small"));
        writeRandomFile(source + QStringLiteral("/a.txt"), 100, 10);
        writeRandomFile(source + QStringLiteral("/b/c.txt"), 200, 11);
        QVERIFY(run(m_engine->upload(source, QStringLiteral("o"), false, this)).status.ok());
        const auto original = hashes(source);
        writeRandomFile(source + QStringLiteral("/a.txt"), 100, 99); // changed locally
        auto* again = m_engine->upload(source, QStringLiteral("o"), false, this);
        QVERIFY(run(again).status.ok());
        QCOMPARE(static_cast<BlobTransfer*>(again)->skippedFiles(), 2);
        const QString back = m_work.filePath(QStringLiteral("small-back"));
        QVERIFY(run(m_engine->download(QStringLiteral("o"), back, this)).status.ok());
        QCOMPARE(hashes(back), original); // untouched
        auto* forced = m_engine->upload(source, QStringLiteral("o"), true, this);
        QVERIFY(run(forced).status.ok());
        QCOMPARE(static_cast<BlobTransfer*>(forced)->skippedFiles(), 0);
        const QString back2 = m_work.filePath(QStringLiteral("small-back2"));
        QVERIFY(run(m_engine->download(QStringLiteral("o"), back2, this)).status.ok());
        QCOMPARE(hashes(back2), hashes(source));
    }

    void cancelMidwayLeavesNoPartialBlob() {
        const QString source = m_work.filePath(QStringLiteral("cancel"));
        writeRandomFile(source + QStringLiteral("/large.bin"), 48 * 1024 * 1024, 20);
        auto* t = m_engine->upload(source, QStringLiteral("c"), false, this);
        auto out = run(t, [t](const TransferProgress& p) {
            if (p.bytesDone > 0)
                t->cancel();
        });
        QVERIFY(!out.status.ok());
        QCOMPARE(out.status.error().kind, ErrorKind::Canceled);
        QVERIFY(out.progress.last().bytesDone < out.progress.last().bytesTotal);
        // Blocks not committed are invisible: nothing appears under the name.
        auto listed = run(
            m_engine->download(QStringLiteral("c"), m_work.filePath(QStringLiteral("cancel-back")), this));
        QVERIFY(!listed.status.ok());
        QCOMPARE(listed.status.error().kind, ErrorKind::NotFound);
        // Cancel of a download: no half file under its name.
        QVERIFY(run(m_engine->upload(source, QStringLiteral("c"), false, this)).status.ok());
        const QString dest = m_work.filePath(QStringLiteral("cancel-down"));
        auto* d = m_engine->download(QStringLiteral("c"), dest, this);
        auto dout = run(d, [d](const TransferProgress& p) {
            if (p.bytesDone > 0)
                d->cancel();
        });
        QCOMPARE(dout.status.error().kind, ErrorKind::Canceled);
        QVERIFY(!QFile::exists(dest + QStringLiteral("/large.bin")));
        QVERIFY(!QFile::exists(dest + QStringLiteral("/large.bin.part")));
    }

    void wrongKeyIsRefusedWithoutShowingIt() {
        auto other = engine(QStringLiteral("azureml-blobstore"));
        WorkspaceConfig config;
        BlobTarget target;
        target.containerUrl = QUrl(m_azurite.accountUrl().toString() + QStringLiteral("/azureml-blobstore"));
        target.account = QLatin1String(AzuriteProcess::kAccount);
        target.accountKey = QByteArray("wrong-key-0123456789");
        auto* t = new BlobTransfer(other->http(), this);
        t->startUpload(target, m_work.filePath(QStringLiteral("small")), QStringLiteral("x"), true);
        auto out = run(t);
        QVERIFY(!out.status.ok());
        QVERIFY2(out.status.error().message.contains(QLatin1String("AuthorizationFailure")) ||
                     out.status.error().message.contains(QLatin1String("AuthenticationFailed")) ||
                     out.status.error().message.contains(QLatin1String("403")),
                 qPrintable(out.status.error().message));
        QVERIFY(!out.status.error().message.contains(QLatin1String("wrong-key")));
    }

    void submitUploadsTheSourceAsACodeSnapshot() {
        TRAINYARD_REQUIRE_FIXTURES("azureml");
        // The source folder goes to the datastore (Azurite), then PUT codes/{id}/versions/1
        // names it. No published example or recording answers that PUT for our name, so the
        // replay server's 404 ends the submit: what is checked is what was uploaded and sent.
        trainyard::test::ArmReplayServer arm;
        QVERIFY(
            arm.start(qEnvironmentVariable("TRAINYARD_FIXTURES") + QStringLiteral("/azureml/2025-12-01")));
        QJsonObject raw = azuriteConfig(QStringLiteral("azureml-blobstore"));
        raw.insert(QStringLiteral("arm_endpoint"), arm.baseUrl().toString());
        qputenv("TRAINYARD_AZURE_ACCESS_TOKEN", "blob-test-token");
        const auto engine =
            test::azureEngine(raw, {QStringLiteral("00000000-1111-2222-3333-444444444444"),
                                    QStringLiteral("test-rg"), QStringLiteral("my-aml-workspace")});
        const QString source = m_work.filePath(QStringLiteral("project"));
        writeRandomFile(source + QStringLiteral("/train.py"), 300, 30);
        writeRandomFile(source + QStringLiteral("/lib/util.py"), 200, 31);
        const auto sent = hashes(source);
        // What RunSnapshot leaves out never goes up (before, every run uploaded .git).
        writeRandomFile(source + QStringLiteral("/.git/objects/pack/pack-1.pack"), 5000, 32);
        writeRandomFile(source + QStringLiteral("/.git/config"), 100, 33);
        writeRandomFile(source + QStringLiteral("/lib/__pycache__/util.cpython-312.pyc"), 100, 34);
        writeRandomFile(source + QStringLiteral("/.venv/bin/python"), 100, 35);
        RunConfig job;
        job.experiment = QStringLiteral("exp");
        job.sourceDirectory = source;
        job.entryScript = QStringLiteral("train.py");
        job.compute = QStringLiteral("gpu");
        auto submitted = engine->submitRun(job);
        QVERIFY(awaitFor(submitted, 60000));
        QVERIFY(!submitted.result().ok());
        QVERIFY2(submitted.result().error().message.contains(QLatin1String("Register the code snapshot")),
                 qPrintable(submitted.result().error().message));
        const auto& put = arm.requests().last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QVERIFY(put.url.path().contains(QLatin1String("/workspaces/my-aml-workspace/codes/")));
        QVERIFY(put.url.path().endsWith(QLatin1String("/versions/1")));
        const QJsonObject body =
            QJsonDocument::fromJson(put.body).object().value(QLatin1String("properties")).toObject();
        const QString codeUri = body.value(QLatin1String("codeUri")).toString();
        QVERIFY2(codeUri.startsWith(m_azurite.accountUrl().toString() +
                                    QStringLiteral("/azureml-blobstore/LocalUpload/")),
                 qPrintable(codeUri));
        const QString prefix = codeUri.section(QStringLiteral("/azureml-blobstore/"), 1);
        const QString back = m_work.filePath(QStringLiteral("project-back"));
        QVERIFY(run(m_engine->download(prefix, back, this)).status.ok());
        QCOMPARE(hashes(back), sent);
        QVERIFY(!QFileInfo::exists(back + QStringLiteral("/.git")));
        qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN");
    }

    void missingFolderSaysSo() {
        auto out =
            run(m_engine->upload(m_work.filePath(QStringLiteral("nope")), QStringLiteral("x"), false, this));
        QVERIFY(!out.status.ok());
        QCOMPARE(out.status.error().kind, ErrorKind::NotFound);
        QVERIFY(out.status.error().message.contains(QLatin1String("not a folder")));
    }
};

QTEST_GUILESS_MAIN(TestAzureMlBlob)
#include "tst_azureml_blob.moc"
