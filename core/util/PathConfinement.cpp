#include "core/util/PathConfinement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PathConfinement)
};

bool hasParentStep(const QString& path) {
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    return parts.contains(QStringLiteral(".."));
}
} // namespace

QString resolvedPath(const QString& path) {
    // Walk up to the deepest part that exists, resolve it, then put back what did not exist yet.
    QString existing = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    while (!QFileInfo(existing).exists() && !QFileInfo(existing).isSymLink()) {
        const int slash = int(existing.lastIndexOf(u'/'));
        if (slash <= 0)
            return QDir::cleanPath(QDir(path).absolutePath());
        missing.prepend(existing.mid(slash + 1));
        existing = existing.left(slash);
    }
    QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty()) // a dangling link: where it points is unknown, so it is not inside
        return QString();
    for (const QString& part : missing)
        canonical += u'/' + part;
    return canonical;
}

bool staysInside(const QString& root, const QString& path) {
    const QString base = resolvedPath(root);
    const QString target = resolvedPath(path);
    if (base.isEmpty() || target.isEmpty())
        return false;
    return target == base || target.startsWith(base.endsWith(u'/') ? base : base + u'/');
}

Result<QString> confinedPath(const QString& root, const QString& relative, const QString& field) {
    const QString clean = QDir::cleanPath(relative);
    if (QDir::isAbsolutePath(relative) || relative.startsWith(u'~') || hasParentStep(relative))
        return Error::invalid(Tr::tr("Path '%1' leaves %2: give a relative path without '..' steps, "
                                     "like data/mnist.")
                                  .arg(relative, QDir::toNativeSeparators(root)),
                              field);
    const QString path = root + u'/' + (clean == QLatin1String(".") || clean.isEmpty() ? QString() : clean);
    const QString full = QDir::cleanPath(path);
    if (!staysInside(root, full))
        return Error::invalid(Tr::tr("Path '%1' leads out of %2 through a symbolic link (to %3): only "
                                     "files inside it may be used.")
                                  .arg(relative, QDir::toNativeSeparators(root), resolvedPath(full)),
                              field);
    return full;
}

} // namespace trainyard
