// The fuzz target's entry point run by ctest with any compiler: every Batch AI fixture, then
// seeded mutations of them (deterministic, so a failure repeats). The libFuzzer build
// (fuzz_batchai_reader, clang only) explores further; this keeps the invariants checked in CI.

#include "core/batchai/BatchAiDocument.h"
#include "tests/core/batchai/BatchAiFixtures.h"
#include "tests/fuzz/JsonMutator.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using trainyard::fuzz::mutateJson;
using trainyard::fuzz::Rng;

// Values that reach the mapper's corners: counts of 0, negative, huge, wrong types, nulls.
const QList<QByteArray>& tokens() {
    static const QList<QByteArray> t{"0",
                                     "-1",
                                     "2147483648",
                                     "1e308",
                                     "null",
                                     "true",
                                     "\"\"",
                                     "[]",
                                     "{}",
                                     "\"P\"",
                                     "\"7.00:00:00\"",
                                     "\"$AZ_BATCHAI_MOUNT_ROOT/\"",
                                     "\"$AZ_BATCHAI_OUTPUT_\"",
                                     "\"${AZ_BATCHAI_INPUT_X}\"",
                                     "\"<redacted>\"",
                                     "{\"manual\": {\"targetNodeCount\": -3}}",
                                     "{\"autoScale\": {\"minimumNodeCount\": 9, \"maximumNodeCount\": 2}}",
                                     "{\"processCount\": 0, \"commandLine\": \"mpirun\"}",
                                     "{\"workerCount\": 0, \"parameterServerCount\": -4}",
                                     "[{\"id\": \"\", \"path\": null}]",
                                     "[{\"name\": \"S\", \"value\": 7}]",
                                     "\"\\u0000\"",
                                     "\"\\ud800\""};
    return t;
}

const QList<QByteArray>& keys() {
    static const QList<QByteArray> k{"nodeCount",
                                     "processCount",
                                     "workerCount",
                                     "parameterServerCount",
                                     "scaleSettings",
                                     "tensorFlowSettings",
                                     "horovodSettings",
                                     "pyTorchSettings",
                                     "customToolkitSettings",
                                     "inputDirectories",
                                     "outputDirectories",
                                     "secrets",
                                     "environmentVariables",
                                     "containerSettings",
                                     "mountVolumes",
                                     "maxWallClockTime",
                                     "vmSize",
                                     "userAccountSettings",
                                     "nodeSetup",
                                     "properties",
                                     "parameters",
                                     "$schema"};
    return k;
}

} // namespace

int main() {
    // A plain program, not a Qt Test: ctest reads exit code 77 as "skipped" (SKIP_RETURN_CODE).
    const QString missing = trainyard::test::missingFixtures(QStringLiteral("batchai"));
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return trainyard::test::fixturesRequired() ? 1 : 77;
    }
    QList<QByteArray> corpus;
    for (const QString& f : trainyard::test::allBatchAiFixtures()) {
        QFile file(trainyard::test::batchAiFixture(f));
        if (file.open(QIODevice::ReadOnly))
            corpus << file.readAll();
    }
    if (corpus.size() < 29) {
        std::fprintf(stderr, "found %d fixtures under %s; expected the 29 of fixtures/batchai\n",
                     int(corpus.size()), qPrintable(trainyard::test::batchAiFixtures()));
        return 1;
    }
    corpus << QByteArray() << QByteArray("{") << QByteArray("[]") << QByteArray("{\"properties\": 1}")
           << QByteArray("{\"parameters\": {\"parameters\": {\"properties\": []}}}");
    for (const QByteArray& c : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(c.constData()), size_t(c.size()));

    bool ok = false;
    int iterations = qEnvironmentVariableIntValue("TRAINYARD_FUZZ_ITERATIONS", &ok);
    if (!ok || iterations <= 0)
        iterations = 20000;
    Rng rng{0x9E3779B97F4A7C15ull};
    int definitions = 0; // mutations that still read as a definition, so the mapper ran on them
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input =
            mutateJson(corpus.at(rng.below(int(corpus.size()))), rng, corpus, tokens(), keys());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
        definitions += trainyard::batchai::parseBatchAiDocument(input, QStringLiteral("m.json")).ok() ? 1 : 0;
    }
    std::printf("%d fixtures and %d seeded mutations (%d of them still definitions) ran without a broken "
                "invariant\n",
                int(corpus.size()), iterations, definitions);
    // Mutations that all fail to parse would test only the JSON parser.
    if (definitions < iterations / 10) {
        std::fprintf(stderr, "only %d of %d mutations reached the mapper\n", definitions, iterations);
        return 1;
    }
    return 0;
}
