#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace trainyard::logs {

// A run of characters with one ANSI style. Colours are 0xAARRGGBB; alpha 0 means "the view's
// default" (core has no QColor: it must not depend on QtGui).
struct LogSpan {
    int start = 0;
    int length = 0;
    quint32 foreground = 0;
    quint32 background = 0;
    bool bold = false;
};

// One log line as shown: what a terminal would show once the line is finished.
//  - a trailing '\r' (CRLF files) is dropped;
//  - a carriage return inside the line (tqdm progress bars) keeps only the text after the last
//    one, the bar's final state;
//  - ANSI SGR sequences (ESC [ ... m) become spans; other escape sequences are dropped;
//  - invalid UTF-8 becomes U+FFFD, a NUL or other control character becomes a visible U+2400+c.
struct LogLineText {
    QString text;
    QList<LogSpan> spans; // empty when the line has no colour at all
    bool clipped = false; // the line was longer than what was read for display
};

LogLineText decodeLogLine(QByteArrayView bytes, bool clipped = false);

} // namespace trainyard::logs
