#include "core/metrics/MetricCsv.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace trainyard::metrics {

namespace {

QByteArray csvField(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray number(double v) {
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    return QByteArray::number(v, 'g', 17);
}

} // namespace

Status writeMetricsCsv(const QString& path, const QList<CsvSeries>& list) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(
            QCoreApplication::translate("MetricCsv", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write("run,metric,step,time,value\n");
    QByteArray line;
    for (const CsvSeries& s : list) {
        const QByteArray prefix = csvField(s.run) + ',' + csvField(s.metric) + ',';
        for (qint64 i = 0; i < s.series->size(); ++i) {
            line = prefix;
            line += QByteArray::number(qint64(s.series->steps()[size_t(i)]));
            line += ',';
            line += QByteArray::number(s.series->times()[size_t(i)], 'f', 6);
            line += ',';
            line += number(s.series->values()[size_t(i)]);
            line += '\n';
            file.write(line);
        }
    }
    if (!file.commit())
        return Error::io(
            QCoreApplication::translate("MetricCsv", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace trainyard::metrics
