#pragma once

#include "core/engine/Transfer.h"
#include "core/util/FileTree.h"

#include <QFileInfo>
#include <QList>
#include <QPointer>
#include <QUrl>

namespace trainyard::azureml {

class AzureHttpClient;
class AzureRequest;

// A blob container and the account key that signs for it (Shared Key; the key comes from the
// keychain and is never written anywhere else).
struct BlobTarget {
    QUrl containerUrl; // https://{account}.blob.core.windows.net/{container}, or Azurite's path style
    QString account;
    QByteArray accountKey; // decoded bytes
};

// Copies a folder to a blob prefix or back, through the Blob service REST API (api 2021-08-06):
// files up to kBlockSize go in one Put Blob, larger ones as Put Block + Put Block List so that a
// partly uploaded file never appears under its name; with overwrite off an existing blob is
// skipped (and If-None-Match: * guards the final write against a race). Downloads go to
// "<name>.part" first, in ranges, and are renamed when complete. Disk reads and writes run on
// the thread pool; the network on the engine's thread; cancel() stops between blocks.
class BlobTransfer : public Transfer {
    Q_OBJECT
public:
    static constexpr qint64 kBlockSize = 8 * 1024 * 1024;

    BlobTransfer(AzureHttpClient* http, QObject* parent = nullptr);

    // Every file below `sourceDir`, as a datastore upload.
    void startUpload(const BlobTarget& target, const QString& sourceDir, const QString& prefix,
                     bool overwrite);
    // A run's code snapshot: the files RunSnapshot::files() lists (no .git, no caches, size limit).
    void startSnapshotUpload(const BlobTarget& target, const QString& sourceDir, const QString& prefix);
    void startDownload(const BlobTarget& target, const QString& prefix, const QString& destinationDir);
    // Plain URLs that carry their own authorization (SAS), e.g. a run's log files.
    void startDownloadUrls(const QList<QPair<QString, QUrl>>& files, const QString& destinationDir);
    void fail(const Error& error);

    int skippedFiles() const { return m_skipped; }

    // Shared Key signature (learn.microsoft.com "Authorize with Shared Key"), exposed for tests.
    static QByteArray sharedKeyAuthorization(const BlobTarget& target, const QByteArray& method,
                                             const QUrl& url,
                                             const QList<QPair<QByteArray, QByteArray>>& headers,
                                             qint64 contentLength);

private:
    void startUploadOf(const BlobTarget& target, const QString& sourceDir, const QString& prefix,
                       bool overwrite, std::function<Result<QList<TreeEntry>>()> listFiles);
    void emitFinished(const Status& status);
    struct Item {
        QString relative; // "a/b.txt"
        qint64 size = 0;
        QUrl url; // download: where from (SAS); upload: unused
    };

    QUrl blobUrl(const QString& relative, const QString& query = {}) const;
    void
    send(QByteArray method, const QUrl& url, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers,
         bool sign,
         std::function<void(int status, const QByteArray& body, const QMap<QByteArray, QByteArray>& headers,
                            const std::optional<Error>& error)>
             done);
    void nextUpload();
    void uploadBlocks(const Item& item, int index, QStringList blockIds);
    void listPage(const QString& prefix, const QString& marker);
    void nextDownload();
    void downloadRange(const Item& item, qint64 offset);
    void fileDone(const Item& item);
    void finishOk();
    bool stopIfCanceled();
    void report(const QString& current);

    AzureHttpClient* m_http;
    BlobTarget m_target;
    QString m_local; // source or destination folder
    QString m_prefix;
    bool m_overwrite = false;
    bool m_signed = true;
    QList<Item> m_items;
    int m_next = 0;
    int m_skipped = 0;
    TransferProgress m_progress;
    QPointer<AzureRequest> m_current;
    bool m_finished = false;
};

} // namespace trainyard::azureml
