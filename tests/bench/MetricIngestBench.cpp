// Metric ingest figure (issue 5): JSON Lines, as the Python helper writes them, parsed and
// stored in SQLite (MetricStore, one transaction per 8 MB chunk as FileTail delivers them).
#include "Bench.h"

#include "core/metrics/MetricStore.h"
#include "core/metrics/MetricsJsonlParser.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace trainyard;

namespace {

QList<bench::Result> ingestBenchmarks(const bench::Context& context) {
    const int points = context.quick ? 200000 : 1000000;
    QByteArray jsonl;
    jsonl.reserve(points * 90);
    const char* names[] = {"loss", "accuracy", "lr", "grad_norm"};
    for (int i = 0; i < points; ++i) {
        jsonl += R"({"name":")";
        jsonl += names[i % 4];
        jsonl += R"(","value":)";
        jsonl += QByteArray::number(1.0 / (1 + i), 'g', 12);
        jsonl += R"(,"step":)";
        jsonl += QByteArray::number(i / 4);
        jsonl += R"(,"time":)";
        jsonl += QByteArray::number(1.7e9 + i * 0.001, 'f', 3);
        jsonl += R"(,"rank":0,"kind":"scalar"})";
        jsonl += '\n';
    }
    QList<double> rates;
    for (int round = 0; round < (context.quick ? 1 : 3); ++round) {
        QTemporaryDir dir;
        metrics::MetricStore store;
        if (!store.open(dir.filePath(QStringLiteral("metrics.db"))))
            return {};
        MetricsJsonlParser parser;
        QElapsedTimer t;
        t.start();
        qint64 stored = 0;
        const qsizetype chunk = 8 << 20;
        for (qsizetype at = 0; at < jsonl.size(); at += chunk) {
            const QList<MetricPoint> batch = parser.feed(jsonl.mid(at, chunk));
            if (!store.insert(QStringLiteral("run_1"), batch))
                return {};
            stored += batch.size();
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (stored == points &&
            store.count(QStringLiteral("run_1"), QStringLiteral("loss")).value() == points / 4)
            rates << points / seconds;
    }
    return {
        bench::Result{QStringLiteral("metric_ingest_points_per_s"),
                      bench::median(rates),
                      QStringLiteral("points/s"),
                      {},
                      true,
                      QStringLiteral("median of %1; %2 scalar points of JSON Lines parsed and inserted in "
                                     "SQLite (WAL, synchronous=NORMAL, one transaction per 8 MB); goal >= "
                                     "100,000/s")
                          .arg(rates.size())
                          .arg(points)}};
}

bench::BenchRegistration registration{QStringLiteral("metrics"), ingestBenchmarks};

} // namespace
