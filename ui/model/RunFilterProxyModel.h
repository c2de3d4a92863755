#pragma once

#include "core/model/RunStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace trainyard::ui {

// Filters the runs table by free text (id, name, experiment, compute, status, tags), by status
// (one status, or every active one) and by experiment; sorts numbers and times by value.
class RunFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StatusFilter { All, Active, Exact };

    explicit RunFilterProxyModel(QObject* parent = nullptr);
    void setText(const QString& text);
    void setStatusFilter(StatusFilter filter, RunStatus status = RunStatus::NotStarted);
    void setExperiment(const QString& experiment);
    QString experiment() const { return m_experiment; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_experiment;
    StatusFilter m_statusFilter = StatusFilter::All;
    RunStatus m_status = RunStatus::NotStarted;
};

} // namespace trainyard::ui
