#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace trainyard {
class Engine;
namespace alerts {
class AlertMonitor;
struct Alert;
} // namespace alerts
} // namespace trainyard

namespace trainyard::ui {

// The desktop's side of alert rules (docs/monitoring.md "Alerts"): watches the run shown in the
// run details with core's AlertMonitor (which records each alert in the run's events) and shows
// every alert as a desktop notification, through the system tray where there is one.
class RunAlertNotifier : public QObject {
    Q_OBJECT
public:
    explicit RunAlertNotifier(QObject* parent = nullptr);
    void setRun(Engine* engine, const QString& runId); // nullptr / empty: watch nothing

signals:
    void alertRaised(const QString& message); // also for views that list the run's events

private:
    void notify(const alerts::Alert& alert);

    QPointer<alerts::AlertMonitor> m_monitor;
    QSystemTrayIcon* m_tray = nullptr; // made on the first alert
};

} // namespace trainyard::ui
