#pragma once

// Process control for the local engine, the same on Linux, macOS and Windows: start a process
// tree (attached, so it can be stopped and killed as a whole, or detached, so it outlives this
// process), ask it to stop, kill it after a grace period, and read its exact exit status.
// Plain C++ on purpose: the Windows half is built and tested without Qt (.ci/check-win32.sh).
// Implementations: core/platform/posix (process groups, signals) and core/platform/win32 (job
// objects, CTRL_BREAK and a per-process stop event). No other file includes a system header.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trainyard::platform {

using ProcessId = std::int64_t;

struct ProcessSpec {
    std::string program;                  // a path, or a name looked up on the PATH of environment
    std::vector<std::string> arguments;   // after the program's own name
    std::string workingDirectory;         // empty: this process's
    std::vector<std::string> environment; // the whole environment, "NAME=value"; empty: this process's
    std::string outputFile;               // stdout and stderr are appended here; empty: the null device
};

struct ExitStatus {
    int code = 0;   // the exit code; for a signal, 128 + signal as a shell reports it
    int signal = 0; // the signal that ended the process (POSIX only; 0 when it exited)
};

// A process and everything it starts: its own process group (POSIX) or job object with
// KILL_ON_JOB_CLOSE (Windows), so a stop or a kill reaches the grandchildren too. Its stdin is
// the null device. Destroying the object kills whatever is left of the tree.
class ProcessTree {
public:
    ProcessTree();
    ~ProcessTree();
    ProcessTree(const ProcessTree&) = delete;
    ProcessTree& operator=(const ProcessTree&) = delete;

    // False, with the reason in *error ("No such file or directory"), if it could not start.
    bool start(const ProcessSpec& spec, std::string* error);
    ProcessId pid() const;

    void requestStop(); // SIGTERM to the group; on Windows CTRL_BREAK to its group and its stop event
    void kill();        // SIGKILL to the group; on Windows the job object is terminated
    // The first process's exit status once it has ended (the rest of the tree may live on).
    std::optional<ExitStatus> poll();
    std::optional<ExitStatus> wait(std::chrono::milliseconds timeout);
    // requestStop(), up to `grace` for the process to end, then kill() of the whole tree.
    ExitStatus stop(std::chrono::milliseconds grace);

private:
    static ExitStatus killedStatus(); // what a kill() reports: SIGKILL, or exit code 137 on Windows

    struct State;
    std::unique_ptr<State> m;
};

// Starts a process that outlives this one: in a session (POSIX) or process group (Windows) of
// its own, no console window, never reaped by this process. Returns its id, or 0 with *error.
ProcessId startDetached(const ProcessSpec& spec, std::string* error);

ProcessId currentProcessId();
bool processAlive(ProcessId pid); // false for an ended one, even if not yet reaped
// Asks another process to stop: SIGTERM; on Windows the stop event that process listens on
// (listenForStopRequests) and CTRL_BREAK.
void requestStop(ProcessId pid);
// Kills a process and, where the platform keeps one, the group it leads (POSIX). On Windows the
// tree of a dead runner went with its job object already; this ends the process itself.
void killTree(ProcessId leader);

// The receiving side of requestStop(): SIGTERM, SIGINT and SIGHUP (POSIX) or the stop event,
// CTRL_C, CTRL_BREAK and closing the console (Windows) are recorded instead of ending the process.
void listenForStopRequests();
bool takeStopRequest(); // true once per request received since the last call

} // namespace trainyard::platform
