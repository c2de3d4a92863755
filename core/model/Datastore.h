#pragma once

#include <QString>

namespace trainyard {

struct DatastoreInfo {
    QString name;
    QString type;     // "local" | "AzureBlob" | "slurm-shared"
    QString location; // a folder, a container URL, ...
    bool isDefault = false;
};

struct TransferProgress {
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
};

} // namespace trainyard
