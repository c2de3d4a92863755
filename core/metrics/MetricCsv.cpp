#include "core/metrics/MetricCsv.h"

#include <QCoreApplication>
#include <QDateTime>
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

QByteArray isoTime(double secondsSinceEpoch) {
    if (!std::isfinite(secondsSinceEpoch))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(secondsSinceEpoch * 1000.0)), Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .toLatin1();
}

QString suggestedCsvName(const QString& run, const QString& metric) {
    // A metric name may hold '/' (sys/cpu_percent, a table's column): no folders, no odd characters.
    QString name = run + u'-' + metric;
    for (QChar& c : name)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    return name + QStringLiteral(".csv");
}

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
            line += QByteArray::number(qint64(s.series->step(i)));
            line += ',';
            line += isoTime(s.series->time(i));
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
