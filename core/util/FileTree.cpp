#include "core/util/FileTree.h"

#include "core/util/PathConfinement.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileTree)
};
} // namespace

QList<TreeEntry> listTree(const QString& root, const QStringList& skip) {
    QList<TreeEntry> entries;
    const QFileInfo rootInfo(root);
    if (rootInfo.isFile()) {
        entries.append({rootInfo.fileName(), rootInfo.size(), rootInfo.lastModified()});
        return entries;
    }
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = base.relativeFilePath(it.filePath());
        const QStringList parts = relative.split(u'/');
        if (std::any_of(parts.begin(), parts.end() - 1, [&](const QString& p) { return skip.contains(p); }))
            continue;
        const QFileInfo info = it.fileInfo();
        entries.append({relative, info.size(), info.lastModified()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const TreeEntry& a, const TreeEntry& b) { return a.relativePath < b.relativePath; });
    return entries;
}

static Status copyOneFile(const QString& from, const QString& to, TransferProgress& progress,
                          const ProgressCallback& report, const std::atomic_bool* canceled) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(from, in.errorString()));
    QDir().mkpath(QFileInfo(to).absolutePath());
    const QString partial = to + QStringLiteral(".trainyard-partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(to, out.errorString()));
    constexpr qint64 kBlock = 4 << 20;
    while (!in.atEnd()) {
        if (canceled && *canceled) {
            out.close();
            QFile::remove(partial);
            return Error{ErrorKind::Canceled, Tr::tr("Canceled."), {}};
        }
        const QByteArray block = in.read(kBlock);
        if (out.write(block) != block.size()) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(partial);
            return Error::io(Tr::tr("Cannot write %1: %2").arg(to, why));
        }
        progress.bytesDone += block.size();
        if (report)
            report(progress);
    }
    out.close();
    QFile::setPermissions(partial, in.permissions());
    QFile::remove(to);
    if (!QFile::rename(partial, to)) {
        QFile::remove(partial);
        return Error::io(Tr::tr("Cannot write %1").arg(to));
    }
    return {};
}

Status copyEntries(const QString& source, const QList<TreeEntry>& entries, const QString& destination,
                   bool overwrite, const ProgressCallback& report, const std::atomic_bool* canceled) {
    const QFileInfo info(source);
    if (!info.exists())
        return Error::notFound(Tr::tr("%1 does not exist.").arg(source));
    const bool single = info.isFile();
    // A link inside the tree must not carry a file from elsewhere into the copy: all are checked
    // before anything is written.
    for (const TreeEntry& entry : entries) {
        const QString from = source + u'/' + entry.relativePath;
        if (!single && QFileInfo(from).isSymLink() && !staysInside(source, from))
            return Error::invalid(Tr::tr("%1 is a symbolic link to %2, outside %3: copy the file into the "
                                         "folder instead of linking to it.")
                                      .arg(from, QFileInfo(from).symLinkTarget(), source));
    }
    TransferProgress progress;
    progress.filesTotal = entries.size();
    for (const auto& e : entries)
        progress.bytesTotal += e.size;
    if (report)
        report(progress);
    for (const TreeEntry& entry : entries) {
        const QString from = single ? source : source + u'/' + entry.relativePath;
        const QString to = single ? destination : destination + u'/' + entry.relativePath;
        // Nor may a link already in the destination carry the copy out of it.
        if (!single && !staysInside(destination, to))
            return Error::invalid(
                Tr::tr("Cannot write %1: a symbolic link in %2 leads out of it.").arg(to, destination));
        progress.currentFile = entry.relativePath;
        if (!overwrite && QFileInfo::exists(to)) {
            progress.bytesDone += entry.size; // kept as it was: overwrite is off
        } else if (auto s = copyOneFile(from, to, progress, report, canceled); !s) {
            return s;
        }
        ++progress.filesDone;
        if (report)
            report(progress);
    }
    if (entries.isEmpty() && info.isDir())
        QDir().mkpath(destination);
    return {};
}

Status copyTree(const QString& source, const QString& destination, bool overwrite,
                const ProgressCallback& report, const std::atomic_bool* canceled, const QStringList& skip) {
    if (!QFileInfo::exists(source))
        return Error::notFound(Tr::tr("%1 does not exist.").arg(source));
    return copyEntries(source, listTree(source, skip), destination, overwrite, report, canceled);
}

} // namespace trainyard
