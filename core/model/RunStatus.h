#pragma once

#include <QString>

#include <optional>

namespace trainyard {

// Azure ML's run states (SDK v1 / REST), in the order a run passes through them.
enum class RunStatus {
    NotStarted,
    Queued,
    Preparing,
    Starting,
    Running,
    Finalizing,
    Completed,
    Failed,
    Canceled,
};

QString toString(RunStatus status);
std::optional<RunStatus> runStatusFromString(const QString& text); // case-insensitive
bool isTerminal(RunStatus status);
QString allowedRunStatuses(); // "NotStarted, Queued, ..." for error messages

} // namespace trainyard
