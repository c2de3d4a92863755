#pragma once

#include "core/model/Run.h"

#include <QHash>
#include <QPointer>
#include <QTreeWidget>

namespace trainyard {
class Engine;

namespace ui {

// The Child runs tab: each child run of the shown run with its status, name and last metric
// values (read through the engine's metric stream: once for an ended child, again on every
// refresh while it is active). Double-click opens a child (childActivated).
class ChildRunList : public QTreeWidget {
    Q_OBJECT
public:
    explicit ChildRunList(QWidget* parent = nullptr);

    // The children of one run, as listRuns(parentRunId) gave them.
    void showChildren(Engine* engine, const QList<RunInfo>& children);
    void clearChildren();

    QString metricsText(const QString& childId) const; // for tests
    QString statusText(const QString& childId) const;

signals:
    void childActivated(const QString& runId);
    void metricsRead(const QString& childId);

private:
    void readMetrics(const QString& childId);

    QPointer<Engine> m_engine;
    QHash<QString, QString> m_metrics;    // child -> "name=value, ..."
    QHash<QString, RunStatus> m_readWhen; // child -> its status when its metrics were last read
};

} // namespace ui
} // namespace trainyard
