#pragma once

#include <QDateTime>
#include <QString>

namespace trainyard {

struct DatastoreInfo {
    QString name;
    QString type;     // "local" | "AzureBlob" | "slurm-shared"
    QString location; // a folder, a container URL, ...
    bool isDefault = false;
};

// A file on a datastore, as the datastore browser lists it.
struct DatastoreFile {
    QString path; // relative to the datastore: "mnist/train/0001.png"
    qint64 size = 0;
    QDateTime modified;
};

struct TransferProgress {
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
};

} // namespace trainyard
