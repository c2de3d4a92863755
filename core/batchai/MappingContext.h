#pragma once

#include "core/batchai/BatchAiDocument.h"
#include "core/batchai/BatchAiImport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace trainyard::batchai {

// One translation context for every part of the mapping (the messages predate the split).
struct MapperTr {
    Q_DECLARE_TR_FUNCTIONS(BatchAiMapper)
};

// What every part of the mapping shares: the definition, the user's options, the result being
// built, and the two things every part adds to it, warnings (by the field's JSON path in the
// file) and secrets (to the keychain, never into the result's JSON).
class MappingContext {
public:
    MappingContext(const BatchAiDocument& document, const ImportOptions& options);

    const BatchAiDocument& doc() const { return m_doc; }
    const ImportOptions& options() const { return m_options; }
    BatchAiImport& out() { return m_out; }
    const QString& root() const { return m_root; }

    // The resource's name, in keychain keys; each kind of file decides it.
    void setScopeName(const QString& name) { m_scopeName = name; }
    // The definition's name, else the file's base name.
    QString nameOrFileBaseName() const;

    QString field(const QString& key) const; // JSON path of a key of the definition
    void warn(const QString& field, const QString& message);
    // A secret in clear goes to BatchAiImport::secrets under batchai/<ws>/<kind>/<name>/<what>;
    // a placeholder is only warned about. Returns the keychain key, or empty when none was kept.
    QString addSecret(const QString& field, const QString& what, const QJsonValue& value);
    // Every key of `object` that is neither in `known` nor service state is named in a warning.
    void reportUnknown(const QJsonObject& object, const QString& prefix, const QSet<QString>& known);
    // Service state (provisioningState, ...) copied from a GET is named once, as not imported.
    void reportServiceState(const QJsonObject& object, const QString& prefix);

private:
    BatchAiDocument m_doc;
    ImportOptions m_options;
    BatchAiImport m_out;
    QString m_root;      // JSON path prefix of the definition in its file
    QString m_scopeName; // the resource's name, for keychain keys
};

// JSON values as Batch AI files wrote them (numbers sometimes as strings).
QString textOf(const QJsonValue& value);                                    // a string or a number
std::optional<int> intValue(const QJsonObject& object, const QString& key); // nullopt unless whole
bool present(const QJsonObject& object, const QString& key);                // there and not null
// The secretUrl of a Key Vault reference (valueSecretReference, passwordSecretReference, ...).
QString keyVaultUrl(const QJsonObject& object, const QString& referenceKey);

// True for the values Batch AI samples used where a real one was to be filled in
// ("<AZURE_BATCHAI_STORAGE_KEY>", "[your storage account key]", "<redacted>", "...", "").
bool isPlaceholder(const QString& value);

// Names Azure ML accepts.
QString azureMlName(const QString& id);            // input/output/datastore names: [a-z0-9_], a letter first
QString environmentNameFrom(const QString& image); // environment asset named after the image
QString computeNameFrom(const QString& text);      // 2-16 letters, digits, hyphens, a letter first

} // namespace trainyard::batchai
