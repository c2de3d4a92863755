#include "core/logs/LogSearch.h"

#include "core/logs/LogLineText.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace trainyard::logs {

namespace {

constexpr qint64 kBlock = 8 << 20;

void asciiLower(char* p, qint64 n) {
    for (qint64 i = 0; i < n; ++i)
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = char(p[i] + 32);
}

} // namespace

LogSearchResult searchLogFile(const LogSearchRequest& r) {
    LogSearchResult result;
    if (r.text.isEmpty())
        return result;
    const Qt::CaseSensitivity cs = r.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // The byte fast path is exact for ASCII needles (and any needle when case matters); other
    // needles are checked on decoded text for every line.
    bool ascii = true;
    for (QChar c : r.text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    const bool bytePath = r.caseSensitive || ascii;
    QByteArray needle = r.text.toUtf8();
    if (!r.caseSensitive)
        asciiLower(needle.data(), needle.size());

    QFile file(r.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QCoreApplication::translate("LogSearch", "Cannot read %1: %2").arg(r.path, file.errorString());
        return result;
    }
    const qint64 lineCount = qint64(r.starts.size()) - 1 + (r.bytes > r.starts.back() ? 1 : 0);
    const auto lineEnd = [&](qint64 line) {
        return line + 1 < qint64(r.starts.size()) ? r.starts[size_t(line + 1)] - 1 : r.bytes;
    };
    qint64 line = r.fromLine;
    QByteArray block;
    QByteArray lowered;
    while (line < lineCount) {
        if (r.cancel && r.cancel->load()) {
            result.canceled = true;
            return result;
        }
        // A block of whole lines from `line` on, at least one line even if it is huge.
        const qint64 blockStart = r.starts[size_t(line)];
        qint64 last = line;
        while (last + 1 < lineCount && lineEnd(last + 1) - blockStart <= kBlock)
            ++last;
        const qint64 blockEnd = lineEnd(last);
        if (!file.seek(blockStart)) {
            result.error = file.errorString();
            return result;
        }
        block = file.read(blockEnd - blockStart);
        const char* data = block.constData();
        const qint64 have = block.size(); // shorter if the file was truncated meanwhile
        const char* hay = data;
        if (!r.caseSensitive && bytePath) {
            lowered = block;
            asciiLower(lowered.data(), lowered.size());
            hay = lowered.constData();
        }
        for (qint64 l = line; l <= last; ++l) {
            const qint64 b = r.starts[size_t(l)] - blockStart;
            const qint64 e = qMin(lineEnd(l) - blockStart, have);
            if (b >= e)
                continue;
            const size_t n = size_t(e - b);
            const bool special =
                !bytePath || std::memchr(data + b, '\x1b', n) || std::memchr(data + b, '\r', n);
            bool match;
            if (special)
                match = decodeLogLine(QByteArrayView(data + b, qsizetype(n))).text.contains(r.text, cs);
            else
                match = memmem(hay + b, n, needle.constData(), size_t(needle.size())) != nullptr;
            if (match)
                result.lines.append(l);
        }
        line = last + 1;
    }
    return result;
}

} // namespace trainyard::logs
