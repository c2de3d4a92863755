#include "core/util/AtomicFile.h"

#include "core/platform/Files.h"

#include <QCoreApplication>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

Status writeFileDurably(const QString& path, const QByteArray& bytes, int permissions) {
    const std::string why = platform::writeFileDurably(
        path.toStdString(), std::string_view(bytes.constData(), std::size_t(bytes.size())), permissions);
    if (!why.empty())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, QString::fromStdString(why)));
    return {};
}

} // namespace trainyard
