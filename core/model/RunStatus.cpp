#include "core/model/RunStatus.h"

#include <QStringList>

#include <array>

namespace trainyard {

namespace {
constexpr std::array kNames = {"NotStarted", "Queued",    "Preparing", "Starting", "Running",
                               "Finalizing", "Completed", "Failed",    "Canceled"};
}

QString toString(RunStatus status) {
    return QString::fromLatin1(kNames[static_cast<size_t>(status)]);
}

std::optional<RunStatus> runStatusFromString(const QString& text) {
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (text.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<RunStatus>(i);
    }
    return std::nullopt;
}

bool isTerminal(RunStatus status) {
    return status == RunStatus::Completed || status == RunStatus::Failed || status == RunStatus::Canceled;
}

QString allowedRunStatuses() {
    QStringList names;
    for (const char* name : kNames)
        names << QString::fromLatin1(name);
    return names.join(QStringLiteral(", "));
}

} // namespace trainyard
