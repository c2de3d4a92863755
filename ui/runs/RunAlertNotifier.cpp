#include "ui/runs/RunAlertNotifier.h"

#include "core/alerts/AlertMonitor.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace trainyard::ui {

RunAlertNotifier::RunAlertNotifier(QObject* parent)
    : QObject(parent) {}

void RunAlertNotifier::setRun(Engine* engine, const QString& runId) {
    delete m_monitor;
    if (!engine || runId.isEmpty())
        return;
    m_monitor = new alerts::AlertMonitor(engine, runId, this);
    connect(m_monitor, &alerts::AlertMonitor::alertRaised, this, &RunAlertNotifier::notify);
    (void)m_monitor->start(); // an unreadable alerts.json: no alerts here; `yard alert list` says why
}

void RunAlertNotifier::notify(const alerts::Alert& alert) {
    emit alertRaised(alert.message);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        QApplication::alert(nullptr); // at least the taskbar entry asks for attention
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(tr("Run %1").arg(alert.runId), alert.message, QSystemTrayIcon::Warning);
}

} // namespace trainyard::ui
