// Win32 half of core/platform/Process.h. A tree is a job object with KILL_ON_JOB_CLOSE (so it
// also dies with its owner, however that ends); a stop request is CTRL_BREAK to the child's
// process group (it shares our console, if we have one) plus a named event that programs using
// listenForStopRequests() wait on, since a detached process has a console of its own.
#include "core/platform/Process.h"

#include "core/platform/win32/Win32Text.h"

#include <algorithm>
#include <atomic>
#include <cwctype>

namespace trainyard::platform {

using win32::errorText;
using win32::narrow;
using win32::widen;

namespace {

// What a killed process exits with: what a shell reports for SIGKILL, the same on every platform.
constexpr UINT kKilledExitCode = 137;

std::wstring stopEventName(ProcessId pid) {
    return L"Local\\trainyard-stop-" + std::to_wstring(pid);
}

// Quoted so that CommandLineToArgvW and the C runtime give the child exactly `argument`.
std::wstring quoted(const std::wstring& argument) {
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos)
        return argument;
    std::wstring out = L"\"";
    size_t backslashes = 0;
    for (wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        // Backslashes are literal unless a quote follows: then each is doubled, and the quote escaped.
        out.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\'); // before the closing quote
    out += L'"';
    return out;
}

std::wstring commandLine(const ProcessSpec& spec) {
    std::wstring line = quoted(widen(spec.program));
    for (const std::string& a : spec.arguments)
        line += L' ' + quoted(widen(a));
    return line;
}

std::wstring lower(std::wstring s) {
    std::transform(s.begin(), s.end(), s.begin(), [](wchar_t c) { return wchar_t(std::towlower(c)); });
    return s;
}

// The environment block CreateProcessW wants: sorted (case-insensitively), each NAME=value ends
// with a NUL, and one more NUL ends the block.
std::wstring environmentBlock(const std::vector<std::string>& environment) {
    std::vector<std::wstring> entries;
    for (const std::string& kv : environment)
        entries.push_back(widen(kv));
    std::sort(entries.begin(), entries.end(),
              [](const std::wstring& a, const std::wstring& b) { return lower(a) < lower(b); });
    std::wstring block;
    for (const std::wstring& e : entries) {
        block += e;
        block += L'\0';
    }
    block += L'\0';
    return block;
}

std::wstring variableOf(const ProcessSpec& spec, const std::wstring& name) {
    if (spec.environment.empty()) {
        const DWORD size = GetEnvironmentVariableW(name.c_str(), nullptr, 0);
        std::wstring value(size, L'\0');
        const DWORD written = GetEnvironmentVariableW(name.c_str(), value.data(), size);
        value.resize(written);
        return value;
    }
    const std::wstring prefix = lower(name) + L'=';
    for (const std::string& kv : spec.environment) {
        const std::wstring w = widen(kv);
        if (lower(w.substr(0, prefix.size())) == prefix)
            return w.substr(prefix.size());
    }
    return {};
}

bool isFile(const std::wstring& path) {
    const DWORD attributes = GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY);
}

// CreateProcessW would search our PATH, not the child's; this searches the child's, trying the
// PATHEXT extensions (.exe, .com) when the name has none.
std::wstring resolveProgram(const ProcessSpec& spec) {
    const std::wstring program = widen(spec.program);
    const bool hasExtension = program.find(L'.', program.find_last_of(L"\\/") + 1) != std::wstring::npos;
    auto firstExisting = [&](const std::wstring& base) -> std::wstring {
        if (hasExtension)
            return isFile(base) ? base : std::wstring();
        for (const wchar_t* ext : {L".exe", L".com"}) {
            if (isFile(base + ext))
                return base + ext;
        }
        return {};
    };
    if (program.find_first_of(L"\\/:") != std::wstring::npos) {
        const std::wstring found = firstExisting(program);
        return found.empty() ? program : found;
    }
    std::wstring path = variableOf(spec, L"PATH");
    size_t begin = 0;
    while (begin <= path.size()) {
        const size_t end = std::min(path.find(L';', begin), path.size());
        const std::wstring dir = path.substr(begin, end - begin);
        if (!dir.empty()) {
            const std::wstring found = firstExisting(dir + L'\\' + program);
            if (!found.empty())
                return found;
        }
        begin = end + 1;
    }
    return program;
}

// stdin from NUL and stdout/stderr appended to the output file, as handles the child inherits.
struct StandardHandles {
    HANDLE input = INVALID_HANDLE_VALUE;
    HANDLE output = INVALID_HANDLE_VALUE;
    DWORD error = 0;

    explicit StandardHandles(const ProcessSpec& spec) {
        SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
        constexpr DWORD share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
        input = CreateFileW(L"NUL", GENERIC_READ, share, &inherit, OPEN_EXISTING, 0, nullptr);
        const std::wstring out = spec.outputFile.empty() ? L"NUL" : widen(spec.outputFile);
        output = CreateFileW(out.c_str(), FILE_APPEND_DATA | SYNCHRONIZE, share, &inherit, OPEN_ALWAYS,
                             FILE_ATTRIBUTE_NORMAL, nullptr);
        if (input == INVALID_HANDLE_VALUE || output == INVALID_HANDLE_VALUE)
            error = GetLastError();
    }
    ~StandardHandles() {
        if (input != INVALID_HANDLE_VALUE)
            CloseHandle(input);
        if (output != INVALID_HANDLE_VALUE)
            CloseHandle(output);
    }
};

bool haveConsole() {
    return GetConsoleWindow() != nullptr || GetConsoleCP() != 0;
}

// CreateProcessW with everything from the spec; flags add to CREATE_UNICODE_ENVIRONMENT.
bool create(const ProcessSpec& spec, DWORD flags, PROCESS_INFORMATION* info, std::string* error) {
    const StandardHandles handles(spec);
    if (handles.error != 0) {
        *error = spec.outputFile + ": " + errorText(handles.error);
        return false;
    }
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = handles.input;
    startup.hStdOutput = handles.output;
    startup.hStdError = handles.output;
    const std::wstring application = resolveProgram(spec);
    std::wstring line = commandLine(spec);
    std::wstring block = spec.environment.empty() ? std::wstring() : environmentBlock(spec.environment);
    const std::wstring directory = widen(spec.workingDirectory);
    auto attempt = [&](DWORD f) {
        return CreateProcessW(application.c_str(), line.data(), nullptr, nullptr, TRUE,
                              f | CREATE_UNICODE_ENVIRONMENT, block.empty() ? nullptr : block.data(),
                              directory.empty() ? nullptr : directory.c_str(), &startup, info) != 0;
    };
    bool ok = attempt(flags);
    if (!ok && (flags & CREATE_BREAKAWAY_FROM_JOB) && GetLastError() == ERROR_ACCESS_DENIED)
        ok = attempt(flags & ~DWORD(CREATE_BREAKAWAY_FROM_JOB)); // our job forbids leaving it
    if (!ok)
        *error = errorText(GetLastError());
    return ok;
}

std::atomic<int> g_stopRequests{0};
HANDLE g_stopEvent = nullptr;

BOOL WINAPI onConsoleControl(DWORD type) {
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT) {
        g_stopRequests.fetch_add(1);
        return TRUE;
    }
    return FALSE;
}

} // namespace

struct ProcessTree::State {
    HANDLE job = nullptr;
    HANDLE process = nullptr;
    ProcessId pid = 0;
    std::optional<ExitStatus> status;
};

ProcessTree::ProcessTree()
    : m(std::make_unique<State>()) {}

ProcessTree::~ProcessTree() {
    kill();
    if (m->process)
        CloseHandle(m->process);
    if (m->job)
        CloseHandle(m->job); // KILL_ON_JOB_CLOSE: nothing of the tree survives this
}

bool ProcessTree::start(const ProcessSpec& spec, std::string* error) {
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    // Breakaway allowed: startDetached() from inside the tree (a client starting the agent) asks
    // for it explicitly; every other process the tree starts stays in the job.
    limits.BasicLimitInformation.LimitFlags =
        JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_BREAKAWAY_OK;
    if (!job || !SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
        *error = "cannot create a job object: " + errorText(GetLastError());
        if (job)
            CloseHandle(job);
        return false;
    }
    // Suspended until it is in the job, so nothing it starts can escape the job. Its own process
    // group, so CTRL_BREAK reaches it and not us; our console if we have one (else CTRL_BREAK
    // could not reach it), else a hidden one rather than a window.
    PROCESS_INFORMATION info{};
    const DWORD flags = CREATE_SUSPENDED | CREATE_NEW_PROCESS_GROUP | (haveConsole() ? 0 : CREATE_NO_WINDOW);
    if (!create(spec, flags, &info, error)) {
        CloseHandle(job);
        return false;
    }
    if (!AssignProcessToJobObject(job, info.hProcess)) {
        *error = "cannot put the process into a job object: " + errorText(GetLastError());
        TerminateProcess(info.hProcess, kKilledExitCode);
        CloseHandle(info.hThread);
        CloseHandle(info.hProcess);
        CloseHandle(job);
        return false;
    }
    ResumeThread(info.hThread);
    CloseHandle(info.hThread);
    m->job = job;
    m->process = info.hProcess;
    m->pid = ProcessId(info.dwProcessId);
    return true;
}

ProcessId ProcessTree::pid() const {
    return m->pid;
}

void ProcessTree::requestStop() {
    if (m->pid > 0 && !poll())
        platform::requestStop(m->pid);
}

void ProcessTree::kill() {
    if (m->job)
        TerminateJobObject(m->job, kKilledExitCode);
}

std::optional<ExitStatus> ProcessTree::poll() {
    return wait(std::chrono::milliseconds(0));
}

std::optional<ExitStatus> ProcessTree::wait(std::chrono::milliseconds timeout) {
    if (m->status || !m->process)
        return m->status;
    if (WaitForSingleObject(m->process, DWORD(timeout.count())) == WAIT_OBJECT_0) {
        DWORD code = 0;
        GetExitCodeProcess(m->process, &code);
        m->status = ExitStatus{int(code), 0};
    }
    return m->status;
}

ExitStatus ProcessTree::killedStatus() {
    return {int(kKilledExitCode), 0};
}

ProcessId startDetached(const ProcessSpec& spec, std::string* error) {
    // Out of our job (if it allows that) and our console: a hidden console of its own, which
    // the processes it starts share, so its own CTRL_BREAK to them works.
    PROCESS_INFORMATION info{};
    if (!create(spec, CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW | CREATE_BREAKAWAY_FROM_JOB, &info, error))
        return 0;
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return ProcessId(info.dwProcessId);
}

ProcessId currentProcessId() {
    return ProcessId(GetCurrentProcessId());
}

bool processAlive(ProcessId pid) {
    if (pid <= 0)
        return false;
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists, but belongs to someone else
    const bool alive = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return alive;
}

void requestStop(ProcessId pid) {
    if (pid <= 0)
        return;
    if (HANDLE event = OpenEventW(EVENT_MODIFY_STATE, FALSE, stopEventName(pid).c_str())) {
        SetEvent(event);
        CloseHandle(event);
    }
    // Reaches the process group `pid` leads if it shares our console; fails harmlessly if not.
    GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(pid));
}

void killTree(ProcessId leader) {
    if (leader <= 0)
        return;
    if (HANDLE process = OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(leader))) {
        TerminateProcess(process, kKilledExitCode);
        CloseHandle(process);
    }
}

void listenForStopRequests() {
    if (!g_stopEvent)
        g_stopEvent = CreateEventW(nullptr, FALSE, FALSE, stopEventName(currentProcessId()).c_str());
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

bool takeStopRequest() {
    if (g_stopEvent && WaitForSingleObject(g_stopEvent, 0) == WAIT_OBJECT_0)
        return true;
    int pending = g_stopRequests.load();
    while (pending > 0 && !g_stopRequests.compare_exchange_weak(pending, pending - 1)) {
    }
    return pending > 0;
}

} // namespace trainyard::platform
