#include "core/batchai/BatchAiDuration.h"

#include <QRegularExpression>

namespace trainyard::batchai {

std::optional<qint64> parseBatchAiDuration(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // [-]d.hh:mm:ss[.fff] or hh:mm:ss (TimeSpan)
    static const QRegularExpression timeSpan(
        QStringLiteral("^(?:(\\d{1,6})\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?$"));
    // "7 days, 0:00:00", "1 day, 2:03:04" (timedelta)
    static const QRegularExpression timeDelta(
        QStringLiteral("^(\\d{1,6}) days?, (\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?$"));
    static const QRegularExpression iso(QStringLiteral("^P(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?:(\\d{1,6})H)"
                                                       "?(?:(\\d{1,6})M)?(?:(\\d{1,9})(?:\\.\\d+)?S)?)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto hms = [](qint64 d, qint64 h, qint64 m, qint64 s) -> std::optional<qint64> {
        if (m >= 60 || s >= 60)
            return std::nullopt;
        return ((d * 24 + h) * 60 + m) * 60 + s;
    };
    if (auto m = timeSpan.match(text); m.hasMatch()) {
        if (m.captured(3).toInt() >= 60 || m.captured(2).toInt() >= 24)
            return std::nullopt;
        return hms(m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
                   m.captured(4).toLongLong());
    }
    if (auto m = timeDelta.match(text); m.hasMatch()) {
        if (m.captured(2).toInt() >= 24)
            return std::nullopt;
        return hms(m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
                   m.captured(4).toLongLong());
    }
    if (auto m = iso.match(text); m.hasMatch()) {
        if (text.endsWith(u'T', Qt::CaseInsensitive) || text.size() < 3)
            return std::nullopt; // "P" and "P1DT" say nothing after their designator
        const qint64 weeks = m.captured(1).toLongLong();
        const qint64 days = m.captured(2).toLongLong() + weeks * 7;
        return ((days * 24 + m.captured(3).toLongLong()) * 60 + m.captured(4).toLongLong()) * 60 +
               m.captured(5).toLongLong();
    }
    return std::nullopt;
}

QString isoDuration(qint64 seconds) {
    if (seconds <= 0)
        return QStringLiteral("PT0S");
    const qint64 days = seconds / 86400;
    const qint64 h = seconds % 86400 / 3600;
    const qint64 m = seconds % 3600 / 60;
    const qint64 s = seconds % 60;
    QString out = QStringLiteral("P");
    if (days)
        out += QString::number(days) + u'D';
    if (h || m || s) {
        out += u'T';
        if (h)
            out += QString::number(h) + u'H';
        if (m)
            out += QString::number(m) + u'M';
        if (s)
            out += QString::number(s) + u'S';
    }
    return out;
}

} // namespace trainyard::batchai
