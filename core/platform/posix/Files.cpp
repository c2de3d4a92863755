// POSIX half of core/platform/Files.h: mkstemp, fsync, rename; lstat for the folder check;
// SO_PEERCRED (Linux) or getpeereid (macOS, BSD) for the peer of a local socket.
#include "core/platform/Files.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trainyard::platform {

namespace {

std::string errnoText(int error) {
    return std::strerror(error);
}

bool writeAll(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

std::string writeFileDurably(const std::string& path, std::string_view bytes, int permissions) {
    std::string temporary = path + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return errnoText(errno);
    // Closes and removes the temporary file, keeping the error that made us give up.
    auto fail = [&](int error, bool open) {
        if (open)
            ::close(fd);
        ::unlink(temporary.c_str());
        return errnoText(error);
    };
    // Keep the mode of a file being replaced; a new one gets `permissions`.
    struct stat existing {};
    const mode_t mode =
        ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : mode_t(permissions);
    if (::fchmod(fd, mode) != 0 || !writeAll(fd, bytes.data(), bytes.size()) || ::fsync(fd) != 0)
        return fail(errno, true);
    if (::close(fd) != 0 || ::rename(temporary.c_str(), path.c_str()) != 0)
        return fail(errno, false);
    // The rename itself is only durable once the folder is.
    const int dir = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

bool isPrivateFolder(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::getuid() && (info.st_mode & 077) == 0;
}

std::string currentUserId() {
    return std::to_string(::getuid());
}

bool localPeerIsThisUser(std::intptr_t socketDescriptor) {
#if defined(SO_PEERCRED)
    struct ucred peer {};
    socklen_t size = sizeof(peer);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0)
        return false;
    return peer.uid == ::getuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return false;
    return uid == ::getuid();
#endif
}

bool connectedLocalPair(std::intptr_t ends[2]) {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return false;
    ends[0] = fds[0];
    ends[1] = fds[1];
    return true;
}

void closeLocalSocket(std::intptr_t end) {
    if (end >= 0)
        ::close(int(end));
}

} // namespace trainyard::platform
