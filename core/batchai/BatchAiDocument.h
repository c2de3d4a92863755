#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace trainyard::batchai {

enum class DocumentKind { Cluster, Job, FileServer, Configuration };
QString toString(DocumentKind kind); // "cluster" | "job" | "fileserver" | "configuration"

// How the definition was wrapped in its file; the mapping does not care, the user may.
enum class DocumentShape {
    SchemaWrapper,  // {"$schema": ".../schemas/<api>/<kind>.json", "properties": {...}} (az batchai -f)
    PropertiesOnly, // {"properties": {...}} with no $schema (ARM template fragments, docs)
    RestExample,    // x-ms-example: {"parameters": {"parameters": {"properties": {...}}}, "responses": ...}
    Flattened,      // `az batchai cluster show` output: the properties at the top with id/name/type
    Fragment,       // a bare piece of a definition ({"vmPriority": "lowpriority"})
    Configuration,  // the samples' configuration.json (credentials for the samples' scripts)
};
QString toString(DocumentShape shape);

// One Batch AI definition as read from a file: which kind, which API version (when the file
// says), the definition's properties and the name the file gives it.
struct BatchAiDocument {
    DocumentKind kind = DocumentKind::Job;
    DocumentShape shape = DocumentShape::Fragment;
    QString apiVersion; // "2017-09-01-preview" | "2018-03-01" | "2018-05-01" | empty when unknown
    QString name;       // clusterName / jobName / fileServerName / flat "name", when given
    QString experimentName;
    QString location;
    QString sourceName;          // the file, for messages
    QJsonObject properties;      // the definition itself (for configuration.json: the whole file)
    QStringList ignoredTopLevel; // wrapper keys that carry nothing to map (responses, id, ...)
};

// Tells the kind and unwraps the definition. A JSON syntax error names line and column; a JSON
// object that is none of the four kinds says so and what was looked for.
Result<BatchAiDocument> parseBatchAiDocument(const QByteArray& bytes, const QString& sourceName);
Result<BatchAiDocument> readBatchAiFile(const QString& path);

} // namespace trainyard::batchai
