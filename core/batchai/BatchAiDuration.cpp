#include "core/batchai/BatchAiDuration.h"

#include "core/util/IsoDuration.h"

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
    return secondsFromIsoDuration(text); // "P7D", as REST responses wrote it
}

} // namespace trainyard::batchai
