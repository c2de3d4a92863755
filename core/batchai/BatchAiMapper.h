#pragma once

#include "core/batchai/BatchAiDocument.h"
#include "core/batchai/BatchAiImport.h"

#include <QJsonObject>
#include <QSet>

namespace trainyard::batchai {

// Maps one Batch AI definition to Trainyard's ComputeSpec / RunConfig and to the Azure ML REST
// body, following the table in docs/architecture.md "Batch AI import". Every field that does not carry over
// exactly becomes an ImportWarning naming it; nothing is dropped silently. Pure: no files, no
// keychain (BatchAiImport::secrets holds what the caller stores).
class BatchAiMapper {
public:
    BatchAiMapper(const BatchAiDocument& document, const ImportOptions& options);
    BatchAiImport map();

private:
    void mapCluster();
    void mapJob();
    void mapFileServer();
    void mapConfiguration();

    void mapMountVolumes(const QJsonObject& volumes, const QString& field);
    void mapUserAccount(const QJsonObject& account, const QString& field, ComputeSpec* spec,
                        QJsonObject* credentials);
    QString buildToolkitCommand(const QJsonObject& props, RunConfig& run);
    void noteVariables(const QString& text, const QString& field);
    QStringList buildPrelude(bool local, QStringList* localArguments);
    void mapContainer(const QJsonObject& container, const QString& field);
    ImportDirectory resolveDirectory(const QString& id, const QString& path, const QString& mode,
                                     const QString& field);
    int perNodeProcesses(const QJsonObject& settings, const QString& field, int nodeCount);

    void warn(const QString& field, const QString& message);
    void reportUnknown(const QJsonObject& object, const QString& prefix, const QSet<QString>& known);
    void reportServiceState(const QJsonObject& object, const QString& prefix);
    QString field(const QString& key) const; // JSON path of a key of the definition
    QString secretKey(const QString& what) const;
    void addSecret(const QString& field, const QString& what, const QJsonValue& value);

    // A path under $AZ_BATCHAI_(JOB_)MOUNT_ROOT -> (mount folder, rest); nullopt otherwise.
    std::optional<std::pair<QString, QString>> splitMountPath(const QString& path) const;

    BatchAiDocument m_doc;
    ImportOptions m_options;
    BatchAiImport m_out;
    QString m_root;                       // JSON path prefix of the definition in its file
    QString m_scopeName;                  // the resource's name, for keychain keys
    QString m_pythonScript;               // for the per-toolkit commands
    QStringList m_mountsUsed;             // mount folders the command reaches through the mount root
    QSet<QString> m_variables;            // Batch AI variables the command and environment refer to
    QMap<QString, QString> m_exportedEnv; // environment values that refer to Batch AI variables
    QString m_pytorchBackend;
    QString m_toolkitField; // JSON path of the toolkit settings, where variable warnings point
    DistributionType m_distribution = DistributionType::None;
};

// True for the values Batch AI samples used where a real one was to be filled in
// ("<AZURE_BATCHAI_STORAGE_KEY>", "[your storage account key]", "<redacted>", "...", "").
bool isPlaceholder(const QString& value);

} // namespace trainyard::batchai
