#include "core/util/IsoDuration.h"

#include <QRegularExpression>

#include <cmath>

namespace trainyard {

QString isoDurationFromSeconds(qint64 seconds) {
    if (seconds <= 0)
        return QStringLiteral("PT0S");
    QString out = QStringLiteral("P");
    if (const qint64 days = seconds / 86400)
        out += QString::number(days) + u'D';
    seconds %= 86400;
    if (seconds == 0)
        return out;
    out += u'T';
    if (const qint64 h = seconds / 3600)
        out += QString::number(h) + u'H';
    if (const qint64 m = seconds % 3600 / 60)
        out += QString::number(m) + u'M';
    if (const qint64 s = seconds % 60)
        out += QString::number(s) + u'S';
    return out;
}

std::optional<qint64> secondsFromIsoDuration(const QString& input) {
    // Bounded digit counts: no overflow, whatever a file holds.
    static const QRegularExpression iso(
        QStringLiteral(
            R"(^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,9}(?:\.\d{1,9})?)S)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = input.trimmed();
    const auto m = iso.match(text);
    // "P" and "P1DT" say nothing after their designator.
    if (!m.hasMatch() || text.size() < 3 || text.endsWith(u'T', Qt::CaseInsensitive))
        return std::nullopt;
    const qint64 days = m.captured(1).toLongLong() * 7 + m.captured(2).toLongLong();
    const qint64 whole = ((days * 24 + m.captured(3).toLongLong()) * 60 + m.captured(4).toLongLong()) * 60;
    return whole + std::llround(m.captured(5).toDouble());
}

} // namespace trainyard
