#include "core/util/DiskSpace.h"

#include <QCoreApplication>
#include <QFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DiskSpace)
};

constexpr qint64 kNearlyFull = 64 * 1024; // less than this left is a full disk to any script
} // namespace

bool reserveSpace(const QString& file, int bytes) {
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray zeros(bytes, '\0');
    const bool ok = f.write(zeros) == zeros.size() && f.flush();
    f.close();
    if (!ok)
        QFile::remove(file);
    return ok;
}

void releaseSpace(const QString& file) {
    QFile::remove(file);
}

QString fullDiskReason(const QString& path) {
    QStorageInfo storage(path);
    storage.refresh();
    if (!storage.isValid() || storage.bytesAvailable() >= kNearlyFull)
        return QString();
    return Tr::tr("%1 (the disk holding %2 is full: %3 bytes free)")
        .arg(QString::fromLocal8Bit(std::strerror(ENOSPC)), path)
        .arg(storage.bytesAvailable());
}

} // namespace trainyard
