#pragma once

#include "core/model/Compute.h"

#include <QObject>

class QTimer;

namespace trainyard {
class Engine;

namespace ui {

// Keeps the cluster list of one engine current. Core has no push signals for cluster status
// yet, so this polls listComputes() on a timer; an engine that can push replaces only this
// class, the models and pages keep listening to computesChanged().
class ComputeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ComputeWatcher(Engine* engine, QObject* parent = nullptr);
    Engine* engine() const { return m_engine; }
    const QList<ComputeInfo>& computes() const { return m_computes; }
    bool hasLoaded() const { return m_loaded; }
    void setInterval(int ms);
    void refresh(); // asks now (one request in flight at a time)

signals:
    void computesChanged(const QList<trainyard::ComputeInfo>& computes);
    void failed(const trainyard::Error& error);

private:
    Engine* m_engine;
    QTimer* m_timer;
    QList<ComputeInfo> m_computes;
    bool m_inFlight = false;
    bool m_loaded = false;
};

} // namespace ui
} // namespace trainyard
