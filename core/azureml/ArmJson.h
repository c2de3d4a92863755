#pragma once

#include "core/model/Compute.h"
#include "core/model/Datastore.h"
#include "core/model/Run.h"
#include "core/util/IsoDuration.h"

#include <QJsonObject>

#include <optional>

namespace trainyard::azureml {

// ARM JSON (api-version 2025-12-01, docs/architecture.md "Azure Machine Learning") to and from our model
// types.

struct ComputeRequest {
    QString location;
    QString subscriptionId;
    QString adminPassword; // from the keychain; only ever in the request body
};

// Compute_CreateOrUpdate body for an AmlCompute (docs/architecture.md "AmlCompute": writable fields).
QJsonObject computeCreateBody(const ComputeSpec& spec, const ComputeRequest& request);
// Compute_Update body: only scaleSettings may change (docs/architecture.md "AmlCompute").
QJsonObject computeScaleBody(int minNodes, int maxNodes, int idleSeconds);
ComputeInfo computeFromArm(const QJsonObject& resource);
ComputeNode nodeFromArm(const QJsonObject& node);

// Azure's JobStatus (docs/architecture.md "Jobs") as our RunStatus; `detail` gets Azure's word when they
// differ.
RunStatus runStatusFromAzure(const QString& status, QString* detail = nullptr);
RunInfo runFromJob(const QJsonObject& resource);

// A uri_folder input of a job: a datastore path, mounted read-only unless `writable`.
struct JobFolder {
    QString uri; // azureml://datastores/<ds>/paths/<p>
    bool writable = false;
};

struct JobRequest {
    QString computeId;               // ARM id of the compute
    QString environmentId;           // e.g. azureml://registries/azureml/environments/.../versions/..
    QString codeId;                  // the uploaded code asset, or empty
    QMap<QString, JobFolder> inputs; // name -> folder, referred to in the command as ${{inputs.<name>}}
    QStringList outputs;             // uri_folder outputs (ReadWriteMount) whose path Azure ML chooses
};
// Jobs_CreateOrUpdate body of a CommandJob (docs/architecture.md "Jobs"). The one writer of that body: the
// engine's submit and the Batch AI import (AzureMlBody) both use it.
QJsonObject commandJobBody(const RunConfig& config, const JobRequest& request);
// resources.shmSize as the swagger's pattern \d+[bBkKmMgG] takes it: "16gb" and "16GB" -> "16g".
QString shmSizeForAzure(const QString& size);

DatastoreInfo datastoreFromArm(const QJsonObject& resource);

QString lastSegment(const QString& armId);

} // namespace trainyard::azureml
