#pragma once

#include "core/logs/LogDocument.h"

#include <QIODevice>
#include <QTemporaryDir>

namespace trainyard::test {

// Log files in a temporary folder that a test writes while LogDocuments follow them (as the
// engines' runners write std_log.txt while the desktop shows it).
class LogFiles {
public:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Appends `bytes` to the file `name`, made when missing; with QIODevice::Truncate, `bytes`
    // replace what it held. Returns its path.
    QString write(const QString& name, const QByteArray& bytes,
                  QIODevice::OpenMode mode = QIODevice::Append) const;
    // Writes `bytes` into the file `name`, then has `document` follow it.
    void follow(logs::LogDocument& document, const QString& name, const QByteArray& bytes = {}) const;

private:
    QTemporaryDir m_dir;
};

} // namespace trainyard::test
