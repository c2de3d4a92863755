#include "RunExtras.h"

#include "core/alerts/RunEvents.h"
#include "core/engine/Engine.h"

namespace yard {

QString runExtrasText(trainyard::Engine* engine, const trainyard::RunInfo& run) {
    QString text;
    const QList<trainyard::RunEvent> events = trainyard::runevents::read(engine->stateFolder(), run.id);
    if (!events.isEmpty())
        text += QStringLiteral("  events:\n");
    for (const trainyard::RunEvent& e : events)
        text += QStringLiteral("    %1  %2  %3\n").arg(e.time.toString(Qt::ISODate), e.kind, e.message);
    return text;
}

void addRunExtras(trainyard::Engine* engine, const trainyard::RunInfo& run, QJsonObject& runJson) {
    QJsonArray events;
    for (const trainyard::RunEvent& e : trainyard::runevents::read(engine->stateFolder(), run.id))
        events.append(toJson(e));
    runJson[QStringLiteral("events")] = events;
}

} // namespace yard
