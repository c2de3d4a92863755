#include "core/engine/PythonHelper.h"

#include "core/util/AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace trainyard {

Status installPythonHelper(const QString& folder) {
    QDirIterator it(QStringLiteral(":/python"), QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString resource = it.next();
        const QString relative = resource.mid(QStringLiteral(":/python/").size());
        const QString target = folder + u'/' + relative;
        QFile source(resource);
        if (!source.open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("Cannot read the embedded %1").arg(resource));
        const QByteArray content = source.readAll();
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content) {
            ++count;
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (auto s = writeFileDurably(target, content); !s)
            return s;
        ++count;
    }
    if (count == 0)
        return Error::io(QStringLiteral("The Python helper is missing from this build of Trainyard."));
    return {};
}

} // namespace trainyard
