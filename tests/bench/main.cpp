#include "Bench.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>

namespace bench {

static std::multimap<QString, Benchmark>& registry() {
    static std::multimap<QString, Benchmark> r;
    return r;
}

BenchRegistration::BenchRegistration(const QString& group, Benchmark benchmark) {
    registry().emplace(group, std::move(benchmark));
}

double median(QList<double> samples) {
    return percentile(std::move(samples), 50);
}

double percentile(QList<double> s, double p) {
    if (s.isEmpty())
        return 0;
    std::sort(s.begin(), s.end());
    const double rank = p / 100.0 * double(s.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, s.size() - 1);
    return s[lo] + (s[hi] - s[lo]) * (rank - double(lo));
}

} // namespace bench

int main(int argc, char* argv[]) {
    // Widgets benchmarks need a QApplication; on a machine without a display use offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench::Context context;
    QStringList groups;
    for (const QString& arg : app.arguments().mid(1)) {
        if (arg == QLatin1String("--quick"))
            context.quick = true;
        else if (arg == QLatin1String("--list")) {
            for (const auto& [group, fn] : bench::registry())
                std::printf("%s\n", group.toUtf8().constData());
            return 0;
        } else
            groups << arg;
    }
    for (const auto& [group, benchmark] : bench::registry()) {
        if (!groups.isEmpty() && !groups.contains(group))
            continue;
        for (const bench::Result& r : benchmark(context)) {
            QJsonObject json{
                {QStringLiteral("name"), r.name},
                {QStringLiteral("value"), r.value},
                {QStringLiteral("unit"), r.unit},
                {QStringLiteral("baseline"), r.baseline ? QJsonValue(*r.baseline) : QJsonValue()},
                {QStringLiteral("ratio"), QJsonValue()}};
            if (r.baseline && *r.baseline > 0 && r.value > 0)
                json[QStringLiteral("ratio")] =
                    r.higherIsBetter ? r.value / *r.baseline : *r.baseline / r.value;
            if (!r.note.isEmpty())
                json[QStringLiteral("note")] = r.note;
            std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
        }
    }
    return 0;
}
