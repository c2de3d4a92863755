#include "core/secrets/SecretStore.h"

#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace trainyard;

// Runs against the real keychain: .ci/test.sh starts ctest inside a D-Bus session with an
// unlocked gnome-keyring. Without one, the store must fall back to memory and say so.
class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void writeReadRemove() {
        SecretStore& store = SecretStore::instance();
        const QString key = QStringLiteral("test/%1/token").arg(QCoreApplication::applicationPid());
        QVERIFY(await(store.write(key, "s3cr3t")).ok());
        auto read = await(store.read(key));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), QByteArray("s3cr3t"));
        QVERIFY(await(store.remove(key)).ok());
        auto gone = await(store.read(key));
        QVERIFY(!gone.ok());
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QVERIFY2(store.keychainAvailable(), qPrintable(store.lastKeychainError()));
            QVERIFY(gone.error().kind == ErrorKind::NotFound);
        } else {
            QVERIFY(!store.keychainAvailable()); // kept in memory, and it says why
            QVERIFY(!store.lastKeychainError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
