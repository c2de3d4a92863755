// POSIX half of core/platform/Process.h (Linux and macOS): fork and execve, so that between the
// two only async-signal-safe calls run (the callers have threads), and so that no Linux-only
// spawn attribute (posix_spawn_file_actions_addchdir_np) is needed.
#include "core/platform/Process.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef __linux__
#include <fstream>
#endif

extern char** environ;

namespace trainyard::platform {

namespace {

bool isExecutableFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::string pathOf(const std::vector<std::string>& environment) {
    if (environment.empty()) {
        const char* path = std::getenv("PATH");
        return path ? path : "";
    }
    for (const std::string& kv : environment) {
        if (kv.rfind("PATH=", 0) == 0)
            return kv.substr(5);
    }
    return "/usr/bin:/bin";
}

// execve does not search PATH; this does, in the child's environment, before the fork.
std::string resolveProgram(const ProcessSpec& spec) {
    if (spec.program.find('/') != std::string::npos)
        return spec.program;
    const std::string path = pathOf(spec.environment);
    size_t begin = 0;
    while (begin <= path.size()) {
        const size_t end = std::min(path.find(':', begin), path.size());
        std::string dir = path.substr(begin, end - begin);
        const std::string candidate = (dir.empty() ? std::string(".") : dir) + '/' + spec.program;
        if (isExecutableFile(candidate))
            return candidate;
        begin = end + 1;
    }
    return spec.program; // execve fails with ENOENT, which is the right message
}

// Everything the child needs, prepared before the fork (the child may not allocate).
struct ExecPlan {
    std::string program;
    std::vector<std::string> argStorage;
    std::vector<char*> argv;
    std::vector<char*> envp;
    std::vector<std::string> envStorage;
    const char* workingDirectory = nullptr;
    const char* outputFile = nullptr;

    explicit ExecPlan(const ProcessSpec& spec)
        : program(resolveProgram(spec)) {
        argStorage.push_back(spec.program);
        argStorage.insert(argStorage.end(), spec.arguments.begin(), spec.arguments.end());
        for (std::string& a : argStorage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        if (spec.environment.empty()) {
            for (char** e = environ; e && *e; ++e)
                envp.push_back(*e);
        } else {
            envStorage = spec.environment;
            for (std::string& e : envStorage)
                envp.push_back(e.data());
        }
        envp.push_back(nullptr);
        workingDirectory = spec.workingDirectory.empty() ? nullptr : spec.workingDirectory.c_str();
        outputFile = spec.outputFile.empty() ? "/dev/null" : spec.outputFile.c_str();
    }
};

void writeAll(int fd, const void* data, size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        size -= size_t(n);
    }
}

// In the forked child: only async-signal-safe calls. A failure is reported through `report` as
// errno and the child exits 127.
[[noreturn]] void failChild(int report) {
    const int error = errno;
    writeAll(report, &error, sizeof error);
    ::_exit(127);
}

[[noreturn]] void execChild(const ExecPlan& plan, int report) {
    // Default dispositions and nothing blocked: the parent's handlers mean nothing here.
    struct sigaction defaults {};
    defaults.sa_handler = SIG_DFL;
    sigemptyset(&defaults.sa_mask);
    for (int s = 1; s < NSIG; ++s)
        ::sigaction(s, &defaults, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);

    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(plan.outputFile, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (in < 0 || out < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(out, 2) < 0)
        failChild(report);
    if (in > 2)
        ::close(in);
    if (out > 2)
        ::close(out);
    if (plan.workingDirectory && ::chdir(plan.workingDirectory) != 0)
        failChild(report);
    ::execve(plan.program.c_str(), plan.argv.data(), plan.envp.data());
    failChild(report);
}

bool makePipe(int fds[2]) {
    if (::pipe(fds) != 0)
        return false;
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return true;
}

// Reads what the child reported: nothing (the pipe closed on a successful exec) or an errno.
int readExecError(int fd) {
    int error = 0;
    ssize_t n;
    do {
        n = ::read(fd, &error, sizeof error);
    } while (n < 0 && errno == EINTR);
    return n == ssize_t(sizeof error) ? error : 0;
}

template <typename T> bool readValue(int fd, T* value) {
    ssize_t n;
    do {
        n = ::read(fd, value, sizeof *value);
    } while (n < 0 && errno == EINTR);
    return n == ssize_t(sizeof *value);
}

ExitStatus fromWaitStatus(int status) {
    if (WIFSIGNALED(status))
        return {128 + WTERMSIG(status), WTERMSIG(status)};
    return {WEXITSTATUS(status), 0};
}

std::atomic<int> g_stopRequests{0};

void onStopSignal(int) {
    g_stopRequests.fetch_add(1);
}

} // namespace

struct ProcessTree::State {
    pid_t pid = -1;
    std::optional<ExitStatus> status;
};

ProcessTree::ProcessTree()
    : m(std::make_unique<State>()) {}

ProcessTree::~ProcessTree() {
    if (m->pid > 0) {
        kill();
        if (!m->status)
            wait(std::chrono::milliseconds(1000)); // reap: no zombie left behind
    }
}

bool ProcessTree::start(const ProcessSpec& spec, std::string* error) {
    const ExecPlan plan(spec);
    int report[2];
    if (!makePipe(report)) {
        *error = std::strerror(errno);
        return false;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(report[0]);
        // Its own process group, so a stop reaches everything the program started and never us.
        ::setpgid(0, 0);
        execChild(plan, report[1]);
    }
    const int forkError = errno;
    ::close(report[1]);
    if (pid < 0) {
        ::close(report[0]);
        *error = std::strerror(forkError);
        return false;
    }
    ::setpgid(pid, pid); // also here, so that a kill(-pid) right after start reaches the group
    const int execError = readExecError(report[0]);
    ::close(report[0]);
    m->pid = pid;
    if (execError != 0) {
        wait(std::chrono::milliseconds(5000));
        m->pid = -1;
        *error = std::strerror(execError);
        return false;
    }
    return true;
}

ProcessId ProcessTree::pid() const {
    return m->pid;
}

void ProcessTree::requestStop() {
    if (m->pid > 0)
        ::kill(-m->pid, SIGTERM);
}

void ProcessTree::kill() {
    if (m->pid > 0)
        ::kill(-m->pid, SIGKILL);
}

std::optional<ExitStatus> ProcessTree::poll() {
    if (m->status || m->pid <= 0)
        return m->status;
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(m->pid, &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == m->pid && (WIFEXITED(status) || WIFSIGNALED(status)))
        m->status = fromWaitStatus(status);
    return m->status;
}

std::optional<ExitStatus> ProcessTree::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!poll() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m->status;
}

ExitStatus ProcessTree::killedStatus() {
    return {128 + SIGKILL, SIGKILL};
}

ProcessId startDetached(const ProcessSpec& spec, std::string* error) {
    const ExecPlan plan(spec);
    int report[2], pidPipe[2];
    if (!makePipe(report)) {
        *error = std::strerror(errno);
        return 0;
    }
    if (!makePipe(pidPipe)) {
        *error = std::strerror(errno);
        ::close(report[0]);
        ::close(report[1]);
        return 0;
    }
    // Fork twice: the middle process starts a session and ends at once, so the program is
    // nobody's child here (init reaps it) and no terminal or group signal of ours reaches it.
    const pid_t middle = ::fork();
    if (middle == 0) {
        ::close(report[0]);
        ::close(pidPipe[0]);
        ::setsid();
        const pid_t pid = ::fork();
        if (pid == 0)
            execChild(plan, report[1]);
        const int forkError = errno;
        writeAll(pidPipe[1], &pid, sizeof pid);
        if (pid < 0)
            writeAll(report[1], &forkError, sizeof forkError);
        ::_exit(0);
    }
    const int forkError = errno;
    ::close(report[1]);
    ::close(pidPipe[1]);
    pid_t pid = -1;
    int execError = forkError;
    if (middle > 0) {
        if (!readValue(pidPipe[0], &pid))
            pid = -1;
        execError = readExecError(report[0]); // EOF once the program runs (or the middle ended)
        int status = 0;
        while (::waitpid(middle, &status, 0) < 0 && errno == EINTR) {
        }
    }
    ::close(report[0]);
    ::close(pidPipe[0]);
    if (pid <= 0 || execError != 0) {
        *error = std::strerror(execError != 0 ? execError : EAGAIN);
        return 0;
    }
    return pid;
}

ProcessId currentProcessId() {
    return ::getpid();
}

bool processAlive(ProcessId pid) {
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0)
        return errno == EPERM; // it exists, but belongs to someone else
#ifdef __linux__
    // A zombie still answers kill(0) but has ended all the same (where nobody reaps, e.g. a
    // container without an init). Elsewhere there is no /proc; launchd reaps at once on macOS.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (std::getline(stat, line)) {
        const size_t close = line.rfind(')');
        if (close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z')
            return false;
    }
#endif
    return true;
}

void requestStop(ProcessId pid) {
    if (pid > 0)
        ::kill(pid_t(pid), SIGTERM);
}

void killTree(ProcessId leader) {
    if (leader <= 0)
        return;
    ::kill(-pid_t(leader), SIGKILL); // fails harmlessly if it leads no group
    ::kill(pid_t(leader), SIGKILL);
}

void listenForStopRequests() {
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(s, &action, nullptr);
}

bool takeStopRequest() {
    int pending = g_stopRequests.load();
    while (pending > 0 && !g_stopRequests.compare_exchange_weak(pending, pending - 1)) {
    }
    return pending > 0;
}

} // namespace trainyard::platform
