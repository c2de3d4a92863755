#include "core/engine/RunSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunSnapshot)
};

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}
} // namespace

const QStringList& RunSnapshot::skippedFolders() {
    // Version control, Python caches and environments, notebook autosaves: never needed by a run,
    // often large, and a .git may hold what its owner did not mean to send to a cluster.
    static const QStringList skip{
        QStringLiteral(".git"),  QStringLiteral("__pycache__"), QStringLiteral(".ipynb_checkpoints"),
        QStringLiteral(".venv"), QStringLiteral(".mypy_cache"), QStringLiteral(".pytest_cache")};
    return skip;
}

Result<QString> RunSnapshot::checkSource(const RunConfig& config) {
    const QFileInfo source(config.sourceDirectory);
    if (config.sourceDirectory.isEmpty() || !source.isDir())
        return Error::invalid(Tr::tr("Source directory '%1' does not exist.").arg(config.sourceDirectory),
                              QStringLiteral("source_directory"));
    const QString absolute = source.absoluteFilePath();
    if (!config.entryScript.isEmpty() && !QFileInfo(QDir(absolute).filePath(config.entryScript)).isFile())
        return Error::invalid(
            Tr::tr("Entry script '%1' is not in the source directory %2.").arg(config.entryScript, absolute),
            QStringLiteral("entry_script"));
    return absolute;
}

QString RunSnapshot::newRunId(const QString& experiment) {
    // Azure ML job names: ^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$ (README "ARM operations").
    static const QRegularExpression refused(QStringLiteral("[^a-zA-Z0-9_-]"));
    QString base = experiment;
    base.replace(refused, QStringLiteral("_"));
    if (base.isEmpty() || !base.at(0).isLetterOrNumber())
        base.prepend(u'r');
    return QStringLiteral("%1_%2_%3")
        .arg(base.left(200))
        .arg(QDateTime::currentSecsSinceEpoch())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

Result<QList<TreeEntry>> RunSnapshot::files(const QString& sourceDir, qint64 maxBytes) {
    if (!QFileInfo(sourceDir).isDir())
        return Error::notFound(Tr::tr("%1 is not a folder: give the folder to upload.").arg(sourceDir));
    QList<TreeEntry> entries = listTree(sourceDir, skippedFolders());
    qint64 total = 0;
    for (const TreeEntry& e : entries)
        total += e.size;
    if (total > maxBytes)
        return Error::invalid(
            Tr::tr("The source directory %1 holds %2 MB (leaving out %3); a run's snapshot may hold at "
                   "most %4 MB. Put data sets on a datastore (yard datastore upload) and read them "
                   "from there.")
                .arg(sourceDir, megabytes(total), skippedFolders().join(QStringLiteral(", ")),
                     megabytes(maxBytes)),
            QStringLiteral("source_directory"));
    return entries;
}

Status RunSnapshot::copy(const QString& sourceDir, const QString& destination, qint64 maxBytes) {
    if (auto listed = files(sourceDir, maxBytes); !listed)
        return listed.error();
    return copyTree(sourceDir, destination, true, nullptr, nullptr, skippedFolders());
}

} // namespace trainyard
