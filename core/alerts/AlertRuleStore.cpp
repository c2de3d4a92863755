#include "core/alerts/AlertRuleStore.h"

#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace trainyard::alerts {

AlertRuleStore::AlertRuleStore(QString stateFolder)
    : m_path(QDir(stateFolder).filePath(QStringLiteral("alerts.json"))) {}

Result<QList<AlertRule>> AlertRuleStore::rules() const {
    if (!QFileInfo::exists(m_path))
        return QList<AlertRule>();
    const auto json = readJsonObjectFile(m_path);
    if (!json)
        return json.error();
    QList<AlertRule> out;
    for (const QJsonValue& v : json.value().value(QStringLiteral("rules")).toArray()) {
        auto rule = alertRuleFromJson(v.toObject());
        if (!rule)
            return Error::invalid(
                QCoreApplication::translate("AlertRuleStore", "%1: %2").arg(m_path, rule.error().message));
        out << rule.value();
    }
    return out;
}

Status AlertRuleStore::save(const QList<AlertRule>& rules) const {
    QJsonArray array;
    for (const AlertRule& r : rules)
        array.append(toJson(r));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeJsonFileAtomically(m_path, QJsonObject{{QStringLiteral("rules"), array}});
}

Result<AlertRule> AlertRuleStore::add(AlertRule rule) {
    if (Status valid = rule.validate(); !valid)
        return valid.error();
    auto existing = rules();
    if (!existing)
        return existing.error();
    int next = 1;
    for (const AlertRule& r : existing.value())
        if (r.id.startsWith(QLatin1String("alert-")))
            next = qMax(next, r.id.mid(6).toInt() + 1);
    rule.id = QStringLiteral("alert-%1").arg(next);
    existing.value() << rule;
    if (Status saved = save(existing.value()); !saved)
        return saved.error();
    return rule;
}

Status AlertRuleStore::remove(const QString& id) {
    auto existing = rules();
    if (!existing)
        return existing.error();
    QList<AlertRule> kept;
    for (const AlertRule& r : existing.value())
        if (r.id != id)
            kept << r;
    if (kept.size() == existing.value().size()) {
        QStringList ids;
        for (const AlertRule& r : kept)
            ids << r.id;
        return Error::notFound(
            QCoreApplication::translate("AlertRuleStore", "No alert rule '%1'; the rules are: %2.")
                .arg(id, ids.isEmpty() ? QStringLiteral("(none)") : ids.join(QStringLiteral(", "))));
    }
    return save(kept);
}

} // namespace trainyard::alerts
