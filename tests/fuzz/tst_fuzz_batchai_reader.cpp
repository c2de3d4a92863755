// The fuzz target's entry point run by ctest with any compiler: every Batch AI fixture, then
// seeded mutations of them (deterministic, so a failure repeats). The libFuzzer build
// (fuzz_batchai_reader, clang only) explores further; this keeps the invariants checked in CI.

#include "core/batchai/BatchAiDocument.h"
#include "tests/core/batchai/BatchAiFixtures.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

struct Rng {
    quint64 state;
    quint64 next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
};

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

QByteArray mutate(QByteArray b, Rng& rng, const QList<QByteArray>& corpus) {
    const int steps = 1 + rng.below(4);
    for (int s = 0; s < steps; ++s) {
        const int at = rng.below(int(b.size()) + 1);
        switch (rng.below(8)) {
        case 0: // flip a byte
            if (!b.isEmpty())
                b[rng.below(int(b.size()))] = char(rng.next());
            break;
        case 1: // insert a JSON character
            b.insert(at, "{}[]\":,0123456789-.eE \\ntfu"[rng.below(29)]);
            break;
        case 2: // delete a range
            b.remove(at, rng.below(16));
            break;
        case 3: // truncate
            b.truncate(at);
            break;
        case 4: // splice from another file
        {
            const QByteArray& other = corpus.at(rng.below(int(corpus.size())));
            const int from = rng.below(int(other.size()));
            b.insert(at, other.mid(from, rng.below(200)));
            break;
        }
        case 5: // replace the value after some ':' with a corner value
        {
            const int colon = b.indexOf(':', at);
            if (colon >= 0) {
                int end = colon + 1;
                while (end < b.size() && b[end] != ',' && b[end] != '}' && b[end] != '\n')
                    ++end;
                b.replace(colon + 1, end - colon - 1,
                          QByteArray(" " + tokens().at(rng.below(int(tokens().size())))));
            }
            break;
        }
        case 6: // add a known key with a corner value after an opening brace
        {
            const int brace = b.indexOf('{', at);
            if (brace >= 0)
                b.insert(brace + 1, QByteArray("\"" + keys().at(rng.below(int(keys().size()))) +
                                               "\": " + tokens().at(rng.below(int(tokens().size()))) + ","));
            break;
        }
        default: // duplicate a range
            b.insert(at, b.mid(rng.below(int(b.size()) + 1), rng.below(64)));
            break;
        }
    }
    return b;
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
        const QByteArray input = mutate(corpus.at(rng.below(int(corpus.size()))), rng, corpus);
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
