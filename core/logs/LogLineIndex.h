#pragma once

#include <QtGlobal>

#include <vector>

namespace trainyard::logs {

// Where each line of an append-only log starts, as byte offsets: 8 bytes per line, nothing else
// per line is kept in memory (the text stays in the file and is read for the visible window
// only). Bytes are fed in file order; a last line without its newline yet counts as a line whose
// end moves as bytes arrive. A line's range excludes its '\n' but keeps a '\r' (the text layer
// strips CRLF and collapses progress lines).
class LogLineIndex {
public:
    // Indexes `size` bytes that follow everything indexed so far. Returns how many lines were
    // completed by these bytes (a partial last line is not counted until its newline comes).
    qint64 append(const char* data, qint64 size);
    // Adds line starts that a worker found in bytes [bytesBefore, bytesBefore + size): `starts`
    // holds the offsets just after each '\n' in them. Same result as append() on those bytes.
    qint64 appendStarts(const std::vector<qint64>& starts, qint64 size);
    void clear();

    qint64 lineCount() const; // complete lines, plus the partial last one if there is one
    qint64 completeLineCount() const { return qint64(m_starts.size()) - 1; }
    bool hasPartialLastLine() const { return m_bytes > m_starts.back(); }
    qint64 bytes() const { return m_bytes; }
    qint64 lineStart(qint64 line) const { return m_starts[size_t(line)]; }
    qint64 lineEnd(qint64 line) const; // exclusive, without the '\n'
    // The line holding byte `offset` (offset < bytes()).
    qint64 lineAt(qint64 offset) const;
    const std::vector<qint64>& starts() const { return m_starts; }
    qint64 memoryBytes() const { return qint64(m_starts.capacity() * sizeof(qint64)); }

    // The offsets just after each '\n' in data, for bytes that begin at `offset` in the file.
    static std::vector<qint64> scan(const char* data, qint64 size, qint64 offset);

private:
    // m_starts[i] is where line i starts; the last entry is where the next line will start.
    std::vector<qint64> m_starts{0};
    qint64 m_bytes = 0;
};

} // namespace trainyard::logs
