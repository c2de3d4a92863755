#include "core/batchai/BatchAiDuration.h"
#include "core/batchai/BatchAiMapper.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace trainyard;
using namespace trainyard::batchai;

namespace {
// A broken promise of the reader or the mapper is a crash, so libFuzzer and the ctest driver
// both stop at it with the input that caused it.
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "batchai fuzz invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

// One input: read it as a Batch AI file, and when it is one, map it twice (default options and
// the ones that change the most) and print the result. Returns 0 as libFuzzer wants.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto doc = parseBatchAiDocument(bytes, QStringLiteral("fuzz.json"));
    parseBatchAiDuration(QString::fromUtf8(bytes.left(40)));
    if (!doc) {
        check(!doc.error().message.isEmpty(), "an error without a message");
        check(doc.error().message.startsWith(QLatin1String("fuzz.json")),
              "an error that does not name the file");
        return 0;
    }
    ImportOptions changed;
    changed.manualScaleFromZero = true;
    changed.sourceDirectory = QStringLiteral("/src");
    changed.computeName = QStringLiteral("cpu");
    changed.idleSecondsBeforeScaledown = 60;
    for (const ImportOptions& options : {ImportOptions{}, changed}) {
        const BatchAiImport m = BatchAiMapper(doc.value(), options).map();
        const QByteArray json = QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
        check(!json.isEmpty(), "no JSON");
        for (const auto& w : m.warnings)
            check(!w.field.isEmpty() && !w.message.isEmpty(), "a warning without field or message");
        check(m.compute.has_value() == (doc->kind == DocumentKind::Cluster), "compute for a non-cluster");
        check(m.run.has_value() == (doc->kind == DocumentKind::Job), "run for a non-job");
        if (m.compute) {
            check(m.compute->minNodes >= 0 && m.compute->maxNodes >= 1, "negative node counts");
            check(m.compute->minNodes <= m.compute->maxNodes, "min_nodes above max_nodes");
            check(!m.compute->name.isEmpty(), "a compute without a name");
        }
        if (m.run) {
            const auto& r = *m.run;
            check(r.nodeCount >= 1, "node_count below 1");
            check(r.distribution.processCountPerNode >= 1, "process count below 1");
            if (r.distribution.type == DistributionType::TensorFlow)
                check(r.distribution.workerCount >= 1 &&
                          r.distribution.workerCount + r.distribution.parameterServerCount == r.nodeCount,
                      "TensorFlow counts do not add up to node_count");
            for (const auto& s : m.secrets)
                check(!s.key.isEmpty() && !s.value.isEmpty(), "a secret without key or value");
        }
    }
    return 0;
}
