#pragma once

#include "core/batchai/BatchAiDocument.h"
#include "core/model/Compute.h"
#include "core/model/Run.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace trainyard::batchai {

// Something in the Batch AI file that does not carry over as it was: the field's JSON path
// ("properties.scaleSettings.manual.nodeDeallocationOption") and why, in words for the user.
struct ImportWarning {
    QString field;
    QString message;
};

// A Batch AI mount (Azure file share or blob container) that becomes a datastore.
struct ImportDatastore {
    QString name;              // a datastore name derived from the share / container
    QString type;              // "azure_file" | "azure_blob"
    QString accountName;       // empty or a placeholder when the file did not say
    QString container;         // share or container name
    QString relativeMountPath; // where Batch AI mounted it under $AZ_BATCHAI_(JOB_)MOUNT_ROOT
};

// An inputDirectories / outputDirectories entry, or a mount-root path the command uses.
struct ImportDirectory {
    QString id;        // Batch AI's id ("DATASET"); the Azure ML name is id.toLower()
    QString datastore; // workspaceblobstore unless a mount says otherwise
    QString path;      // path on the datastore, relative
    QString mode;      // "ro_mount" | "rw_mount"
    QString mountPath; // path below Batch AI's mount root: the local engine's datastore mirrors that root
    QString original;  // as the file wrote it
};

// A secret the file held in clear (a password, an account key, a job secret): it goes to the
// keychain under `key` and nowhere else. toJson() prints the key, never the value.
struct ImportSecret {
    QString field; // where it was
    QString key;   // SecretStore key
    QByteArray value;
};

// The private registry of a job's container image; the password is an ImportSecret.
struct ImportRegistry {
    QString address;
    QString username;
    QString passwordKey; // keychain key, empty when the file had no usable password
};

// Everything one Batch AI file turns into: the Trainyard spec (any engine), what only Azure ML
// needs besides (image, named inputs and outputs, its form of the command) and the list of
// points that need the user's decision. azureMlBody() (AzureMlBody.h) writes the REST body.
struct BatchAiImport {
    BatchAiDocument document;
    std::optional<ComputeSpec> compute;
    std::optional<RunConfig> run;
    QString image; // the job's container image, when it had one
    ImportRegistry registry;
    QList<ImportDirectory> inputs;
    QList<ImportDirectory> outputs;
    QList<ImportDatastore> datastores;
    QJsonObject configuration; // configuration.json without its secrets (workspace config.json)
    QString subscriptionId;    // a cluster's, from its subnet id (the compute body names the subnet)
    QList<ImportWarning> warnings;
    QList<ImportSecret> secrets;
    QString environmentName; // the Azure ML environment asset the job body names
    QString azureMlCommand;  // the command in the Azure ML body (inputs as ${{inputs.x}})
    QString originalText;    // the file as read, its secrets masked (importBatchAiFile fills it)

    bool hasWarning(const QString& field) const;
};

// What the file leaves to the user; the command line's flags and the dialog's fields fill it.
struct ImportOptions {
    QString computeName;     // cluster name for a cluster, target compute for a job
    QString experiment;      // else the file's experimentName, else "batchai-import"
    QString sourceDirectory; // the job's scripts; the pythonScriptFilePath's file name is run from here
    QString workspaceName;   // keychain scope
    bool manualScaleFromZero = false;              // targetNodeCount N -> 0..N instead of N..N
    std::optional<int> idleSecondsBeforeScaledown; // else 1800 (SDK v1's default), stated in a warning
    std::optional<int> nodeCount; // a job's node count when the file has none (or to replace it)
    QString command;              // replaces the toolkit's launch (files with no toolkit settings)
    QString vmSize;               // when the file has none
};

// `yard import batchai --json`: {"kind", "compute", "run", "azureml", "warnings", ...}; secrets
// appear only as keychain keys.
QJsonObject toJson(const BatchAiImport& import);

} // namespace trainyard::batchai
