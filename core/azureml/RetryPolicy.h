#pragma once

#include <QByteArray>
#include <QDateTime>

namespace trainyard::azureml {

// When to try a request again (issue 7, "HTTP done right"): 408, 429, 5xx and transport
// failures, up to `maxRetries` times, waiting exponentially longer with jitter so that many
// clients do not retry in step, unless the server said how long with Retry-After.
struct RetryPolicy {
    int maxRetries = 4;
    int baseDelayMs = 800;
    int maxDelayMs = 60000;
    int timeoutMs = 60000; // per attempt, no answer at all

    static bool isRetryableStatus(int httpStatus);
    // Milliseconds before retry `retry` (0-based); Retry-After (seconds or HTTP date) wins.
    int delayMs(int retry, const QByteArray& retryAfter,
                const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Retry-After in milliseconds, or -1 when absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace trainyard::azureml
