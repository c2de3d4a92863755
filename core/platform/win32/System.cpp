// Win32 half of core/platform/System.h. The instance lock is LockFileEx on one byte far past
// the pid written at the start, so others can still read who holds it (Windows locks are
// mandatory: a locked range cannot be read).
#include "core/platform/System.h"

#include "core/platform/win32/Win32Text.h"

#include <io.h>

#include <cstdlib>

namespace trainyard::platform {

namespace {
constexpr DWORD kLockOffset = 1u << 20;

OVERLAPPED lockRange() {
    OVERLAPPED range{};
    range.Offset = kLockOffset;
    return range;
}

HANDLE openShared(const std::string& path, DWORD access, DWORD disposition) {
    return CreateFileW(win32::widen(path).c_str(), access,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition,
                       FILE_ATTRIBUTE_NORMAL, nullptr);
}
} // namespace

bool stdinIsTerminal() {
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    return in && in != INVALID_HANDLE_VALUE && GetFileType(in) == FILE_TYPE_CHAR && GetConsoleMode(in, &mode);
}

std::string currentUserName() {
    wchar_t name[257] = {};
    DWORD size = 257;
    return GetUserNameW(name, &size) ? win32::narrow(name) : std::string();
}

bool isSuperuser() {
    return false;
}

void dieWithParentInChild() {}

std::string signalDescription(int) {
    return {};
}

std::uint64_t fileIdentity(int fd) {
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    BY_HANDLE_FILE_INFORMATION info{};
    if (handle == INVALID_HANDLE_VALUE || !GetFileInformationByHandle(handle, &info))
        return 0;
    const std::uint64_t index = (std::uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    return (std::uint64_t(info.dwVolumeSerialNumber) << 40) ^ index;
}

InstanceLock::InstanceLock(std::string path)
    : m_path(std::move(path)) {}

InstanceLock::~InstanceLock() {
    unlock();
}

bool InstanceLock::tryLock() {
    if (isLocked())
        return true;
    HANDLE file = openShared(m_path, GENERIC_READ | GENERIC_WRITE, OPEN_ALWAYS);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    OVERLAPPED range = lockRange();
    if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range)) {
        CloseHandle(file);
        return false;
    }
    const std::string pid = std::to_string(GetCurrentProcessId()) + '\n';
    DWORD written = 0;
    SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(file);
    WriteFile(file, pid.data(), DWORD(pid.size()), &written, nullptr);
    m_handle = reinterpret_cast<std::intptr_t>(file);
    return true;
}

void InstanceLock::unlock() {
    if (!isLocked())
        return;
    CloseHandle(reinterpret_cast<HANDLE>(m_handle)); // releases the lock
    m_handle = -1;
}

bool InstanceLock::isLocked() const {
    return m_handle != -1;
}

std::int64_t InstanceLock::holder(const std::string& path) {
    HANDLE file = openShared(path, GENERIC_READ, OPEN_EXISTING);
    if (file == INVALID_HANDLE_VALUE)
        return 0;
    std::int64_t pid = 0;
    OVERLAPPED range = lockRange();
    // A shared lock is granted only while nobody holds the exclusive one.
    if (LockFileEx(file, LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range)) {
        range = lockRange();
        UnlockFileEx(file, 0, 1, 0, &range);
    } else {
        for (int attempt = 0; attempt < 100 && pid == 0; ++attempt) {
            char text[32] = {};
            DWORD read = 0;
            OVERLAPPED start{};
            if (ReadFile(file, text, sizeof text - 1, &read, &start) && read > 0)
                pid = std::strtoll(text, nullptr, 10);
            if (pid == 0) // the holder has locked but not yet written its pid
                Sleep(1);
        }
    }
    CloseHandle(file);
    return pid;
}

} // namespace trainyard::platform
