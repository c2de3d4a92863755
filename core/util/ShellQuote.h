#pragma once

#include <QString>

namespace trainyard {

// One word for a POSIX shell: single-quoted unless it is made only of characters no shell gives
// a meaning to (letters, digits and _ - . / : = @ % + ,), so "$(…)", globs, ";" and spaces reach
// the program as written. Used wherever an argument list becomes a shell command line.
QString shellQuote(const QString& word);

} // namespace trainyard
