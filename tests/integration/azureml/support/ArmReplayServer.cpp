#include "ArmReplayServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace trainyard::test {

ArmReplayServer::ArmReplayServer(QObject* parent)
    : QObject(parent)
    , m_http([this](const LoopbackHttpServer::Request& r) { return handle(r); }) {}

// How a file's operation maps to method and path suffix (docs/architecture.md "ARM operations" table).
struct OperationShape {
    QByteArray method;
    bool item;      // on /{name} rather than on the collection
    QString suffix; // after the item, e.g. "/listNodes"
};

static const QHash<QString, OperationShape>& shapes() {
    static const QHash<QString, OperationShape> table{
        {QStringLiteral("get"), {"GET", true, {}}},
        {QStringLiteral("list"), {"GET", false, {}}},
        {QStringLiteral("listByResourceGroup"), {"GET", false, {}}},
        {QStringLiteral("create"), {"PUT", true, {}}},
        {QStringLiteral("createOrUpdate"), {"PUT", true, {}}},
        {QStringLiteral("delete"), {"DELETE", true, {}}},
        {QStringLiteral("patch"), {"PATCH", true, {}}},
        {QStringLiteral("update"), {"PATCH", true, {}}},
        {QStringLiteral("listNodes"), {"POST", true, QStringLiteral("/listNodes")}},
        {QStringLiteral("listSecrets"), {"POST", true, QStringLiteral("/listSecrets")}},
        {QStringLiteral("listKeys"), {"POST", true, QStringLiteral("/listKeys")}},
        {QStringLiteral("cancel"), {"POST", true, QStringLiteral("/cancel")}},
    };
    return table;
}

// Resource folder -> (collection segment under the workspace, name parameter).
static const QHash<QString, QPair<QString, QString>>& resources() {
    static const QHash<QString, QPair<QString, QString>> table{
        {QStringLiteral("Workspace"), {QString(), QStringLiteral("workspaceName")}},
        {QStringLiteral("Compute"), {QStringLiteral("computes"), QStringLiteral("computeName")}},
        {QStringLiteral("Datastore"), {QStringLiteral("datastores"), QStringLiteral("name")}},
        {QStringLiteral("Job"), {QStringLiteral("jobs"), QStringLiteral("id")}},
        {QStringLiteral("VirtualMachineSize"), {QStringLiteral("vmSizes"), QString()}},
        // fixtures/azureml-environments: .../environments/{name}/versions[/{version}]
        {QStringLiteral("EnvironmentVersion"), {QStringLiteral("environments"), QStringLiteral("version")}},
    };
    return table;
}

bool ArmReplayServer::addExample(const QString& folder, const QString& file) {
    QFile f(QDir(folder).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QStringList parts = file.split(u'/');
    if (doc.isEmpty() || parts.size() < 2 || !resources().contains(parts.first()))
        return false;
    Example e;
    e.file = file;
    e.parameters = doc.value(QLatin1String("parameters")).toObject();
    e.responses = doc.value(QLatin1String("responses")).toObject();
    // The operation: operationId's verb, else the file name, else a folder name that is one.
    QString op = doc.value(QLatin1String("operationId")).toString().section(u'_', 1);
    if (!op.isEmpty())
        op[0] = op[0].toLower();
    for (int i = parts.size() - 1; i >= 1 && !shapes().contains(op); --i)
        op = parts[i].section(u'.', 0, 0);
    if (!shapes().contains(op))
        return false;
    e.operation = op;
    const OperationShape shape = shapes().value(op);
    const auto [collection, nameParam] = resources().value(parts.first());
    auto p = [&](const char* key) { return e.parameters.value(QLatin1String(key)).toString(); };
    QString path;
    if (parts.first() == QLatin1String("VirtualMachineSize")) {
        path = QStringLiteral(
                   "/subscriptions/%1/providers/Microsoft.MachineLearningServices/locations/%2/vmSizes")
                   .arg(p("subscriptionId"), p("location"));
    } else {
        path =
            QStringLiteral(
                "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces")
                .arg(p("subscriptionId"), p("resourceGroupName"));
        if (collection.isEmpty()) {
            if (shape.item)
                path += u'/' + p("workspaceName");
        } else if (parts.first() == QLatin1String("EnvironmentVersion")) {
            path += u'/' + p("workspaceName") + QStringLiteral("/environments/") + p("name") +
                    QStringLiteral("/versions");
            if (shape.item)
                path += u'/' + p("version");
        } else {
            path += u'/' + p("workspaceName") + u'/' + collection;
            if (shape.item)
                path += u'/' + e.parameters.value(nameParam).toString();
        }
        path += shape.suffix;
    }
    e.method = shape.method;
    e.path = path;
    e.apiVersion = p("api-version");
    e.requestBody = e.parameters.contains(QLatin1String("parameters"))
                        ? e.parameters.value(QLatin1String("parameters"))
                        : e.parameters.value(QLatin1String("body"));
    // Serve the first success the example shows, preferring the one that starts an LRO.
    int chosen = 0;
    for (auto it = e.responses.begin(); it != e.responses.end(); ++it) {
        const int status = it.key().toInt();
        const bool hasHeaders = !it.value().toObject().value(QLatin1String("headers")).toObject().isEmpty();
        // A GET answers 200; a write prefers the answer that starts a long-running operation.
        if (chosen == 0 || (shape.method != "GET" && hasHeaders && status < 300 && status != 204))
            chosen = status;
    }
    e.status = chosen;
    m_examples.append(e);
    return true;
}

bool ArmReplayServer::start(const QString& exampleFolder) {
    QDirIterator it(exampleFolder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(exampleFolder).relativeFilePath(it.next());
        if (!addExample(exampleFolder, file))
            m_skipped << file;
    }
    std::sort(m_examples.begin(), m_examples.end(),
              [](const Example& a, const Example& b) { return a.file < b.file; });
    return m_http.listen();
}

ArmReplayServer::Example* ArmReplayServer::example(const QString& file) {
    for (auto& e : m_examples)
        if (e.file == file)
            return &e;
    return nullptr;
}

QByteArray ArmReplayServer::rewriteHosts(QByteArray text) const {
    const QByteArray base = baseUrl().toString().toUtf8();
    text.replace("https://management.azure.com", base);
    text.replace("https://Sanitized.azure.com", base);
    return text;
}

QStringList ArmReplayServer::differences(const QJsonValue& expected, const QJsonValue& actual,
                                         const QString& at) {
    QStringList out;
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            out += differences(it.value(), a.value(it.key()), at.isEmpty() ? it.key() : at + u'.' + it.key());
        return out;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (int i = 0; i < e.size(); ++i)
            out += differences(e[i], a.at(i), at + QStringLiteral("[%1]").arg(i));
        return out;
    }
    if (expected != actual)
        out << at;
    return out;
}

static LoopbackHttpServer::Reply jsonReply(int status, const QByteArray& body) {
    LoopbackHttpServer::Reply r;
    r.status = status;
    r.body = body;
    if (!body.isEmpty())
        r.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return r;
}

LoopbackHttpServer::Reply ArmReplayServer::handle(const LoopbackHttpServer::Request& request) {
    if (!m_faults.isEmpty()) {
        const Fault f = m_faults.dequeue();
        LoopbackHttpServer::Reply r = jsonReply(f.status, f.body);
        r.headers += f.headers;
        r.drop = f.drop;
        r.delayMs = f.delayMs;
        if (f.status != 0 || f.drop)
            return r;
    }
    if (!m_recording.isEmpty())
        return fromRecording(request);
    const QString apiVersion = QUrlQuery(request.url).queryItemValue(QStringLiteral("api-version"));
    const Example* match = nullptr;
    for (const Example& e : m_examples) {
        if (e.method != request.method || e.path != request.url.path())
            continue;
        if (e.apiVersion == apiVersion) {
            match = &e;
            break;
        }
        // A followed nextLink carries another api-version and $skip (docs/architecture.md "Quirks"); serve
        // the same collection, whose items the client must not count twice.
        if (QUrlQuery(request.url).hasQueryItem(QStringLiteral("$skip")))
            match = &e;
    }
    if (!match)
        return jsonReply(
            404,
            R"({"error":{"code":"NoExampleForRequest","message":"the replay server has no example for this method, path and api-version"}})");
    Served s;
    s.example = match->file;
    if (!match->requestBody.isUndefined() && !match->requestBody.isNull())
        s.bodyDifferences = differences(match->requestBody, QJsonDocument::fromJson(request.body).object());
    m_served.append(s);
    const QJsonObject response = match->responses.value(QString::number(match->status)).toObject();
    const QJsonValue body = response.value(QLatin1String("body"));
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    LoopbackHttpServer::Reply r = jsonReply(match->status, rewriteHosts(bytes));
    const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.append({it.key().toUtf8(), rewriteHosts(it.value().toString().toUtf8())});
    return r;
}

bool ArmReplayServer::loadRecording(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    m_recording = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("Entries")).toArray();
    m_consumed = QList<bool>(m_recording.size(), false);
    return !m_recording.isEmpty();
}

int ArmReplayServer::recordingRemaining() const {
    return int(std::count(m_consumed.begin(), m_consumed.end(), false));
}

LoopbackHttpServer::Reply ArmReplayServer::fromRecording(const LoopbackHttpServer::Request& request) {
    // Match by method and path, not host (recordings README: hosts are sanitized unevenly).
    for (int i = 0; i < m_recording.size(); ++i) {
        if (m_consumed[i])
            continue;
        const QJsonObject e = m_recording[i].toObject();
        const QUrl url(e.value(QLatin1String("RequestUri")).toString());
        if (e.value(QLatin1String("RequestMethod")).toString().toUtf8() != request.method ||
            url.path() != request.url.path())
            continue;
        m_consumed[i] = true;
        Served s;
        s.example = QStringLiteral("recording #%1").arg(i);
        const QJsonValue recordedBody = e.value(QLatin1String("RequestBody"));
        if (recordedBody.isObject())
            s.bodyDifferences = differences(recordedBody, QJsonDocument::fromJson(request.body).object());
        m_served.append(s);
        const QJsonValue body = e.value(QLatin1String("ResponseBody"));
        QByteArray bytes;
        if (body.isObject())
            bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        LoopbackHttpServer::Reply r =
            jsonReply(e.value(QLatin1String("StatusCode")).toInt(), rewriteHosts(bytes));
        const QJsonObject headers = e.value(QLatin1String("ResponseHeaders")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QByteArray name = it.key().toUtf8();
            const QByteArray lower = name.toLower();
            // Bodies are stored decoded (recordings README): drop framing and encoding headers.
            if (lower == "content-length" || lower == "content-encoding" || lower == "transfer-encoding" ||
                lower == "content-type" || !it.value().isString())
                continue;
            r.headers.append({name, rewriteHosts(it.value().toString().toUtf8())});
        }
        return r;
    }
    return jsonReply(
        404,
        R"({"error":{"code":"NotInRecording","message":"the recording has no further request with this method and path"}})");
}

} // namespace trainyard::test
