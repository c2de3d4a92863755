#pragma once

#include <QString>

#include <optional>

namespace trainyard {

// ISO 8601 durations as Azure writes them: ARM's nodeIdleTimeBeforeScaleDown ("PT5M",
// "PT1M40S"), a job's limits.timeout ("P7D", "PT1H30M"), Batch AI's maxWallClockTime.
// The one formatter and parser of them.

// Days and time, largest unit first, zero parts left out: 93784 -> "P1DT2H3M4S"; 0 -> "PT0S".
QString isoDurationFromSeconds(qint64 seconds);

// Weeks, days, hours, minutes and (fractional, rounded) seconds: "P1W", "PT1M40S", "PT0.5S".
// nullopt for anything else, including "P", "PT" and numbers too long to be a duration.
std::optional<qint64> secondsFromIsoDuration(const QString& text);

} // namespace trainyard
