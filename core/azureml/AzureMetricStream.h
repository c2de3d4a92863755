#pragma once

#include "core/engine/MetricStream.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace trainyard::azureml {

class AzureMlEngine;

// A job's metrics from the workspace's MLflow-compatible tracking endpoint (docs/architecture.md "Run
// monitoring"): runs/get names the metrics, metrics/get-history (paged with page_token) gives every point;
// only points not yet delivered are emitted. While following, it polls until MLflow says the run is FINISHED,
// FAILED or KILLED.
class AzureMetricStream : public MetricStream {
    Q_OBJECT
public:
    AzureMetricStream(AzureMlEngine* engine, QString runId, QObject* parent = nullptr);
    void start() override;
    void stop() override;
    void setFollow(bool follow) override { m_follow = follow; }

private:
    void pass();
    void history(const QStringList& keys, int index, const QString& pageToken, QList<MetricPoint> collected,
                 bool terminal);
    void endPass(bool terminal);

    QPointer<AzureMlEngine> m_engine;
    QString m_runId;
    QUrl m_base;
    QHash<QString, int> m_delivered; // points already emitted per metric
    bool m_follow = true;
    bool m_stopped = false;
    int m_passes = 0;
    QTimer m_timer;
};

} // namespace trainyard::azureml
