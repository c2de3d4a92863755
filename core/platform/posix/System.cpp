// POSIX half of core/platform/System.h: flock(2) for the instance lock (Linux and macOS; it is
// tied to the open file, so two locks in one process exclude each other too), fstat, isatty.
#include "core/platform/System.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <csignal>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace trainyard::platform {

bool stdinIsTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

std::string currentUserName() {
    const passwd* pw = ::getpwuid(::geteuid());
    return pw && pw->pw_name ? pw->pw_name : std::to_string(::geteuid());
}

bool isSuperuser() {
    return ::geteuid() == 0;
}

void dieWithParentInChild() {
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

std::string signalDescription(int signal) {
    const char* text = ::strsignal(signal);
    return text ? text : std::string();
}

std::uint64_t fileIdentity(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return 0;
    return (std::uint64_t(st.st_dev) << 40) ^ std::uint64_t(st.st_ino);
}

InstanceLock::InstanceLock(std::string path)
    : m_path(std::move(path)) {}

InstanceLock::~InstanceLock() {
    unlock();
}

bool InstanceLock::tryLock() {
    if (m_handle >= 0)
        return true;
    const int fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    const std::string pid = std::to_string(::getpid()) + '\n';
    // Locked even if this fails; only the holder's pid is then unknown to others.
    [[maybe_unused]] const bool written =
        ::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) == ssize_t(pid.size());
    m_handle = fd;
    return true;
}

void InstanceLock::unlock() {
    if (m_handle < 0)
        return;
    ::close(int(m_handle)); // releases the flock
    m_handle = -1;
}

bool InstanceLock::isLocked() const {
    return m_handle >= 0;
}

std::int64_t InstanceLock::holder(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    std::int64_t pid = 0;
    // A shared lock is granted only while nobody holds the exclusive one.
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        for (int attempt = 0; attempt < 100 && pid == 0; ++attempt) {
            char text[32] = {};
            const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
            pid = n > 0 ? std::strtoll(text, nullptr, 10) : 0;
            if (pid == 0) // the holder has locked but not yet written its pid
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    ::close(fd);
    return pid;
}

} // namespace trainyard::platform
