#pragma once

// Small facts about this process and its files that only the operating system knows.

#include <cstdint>
#include <string>

namespace trainyard::platform {

bool stdinIsTerminal();        // a person may be typing (not a pipe, file or /dev/null)
std::string currentUserName(); // the login name of this process's (effective) user
bool isSuperuser();            // root (POSIX); always false on Windows, where nothing here needs it

// For a child between fork and exec (QProcess::setChildProcessModifier): it is killed when this
// process ends, even by a crash (Linux: PR_SET_PDEATHSIG; not available on macOS), and starts
// with no signal blocked. Does nothing on Windows, where a ProcessTree's job object does that.
void dieWithParentInChild();

// What a signal number means ("Killed" for 9), for messages; empty where there are no signals.
std::string signalDescription(int signal);

// Identifies the file behind an open C file descriptor (device and inode; volume serial and file
// index on Windows), so a reader notices that a path now names another file. 0 if unknown.
std::uint64_t fileIdentity(int fd);

// A single-instance lock held by the kernel for as long as this object lives: it ends with the
// process, however that ends, so a stale lock never needs guessing. The holder's pid is written
// into the file for others to read.
class InstanceLock {
public:
    explicit InstanceLock(std::string path);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    bool tryLock(); // false if another process (or another InstanceLock here) holds it
    void unlock();
    bool isLocked() const;
    // The pid of whoever holds the lock now, 0 if nobody does.
    static std::int64_t holder(const std::string& path);

private:
    std::string m_path;
    std::intptr_t m_handle = -1; // a file descriptor or a HANDLE
};

} // namespace trainyard::platform
