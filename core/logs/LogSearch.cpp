#include "core/logs/LogSearch.h"

#include "core/logs/LogLineText.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace trainyard::logs {

namespace {

constexpr qint64 kBlock = 8 << 20;

// ASCII lower case of `n` bytes from `from` into `to`. This runs over every byte of a
// case-insensitive search, so it works 16 bytes at a time where SSE2 exists (every x86-64).
void asciiLower(const char* from, char* to, qint64 n) {
    qint64 i = 0;
#ifdef __SSE2__
    const __m128i before = _mm_set1_epi8('A' - 1);
    const __m128i after = _mm_set1_epi8('Z' + 1);
    const __m128i bit = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
        // Signed compares: bytes >= 0x80 (UTF-8) are negative, never in 'A'..'Z'.
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before), _mm_cmplt_epi8(v, after));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), _mm_or_si128(v, _mm_and_si128(upper, bit)));
    }
#endif
    for (; i < n; ++i)
        to[i] = (from[i] >= 'A' && from[i] <= 'Z') ? char(from[i] + 32) : from[i];
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
        asciiLower(needle.constData(), needle.data(), needle.size());

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
            lowered.resize(block.size());
            asciiLower(block.constData(), lowered.data(), block.size());
            hay = lowered.constData();
        }
        // Lines holding ESC or CR are decided on their decoded text; all others on their bytes,
        // with one memmem over the whole block (the hits are few, the block is large).
        const auto lineOf = [&](qint64 at) {
            return qint64(std::upper_bound(r.starts.begin() + line, r.starts.begin() + last + 1,
                                           blockStart + at) -
                          r.starts.begin()) -
                   1;
        };
        std::vector<qint64> special;
        if (bytePath) {
            const char* end = data + have;
            for (const char* p = data;
                 (p = static_cast<const char*>(std::memchr(p, '\x1b', size_t(end - p)))); ++p)
                special.push_back(lineOf(p - data));
            // CRs that only end a line (CRLF files) change nothing; one inside a line does.
            for (const char* p = data;
                 (p = static_cast<const char*>(std::memchr(p, '\r', size_t(end - p))));) {
                const char* q = p;
                while (q < end && *q == '\r')
                    ++q;
                if (q < end && *q != '\n')
                    special.push_back(lineOf(p - data));
                p = q;
            }
            std::sort(special.begin(), special.end());
            special.erase(std::unique(special.begin(), special.end()), special.end());
        } else {
            for (qint64 l = line; l <= last; ++l)
                special.push_back(l);
        }
        const auto isSpecial = [&](qint64 l) {
            return std::binary_search(special.begin(), special.end(), l);
        };
        QList<qint64> hits;
        if (bytePath) {
            qint64 at = 0;
            while (at < have) {
                const auto* found = static_cast<const char*>(
                    memmem(hay + at, size_t(have - at), needle.constData(), size_t(needle.size())));
                if (!found)
                    break;
                const qint64 l = lineOf(found - hay);
                const qint64 end = lineEnd(l) - blockStart;
                if (found - hay + needle.size() <= end && !isSpecial(l)) // not across a line end
                    hits.append(l);
                at = (found - hay + needle.size() <= end) ? end + 1 : (found - hay) + 1;
            }
        }
        for (qint64 l : special) {
            const qint64 b = r.starts[size_t(l)] - blockStart;
            const qint64 e = qMin(lineEnd(l) - blockStart, have);
            if (b < e && decodeLogLine(QByteArrayView(data + b, qsizetype(e - b))).text.contains(r.text, cs))
                hits.append(l);
        }
        std::sort(hits.begin(), hits.end());
        result.lines += hits;
        line = last + 1;
    }
    return result;
}

} // namespace trainyard::logs
