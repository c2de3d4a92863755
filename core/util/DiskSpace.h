#pragma once

#include <QString>

namespace trainyard {

// Room kept on a disk so that the last word of a process (its exit status) can still be written
// after a script has filled that disk: a file of a few kilobytes made at start and given back
// just before the final write.
bool reserveSpace(const QString& file, int bytes = 16384);
void releaseSpace(const QString& file);

// When the filesystem holding `path` has (almost) no room left, a sentence saying so with the
// system's words ("No space left on device"); else empty. Used to explain a failure that a full
// disk caused but whose own message went nowhere (the log was on the same disk).
QString fullDiskReason(const QString& path);

} // namespace trainyard
