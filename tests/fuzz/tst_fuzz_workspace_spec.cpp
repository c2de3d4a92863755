// The workspace.json / spec.json fuzz target run by ctest with any compiler: seeds written here
// (a workspace, an agent's settings, a rank's spec, a run's configuration), then seeded mutations
// of them (deterministic, so a failure repeats).

#include "tests/fuzz/JsonMutator.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using trainyard::fuzz::mutateJson;
using trainyard::fuzz::Rng;

const QList<QByteArray> kTokens{"0",
                                "-1",
                                "99",
                                "2147483647",
                                "1e308",
                                "0.5",
                                "null",
                                "true",
                                "\"\"",
                                "[]",
                                "{}",
                                "\"x\"",
                                "\"50\"",
                                "-2147483648",
                                "\"../../../../tmp/x\"",
                                "\"{datastore:../../etc:download}\"",
                                "[\"{datastore:..hidden}\", \"{datastore:/etc}\", \"$(touch x)\"]",
                                "\"\\u0000\"",
                                "\"\\ud800\""};

const QList<QByteArray> kKeys{"format",
                              "engine",
                              "local",
                              "tick_ms",
                              "node_prepare_ms",
                              "node_leave_ms",
                              "cancel_grace_seconds",
                              "agent_idle_exit_seconds",
                              "python",
                              "name",
                              "path",
                              "rank",
                              "node_index",
                              "arguments",
                              "environment",
                              "working_directory",
                              "grace_seconds",
                              "experiment",
                              "node_count",
                              "distribution",
                              "process_count_per_node",
                              "secret_environment",
                              "environment_variables",
                              "command",
                              "entry_script"};

const QList<QByteArray> kSeeds{
    R"({"name": "ws", "engine": "local", "format": 1, "local": {"tick_ms": 50, "node_prepare_ms": 100,
        "node_leave_ms": 10, "cancel_grace_seconds": 2, "agent_idle_exit_seconds": 30, "python": "python3"}})",
    R"({"name": "ws", "engine": "local", "format": 99, "local": {"tick_ms": 0}})",
    R"({"workspace_name": "w", "engine": "slurm", "url": "http://h:6820", "user": "u", "work_dir": "/shared"})",
    R"({"run_id": "e_1_0", "rank": 0, "node_index": 0, "node_id": "cpu-n0", "program": "/bin/sh",
        "arguments": ["-c", "echo"], "working_directory": "/ws/runs/e/snapshot",
        "environment": {"API_KEY": "x", "PYTHONPATH": "/ws/lib"}, "log_file": "/ws/runs/e/logs/std_log.txt",
        "rank_dir": "/ws/runs/e/ranks/0", "grace_seconds": 10})",
    R"({"experiment": "mnist", "compute": "cpu", "entry_script": "train.py", "source_directory": "/src",
        "arguments": ["--data", "{datastore:mnist}", "{datastore:mnist/x:download}"], "node_count": 2,
        "distribution": {"type": "pytorch", "process_count_per_node": 2},
        "environment_variables": {"A": "1"}, "secret_environment": {"API_KEY": "hf"}})",
    "",
    "{",
    "[]",
    "{\"local\": 7}",
    "{\"format\": \"1\"}"};

} // namespace

int main() {
    for (const QByteArray& seed : kSeeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(seed.constData()), size_t(seed.size()));
    bool ok = false;
    int iterations = qEnvironmentVariableIntValue("TRAINYARD_FUZZ_ITERATIONS", &ok);
    if (!ok || iterations <= 0)
        iterations = 5000;
    Rng rng{0x2545F4914F6CDD1Dull};
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input =
            mutateJson(kSeeds.at(rng.below(int(kSeeds.size()))), rng, kSeeds, kTokens, kKeys);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    }
    std::printf("%d seeds and %d seeded mutations of workspace.json / spec.json / run configurations ran "
                "without a broken invariant\n",
                int(kSeeds.size()), iterations);
    return 0;
}
