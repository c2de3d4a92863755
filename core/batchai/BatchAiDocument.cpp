#include "core/batchai/BatchAiDocument.h"

#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace trainyard::batchai {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BatchAiDocument)
};

// Keys that only one kind has (2017-09-01-preview .. 2018-05-01 swagger). vmSize is shared by
// clusters and file servers, mountVolumes by clusters (in nodeSetup) and jobs, so they score
// for neither.
const QSet<QString>& clusterKeys() {
    static const QSet<QString> keys{
        QStringLiteral("vmPriority"),          QStringLiteral("scaleSettings"),
        QStringLiteral("nodeSetup"),           QStringLiteral("virtualMachineConfiguration"),
        QStringLiteral("userAccountSettings"), QStringLiteral("currentNodeCount"),
        QStringLiteral("nodeStateCounts"),     QStringLiteral("allocationState")};
    return keys;
}
const QSet<QString>& jobKeys() {
    static const QSet<QString> keys{QStringLiteral("nodeCount"),
                                    QStringLiteral("cluster"),
                                    QStringLiteral("stdOutErrPathPrefix"),
                                    QStringLiteral("inputDirectories"),
                                    QStringLiteral("outputDirectories"),
                                    QStringLiteral("containerSettings"),
                                    QStringLiteral("jobPreparation"),
                                    QStringLiteral("environmentVariables"),
                                    QStringLiteral("secrets"),
                                    QStringLiteral("constraints"),
                                    QStringLiteral("schedulingPriority"),
                                    QStringLiteral("cntkSettings"),
                                    QStringLiteral("pyTorchSettings"),
                                    QStringLiteral("tensorFlowSettings"),
                                    QStringLiteral("caffeSettings"),
                                    QStringLiteral("caffe2Settings"),
                                    QStringLiteral("chainerSettings"),
                                    QStringLiteral("customToolkitSettings"),
                                    QStringLiteral("customMpiSettings"),
                                    QStringLiteral("horovodSettings"),
                                    QStringLiteral("executionState"),
                                    QStringLiteral("toolType")};
    return keys;
}
const QSet<QString>& fileServerKeys() {
    static const QSet<QString> keys{QStringLiteral("dataDisks"), QStringLiteral("sshConfiguration"),
                                    QStringLiteral("mountSettings")};
    return keys;
}
// The samples' configuration.json (recipes/configuration.json.template): credentials and names
// the samples' Python read, not a resource definition.
const QSet<QString>& configurationKeys() {
    static const QSet<QString> keys{QStringLiteral("subscription_id"), QStringLiteral("aad_client_id"),
                                    QStringLiteral("aad_secret"),      QStringLiteral("aad_tenant"),
                                    QStringLiteral("base_url"),        QStringLiteral("resource_group"),
                                    QStringLiteral("storage_account"), QStringLiteral("admin_user"),
                                    QStringLiteral("keyvault_id"),     QStringLiteral("container_registry"),
                                    QStringLiteral("workspace"),       QStringLiteral("location")};
    return keys;
}

int score(const QJsonObject& o, const QSet<QString>& keys) {
    int n = 0;
    for (auto it = o.begin(); it != o.end(); ++it)
        n += keys.contains(it.key()) ? 1 : 0;
    return n;
}

// ".../schemas/2018-05-01/cluster.json" -> ("2018-05-01", "cluster")
std::pair<QString, QString> schemaParts(const QString& url) {
    static const QRegularExpression re(
        QStringLiteral("/schemas/(\\d{4}-\\d{2}-\\d{2}(?:-preview)?)/([A-Za-z0-9]+)\\.json$"));
    const auto m = re.match(url);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2)};
}

std::optional<DocumentKind> kindFromSchemaFile(const QString& file) {
    if (file == QLatin1String("cluster"))
        return DocumentKind::Cluster;
    if (file == QLatin1String("fileserver") || file == QLatin1String("fileServer"))
        return DocumentKind::FileServer;
    if (file.isEmpty())
        return std::nullopt;
    // job.json and the per-toolkit schemas (cntk.json, tensorflow.json, ...) are all jobs.
    return DocumentKind::Job;
}

std::optional<DocumentKind> kindFromType(const QString& type) {
    const QString t = type.toLower();
    if (t.contains(QLatin1String("/clusters")))
        return DocumentKind::Cluster;
    if (t.contains(QLatin1String("/fileservers")))
        return DocumentKind::FileServer;
    if (t.contains(QLatin1String("/jobs")) || t.endsWith(QLatin1String("/job")))
        return DocumentKind::Job;
    return std::nullopt;
}

// Kind by the keys of the definition; nullopt when no key of any kind is there or two tie.
std::optional<DocumentKind> kindFromKeys(const QJsonObject& p) {
    const int c = score(p, clusterKeys());
    const int j = score(p, jobKeys());
    const int f = score(p, fileServerKeys());
    if (c == 0 && j == 0 && f == 0) {
        // {"vmSize": ...} alone is a cluster more often than a file server.
        if (p.contains(QStringLiteral("vmSize")))
            return DocumentKind::Cluster;
        return std::nullopt;
    }
    if (f > c && f > j)
        return DocumentKind::FileServer;
    if (c > j)
        return DocumentKind::Cluster;
    if (j > c)
        return DocumentKind::Job;
    return std::nullopt;
}

Error noneOfThese(const QString& sourceName, const QJsonObject& o) {
    // Name the keys (never the values: this file may hold secrets).
    QStringList keys = o.keys();
    const int shown = qMin(8, int(keys.size()));
    QString list = QStringList(keys.mid(0, shown)).join(QStringLiteral(", "));
    if (keys.size() > shown)
        list += Tr::tr(", … (%1 keys)").arg(keys.size());
    return Error::invalid(
        Tr::tr("%1: not a Batch AI definition. Expected a cluster (vmSize, scaleSettings, nodeSetup, …), "
               "a job (nodeCount, a toolkit such as tensorFlowSettings, inputDirectories, …), a file "
               "server (dataDisks, sshConfiguration) or the samples' configuration.json "
               "(subscription_id, aad_client_id, storage_account, …), bare or wrapped in "
               "{\"$schema\", \"properties\"} or a REST example; found the keys: %2.")
            .arg(sourceName, list.isEmpty() ? Tr::tr("(none)") : list));
}
} // namespace

QString toString(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::Cluster:
        return QStringLiteral("cluster");
    case DocumentKind::Job:
        return QStringLiteral("job");
    case DocumentKind::FileServer:
        return QStringLiteral("fileserver");
    case DocumentKind::Configuration:
        return QStringLiteral("configuration");
    }
    return {};
}

QString toString(DocumentShape shape) {
    switch (shape) {
    case DocumentShape::SchemaWrapper:
        return QStringLiteral("schema");
    case DocumentShape::PropertiesOnly:
        return QStringLiteral("properties");
    case DocumentShape::RestExample:
        return QStringLiteral("rest-example");
    case DocumentShape::Flattened:
        return QStringLiteral("flattened");
    case DocumentShape::Fragment:
        return QStringLiteral("fragment");
    case DocumentShape::Configuration:
        return QStringLiteral("configuration");
    }
    return {};
}

namespace {

// The four shapes a definition came in; each fills `doc` and returns the kind it names, if any.

// 1. REST example: parameters.parameters.properties is the request body.
std::optional<DocumentKind> readRestExample(const QJsonObject& root, BatchAiDocument& doc) {
    const QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
    const QJsonObject body = params.value(QStringLiteral("parameters")).toObject();
    std::optional<DocumentKind> hint;
    doc.shape = DocumentShape::RestExample;
    doc.properties = body.value(QStringLiteral("properties")).toObject();
    doc.location = body.value(QStringLiteral("location")).toString();
    doc.apiVersion = params.value(QStringLiteral("api-version")).toString();
    doc.experimentName = params.value(QStringLiteral("experimentName")).toString();
    if (params.contains(QStringLiteral("clusterName"))) {
        hint = DocumentKind::Cluster;
        doc.name = params.value(QStringLiteral("clusterName")).toString();
    } else if (params.contains(QStringLiteral("jobName"))) {
        hint = DocumentKind::Job;
        doc.name = params.value(QStringLiteral("jobName")).toString();
    } else if (params.contains(QStringLiteral("fileServerName"))) {
        hint = DocumentKind::FileServer;
        doc.name = params.value(QStringLiteral("fileServerName")).toString();
    }
    if (root.contains(QStringLiteral("responses")))
        doc.ignoredTopLevel << QStringLiteral("responses");
    return hint;
}

// 2. {"$schema"?, "properties", "location"?, "name"?}
std::optional<DocumentKind> readWrapped(const QJsonObject& root, BatchAiDocument& doc) {
    std::optional<DocumentKind> hint;
    doc.properties = root.value(QStringLiteral("properties")).toObject();
    const QString schema = root.value(QStringLiteral("$schema")).toString();
    doc.shape = schema.isEmpty() ? DocumentShape::PropertiesOnly : DocumentShape::SchemaWrapper;
    if (!schema.isEmpty()) {
        const auto [api, file] = schemaParts(schema);
        doc.apiVersion = api;
        hint = kindFromSchemaFile(file);
    }
    doc.location = root.value(QStringLiteral("location")).toString();
    doc.name = root.value(QStringLiteral("name")).toString();
    if (auto t = kindFromType(root.value(QStringLiteral("type")).toString()))
        hint = t;
    for (const QString& key : root.keys())
        if (key != QLatin1String("$schema") && key != QLatin1String("properties") &&
            key != QLatin1String("location") && key != QLatin1String("name"))
            doc.ignoredTopLevel << key;
    return hint;
}

// 3. configuration.json: at least three of its keys and one of the credential groups.
bool isConfiguration(const QJsonObject& root) {
    return score(root, configurationKeys()) >= 3 &&
           (root.contains(QStringLiteral("aad_client_id")) || root.contains(QStringLiteral("admin_user")) ||
            root.contains(QStringLiteral("storage_account")));
}

// 4. flat `az ... show` output (has id/name/type) or a bare fragment.
std::optional<DocumentKind> readFlat(const QJsonObject& root, BatchAiDocument& doc) {
    std::optional<DocumentKind> hint;
    doc.properties = root;
    const bool flat = root.contains(QStringLiteral("id")) && root.contains(QStringLiteral("type"));
    doc.shape = flat ? DocumentShape::Flattened : DocumentShape::Fragment;
    if (flat) {
        hint = kindFromType(root.value(QStringLiteral("type")).toString());
        doc.name = root.value(QStringLiteral("name")).toString();
    }
    doc.location = root.value(QStringLiteral("location")).toString();
    return hint;
}

} // namespace

Result<BatchAiDocument> parseBatchAiDocument(const QByteArray& bytes, const QString& sourceName) {
    auto parsed = parseJsonObject(bytes, sourceName);
    if (!parsed) // the user's file is bad input (exit status 2), whatever kind the JSON reader gives
        return Error::invalid(parsed.error().message);
    const QJsonObject root = parsed.value();

    BatchAiDocument doc;
    doc.sourceName = sourceName;
    std::optional<DocumentKind> hint;
    const QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
    if (params.value(QStringLiteral("parameters"))
            .toObject()
            .value(QStringLiteral("properties"))
            .isObject()) {
        hint = readRestExample(root, doc);
    } else if (root.value(QStringLiteral("properties")).isObject()) {
        hint = readWrapped(root, doc);
    } else if (isConfiguration(root)) {
        doc.kind = DocumentKind::Configuration;
        doc.shape = DocumentShape::Configuration;
        doc.properties = root;
        doc.location = root.value(QStringLiteral("location")).toString();
        return doc;
    } else {
        hint = readFlat(root, doc);
    }

    if (doc.experimentName.isEmpty())
        doc.experimentName = doc.properties.value(QStringLiteral("experimentName")).toString();
    const auto byKeys = kindFromKeys(doc.properties);
    if (hint)
        doc.kind = *hint;
    else if (byKeys)
        doc.kind = *byKeys;
    else
        return noneOfThese(sourceName, doc.shape == DocumentShape::Fragment ? root : doc.properties);
    return doc;
}

Result<BatchAiDocument> readBatchAiFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Definitions are small; anything past 16 MiB is not one and would only cost memory.
    if (file.size() > 16 * 1024 * 1024)
        return Error::invalid(Tr::tr("%1: %2 bytes is too large for a Batch AI definition (at most 16 MiB).")
                                  .arg(path)
                                  .arg(file.size()));
    return parseBatchAiDocument(file.readAll(), path);
}

} // namespace trainyard::batchai
