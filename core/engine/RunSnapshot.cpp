#include "core/engine/RunSnapshot.h"

#include "core/util/PathConfinement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunSnapshot)
};

// Files that make a folder a Trainyard workspace (local: workspace.json and trainyard.db).
const QStringList kWorkspaceMarkers{QStringLiteral("workspace.json"), QStringLiteral("trainyard.db")};

bool isWorkspaceFolder(const QString& folder) {
    return std::any_of(kWorkspaceMarkers.begin(), kWorkspaceMarkers.end(),
                       [&](const QString& marker) { return QFileInfo::exists(folder + u'/' + marker); });
}

QList<TreeEntry> withoutFolder(const QList<TreeEntry>& entries, const QString& folder) {
    QList<TreeEntry> kept;
    for (const TreeEntry& e : entries) {
        if (!e.relativePath.startsWith(folder + u'/'))
            kept << e;
    }
    return kept;
}

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
    if (isWorkspaceFolder(absolute))
        return Error::invalid(Tr::tr("Source directory %1 is a Trainyard workspace: give the folder of your "
                                     "scripts, so that the workspace's database and runs are not copied "
                                     "into the run.")
                                  .arg(absolute),
                              QStringLiteral("source_directory"));
    if (!config.entryScript.isEmpty()) {
        // Inside the folder by its text and by where its links lead: a script from elsewhere would
        // run without being part of the snapshot.
        auto script = confinedPath(absolute, config.entryScript, QStringLiteral("entry_script"));
        if (!script || !QFileInfo(script.value()).isFile())
            return Error::invalid(Tr::tr("Entry script '%1' is not a file in the source directory %2: give "
                                         "its path relative to that folder.")
                                      .arg(config.entryScript, absolute),
                                  QStringLiteral("entry_script"));
    }
    return absolute;
}

QString RunSnapshot::newRunId(const QString& experiment) {
    // Azure ML job names: ^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$ (docs/architecture.md "ARM operations").
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

Status RunSnapshot::checkRunId(const QString& runId) {
    // '.' is allowed inside: ids made before newRunId() replaced it still name runs.
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$"));
    if (form.match(runId).hasMatch() && !runId.contains(QLatin1String("..")))
        return {};
    return Error::notFound(
        Tr::tr("No run with id '%1': run ids are letters, digits, '_', '-' and '.'.").arg(runId));
}

Result<QList<TreeEntry>> RunSnapshot::files(const QString& sourceDir, qint64 maxBytes) {
    if (!QFileInfo(sourceDir).isDir())
        return Error::notFound(Tr::tr("%1 is not a folder: give the folder to upload.").arg(sourceDir));
    QList<TreeEntry> entries = listTree(sourceDir, skippedFolders());
    // A workspace kept inside the source folder (the layout "config.json in this folder or
    // above" invites) is never part of its runs: its database holds run settings, and its runs
    // would be copied into every new run.
    QStringList workspaces;
    for (const TreeEntry& e : std::as_const(entries)) {
        const QString name = e.relativePath.section(u'/', -1);
        if (e.relativePath.contains(u'/') && kWorkspaceMarkers.contains(name))
            workspaces << e.relativePath.section(u'/', 0, -2);
    }
    for (const QString& folder : std::as_const(workspaces))
        entries = withoutFolder(entries, folder);
    for (const TreeEntry& e : std::as_const(entries)) {
        const QString path = sourceDir + u'/' + e.relativePath;
        if (QFileInfo(path).isSymLink() && !staysInside(sourceDir, path))
            return Error::invalid(Tr::tr("%1 in the source directory is a symbolic link to %2, outside it: "
                                         "copy the file into the folder, or read it from a datastore.")
                                      .arg(e.relativePath, QFileInfo(path).symLinkTarget()),
                                  QStringLiteral("source_directory"));
    }
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
    auto listed = files(sourceDir, maxBytes);
    if (!listed)
        return listed.error();
    // A work dir inside the source folder (Slurm's, or a workspace without its markers yet)
    // holds the destination: the copy would copy itself.
    QList<TreeEntry> entries = listed.value();
    const QString from = resolvedPath(sourceDir), to = resolvedPath(destination);
    if (!from.isEmpty() && to.startsWith(from + u'/'))
        entries = withoutFolder(entries, to.mid(from.size() + 1).section(u'/', 0, 0));
    return copyEntries(sourceDir, entries, destination, true, nullptr);
}

} // namespace trainyard
