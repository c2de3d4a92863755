#pragma once

#include "core/model/Run.h"

#include <QAbstractTableModel>

namespace trainyard::ui {

class RunWatcher;

// The runs of a workspace, one row each, fed by a RunWatcher. Durations of running runs grow
// with each poll because the watcher hands in fresh RunInfos.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Status,
        Number,
        DisplayName,
        Experiment,
        Compute,
        Nodes,
        Started,
        Duration,
        Tags,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole, SortRole, SearchTextRole };

    explicit RunTableModel(QObject* parent = nullptr);
    void setWatcher(RunWatcher* watcher);
    void setRuns(const QList<RunInfo>& runs);
    const QList<RunInfo>& runs() const { return m_runs; }
    const RunInfo* run(const QString& id) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 durationSeconds(const RunInfo& run);

private:
    QList<RunInfo> m_runs;
};

} // namespace trainyard::ui
