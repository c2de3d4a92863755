#include "tests/support/LogFiles.h"

#include "core/engine/FileStreams.h"

#include <QFile>

namespace trainyard::test {

QString LogFiles::write(const QString& name, const QByteArray& bytes, QIODevice::OpenMode mode) const {
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly | mode) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s: %s", qPrintable(f.fileName()), qPrintable(f.errorString()));
    return f.fileName();
}

void LogFiles::follow(logs::LogDocument& document, const QString& name, const QByteArray& bytes) const {
    document.open(new FileLogStream(write(name, bytes), nullptr));
}

} // namespace trainyard::test
