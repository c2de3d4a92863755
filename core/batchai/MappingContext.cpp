#include "core/batchai/MappingContext.h"

#include "core/secrets/SecretKeys.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace trainyard::batchai {

namespace {
// Fields the service reports about a resource; they describe its state, not what to create.
const QSet<QString>& serviceStateKeys() {
    static const QSet<QString> keys{QStringLiteral("provisioningState"),
                                    QStringLiteral("provisioningStateTransitionTime"),
                                    QStringLiteral("allocationState"),
                                    QStringLiteral("allocationStateTransitionTime"),
                                    QStringLiteral("creationTime"),
                                    QStringLiteral("currentNodeCount"),
                                    QStringLiteral("nodeStateCounts"),
                                    QStringLiteral("errors"),
                                    QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("type"),
                                    QStringLiteral("resourceGroup"),
                                    QStringLiteral("executionState"),
                                    QStringLiteral("executionStateTransitionTime"),
                                    QStringLiteral("executionInfo"),
                                    QStringLiteral("toolType"),
                                    QStringLiteral("jobOutputDirectoryPathSegment"),
                                    QStringLiteral("mountSettings")};
    return keys;
}
} // namespace

MappingContext::MappingContext(const BatchAiDocument& document, const ImportOptions& options)
    : m_doc(document)
    , m_options(options) {
    switch (m_doc.shape) {
    case DocumentShape::SchemaWrapper:
    case DocumentShape::PropertiesOnly:
        m_root = QStringLiteral("properties");
        break;
    case DocumentShape::RestExample:
        m_root = QStringLiteral("parameters.parameters.properties");
        break;
    default:
        break;
    }
    m_out.document = document;
}

QString MappingContext::nameOrFileBaseName() const {
    return m_doc.name.isEmpty() ? QFileInfo(m_doc.sourceName).completeBaseName() : m_doc.name;
}

QString MappingContext::field(const QString& key) const {
    if (m_root.isEmpty())
        return key;
    return key.isEmpty() ? m_root : m_root + u'.' + key;
}

void MappingContext::warn(const QString& f, const QString& message) {
    m_out.warnings.append({f, message});
}

QString MappingContext::addSecret(const QString& f, const QString& what, const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return {};
    const QString v = value.toString();
    if (isPlaceholder(v)) {
        warn(f,
             MapperTr::tr("holds a placeholder, not a secret: give the real value when you create or submit "
                          "(it will be kept in the keychain)."));
        return {};
    }
    const QString scope =
        m_options.workspaceName.isEmpty() ? QStringLiteral("default") : m_options.workspaceName;
    const QString key = SecretKeys::batchAiImport(scope, toString(m_doc.kind), m_scopeName, what);
    m_out.secrets.append({f, key, v.toUtf8()});
    warn(f, MapperTr::tr("a secret: it goes to the keychain as '%1' and appears in no file or printed spec.")
                .arg(key));
    return key;
}

void MappingContext::reportUnknown(const QJsonObject& o, const QString& prefix, const QSet<QString>& known) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()) || serviceStateKeys().contains(it.key()))
            continue;
        warn(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(),
             MapperTr::tr(
                 "not a Batch AI field this importer knows (API 2017-09-01-preview to 2018-05-01): not "
                 "imported."));
    }
}

void MappingContext::reportServiceState(const QJsonObject& o, const QString& prefix) {
    QStringList state;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (serviceStateKeys().contains(it.key()) && !it.value().isNull())
            state << it.key();
    if (!state.isEmpty())
        warn(prefix.isEmpty() ? state.first() : prefix + u'.' + state.first(),
             MapperTr::tr("state reported by the service (%1), not part of a definition: not imported.")
                 .arg(state.join(QStringLiteral(", "))));
}

QString textOf(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

std::optional<int> intValue(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && std::abs(v.toDouble()) < 1e6)
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

bool present(const QJsonObject& o, const QString& key) {
    return o.contains(key) && !o.value(key).isNull() && !o.value(key).isUndefined();
}

QString keyVaultUrl(const QJsonObject& o, const QString& referenceKey) {
    return o.value(referenceKey).toObject().value(QStringLiteral("secretUrl")).toString();
}

bool isPlaceholder(const QString& value) {
    const QString v = value.trimmed();
    if (v.isEmpty() || v == QLatin1String("...") ||
        v.compare(QLatin1String("<redacted>"), Qt::CaseInsensitive) == 0)
        return true;
    return (v.startsWith(u'<') && v.endsWith(u'>')) || (v.startsWith(u'[') && v.endsWith(u']'));
}

QString azureMlName(const QString& id) {
    QString n = id.toLower();
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (n.isEmpty() || !n.at(0).isLetter())
        n.prepend(QStringLiteral("d_"));
    return n;
}

// Azure ML asset names: letters, digits, '-', '_', '.', at most 255.
QString environmentNameFrom(const QString& image) {
    QString n = image.toLower();
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
    return QString(QStringLiteral("batchai-") + n).left(255);
}

QString computeNameFrom(const QString& text) {
    QString n;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            n += c;
        else if (!n.isEmpty() && !n.endsWith(u'-'))
            n += u'-';
    }
    while (!n.isEmpty() && !n.at(0).isLetter())
        n.remove(0, 1);
    n = n.left(16);
    while (n.endsWith(u'-'))
        n.chop(1);
    if (n.size() < 2)
        n = QStringLiteral("batchai-cluster");
    return n;
}

} // namespace trainyard::batchai
