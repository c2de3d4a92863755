#include "core/local/ChildRunSync.h"

#include "core/engine/ScriptRunRecord.h"
#include "core/util/LogCategories.h"

#include <QFileInfo>

namespace trainyard::local {

ChildRunSync::ChildRunSync(const LocalLayout& layout, LocalDatabase& db)
    : m_layout(layout)
    , m_db(db) {}

bool ChildRunSync::changed(const QString& runDir) {
    const QDateTime modified = scriptRunRecordModified(runDir);
    if (!modified.isValid() || m_seen.value(runDir) == modified)
        return false;
    m_seen.insert(runDir, modified);
    return true;
}

void ChildRunSync::sync(const RunInfo& run) {
    const QString dir = m_layout.run(run.id);
    if (!isScriptChild(run) && changed(dir)) {
        if (const auto record = readScriptRunRecord(dir))
            m_db.setScriptTags(run.id, record->tags, record->properties);
    }
    for (const QString& childId : scriptChildRunIds(dir))
        syncChild(childId, run);
}

void ChildRunSync::syncChild(const QString& childId, const RunInfo& parent) {
    const QString dir = m_layout.run(childId);
    if (changed(dir)) {
        const auto record = readScriptRunRecord(dir);
        if (!record || record->parentRunId != parent.id) {
            qCWarning(lcAgent) << "child run" << childId << "of" << parent.id << "has no readable record";
            return;
        }
        RunInfo child = childRunInfo(record.value(), parent);
        auto existing = m_db.run(childId);
        if (!existing) {
            if (auto inserted = m_db.insertRun(child.config, childId); !inserted) {
                qCWarning(lcAgent) << "cannot record child run" << childId << inserted.error().message;
                return;
            }
            existing = m_db.run(childId);
        }
        // A run that ended stays ended (canceled by the user, or ended with its parent).
        if (existing && !isTerminal(existing->status)) {
            child.number = existing->number;
            m_db.updateRun(child);
        }
        m_db.setScriptTags(childId, record->tags, record->properties);
    }
    // Its own children, if it has any (a stat, not a query, for the usual child without).
    if (QFileInfo::exists(dir + QStringLiteral("/children"))) {
        if (auto child = m_db.run(childId))
            sync(child.value());
    }
}

void ChildRunSync::parentEnded(const RunInfo& run) {
    sync(run);
    endUnfinishedChildren(run);
}

void ChildRunSync::endUnfinishedChildren(const RunInfo& parent) {
    RunFilter filter;
    filter.parentRunId = parent.id;
    const auto children = m_db.runs(filter);
    if (!children)
        return;
    for (RunInfo child : children.value()) {
        if (!isScriptChild(child))
            continue;
        if (!isTerminal(child.status)) {
            child.status = childStatusWhenParentEnded(parent.status);
            child.statusDetail = QStringLiteral("ended with its parent run");
            child.endedAt = parent.endedAt.isValid() ? parent.endedAt : QDateTime::currentDateTimeUtc();
            m_db.updateRun(child);
        }
        m_seen.remove(m_layout.run(child.id));
        endUnfinishedChildren(child);
    }
    m_seen.remove(m_layout.run(parent.id));
}

void ChildRunSync::cancelRequested(RunInfo child) {
    cancelScriptChildRun(m_layout.run(child.id)); // so the script's get_status() says so too
    child.status = RunStatus::Canceled;
    child.statusDetail.clear();
    child.endedAt = QDateTime::currentDateTimeUtc();
    m_db.updateRun(child);
    endUnfinishedChildren(child);
}

} // namespace trainyard::local
