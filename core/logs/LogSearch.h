#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace trainyard::logs {

// Finds the lines of a log file whose shown text (decodeLogLine: ANSI stripped, progress lines
// collapsed) contains a string. Runs on a worker; the caller hands it a copy of the line index.
// Lines without ESC or CR are matched on their bytes (memmem speed); lines with them are
// decoded first, so a match never depends on escape codes or overwritten progress states.
struct LogSearchRequest {
    QString path;
    std::vector<qint64> starts; // LogLineIndex::starts(): line i is [starts[i], starts[i+1]-1)
    qint64 bytes = 0;           // indexed bytes; a partial last line ends here
    qint64 fromLine = 0;
    QString text;
    bool caseSensitive = false;
    std::shared_ptr<std::atomic_bool> cancel;
};

struct LogSearchResult {
    QList<qint64> lines; // ascending
    QString error;       // the file could not be read
    bool canceled = false;
};

LogSearchResult searchLogFile(const LogSearchRequest& request);

} // namespace trainyard::logs
