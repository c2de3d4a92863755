#include "core/batchai/BatchAiFileImport.h"

#include "core/batchai/BatchAiMapper.h"
#include "core/batchai/ImportSecrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace trainyard::batchai {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BatchAiFileImport)
};
constexpr qint64 kMaxBytes = 16 * 1024 * 1024; // definitions are small; more is not one
} // namespace

Result<BatchAiImport> importBatchAiFile(const QString& path, const ImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Error::invalid(
            Tr::tr("%1 is too large for a Batch AI definition (at most 16 MiB).").arg(path));
    auto doc = parseBatchAiDocument(bytes, path);
    if (!doc)
        return doc.error();
    BatchAiImport result = BatchAiMapper(doc.value(), options).map();
    result.originalText = redactSecrets(bytes, result.secrets);
    return result;
}

QFuture<Result<BatchAiImport>> importBatchAiFileAsync(const QString& path, const ImportOptions& options) {
    return QtConcurrent::run([path, options] { return importBatchAiFile(path, options); });
}

} // namespace trainyard::batchai
