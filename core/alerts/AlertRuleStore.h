#pragma once

#include "core/alerts/AlertRule.h"

#include <QList>

namespace trainyard::alerts {

// The alert rules of a workspace, in `<state folder>/alerts.json` (Engine::stateFolder(): the
// workspace folder for local workspaces), written durably as a whole. A file that cannot be read
// is reported, never overwritten.
class AlertRuleStore {
public:
    explicit AlertRuleStore(QString stateFolder);

    Result<QList<AlertRule>> rules() const;
    // Checks the rule, gives it the next free id and stores it; returns it as stored.
    Result<AlertRule> add(AlertRule rule);
    Status remove(const QString& id);

    QString path() const { return m_path; }

private:
    Status save(const QList<AlertRule>& rules) const;
    QString m_path;
};

} // namespace trainyard::alerts
