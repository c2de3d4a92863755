#pragma once

#include "core/model/Compute.h"
#include "core/model/Datastore.h"
#include "core/model/Run.h"

#include <QJsonObject>

#include <optional>

namespace trainyard::azureml {

// ARM JSON (api-version 2025-12-01, docs/architecture.md "Azure Machine Learning") to and from our model types.

// ISO 8601 durations as ARM writes nodeIdleTimeBeforeScaleDown ("PT5M", "PT1M40S", "P1DT2H").
QString isoDurationFromSeconds(int seconds);
std::optional<int> secondsFromIsoDuration(const QString& text); // nullopt when unreadable

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

// Azure's JobStatus (docs/architecture.md "Jobs") as our RunStatus; `detail` gets Azure's word when they differ.
RunStatus runStatusFromAzure(const QString& status, QString* detail = nullptr);
RunInfo runFromJob(const QJsonObject& resource);

struct JobRequest {
    QString computeId;             // ARM id of the compute
    QString environmentId;         // e.g. azureml://registries/azureml/environments/.../versions/..
    QString codeId;                // the uploaded code asset, or empty
    QMap<QString, QString> inputs; // name -> azureml://datastores/<ds>/paths/<p> (uri_folder)
};
// Jobs_CreateOrUpdate body of a CommandJob (docs/architecture.md "Jobs").
QJsonObject commandJobBody(const RunConfig& config, const JobRequest& request);

DatastoreInfo datastoreFromArm(const QJsonObject& resource);

QString lastSegment(const QString& armId);

} // namespace trainyard::azureml
