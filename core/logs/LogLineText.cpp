#include "core/logs/LogLineText.h"

namespace trainyard::logs {

namespace {

constexpr quint32 kOpaque = 0xff000000u;

// The xterm palette for the 16 basic colours (SGR 30-37, 90-97 and 256-colour indexes 0-15).
constexpr quint32 kBasic[16] = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
                                0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
                                0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};

quint32 xterm256(int n) {
    if (n < 16)
        return kOpaque | kBasic[n];
    if (n < 232) {
        n -= 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return kOpaque | quint32(level(n / 36) << 16 | level(n / 6 % 6) << 8 | level(n % 6));
    }
    const int g = 8 + (n - 232) * 10;
    return kOpaque | quint32(g << 16 | g << 8 | g);
}

struct Style {
    quint32 fg = 0;
    quint32 bg = 0;
    bool bold = false;
    bool isDefault() const { return fg == 0 && bg == 0 && !bold; }
};

void applySgr(QByteArrayView params, Style& style) {
    QList<int> codes;
    int value = -1;
    for (char c : params) {
        if (c >= '0' && c <= '9')
            value = (value < 0 ? 0 : value) * 10 + (c - '0');
        else { // ';' or ':'
            codes << (value < 0 ? 0 : value);
            value = -1;
        }
        if (value > 100000)
            value = 100000; // a hostile number must not overflow
    }
    codes << (value < 0 ? 0 : value);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes[i];
        if (c == 0)
            style = Style();
        else if (c == 1)
            style.bold = true;
        else if (c == 22)
            style.bold = false;
        else if (c >= 30 && c <= 37)
            style.fg = kOpaque | kBasic[c - 30];
        else if (c >= 90 && c <= 97)
            style.fg = kOpaque | kBasic[c - 90 + 8];
        else if (c == 39)
            style.fg = 0;
        else if (c >= 40 && c <= 47)
            style.bg = kOpaque | kBasic[c - 40];
        else if (c >= 100 && c <= 107)
            style.bg = kOpaque | kBasic[c - 100 + 8];
        else if (c == 49)
            style.bg = 0;
        else if ((c == 38 || c == 48) && i + 1 < codes.size()) {
            quint32 colour = 0;
            if (codes[i + 1] == 5 && i + 2 < codes.size()) {
                colour = xterm256(qBound(0, codes[i + 2], 255));
                i += 2;
            } else if (codes[i + 1] == 2 && i + 4 < codes.size()) {
                colour = kOpaque | quint32(qBound(0, codes[i + 2], 255) << 16 |
                                           qBound(0, codes[i + 3], 255) << 8 | qBound(0, codes[i + 4], 255));
                i += 4;
            } else {
                i += 1;
            }
            (c == 38 ? style.fg : style.bg) = colour;
        }
    }
}

} // namespace

LogLineText decodeLogLine(QByteArrayView bytes, bool clipped) {
    while (!bytes.isEmpty() && bytes.back() == '\r')
        bytes.chop(1);
    if (const qsizetype cr = bytes.lastIndexOf('\r'); cr >= 0)
        bytes = bytes.sliced(cr + 1);

    LogLineText out;
    out.clipped = clipped;
    if (!bytes.contains('\x1b')) { // the common case: no escapes at all
        out.text = QString::fromUtf8(bytes);
    } else {
        Style style;
        qsizetype i = 0;
        while (i < bytes.size()) {
            const qsizetype esc = bytes.indexOf('\x1b', i);
            const qsizetype textEnd = esc < 0 ? bytes.size() : esc;
            if (textEnd > i) {
                const int at = int(out.text.size());
                out.text += QString::fromUtf8(bytes.sliced(i, textEnd - i));
                if (!style.isDefault())
                    out.spans.append({at, int(out.text.size()) - at, style.fg, style.bg, style.bold});
            }
            if (esc < 0)
                break;
            // ESC [ params final: CSI. Anything else: drop ESC and the next byte.
            qsizetype j = esc + 1;
            if (j < bytes.size() && bytes[j] == '[') {
                ++j;
                const qsizetype paramsStart = j;
                while (j < bytes.size() && (bytes[j] < 0x40 || bytes[j] > 0x7e))
                    ++j;
                if (j < bytes.size() && bytes[j] == 'm')
                    applySgr(bytes.sliced(paramsStart, j - paramsStart), style);
                i = j + 1;
            } else {
                i = qMin(j + 1, bytes.size());
            }
        }
    }
    // Control characters would otherwise be invisible or break the layout: show their symbols.
    for (QChar& c : out.text) {
        const ushort u = c.unicode();
        if (u < 0x20 && u != '\t')
            c = QChar(0x2400 + u);
        else if (u == 0x7f)
            c = QChar(0x2421);
    }
    return out;
}

} // namespace trainyard::logs
