#include "core/azureml/BlobTransfer.h"

#include "core/azureml/AzureCloud.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/engine/RunSnapshot.h"
#include "core/util/FileTree.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QtConcurrent>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BlobTransfer)
};
const QByteArray kVersion = "2021-08-06";
} // namespace

BlobTransfer::BlobTransfer(AzureHttpClient* http, QObject* parent)
    : Transfer(parent)
    , m_http(http) {}

void BlobTransfer::fail(const Error& error) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_current)
        m_current->abort();
    emitFinished(Status(error));
}

// Queued, like Transfer::start: a failure found before any request (a refused endpoint, no key)
// must not be emitted before the caller has connected to finished().
void BlobTransfer::emitFinished(const Status& status) {
    QMetaObject::invokeMethod(
        this, [this, status] { emit finished(status); }, Qt::QueuedConnection);
}

void BlobTransfer::finishOk() {
    if (m_finished)
        return;
    m_finished = true;
    emitFinished(Status());
}

bool BlobTransfer::stopIfCanceled() {
    if (!isCanceled())
        return false;
    fail(Error{ErrorKind::Canceled,
               Tr::tr("Transfer canceled after %1 of %2 files; no partial file was left under its name.")
                   .arg(m_progress.filesDone)
                   .arg(m_progress.filesTotal),
               {}});
    return true;
}

void BlobTransfer::report(const QString& current) {
    m_progress.currentFile = current;
    emit progress(m_progress);
}

QByteArray BlobTransfer::sharedKeyAuthorization(const BlobTarget& target, const QByteArray& method,
                                                const QUrl& url,
                                                const QList<QPair<QByteArray, QByteArray>>& headers,
                                                qint64 contentLength) {
    auto header = [&](const char* name) {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return QByteArray();
    };
    QMap<QByteArray, QByteArray> msHeaders;
    for (const auto& [k, v] : headers)
        if (k.toLower().startsWith("x-ms-"))
            msHeaders.insert(k.toLower(), v.trimmed());
    QByteArray toSign = method + '\n' + header("Content-Encoding") + '\n' + header("Content-Language") +
                        '\n' + (contentLength > 0 ? QByteArray::number(contentLength) : QByteArray()) + '\n' +
                        header("Content-MD5") + '\n' + header("Content-Type") + '\n' +
                        /* Date: x-ms-date is used */ '\n' + header("If-Modified-Since") + '\n' +
                        header("If-Match") + '\n' + header("If-None-Match") + '\n' +
                        header("If-Unmodified-Since") + '\n' + header("Range") + '\n';
    for (auto it = msHeaders.begin(); it != msHeaders.end(); ++it)
        toSign += it.key() + ':' + it.value() + '\n';
    // Canonicalized resource: /{account}{encoded path}; Azurite's path-style URLs already hold the
    // account, which therefore appears twice, as with the real emulator.
    toSign += '/' + target.account.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    QMap<QString, QStringList> query;
    for (const auto& [k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query[k.toLower()] << v;
    for (auto it = query.begin(); it != query.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        toSign += '\n' + it.key().toUtf8() + ':' + values.join(u',').toUtf8();
    }
    const QByteArray signature =
        QMessageAuthenticationCode::hash(toSign, target.accountKey, QCryptographicHash::Sha256).toBase64();
    return "SharedKey " + target.account.toUtf8() + ':' + signature;
}

QUrl BlobTransfer::blobUrl(const QString& relative, const QString& query) const {
    QString path = m_target.containerUrl.path();
    QString name = m_prefix.isEmpty() ? relative : m_prefix + u'/' + relative;
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    QUrl url = m_target.containerUrl;
    url.setPath(path + u'/' + name);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void BlobTransfer::send(QByteArray method, const QUrl& url, QByteArray body,
                        QList<QPair<QByteArray, QByteArray>> headers, bool sign,
                        std::function<void(int, const QByteArray&, const QMap<QByteArray, QByteArray>&,
                                           const std::optional<Error>&)>
                            done) {
    AzureRequest::Spec spec;
    spec.method = method;
    spec.url = url;
    spec.body = std::move(body);
    spec.contentType = "application/octet-stream";
    spec.bearer = false;
    spec.what = Tr::tr("%1 %2").arg(QString::fromLatin1(method), url.path());
    headers.append({"x-ms-version", kVersion});
    spec.headers = headers;
    if (sign) {
        const BlobTarget target = m_target;
        spec.sign = [target](QNetworkRequest& request, const QByteArray& m, const QByteArray& b) {
            request.setRawHeader("x-ms-date", QLocale::c()
                                                  .toString(QDateTime::currentDateTimeUtc(),
                                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                                  .toLatin1());
            QList<QPair<QByteArray, QByteArray>> all;
            for (const QByteArray& name : request.rawHeaderList())
                all.append({name, request.rawHeader(name)});
            const QByteArray type = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (!type.isEmpty())
                all.append({"Content-Type", type});
            request.setRawHeader("Authorization",
                                 sharedKeyAuthorization(target, m, request.url(), all, b.size()));
        };
    }
    m_current = m_http->send(spec, this,
                             [done](const AzureResponse& r) { done(r.status, r.body, r.headers, r.error); });
}

// ---- upload -------------------------------------------------------------------------------

void BlobTransfer::startUpload(const BlobTarget& target, const QString& sourceDir, const QString& prefix,
                               bool overwrite) {
    // A datastore upload sends the folder as it is; only run snapshots leave folders out.
    startUploadOf(target, sourceDir, prefix, overwrite, [sourceDir]() -> Result<QList<TreeEntry>> {
        if (!QFileInfo(sourceDir).isDir())
            return Error::notFound(Tr::tr("%1 is not a folder: give the folder to upload.").arg(sourceDir));
        return listTree(sourceDir);
    });
}

void BlobTransfer::startSnapshotUpload(const BlobTarget& target, const QString& sourceDir,
                                       const QString& prefix) {
    startUploadOf(target, sourceDir, prefix, true, [sourceDir] { return RunSnapshot::files(sourceDir); });
}

void BlobTransfer::startUploadOf(const BlobTarget& target, const QString& sourceDir, const QString& prefix,
                                 bool overwrite, std::function<Result<QList<TreeEntry>>()> listFiles) {
    m_target = target;
    m_local = sourceDir;
    m_prefix = prefix;
    m_overwrite = overwrite;
    // Listing a large tree takes a while: on the pool, not the engine's thread.
    QtConcurrent::run(std::move(listFiles)).then(this, [this](const Result<QList<TreeEntry>>& listed) {
        if (!listed) {
            fail(listed.error());
            return;
        }
        m_items.clear();
        for (const TreeEntry& e : listed.value())
            m_items.append({e.relativePath, e.size, {}});
        m_progress.filesTotal = m_items.size();
        for (const Item& i : m_items)
            m_progress.bytesTotal += i.size;
        report({});
        // The container may not exist yet (a fresh Azurite); 409 ContainerAlreadyExists is fine.
        QUrl container = m_target.containerUrl;
        container.setQuery(QStringLiteral("restype=container"));
        send("PUT", container, {}, {}, true,
             [this](int status, const QByteArray&, const auto&, const std::optional<Error>& e) {
                 if (e && status != 409 && status != 403) {
                     fail(*e);
                     return;
                 }
                 nextUpload();
             });
    });
}

void BlobTransfer::fileDone(const Item& item) {
    m_progress.filesDone += 1;
    report(item.relative);
}

void BlobTransfer::nextUpload() {
    if (stopIfCanceled())
        return;
    if (m_next >= m_items.size()) {
        finishOk();
        return;
    }
    const Item item = m_items[m_next++];
    auto upload = [this, item] {
        if (item.size <= kBlockSize) {
            const QString path = QDir(m_local).filePath(item.relative);
            QtConcurrent::run([path] {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return std::optional<QByteArray>();
                return std::optional<QByteArray>(f.readAll());
            }).then(this, [this, item, path](const std::optional<QByteArray>& data) {
                if (stopIfCanceled())
                    return;
                if (!data) {
                    fail(Error::io(Tr::tr("Cannot read %1.").arg(path)));
                    return;
                }
                QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-blob-type", "BlockBlob"}};
                if (!m_overwrite)
                    headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("*")));
                send("PUT", blobUrl(item.relative), *data, headers, true,
                     [this, item](int status, const QByteArray&, const auto&, const std::optional<Error>& e) {
                         if (e && !(status == 409 && !m_overwrite)) {
                             fail(*e);
                             return;
                         }
                         if (e)
                             ++m_skipped; // appeared meanwhile: left alone, as overwrite=False says
                         m_progress.bytesDone += item.size;
                         fileDone(item);
                         nextUpload();
                     });
            });
            return;
        }
        uploadBlocks(item, 0, {});
    };
    if (m_overwrite) {
        upload();
        return;
    }
    // overwrite off: an existing blob is skipped (Datastore.upload(overwrite=False)).
    send("HEAD", blobUrl(item.relative), {}, {}, true,
         [this, item, upload](int status, const QByteArray&, const auto&, const std::optional<Error>& e) {
             if (status == 200) {
                 ++m_skipped;
                 m_progress.bytesDone += item.size;
                 fileDone(item);
                 nextUpload();
                 return;
             }
             if (e && status != 404) {
                 fail(*e);
                 return;
             }
             upload();
         });
}

void BlobTransfer::uploadBlocks(const Item& item, int index, QStringList blockIds) {
    if (stopIfCanceled())
        return;
    const qint64 offset = qint64(index) * kBlockSize;
    if (offset >= item.size) {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
        for (const QString& id : blockIds)
            xml += "<Latest>" + id.toLatin1() + "</Latest>";
        xml += "</BlockList>";
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!m_overwrite)
            headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("*")));
        send("PUT", blobUrl(item.relative, QStringLiteral("comp=blocklist")), xml, headers, true,
             [this, item](int status, const QByteArray&, const auto&, const std::optional<Error>& e) {
                 if (e && !(status == 409 && !m_overwrite)) {
                     fail(*e);
                     return;
                 }
                 if (e)
                     ++m_skipped;
                 fileDone(item);
                 nextUpload();
             });
        return;
    }
    const QString path = QDir(m_local).filePath(item.relative);
    QtConcurrent::run([path, offset] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(f.read(kBlockSize));
    }).then(this, [this, item, index, blockIds, path](const std::optional<QByteArray>& data) mutable {
        if (stopIfCanceled())
            return;
        if (!data) {
            fail(Error::io(Tr::tr("Cannot read %1.").arg(path)));
            return;
        }
        // Block ids: base64 of equal-length strings, as the Blob service requires.
        const QString id = QString::fromLatin1(
            QStringLiteral("block-%1").arg(index, 6, 10, QLatin1Char('0')).toLatin1().toBase64());
        blockIds << id;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("comp"), QStringLiteral("block"));
        query.addQueryItem(QStringLiteral("blockid"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
        const qint64 size = data->size();
        send("PUT", blobUrl(item.relative, query.toString(QUrl::FullyEncoded)), *data, {}, true,
             [this, item, index, blockIds, size](int, const QByteArray&, const auto&,
                                                 const std::optional<Error>& e) {
                 if (e) {
                     fail(*e);
                     return;
                 }
                 m_progress.bytesDone += size;
                 report(item.relative);
                 uploadBlocks(item, index + 1, blockIds);
             });
    });
}

// ---- download -----------------------------------------------------------------------------

void BlobTransfer::startDownload(const BlobTarget& target, const QString& prefix,
                                 const QString& destinationDir) {
    m_target = target;
    m_prefix = prefix;
    while (m_prefix.startsWith(u'/'))
        m_prefix.remove(0, 1);
    while (m_prefix.endsWith(u'/'))
        m_prefix.chop(1);
    m_local = destinationDir;
    if (!QDir().mkpath(destinationDir)) {
        fail(Error::io(Tr::tr("Cannot create %1.").arg(destinationDir)));
        return;
    }
    listPage(m_prefix.isEmpty() ? QString() : m_prefix + u'/', {});
}

void BlobTransfer::listPage(const QString& prefix, const QString& marker) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("restype"), QStringLiteral("container"));
    query.addQueryItem(QStringLiteral("comp"), QStringLiteral("list"));
    if (!prefix.isEmpty())
        query.addQueryItem(QStringLiteral("prefix"), QString::fromLatin1(QUrl::toPercentEncoding(prefix)));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), QString::fromLatin1(QUrl::toPercentEncoding(marker)));
    QUrl url = m_target.containerUrl;
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    send("GET", url, {}, {}, true,
         [this, prefix](int, const QByteArray& body, const auto&, const std::optional<Error>& e) {
             if (e) {
                 fail(*e);
                 return;
             }
             QXmlStreamReader xml(body);
             QString nextMarker;
             Item current;
             while (!xml.atEnd()) {
                 xml.readNext();
                 if (!xml.isStartElement())
                     continue;
                 if (xml.name() == QLatin1String("Name") && current.relative.isEmpty())
                     current.relative = xml.readElementText();
                 else if (xml.name() == QLatin1String("Content-Length")) {
                     current.size = xml.readElementText().toLongLong();
                     QString rel = current.relative.mid(prefix.size());
                     if (!rel.isEmpty())
                         m_items.append({rel, current.size, {}});
                     current = {};
                 } else if (xml.name() == QLatin1String("NextMarker"))
                     nextMarker = xml.readElementText();
             }
             if (!nextMarker.isEmpty()) {
                 listPage(prefix, nextMarker);
                 return;
             }
             if (m_items.isEmpty()) {
                 fail(Error::notFound(Tr::tr("Nothing under '%1' on the datastore.").arg(m_prefix)));
                 return;
             }
             m_progress.filesTotal = m_items.size();
             for (const Item& i : m_items)
                 m_progress.bytesTotal += i.size;
             report({});
             nextDownload();
         });
}

void BlobTransfer::startDownloadUrls(const QList<QPair<QString, QUrl>>& files,
                                     const QString& destinationDir) {
    m_signed = false;
    m_local = destinationDir;
    for (const auto& [name, url] : files) {
        if (auto s = checkEndpoint(url, QStringLiteral("url")); !s) {
            fail(s.error());
            return;
        }
        m_items.append({name, -1, url});
    }
    m_progress.filesTotal = m_items.size();
    nextDownload();
}

void BlobTransfer::nextDownload() {
    if (stopIfCanceled())
        return;
    if (m_next >= m_items.size()) {
        finishOk();
        return;
    }
    const Item item = m_items[m_next++];
    const QString target = QDir(m_local).filePath(item.relative);
    if (QDir::cleanPath(target).startsWith(QDir::cleanPath(m_local) + u'/') == false) {
        fail(Error::invalid(
            Tr::tr("Refusing blob name '%1': it would be written outside %2.").arg(item.relative, m_local)));
        return;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target + QStringLiteral(".part"));
    downloadRange(item, 0);
}

void BlobTransfer::downloadRange(const Item& item, qint64 offset) {
    if (stopIfCanceled()) {
        QFile::remove(QDir(m_local).filePath(item.relative) + QStringLiteral(".part"));
        return;
    }
    const QString target = QDir(m_local).filePath(item.relative);
    const bool ranged = m_signed && item.size > kBlockSize;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (ranged)
        headers.append({"x-ms-range", QStringLiteral("bytes=%1-%2")
                                          .arg(offset)
                                          .arg(qMin(item.size, offset + kBlockSize) - 1)
                                          .toLatin1()});
    const QUrl url = m_signed ? blobUrl(item.relative) : item.url;
    send("GET", url, {}, headers, m_signed,
         [this, item, offset, target, ranged](int, const QByteArray& body, const auto&,
                                              const std::optional<Error>& e) {
             if (e) {
                 QFile::remove(target + QStringLiteral(".part"));
                 fail(*e);
                 return;
             }
             const bool last = !ranged || offset + body.size() >= item.size;
             QtConcurrent::run([target, body, last] {
                 QFile f(target + QStringLiteral(".part"));
                 if (!f.open(QIODevice::Append) || f.write(body) != body.size())
                     return false;
                 f.close();
                 if (!last)
                     return true;
                 QFile::remove(target);
                 return QFile::rename(target + QStringLiteral(".part"), target);
             }).then(this, [this, item, offset, target, body, last](bool ok) {
                 if (!ok) {
                     fail(Error::io(Tr::tr("Cannot write %1.").arg(target)));
                     return;
                 }
                 m_progress.bytesDone += body.size();
                 if (!last) {
                     report(item.relative);
                     downloadRange(item, offset + body.size());
                     return;
                 }
                 fileDone(item);
                 nextDownload();
             });
         });
}

} // namespace trainyard::azureml
