#pragma once

// Files and local sockets whose safety depends on the operating system: a write that is on the
// disk when it returns, a folder only this user can use, and who is at the other end of a local
// socket. Paths are UTF-8. Implementations: core/platform/posix/Files.cpp (fsync, mode bits,
// SO_PEERCRED) and core/platform/win32/Files.cpp (FlushFileBuffers, MoveFileEx, token SIDs).

#include <cstdint>
#include <string>
#include <string_view>

namespace trainyard::platform {

// Writes `bytes` to `path` so that the file is either the old one or the whole new one, and is
// on the disk when this returns: a temporary file beside it, every write checked, flushed to the
// disk, renamed over `path`, then the folder flushed too (POSIX). Returns an empty string, or the
// system's own words ("No space left on device") with the temporary file removed. A file being
// replaced keeps its mode; a new one gets `permissions` (POSIX mode bits; on Windows the file
// inherits its folder's access control list, and `permissions` is not used).
std::string writeFileDurably(const std::string& path, std::string_view bytes, int permissions);

// A folder that is this user's alone: a real folder (not a link), owned by this user, that no
// one else may enter or write (mode & 077 == 0). On Windows: a real folder (not a reparse point);
// its access control list is not inspected, so this trusts the per-user folders it is used for
// (%TEMP% and %LOCALAPPDATA% are readable by their owner and the administrators only).
bool isPrivateFolder(const std::string& path);

// This process's user as text for a file name: the real uid ("1000"), or on Windows the user's
// SID ("S-1-5-21-..."). Empty if it cannot be found.
std::string currentUserId();

// Whether the process at the other end of a connected local socket runs as this user: the
// peer's credentials (SO_PEERCRED, getpeereid) against getuid. On Windows a QLocalSocket is a
// named pipe: the process at its other end (GetNamedPipeClientProcessId or ...ServerProcessId)
// must have this process's token user SID. False if the descriptor is not such a socket.
bool localPeerIsThisUser(std::intptr_t socketDescriptor);

// A connected pair of local sockets (socketpair; on Windows a named pipe and a client of it), so
// that localPeerIsThisUser can be tested without a system header in the test. False if none.
bool connectedLocalPair(std::intptr_t ends[2]);
void closeLocalSocket(std::intptr_t end);

} // namespace trainyard::platform
