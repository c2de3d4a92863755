#include "core/slurm/SlurmMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace trainyard::slurm {

JobState mapJobState(const QString& jobState, const QString& reason) {
    const QString s = jobState.toUpper();
    const QString why = reason == QLatin1String("None") ? QString() : reason;
    if (s == QLatin1String("PENDING"))
        return {RunStatus::Queued, why, {}};
    if (s == QLatin1String("CONFIGURING"))
        return {RunStatus::Preparing, why, {}};
    if (s == QLatin1String("RUNNING"))
        return {RunStatus::Running, {}, {}};
    if (s == QLatin1String("COMPLETING"))
        return {RunStatus::Finalizing, {}, {}};
    if (s == QLatin1String("COMPLETED"))
        return {RunStatus::Completed, {}, {}};
    if (s == QLatin1String("CANCELLED"))
        return {RunStatus::Canceled, why, {}};
    // Preempted jobs are requeued or wait to resume: shown as queued, with Slurm's word for it.
    if (s == QLatin1String("PREEMPTED") || s == QLatin1String("SUSPENDED") ||
        s == QLatin1String("REQUEUED") || s == QLatin1String("REQUEUE_HOLD") ||
        s == QLatin1String("REQUEUE_FED") || s == QLatin1String("RESIZING"))
        return {RunStatus::Queued, why.isEmpty() ? s : s + QStringLiteral(": ") + why, {}};
    static const QMap<QString, QString> failures{
        {QStringLiteral("FAILED"), QStringLiteral("the job failed")},
        {QStringLiteral("TIMEOUT"), QStringLiteral("the job reached its time limit")},
        {QStringLiteral("NODE_FAIL"), QStringLiteral("a node of the job failed")},
        {QStringLiteral("OUT_OF_MEMORY"), QStringLiteral("the job ran out of memory")},
        {QStringLiteral("BOOT_FAIL"), QStringLiteral("a node of the job failed to boot")},
        {QStringLiteral("DEADLINE"), QStringLiteral("the job reached its deadline")},
    };
    if (failures.contains(s)) {
        QString error = QStringLiteral("%1 (Slurm %2)").arg(failures.value(s), s);
        if (!why.isEmpty())
            error += QStringLiteral(": ") + why;
        return {RunStatus::Failed, why, error};
    }
    return {RunStatus::NotStarted, s, {}}; // a state this version does not know: shown as is
}

QString mapNodeState(const QString& state, const QStringList& flags) {
    const QString s = state.toLower();
    auto has = [&](const char* f) { return flags.contains(QLatin1String(f), Qt::CaseInsensitive); };
    const bool busy = s == QLatin1String("allocated") || s == QLatin1String("mixed") ||
                      s == QLatin1String("completing") || has("COMPLETING");
    if (s == QLatin1String("down") || s == QLatin1String("error") || s == QLatin1String("fail") ||
        s == QLatin1String("future") || has("NOT_RESPONDING") || has("FAIL"))
        return QStringLiteral("unusable");
    if (has("DRAIN"))
        return busy ? QStringLiteral("leaving") : QStringLiteral("unusable"); // draining vs drained
    if (has("POWERING_DOWN") || has("POWER_DOWN"))
        return QStringLiteral("leaving");
    if (has("POWERING_UP") || has("CONFIGURING") || has("POWER_UP"))
        return QStringLiteral("preparing");
    if (busy)
        return QStringLiteral("running");
    return QStringLiteral("idle"); // idle, and powered-down cloud nodes that start on demand
}

int exitCodeFromWaitStatus(int status) {
    if (status < 0)
        return status;
    if ((status & 0x7f) != 0)
        return 128 + (status & 0x7f);
    return (status >> 8) & 0xff;
}

// One host expression with any number of bracket groups: "rack[1-2]-n[3-4]" -> 4 hosts.
static QStringList expandOne(const QString& expr) {
    static const QRegularExpression bracket(QStringLiteral("^([^\\[]*)\\[([^\\]]*)\\](.*)$"));
    const auto m = bracket.match(expr);
    if (!m.hasMatch())
        return expr.isEmpty() ? QStringList{} : QStringList{expr};
    const QStringList tails = m.captured(3).isEmpty() ? QStringList{QString()} : expandOne(m.captured(3));
    QStringList hosts;
    for (const QString& range : m.captured(2).split(u',')) {
        const QStringList ends = range.split(u'-');
        bool ok1 = false, ok2 = false;
        const int from = ends.value(0).toInt(&ok1);
        const int to = ends.size() > 1 ? ends.value(1).toInt(&ok2) : from;
        QStringList values;
        if (!ok1 || (ends.size() > 1 && !ok2) || to < from || to - from > 100000) {
            values << range; // not a range Slurm writes: kept as it is
        } else {
            const int width = int(ends.value(0).size()); // zero padding: gpu[01-03]
            for (int i = from; i <= to; ++i)
                values << QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
        }
        for (const QString& v : values)
            for (const QString& tail : tails)
                hosts << m.captured(1) + v + tail;
    }
    return hosts;
}

QStringList expandHostList(const QString& list) {
    QStringList hosts;
    // Split on commas outside brackets.
    QStringList parts;
    QString current;
    int depth = 0;
    for (QChar c : list) {
        if (c == u'[')
            ++depth;
        if (c == u']')
            --depth;
        if (c == u',' && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        parts << current;
    for (const QString& part : parts)
        hosts << expandOne(part);
    return hosts;
}

std::optional<QDateTime> jwtExpiry(const QByteArray& token) {
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload =
        QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    if (!claims.contains(QStringLiteral("exp")))
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(claims.value(QStringLiteral("exp")).toDouble()), Qt::UTC);
}

// GPUs in a node's gres: "gpu:4", "gpu:a100:2(S:0-1),gpu:v100:1" -> 4, 3.
int gpuCount(const QString& gres) {
    int count = 0;
    for (const QString& item : gres.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = item.section(u'(', 0, 0);
        if (!entry.startsWith(QLatin1String("gpu")))
            continue;
        bool ok = false;
        const int n = entry.section(u':', -1).toInt(&ok);
        count += ok ? n : 1;
    }
    return count;
}

NodeStateCounts countNodes(const QList<ComputeNode>& nodes) {
    NodeStateCounts c;
    for (const ComputeNode& n : nodes) {
        if (n.state == QLatin1String("idle"))
            ++c.idle;
        else if (n.state == QLatin1String("running"))
            ++c.running;
        else if (n.state == QLatin1String("preparing"))
            ++c.preparing;
        else if (n.state == QLatin1String("leaving"))
            ++c.leaving;
        else if (n.state == QLatin1String("preempted"))
            ++c.preempted;
        else
            ++c.unusable;
    }
    return c;
}

ComputeNode nodeFromJson(const QJsonObject& o) {
    ComputeNode n;
    n.nodeId = o.value(QStringLiteral("name")).toString();
    QStringList flags;
    for (const auto& f : o.value(QStringLiteral("state_flags")).toArray())
        flags << f.toString();
    n.state = mapNodeState(o.value(QStringLiteral("state")).toString(), flags);
    n.privateIpAddress = o.value(QStringLiteral("address")).toString();
    QString reason = o.value(QStringLiteral("reason")).toString();
    const QString slurmState =
        (QStringList{o.value(QStringLiteral("state")).toString()} + flags).join(u'+').toLower();
    n.reason = reason.isEmpty() ? slurmState : QStringLiteral("%1 (%2)").arg(reason, slurmState);
    const qint64 since = o.value(QStringLiteral("reason_changed_at")).toVariant().toLongLong();
    if (since > 0)
        n.stateSince = QDateTime::fromSecsSinceEpoch(since, Qt::UTC);
    // The node's GPUs as its gres names them ("gpu:a100:2"), for the node table.
    for (const QString& item : o.value(QStringLiteral("gres")).toString().split(u',', Qt::SkipEmptyParts)) {
        const QString entry = item.section(u'(', 0, 0);
        if (entry.startsWith(QLatin1String("gpu")))
            n.gpus << entry;
    }
    return n;
}

} // namespace trainyard::slurm
