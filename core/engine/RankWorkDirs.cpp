#include "core/engine/RankWorkDirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trainyard {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RankWorkDirs)
};

const QString kOutputs = QStringLiteral("outputs");
const QString kLogs = QStringLiteral("logs");

// A relative link survives moving the workspace (or the Slurm work dir) elsewhere.
Status link(const QString& target, const QString& linkPath) {
    const QFileInfo existing(linkPath);
    if (existing.isSymLink() || existing.exists())
        return {};
    const QString relative = QDir(existing.absolutePath()).relativeFilePath(target);
    if (!QFile::link(relative, linkPath))
        return Error::io(Tr::tr("Cannot link %1 to %2.").arg(linkPath, target));
    return {};
}

// Moves what the snapshot brought in `folder` (outputs/ or logs/) into the run's, keeping what
// is already there, then replaces the folder by a link to the run's.
Status adoptFolder(const QString& snapshotFolder, const QString& runFolder) {
    const QFileInfo info(snapshotFolder);
    if (info.isSymLink())
        return {};
    if (info.exists() && !info.isDir())
        return Error::invalid(Tr::tr("The source folder has a file named '%1': it cannot become the "
                                     "run's %1 folder. Rename it, or write to $TRAINYARD_OUTPUTS_DIR.")
                                  .arg(info.fileName()),
                              info.fileName());
    if (!QDir().mkpath(runFolder))
        return Error::io(Tr::tr("Cannot create %1.").arg(runFolder));
    if (info.isDir()) {
        const QDir from(snapshotFolder);
        for (const QFileInfo& entry :
             from.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            const QString to = runFolder + u'/' + entry.fileName();
            if (!QFileInfo::exists(to))
                QDir().rename(entry.filePath(), to);
        }
        QDir(snapshotFolder).removeRecursively();
    }
    return link(runFolder, snapshotFolder);
}
} // namespace

Status prepareRankWorkDirs(const RunContext& ctx, const QList<RankSpec>& ranks) {
#ifdef Q_OS_WIN
    // No links for everyone: every rank works in the snapshot and writes to $TRAINYARD_OUTPUTS_DIR.
    Q_UNUSED(ctx)
    Q_UNUSED(ranks)
    return {};
#else
    if (auto s = adoptFolder(ctx.snapshotDir + u'/' + kOutputs, ctx.outputsDir); !s)
        return s;
    if (auto s = adoptFolder(ctx.snapshotDir + u'/' + kLogs, ctx.logsDir); !s)
        return s;
    const QFileInfoList snapshotEntries =
        QDir(ctx.snapshotDir)
            .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const RankSpec& rank : ranks) {
        if (QDir(rank.workingDirectory) == QDir(ctx.snapshotDir))
            continue;
        const QString cwd = rank.workingDirectory;
        const QString own = QStringLiteral("rank_%1").arg(rank.rank);
        for (const QString& dir : QStringList{cwd, ctx.outputsDir + u'/' + own, ctx.logsDir + u'/' + own})
            if (!QDir().mkpath(dir))
                return Error::io(Tr::tr("Cannot create %1.").arg(dir));
        for (const QFileInfo& entry : snapshotEntries) {
            if (entry.fileName() == kOutputs || entry.fileName() == kLogs)
                continue;
            if (auto s = link(entry.filePath(), cwd + u'/' + entry.fileName()); !s)
                return s;
        }
        if (auto s = link(ctx.outputsDir + u'/' + own, cwd + u'/' + kOutputs); !s)
            return s;
        if (auto s = link(ctx.logsDir + u'/' + own, cwd + u'/' + kLogs); !s)
            return s;
    }
    return {};
#endif
}

} // namespace trainyard
