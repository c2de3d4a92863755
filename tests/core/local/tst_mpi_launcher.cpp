#include "core/local/MpiLauncher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::local;

// Which MPI launcher an mpi run starts through, and how a rank finds its spec under it.
class TestMpiLauncher : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A fake launcher named `name` whose --version prints `version`.
    QString fake(const QString& folder, const QString& name, const QByteArray& version) {
        QDir().mkpath(m_dir.path() + u'/' + folder);
        const QString path = m_dir.path() + u'/' + folder + u'/' + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("#!/bin/sh\necho '" + version + "'\n");
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
        return m_dir.path() + u'/' + folder;
    }

private slots:
    void missingLauncherSaysWhatToInstall() {
        auto found = findMpiLauncher(m_dir.path() + QStringLiteral("/empty"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(QLatin1String("neither mpirun nor mpiexec")) &&
                     found.error().message.contains(QLatin1String("openmpi-bin")),
                 qPrintable(found.error().message));
    }

    void flavourComesFromVersion() {
        auto mpich =
            findMpiLauncher(fake(QStringLiteral("mpich"), QStringLiteral("mpiexec"), "HYDRA build details:"));
        QVERIFY(mpich);
        QCOMPARE(int(mpich->flavor), int(MpiLauncher::Flavor::Mpich));
        QVERIFY(mpiLauncherArguments(mpich.value(), 4, true).contains(QStringLiteral("-launcher")));

        auto unknown =
            findMpiLauncher(fake(QStringLiteral("odd"), QStringLiteral("mpirun"), "something else 1.0"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("neither Open MPI")),
                 qPrintable(unknown.error().message));

        auto openMpi = findMpiLauncher(
            fake(QStringLiteral("ompi"), QStringLiteral("mpirun"), "mpirun (Open MPI) 4.1.4"));
        QVERIFY(openMpi);
        QCOMPARE(int(openMpi->flavor), int(MpiLauncher::Flavor::OpenMpi));
        const QStringList asRoot = mpiLauncherArguments(openMpi.value(), 4, true);
        QCOMPARE(asRoot.mid(0, 4), (QStringList{QStringLiteral("-np"), QStringLiteral("4"),
                                                QStringLiteral("--host"), QStringLiteral("localhost:4")}));
        QVERIFY(asRoot.contains(QStringLiteral("--allow-run-as-root")));
        QVERIFY(
            !mpiLauncherArguments(openMpi.value(), 4, false).contains(QStringLiteral("--allow-run-as-root")));
    }

    void rankComesFromTheLaunchersVariable() {
        QProcessEnvironment env;
        QVERIFY(!rankFromLauncherEnvironment(env));
        env.insert(QStringLiteral("SLURM_PROCID"), QStringLiteral("5"));
        QCOMPARE(rankFromLauncherEnvironment(env).value_or(-1), 5);
        env.insert(QStringLiteral("PMI_RANK"), QStringLiteral("3"));
        QCOMPARE(rankFromLauncherEnvironment(env).value_or(-1), 3);
        env.insert(QStringLiteral("OMPI_COMM_WORLD_RANK"), QStringLiteral("2"));
        QCOMPARE(rankFromLauncherEnvironment(env).value_or(-1), 2);
        env.insert(QStringLiteral("OMPI_COMM_WORLD_RANK"), QStringLiteral("x"));
        QCOMPARE(rankFromLauncherEnvironment(env).value_or(-1), 3); // not a number: the next one
    }
};

QTEST_MAIN(TestMpiLauncher)
#include "tst_mpi_launcher.moc"
