// Win32 half of core/platform/Files.h: CreateFile/WriteFile/FlushFileBuffers and MoveFileEx with
// MOVEFILE_WRITE_THROUGH for the durable write; token user SIDs for who is at the other end of
// a named pipe (what a QLocalSocket is on Windows).
#include "core/platform/Files.h"

#include "core/platform/win32/Win32Text.h"

#include <sddl.h>

#include <algorithm>
#include <atomic>
#include <vector>

namespace trainyard::platform {

namespace {

// A name beside `path` that no other writer in this or another process picks at the same time.
std::wstring temporaryBeside(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return win32::widen(path + ".tmp-" + std::to_string(GetCurrentProcessId()) + '-' +
                        std::to_string(counter++));
}

bool writeAll(HANDLE file, std::string_view bytes) {
    while (!bytes.empty()) {
        const DWORD chunk = DWORD(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!WriteFile(file, bytes.data(), chunk, &written, nullptr))
            return false;
        if (written == 0) {
            SetLastError(ERROR_WRITE_FAULT);
            return false;
        }
        bytes.remove_prefix(written);
    }
    return true;
}

// The user SID in a process's token (a TOKEN_USER, whose SID points into the same buffer).
std::vector<BYTE> tokenUser(HANDLE process) {
    HANDLE token = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    if (size == 0 || !GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        buffer.clear();
    CloseHandle(token);
    return buffer;
}

PSID sidIn(std::vector<BYTE>& user) {
    return user.empty() ? nullptr : reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid;
}

} // namespace

std::string writeFileDurably(const std::string& path, std::string_view bytes, int) {
    const std::wstring temporary = temporaryBeside(path);
    // The new file's access control list is inherited from the folder, as for any new file there.
    HANDLE file =
        CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return win32::errorText(GetLastError());
    if (!writeAll(file, bytes) || !FlushFileBuffers(file)) {
        const DWORD error = GetLastError();
        CloseHandle(file);
        DeleteFileW(temporary.c_str());
        return win32::errorText(error);
    }
    CloseHandle(file);
    // WRITE_THROUGH: returns once the rename is on the disk (what fsync of the folder does on POSIX).
    if (!MoveFileExW(temporary.c_str(), win32::widen(path).c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD error = GetLastError();
        DeleteFileW(temporary.c_str());
        return win32::errorText(error);
    }
    return {};
}

bool isPrivateFolder(const std::string& path) {
    // Only the kind of file is checked: no ACL is read (see Files.h for why that is acceptable
    // for the per-user folders this is used for).
    const DWORD attributes = GetFileAttributesW(win32::widen(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) &&
           !(attributes & FILE_ATTRIBUTE_REPARSE_POINT);
}

std::string currentUserId() {
    std::vector<BYTE> user = tokenUser(GetCurrentProcess());
    wchar_t* text = nullptr;
    if (!sidIn(user) || !ConvertSidToStringSidW(sidIn(user), &text))
        return {};
    std::string id = win32::narrow(text);
    LocalFree(text);
    return id;
}

bool localPeerIsThisUser(std::intptr_t socketDescriptor) {
    const auto pipe = reinterpret_cast<HANDLE>(socketDescriptor);
    ULONG client = 0, server = 0;
    if (!GetNamedPipeClientProcessId(pipe, &client) || !GetNamedPipeServerProcessId(pipe, &server))
        return false;
    // The descriptor may be either end: the peer is the process that is not this one.
    const DWORD self = GetCurrentProcessId();
    const DWORD peer = client == self ? server : client;
    if (peer == self)
        return true;
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, peer);
    if (!process)
        return false; // a process we may not even query is not ours
    std::vector<BYTE> theirs = tokenUser(process);
    CloseHandle(process);
    std::vector<BYTE> ours = tokenUser(GetCurrentProcess());
    return sidIn(theirs) && sidIn(ours) && EqualSid(sidIn(theirs), sidIn(ours));
}

bool connectedLocalPair(std::intptr_t ends[2]) {
    static std::atomic<unsigned> counter{0};
    const std::wstring name =
        win32::widen("\\\\.\\pipe\\trainyard-pair-" + std::to_string(GetCurrentProcessId()) + '-' +
                     std::to_string(counter++));
    HANDLE server =
        CreateNamedPipeW(name.c_str(), PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE,
                         PIPE_TYPE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS, 1, 4096, 4096, 0, nullptr);
    if (server == INVALID_HANDLE_VALUE)
        return false;
    HANDLE client =
        CreateFileW(name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    // The client connected before ConnectNamedPipe was called: ERROR_PIPE_CONNECTED is success.
    if (client == INVALID_HANDLE_VALUE ||
        (!ConnectNamedPipe(server, nullptr) && GetLastError() != ERROR_PIPE_CONNECTED)) {
        if (client != INVALID_HANDLE_VALUE)
            CloseHandle(client);
        CloseHandle(server);
        return false;
    }
    ends[0] = reinterpret_cast<std::intptr_t>(server);
    ends[1] = reinterpret_cast<std::intptr_t>(client);
    return true;
}

void closeLocalSocket(std::intptr_t end) {
    if (end != -1 && end != 0)
        CloseHandle(reinterpret_cast<HANDLE>(end));
}

} // namespace trainyard::platform
