// core/platform, both halves: the same plain C++ test runs on Linux (ctest tst_platform, the
// POSIX half) and under Wine (.ci/check-win32.sh, the Win32 half, built with mingw-w64). The
// test program is also its own child: `tst_platform child <mode> ...` plays the processes the
// tests start (a chatty one, a slow one, one that ignores stop requests, a grandparent ...).
#include "core/platform/Files.h"
#include "core/platform/Process.h"
#include "core/platform/System.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using namespace trainyard::platform;

namespace {

#ifdef _WIN32
constexpr bool kWindows = true;
#else
constexpr bool kWindows = false;
#endif
constexpr int kSigterm = 15; // the same number on Linux and macOS (no <csignal> outside core/platform)

std::string g_self; // this program, absolute
fs::path g_tmp;     // a fresh folder for this run

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    std::erase(s, '\r'); // a Windows child's stdout is in text mode
    return s;
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

ProcessId pidIn(const fs::path& file) {
    ProcessId pid = 0;
    eventually([&] { return (pid = std::atoll(readFile(file).c_str())) > 0; }, 10s);
    return pid;
}

ProcessSpec child(std::vector<std::string> arguments, const std::string& output = {}) {
    ProcessSpec spec;
    spec.program = g_self;
    spec.arguments = {"child"};
    spec.arguments.insert(spec.arguments.end(), arguments.begin(), arguments.end());
    spec.outputFile = output;
    return spec;
}

// ---- the child's side --------------------------------------------------------------------

void sleepForever() {
    for (;;)
        std::this_thread::sleep_for(1s);
}

// Starts `mode pidfile` as a grandchild in this process's own group or job (as a script's
// `subprocess.Popen` would), through the shell, which every platform has.
void startGrandchild(const std::string& mode, const std::string& pidFile) {
    const std::string command =
        kWindows ? "start \"\" /b \"" + g_self + "\" child " + mode + " \"" + pidFile + "\""
                 : "'" + g_self + "' child " + mode + " '" + pidFile + "' &";
    std::system(command.c_str());
}

int runChild(const std::vector<std::string>& a) {
    const std::string mode = a.at(0);
    if (mode == "print") { // output to stdout and stderr, then an exit code
        std::cout << "to stdout" << std::endl;
        std::cerr << "to stderr" << std::endl;
        return std::atoi(a.at(1).c_str());
    }
    if (mode == "args") {
        for (size_t i = 1; i < a.size(); ++i)
            std::cout << '[' << a[i] << "]\n";
        return 0;
    }
    if (mode == "env") {
        const char* value = std::getenv(a.at(1).c_str());
        std::cout << (value ? value : "(unset)") << '\n' << fs::current_path().string() << std::endl;
        return 0;
    }
    if (mode == "sleep") // ends on the platform's default stop (SIGTERM, CTRL_BREAK)
        sleepForever();
    if (mode == "raise") { // stops itself as another process would: SIGTERM (POSIX)
        requestStop(currentProcessId());
        sleepForever();
    }
    if (mode == "stubborn") { // ignores stop requests; writes its pid for the test
        listenForStopRequests();
        writeFile(a.at(1), std::to_string(currentProcessId()));
        sleepForever();
    }
    if (mode == "stubborn-tree") { // a stubborn grandchild under a stubborn child
        listenForStopRequests();
        startGrandchild("stubborn", a.at(1));
        sleepForever();
    }
    if (mode == "until-stopped") { // ends cleanly when asked to stop
        listenForStopRequests();
        writeFile(a.at(1), std::to_string(currentProcessId()));
        while (!takeStopRequest())
            std::this_thread::sleep_for(10ms);
        std::cout << "stopped cleanly" << std::endl;
        return 0;
    }
    if (mode == "launcher") { // a client that starts an agent and ends
        std::string error;
        ProcessSpec agent = child({"until-stopped", a.at(1)}, a.at(2));
        return startDetached(agent, &error) > 0 ? 0 : 1;
    }
    if (mode == "stop-own-child") { // like the runner: start a program, stop it, say how it went
        ProcessTree tree;
        std::string error;
        // Windows: CTRL_BREAK needs a console shared with the child, which Wine without a
        // terminal does not give; the stop event reaches a child that listens for it.
        const std::vector<std::string> childMode =
            kWindows ? std::vector<std::string>{"until-stopped", a.at(1) + ".pid"}
                     : std::vector<std::string>{"sleep"};
        if (!tree.start(child(childMode), &error))
            return 1;
        if (kWindows) // a stop event set before the child creates it is lost: wait until it listens
            pidIn(a.at(1) + ".pid");
        else
            std::this_thread::sleep_for(300ms); // a signal is never lost; the sleep tests a running child
        const auto begin = std::chrono::steady_clock::now();
        const ExitStatus status = tree.stop(10s);
        const auto took = std::chrono::steady_clock::now() - begin;
        writeFile(a.at(1),
                  std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()) + ' ' +
                      std::to_string(status.code) + ' ' + std::to_string(status.signal) + '\n');
        return 0;
    }
    if (mode == "hold-lock") {
        InstanceLock lock(a.at(1));
        if (!lock.tryLock())
            return 3;
        writeFile(a.at(2), "locked");
        sleepForever();
    }
    std::cerr << "unknown child mode " << mode << std::endl;
    return 2;
}

// ---- the tests ---------------------------------------------------------------------------

int g_failed = 0;
int g_passed = 0;
bool g_current = true;

#define CHECK(condition)                                                                                     \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::cout << "  FAIL " << __LINE__ << ": " #condition << std::endl;                              \
            g_current = false;                                                                               \
        }                                                                                                    \
    } while (0)

void outputAndExitCode() {
    const fs::path log = g_tmp / "print.log";
    writeFile(log, "already there\n");
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(child({"print", "3"}, log.string()), &error));
    CHECK(tree.pid() > 0);
    const auto status = tree.wait(10s);
    CHECK(status && status->code == 3 && status->signal == 0);
    const std::string text = readFile(log);
    CHECK(text.rfind("already there\n", 0) == 0); // appended, not truncated
    CHECK(text.find("to stdout") != std::string::npos);
    CHECK(text.find("to stderr") != std::string::npos);

    ProcessTree zero;
    CHECK(zero.start(child({"print", "0"}, log.string()), &error));
    const auto ok = zero.wait(10s);
    CHECK(ok && ok->code == 0);
    CHECK(!processAlive(zero.pid()));
}

void argumentsArriveIntact() {
    const fs::path log = g_tmp / "args.log";
    const std::vector<std::string> args = {"plain",         "with space", "",  "quo\"te",
                                           "back\\slash\\", "x\\\\\"y",   "ü€"};
    std::vector<std::string> all = {"args"};
    all.insert(all.end(), args.begin(), args.end());
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(child(all, log.string()), &error));
    CHECK(tree.wait(10s).has_value());
    std::string expected;
    for (const std::string& a : args)
        expected += '[' + a + "]\n";
    const std::string text = readFile(log);
    // The last argument is not ASCII: a C runtime's narrow argv under Windows is in the ANSI
    // code page, so there only the ASCII ones are compared (CommandLineToArgvW's rules).
    const size_t ascii = kWindows ? expected.rfind("[ü") : expected.size();
    CHECK(text.substr(0, ascii) == expected.substr(0, ascii));
    if (!(text.substr(0, ascii) == expected.substr(0, ascii)))
        std::cout << "  (the child got: " << text << ")" << std::endl;
}

void environmentAndWorkingDirectory() {
    const fs::path dir = g_tmp / "work dir";
    fs::create_directories(dir);
    const fs::path log = g_tmp / "env.log";
    ProcessSpec spec = child({"env", "TRAINYARD_PLATFORM_TEST"}, log.string());
    spec.workingDirectory = dir.string();
    spec.environment = {"TRAINYARD_PLATFORM_TEST=hello there"};
    if (const char* root = std::getenv("SystemRoot"))
        spec.environment.push_back(std::string("SystemRoot=") + root);
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(spec, &error));
    CHECK(tree.wait(10s).has_value());
    const std::string text = readFile(log);
    CHECK(text.find("hello there\n") == 0);
    CHECK(fs::equivalent(fs::path(text.substr(text.find('\n') + 1, text.rfind('\n') - text.find('\n') - 1)),
                         dir));
}

void programOnPath() {
    // A bare name is looked up on the child's PATH, not ours.
    const fs::path bin = g_tmp / "bin";
    fs::create_directories(bin);
    const fs::path self(g_self);
    fs::copy_file(self, bin / self.filename(), fs::copy_options::overwrite_existing);
    ProcessSpec spec = child({"print", "4"});
    spec.program = kWindows ? self.stem().string() : self.filename().string();
    spec.environment = {"PATH=" + bin.string()};
    if (const char* root = std::getenv("SystemRoot"))
        spec.environment.push_back(std::string("SystemRoot=") + root);
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(spec, &error));
    const auto status = tree.wait(10s);
    CHECK(status && status->code == 4);
}

void missingProgram() {
    ProcessTree tree;
    std::string error;
    ProcessSpec spec;
    spec.program = (g_tmp / "no-such-program").string();
    CHECK(!tree.start(spec, &error));
    CHECK(!error.empty());
    std::cout << "  (the reason given: " << error << ")" << std::endl;
    CHECK(startDetached(spec, &error) == 0);
}

void signalStatus() {
    if (kWindows)
        return; // Windows has no signals; exit codes are all there is
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(child({"raise"}), &error));
    const auto status = tree.wait(10s);
    CHECK(status && status->signal == kSigterm && status->code == 128 + kSigterm);
}

void stopEndsACooperativeProcessBeforeTheGrace() {
    // From a detached process, as the runner does it (on Windows it then has a console of its
    // own, which CTRL_BREAK needs and the test program under Wine may not have).
    const fs::path result = g_tmp / "stop-result.txt";
    std::string error;
    CHECK(startDetached(child({"stop-own-child", result.string()}), &error) > 0);
    CHECK(eventually([&] { return readFile(result).find('\n') != std::string::npos; }, 20s));
    std::istringstream text(readFile(result));
    long long tookMs = -1;
    int code = -1, signal = -1;
    text >> tookMs >> code >> signal;
    std::cout << "  (stopped after " << tookMs << " ms, exit code " << code << ", signal " << signal << ")"
              << std::endl;
    CHECK(tookMs >= 0 && tookMs < 5000); // the stop request itself ended it, not the kill after the grace
    CHECK(kWindows ? code != 137 : signal == kSigterm);
}

void stopKillsAStubbornTreeAfterTheGrace() {
    const fs::path pidFile = g_tmp / "grandchild.pid";
    ProcessTree tree;
    std::string error;
    CHECK(tree.start(child({"stubborn-tree", pidFile.string()}), &error));
    const ProcessId grandchild = pidIn(pidFile);
    CHECK(grandchild > 0 && grandchild != tree.pid());
    CHECK(processAlive(grandchild));
    const auto begin = std::chrono::steady_clock::now();
    const ExitStatus status = tree.stop(1000ms);
    const auto took = std::chrono::steady_clock::now() - begin;
    CHECK(took >= 900ms); // it ignored the request for the whole grace period
    CHECK(took < 8s);
    CHECK(kWindows ? status.code == 137 : status.signal == 9);        // SIGKILL
    CHECK(eventually([&] { return !processAlive(grandchild); }, 5s)); // the grandchild went too
}

void destroyingTheTreeKillsIt() {
    const fs::path pidFile = g_tmp / "orphan.pid";
    {
        ProcessTree tree;
        std::string error;
        CHECK(tree.start(child({"stubborn", pidFile.string()}), &error));
        CHECK(pidIn(pidFile) > 0);
    }
    CHECK(eventually([&] { return !processAlive(pidIn(pidFile)); }, 5s));
}

void detachedOutlivesItsClient() {
    const fs::path pidFile = g_tmp / "agent.pid";
    const fs::path log = g_tmp / "agent.log";
    ProcessTree client;
    std::string error;
    CHECK(client.start(child({"launcher", pidFile.string(), log.string()}), &error));
    const auto launched = client.wait(10s);
    CHECK(launched && launched->code == 0);
    const ProcessId agent = pidIn(pidFile);
    CHECK(agent > 0);
    client.kill(); // the client's whole tree: the agent is not part of it
    std::this_thread::sleep_for(300ms);
    CHECK(processAlive(agent));
    requestStop(agent);
    CHECK(eventually([&] { return !processAlive(agent); }, 10s));
    CHECK(eventually([&] { return readFile(log).find("stopped cleanly") != std::string::npos; }, 5s));
}

void instanceLock() {
    const std::string path = (g_tmp / "agent.lock").string();
    CHECK(InstanceLock::holder(path) == 0);
    InstanceLock first(path);
    CHECK(first.tryLock() && first.isLocked());
    CHECK(InstanceLock::holder(path) == currentProcessId());
    InstanceLock second(path);
    CHECK(!second.tryLock());
    first.unlock();
    CHECK(InstanceLock::holder(path) == 0);
    CHECK(second.tryLock());
    second.unlock();

    // Held by another process: refused here until that process dies, however it dies.
    const fs::path locked = g_tmp / "locked";
    ProcessTree holder;
    std::string error;
    CHECK(holder.start(child({"hold-lock", path, locked.string()}), &error));
    CHECK(eventually([&] { return fs::exists(locked); }, 10s));
    CHECK(InstanceLock::holder(path) == holder.pid());
    InstanceLock third(path);
    CHECK(!third.tryLock());
    holder.kill();
    CHECK(holder.wait(10s).has_value());
    CHECK(eventually([&] { return third.tryLock(); }, 5s));
}

void smallFacts() {
    CHECK(processAlive(currentProcessId()));
    CHECK(!currentUserName().empty());
    if (isSuperuser())
        CHECK(currentUserName() == "root");
    CHECK(!processAlive(0));
    const fs::path a = g_tmp / "a.txt", b = g_tmp / "b.txt";
    writeFile(a, "a");
    writeFile(b, "b");
    FILE* fa = std::fopen(a.string().c_str(), "rb");
    FILE* fa2 = std::fopen(a.string().c_str(), "rb");
    FILE* fb = std::fopen(b.string().c_str(), "rb");
#ifdef _WIN32
    auto fd = [](FILE* f) { return _fileno(f); };
#else
    auto fd = [](FILE* f) { return fileno(f); };
#endif
    CHECK(fileIdentity(fd(fa)) != 0);
    CHECK(fileIdentity(fd(fa)) == fileIdentity(fd(fa2)));
    CHECK(fileIdentity(fd(fa)) != fileIdentity(fd(fb)));
    std::fclose(fa);
    std::fclose(fa2);
    std::fclose(fb);
}

// Files.h: the durable write replaces a file whole, leaves no temporary file behind, gives new
// files the permissions asked for (POSIX) and keeps those of a file it replaces.
void durableWrite() {
    const fs::path folder = g_tmp / "durable";
    fs::create_directories(folder);
    const fs::path file = folder / "settings.json";
    CHECK(writeFileDurably(file.string(), "first", 0600).empty());
    CHECK(readFile(file) == "first");
    const std::string big(3 << 20, 'x'); // several write() calls' worth
    CHECK(writeFileDurably(file.string(), big, 0600).empty());
    CHECK(readFile(file) == big);
    CHECK(writeFileDurably(file.string(), "", 0600).empty());
    CHECK(fs::exists(file) && fs::file_size(file) == 0);
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
    if (!kWindows) {
        using fs::perms;
        CHECK((fs::status(file).permissions() & perms::all) == (perms::owner_read | perms::owner_write));
        fs::permissions(file, perms::owner_read | perms::owner_write | perms::group_read);
        CHECK(writeFileDurably(file.string(), "second", 0600).empty());
        CHECK((fs::status(file).permissions() & perms::all) ==
              (perms::owner_read | perms::owner_write | perms::group_read));
    }
    // A folder that does not exist: the system's reason, and nothing written anywhere.
    const std::string why = writeFileDurably((folder / "missing" / "f").string(), "x", 0600);
    std::cout << "  (the reason given: " << why << ")" << std::endl;
    CHECK(!why.empty());
    CHECK(!fs::exists(folder / "missing"));
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
}

void privateFolder() {
    const fs::path folder = g_tmp / "private";
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
    CHECK(isPrivateFolder(folder.string()));
    CHECK(!isPrivateFolder((g_tmp / "no-such-folder").string()));
    writeFile(g_tmp / "a-file", "x");
    CHECK(!isPrivateFolder((g_tmp / "a-file").string()));
    if (kWindows)
        return; // no ACL is read on Windows (Files.h), and links need a privilege there
    fs::permissions(folder, fs::perms::owner_all | fs::perms::group_exec, fs::perm_options::replace);
    CHECK(!isPrivateFolder(folder.string())); // others may enter
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
    fs::create_directory_symlink(folder, g_tmp / "link-to-private");
    CHECK(!isPrivateFolder((g_tmp / "link-to-private").string())); // a link could be re-pointed
    if (isSuperuser())
        return;                   // root owns everything it makes; another owner needs another user
    CHECK(!isPrivateFolder("/")); // root's
}

void currentUserAndPeer() {
    const std::string id = currentUserId();
    std::cout << "  (this user: " << id << ")" << std::endl;
    CHECK(!id.empty());
    CHECK(kWindows ? id.rfind("S-1-", 0) == 0 : id.find_first_not_of("0123456789") == std::string::npos);
    std::intptr_t ends[2] = {-1, -1};
    CHECK(connectedLocalPair(ends));
    CHECK(localPeerIsThisUser(ends[0])); // either end: this process, this user
    CHECK(localPeerIsThisUser(ends[1]));
    closeLocalSocket(ends[0]);
    closeLocalSocket(ends[1]);
    CHECK(!localPeerIsThisUser(-1)); // not a socket at all
}

} // namespace

int main(int argc, char** argv) {
    g_self = fs::absolute(argv[0]).string();
    if (kWindows && fs::path(g_self).extension() != ".exe")
        g_self += ".exe";
    if (argc > 2 && std::string(argv[1]) == "child")
        return runChild(std::vector<std::string>(argv + 2, argv + argc));

    g_tmp = fs::temp_directory_path() / ("trainyard-platform-" + std::to_string(currentProcessId()));
    fs::create_directories(g_tmp);
    const std::pair<const char*, void (*)()> tests[] = {
        {"outputAndExitCode", outputAndExitCode},
        {"argumentsArriveIntact", argumentsArriveIntact},
        {"environmentAndWorkingDirectory", environmentAndWorkingDirectory},
        {"programOnPath", programOnPath},
        {"missingProgram", missingProgram},
        {"signalStatus", signalStatus},
        {"stopEndsACooperativeProcessBeforeTheGrace", stopEndsACooperativeProcessBeforeTheGrace},
        {"stopKillsAStubbornTreeAfterTheGrace", stopKillsAStubbornTreeAfterTheGrace},
        {"destroyingTheTreeKillsIt", destroyingTheTreeKillsIt},
        {"detachedOutlivesItsClient", detachedOutlivesItsClient},
        {"instanceLock", instanceLock},
        {"smallFacts", smallFacts},
        {"durableWrite", durableWrite},
        {"privateFolder", privateFolder},
        {"currentUserAndPeer", currentUserAndPeer},
    };
    for (const auto& [name, test] : tests) {
        if (argc > 1 && std::string(argv[1]) != name)
            continue;
        g_current = true;
        std::cout << name << std::endl;
        test();
        (g_current ? g_passed : g_failed)++;
        std::cout << (g_current ? "  ok" : "  FAILED") << std::endl;
    }
    std::error_code ignored;
    fs::remove_all(g_tmp, ignored);
    std::cout << g_passed << " passed, " << g_failed << " failed" << std::endl;
    return g_failed == 0 ? 0 : 1;
}
