#pragma once

#include "core/model/Run.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace trainyard::ui {

class RunSummaryLoader;
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
        Workspace, // shown in the list of every open workspace's runs
        Engine,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole, SortRole, SearchTextRole, WatcherRole };

    // Optional columns after the fixed ones: one statistic of one metric (read in the background
    // by a RunSummaryLoader), sortable by value. Empty for a run without that metric.
    enum class Statistic { Last, Min, Max };
    struct SummaryColumn {
        QString metric;
        Statistic statistic;
        bool operator==(const SummaryColumn& o) const {
            return metric == o.metric && statistic == o.statistic;
        }
    };

    explicit RunTableModel(QObject* parent = nullptr);
    void setSummaryLoader(RunSummaryLoader* loader);
    RunSummaryLoader* summaryLoader() const { return m_loader; }
    void setSummaryColumns(const QList<SummaryColumn>& columns);
    const QList<SummaryColumn>& summaryColumns() const { return m_summaryColumns; }
    // Has the loader read every run's metrics (what the column menu offers comes from them).
    void loadSummaries();
    void setWatcher(RunWatcher* watcher);
    // The runs of several workspaces in one list; WatcherRole tells which one a row is from.
    void setWatchers(const QList<RunWatcher*>& watchers);
    void setRuns(const QList<RunInfo>& runs);
    RunWatcher* watcherOf(int row) const { return m_origins.value(row); }
    const QList<RunInfo>& runs() const { return m_runs; }
    const RunInfo* run(const QString& id) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 durationSeconds(const RunInfo& run);

private:
    void rebuild();
    void setRows(const QList<RunInfo>& runs, const QList<RunWatcher*>& origins);
    void requestSummaries();
    QVariant summaryData(const RunInfo& run, int column, int role) const;

    QList<RunInfo> m_runs;
    QList<RunWatcher*> m_origins; // parallel to m_runs; null when set with setRuns()
    QList<QPointer<RunWatcher>> m_watchers;
    RunSummaryLoader* m_loader = nullptr;
    QList<SummaryColumn> m_summaryColumns;
    QSet<QString> m_readWhileActive; // read again once they end
};

} // namespace trainyard::ui
