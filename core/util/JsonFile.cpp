#include "core/util/JsonFile.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonFile)
};
} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people look for a line and a column.
        const int offset = qBound(0, parseError.offset, int(bytes.size()));
        const QByteArray before = bytes.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = offset - int(before.lastIndexOf('\n'));
        return Error::io(Tr::tr("%1:%2:%3: invalid JSON: %4")
                             .arg(sourceName)
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::io(Tr::tr("%1: expected a JSON object at the top level.").arg(sourceName));
    return doc.object();
}

Result<QJsonObject> readJsonObjectFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parseJsonObject(file.readAll(), path);
}

Status writeJsonFileAtomically(const QString& path, const QJsonObject& object) {
    return writeFileDurably(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace trainyard
