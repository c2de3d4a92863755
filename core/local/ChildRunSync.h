#pragma once

#include "core/local/LocalDatabase.h"
#include "core/local/LocalLayout.h"

#include <QDateTime>
#include <QHash>

namespace trainyard::local {

// Brings what running scripts wrote about runs (core/engine/ScriptRunRecord.h: the child runs
// they created, tags, properties) into the workspace database, for the agent. A child run
// created by a script has no process and no node of its own (node count 0): the agent never
// schedules it; its status is what the script said, until its parent ends.
class ChildRunSync {
public:
    ChildRunSync(const LocalLayout& layout, LocalDatabase& db);

    // Looks at the files of `run` and of its child runs (and theirs) and records what changed.
    void sync(const RunInfo& run);
    // `run` has ended: a last look, then its unfinished child runs end by Azure ML's rule
    // (completed with a completed parent, canceled otherwise), and so do theirs.
    void parentEnded(const RunInfo& run);
    // `yard run cancel` of a script's child run: it ends at once, there is nothing to stop.
    void cancelRequested(RunInfo child);

    static bool isScriptChild(const RunInfo& run) { return run.nodeCount == 0 && !run.parentRunId.isEmpty(); }

private:
    bool changed(const QString& runDir);
    void syncChild(const QString& childId, const RunInfo& parent);
    void endUnfinishedChildren(const RunInfo& parent);

    LocalLayout m_layout;
    LocalDatabase& m_db;
    QHash<QString, QDateTime> m_seen; // run folder -> modification time of the record last read
};

} // namespace trainyard::local
