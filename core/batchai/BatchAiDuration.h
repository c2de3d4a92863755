#pragma once

#include <QString>

#include <optional>

namespace trainyard::batchai {

// Batch AI wrote constraints.maxWallClockTime three ways: .NET TimeSpan "7.00:00:00" (the
// swagger's default), ISO 8601 "P7D" (REST responses) and Python timedelta "7 days, 0:00:00"
// (az output). Returns whole seconds, or nullopt for anything else.
std::optional<qint64> parseBatchAiDuration(const QString& text);

} // namespace trainyard::batchai
