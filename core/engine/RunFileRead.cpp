#include "core/engine/RunFileRead.h"

#include "core/util/PathConfinement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace trainyard {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunFileRead)
};
} // namespace

Result<QByteArray> readFileInRunFolder(const QString& runDir, const QString& relativePath, qint64 maxBytes) {
    auto path = confinedPath(runDir, relativePath, QStringLiteral("path"));
    if (!path)
        return path.error();
    if (relativePath.isEmpty() || !QFileInfo(path.value()).isFile())
        return Error::notFound(Tr::tr("The run has no file '%1'.").arg(relativePath));
    QFile f(path.value());
    if (f.size() > maxBytes)
        return Error::invalid(Tr::tr("'%1' is %2 bytes; files over %3 bytes are not read whole.")
                                  .arg(relativePath)
                                  .arg(f.size())
                                  .arg(maxBytes),
                              QStringLiteral("path"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read '%1': %2").arg(relativePath, f.errorString()));
    return f.readAll();
}

} // namespace trainyard
