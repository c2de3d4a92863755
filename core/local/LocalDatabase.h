#pragma once

#include "core/local/LocalLayout.h"
#include "core/model/Compute.h"
#include "core/model/Run.h"
#include "core/util/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace trainyard::local {

// The workspace's SQLite database (WAL, so the agent, the desktop and `yard` read while one
// writes). One object per thread: a QSqlDatabase connection must stay in the thread that made it.
// Every method runs one statement or one transaction; none keeps state between calls.
class LocalDatabase {
public:
    static constexpr int kSchemaVersion = 1;

    static Result<std::unique_ptr<LocalDatabase>> open(const LocalLayout& layout);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase&) = delete;
    LocalDatabase& operator=(const LocalDatabase&) = delete;

    // computes
    Result<QList<ComputeInfo>> computes();
    Result<ComputeInfo> compute(const QString& name);
    Status insertCompute(const ComputeSpec& spec);
    Status updateScale(const QString& name, int minNodes, int maxNodes, int idleSeconds);
    Status deleteCompute(const QString& name); // refused while runs are active on it, naming them

    // nodes (the agent's slots)
    Result<QList<ComputeNode>> nodes(const QString& compute);
    Status insertNode(const QString& compute, const QString& nodeId, const QString& state);
    Status setNodeState(const QString& nodeId, const QString& state, const QString& runId = {});
    Status deleteNode(const QString& nodeId);

    // runs
    Result<RunInfo> insertRun(const RunConfig& config, const QString& runId); // Queued, numbered
    Result<RunInfo> run(const QString& runId);
    Result<QList<RunInfo>> runs(const RunFilter& filter);
    Result<QList<RunInfo>> activeRuns();  // Queued .. Finalizing, oldest first
    Status updateRun(const RunInfo& run); // status, times, exit code, error, nodes, detail
    // The tags and properties a run's script set (docs/architecture.md "Child runs"); kept apart
    // from the submitted RunConfig, so clone-and-resubmit does not copy them.
    Status setScriptTags(const QString& runId, const QMap<QString, QString>& tags,
                         const QMap<QString, QString>& properties);
    Status requestCancel(const QString& runId);
    Status deleteRun(const QString& runId); // refused while the run is active
    Result<bool> cancelRequested(const QString& runId);

    Status transaction(const std::function<Status()>& body);

private:
    static Status checkNotLost(const LocalLayout& layout); // a missing database beside runs
    explicit LocalDatabase(QString connectionName);
    Status migrate();
    QSqlDatabase db() const;

    QString m_connection;
};

double nowSeconds();
QDateTime fromSeconds(const QVariant& seconds);

} // namespace trainyard::local
