#include "core/azureml/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace trainyard::azureml {

bool RetryPolicy::isRetryableStatus(int httpStatus) {
    return httpStatus == 408 || httpStatus == 429 ||
           (httpStatus >= 500 && httpStatus != 501 && httpStatus != 505);
}

qint64 RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // HTTP-date (RFC 9110): "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

int RetryPolicy::delayMs(int retry, const QByteArray& retryAfter, const QDateTime& now) const {
    const qint64 told = parseRetryAfter(retryAfter, now);
    if (told >= 0)
        return int(std::min<qint64>(told, 10 * 60 * 1000)); // the server knows best; cap at 10 min
    const qint64 exponential = qint64(baseDelayMs) << std::min(retry, 20);
    const qint64 capped = std::min<qint64>(exponential, maxDelayMs);
    // "Full jitter" on the upper half: between capped/2 and capped.
    const qint64 half = capped / 2;
    return int(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

} // namespace trainyard::azureml
