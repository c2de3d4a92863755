// Metric ingest figures (issues 5 and 15): JSON Lines, as the Python helper writes them, parsed
// and stored in SQLite (MetricStore, one transaction per 8 MB chunk as FileTail delivers them).
// Baselines in the same run: for ingest, what a plain Qt program does (QJsonDocument per line, a
// prepared QSqlQuery per point, one transaction per chunk); for parsing, each reader of
// MetricsJsonlParser against the hand-written one.
#include "Bench.h"

#include "core/metrics/MetricStore.h"
#include "core/metrics/MetricsJsonlParser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ctime>

using namespace trainyard;

namespace {

constexpr qsizetype kChunk = 8 << 20;

QByteArray helperLines(int points) {
    QByteArray jsonl;
    jsonl.reserve(qsizetype(points) * 90);
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
    return jsonl;
}

// Ours: MetricsJsonlParser (default reader) -> MetricStore::insert. Points per second, 0 if wrong;
// also per second of this process's CPU time, which a machine shared with other work disturbs less.
double ingestOurs(const QByteArray& jsonl, int points, QList<double>& perCpuSecond) {
    QTemporaryDir dir;
    metrics::MetricStore store;
    if (!store.open(dir.filePath(QStringLiteral("metrics.db"))))
        return 0;
    MetricsJsonlParser parser;
    QElapsedTimer t;
    t.start();
    const std::clock_t cpuStart = std::clock();
    qint64 stored = 0;
    for (qsizetype at = 0; at < jsonl.size(); at += kChunk) {
        const QList<MetricPoint> batch = parser.feed(jsonl.mid(at, kChunk));
        if (!store.insert(QStringLiteral("run_1"), batch))
            return 0;
        stored += batch.size();
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    perCpuSecond << points / (double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    const bool complete = stored == points &&
                          store.count(QStringLiteral("run_1"), QStringLiteral("loss")).value() == points / 4;
    return complete ? points / seconds : 0;
}

// Baseline: QJsonDocument per line, one prepared QSqlQuery execution per point.
double ingestPlainQt(const QByteArray& jsonl, int points) {
    QTemporaryDir dir;
    const QString connection = QStringLiteral("bench-baseline");
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("baseline.db")));
        if (!db.open())
            return 0;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral(
            "CREATE TABLE points (name TEXT, step INTEGER, time REAL, value REAL, rank INTEGER)"));
        q.exec(QStringLiteral("CREATE INDEX points_by_step ON points(name, step)"));
        q.prepare(QStringLiteral("INSERT INTO points VALUES (?, ?, ?, ?, ?)"));
        QElapsedTimer t;
        t.start();
        qint64 stored = 0;
        for (qsizetype at = 0; at < jsonl.size(); at += kChunk) {
            db.transaction();
            for (const QByteArray& line : jsonl.mid(at, kChunk).split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.isEmpty())
                    continue; // a line cut by the chunk boundary: the rate is what counts
                q.addBindValue(o.value(QLatin1String("name")).toString());
                q.addBindValue(o.value(QLatin1String("step")).toInteger());
                q.addBindValue(o.value(QLatin1String("time")).toDouble());
                q.addBindValue(o.value(QLatin1String("value")).toDouble());
                q.addBindValue(o.value(QLatin1String("rank")).toInt());
                stored += q.exec() ? 1 : 0;
            }
            db.commit();
        }
        rate = stored >= points - jsonl.size() / kChunk - 1 ? stored / (double(t.nsecsElapsed()) / 1e9) : 0;
    }
    QSqlDatabase::removeDatabase(connection);
    return rate;
}

double parseRate(const QByteArray& jsonl, int points, MetricsJsonlParser::Reader reader) {
    MetricsJsonlParser parser;
    parser.setReader(reader);
    QElapsedTimer t;
    t.start();
    qint64 parsed = 0;
    for (qsizetype at = 0; at < jsonl.size(); at += kChunk)
        parsed += parser.feed(jsonl.mid(at, kChunk)).size();
    return parsed == points ? points / (double(t.nsecsElapsed()) / 1e9) : 0;
}

QList<bench::Result> ingestBenchmarks(const bench::Context& context) {
    const int points = context.quick ? 200000 : 1000000;
    const int baselinePoints = context.quick ? 50000 : 200000; // the baseline is slow
    const int rounds = context.quick ? 1 : 3;
    const QByteArray jsonl = helperLines(points);
    const QByteArray baselineJsonl = helperLines(baselinePoints);
    using Reader = MetricsJsonlParser::Reader;
    QList<double> ours, oursCpu, plain, sax, byHand, document;
    for (int round = 0; round < rounds; ++round) {
        ours << ingestOurs(jsonl, points, oursCpu);
        plain << ingestPlainQt(baselineJsonl, baselinePoints);
        sax << parseRate(jsonl, points, Reader::Sax);
        byHand << parseRate(jsonl, points, Reader::Handwritten);
        document << parseRate(baselineJsonl, baselinePoints, Reader::JsonDocument);
    }
    return {
        bench::Result{
            QStringLiteral("metric_ingest_points_per_s"), bench::median(ours), QStringLiteral("points/s"),
            bench::median(plain), true,
            QStringLiteral("median of %1; %2 scalar points of JSON Lines parsed (hand-written reader, SAX "
                           "for what it declines) and "
                           "inserted by MetricWriter (SQLite C API, one transaction per 8 MB, "
                           "WAL, synchronous=NORMAL, 64 MB cache); baseline: QJsonDocument per "
                           "line + a prepared QSqlQuery per point, %3 points; per second of CPU time: %4; "
                           "goal >= 1,000,000/s")
                .arg(rounds)
                .arg(points)
                .arg(baselinePoints)
                .arg(bench::median(oursCpu), 0, 'f', 0)},
        bench::Result{QStringLiteral("metric_parse_sax_lines_per_s"), bench::median(sax),
                      QStringLiteral("lines/s"), bench::median(byHand), true,
                      QStringLiteral("median of %1; MetricsJsonlParser with nlohmann_json's SAX reader; "
                                     "baseline: the hand-written flat-line reader; QJsonDocument per line: "
                                     "%2 lines/s")
                          .arg(rounds)
                          .arg(bench::median(document), 0, 'f', 0)},
    };
}

bench::BenchRegistration registration{QStringLiteral("metrics"), ingestBenchmarks};

} // namespace
