#pragma once

#include "core/engine/LogStream.h"
#include "core/model/Run.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace trainyard::azureml {

class AzureMlEngine;

// A job's log file followed as `az ml job stream` does (docs/architecture.md "Run
// monitoring", after azure-ai-ml's _job_ops_helper.py): poll the run-history details, take the
// file's SAS URL from `logFiles`, download it again and hand on only the bytes past what was
// delivered; sleep on a sigmoid from 2 s to 60 s between polls; stop when the run is terminal
// (Completed, Failed, Canceled, NotResponding, Paused) and the file is delivered.
class AzureLogStream : public LogStream {
    Q_OBJECT
public:
    AzureLogStream(AzureMlEngine* engine, QString runId, QString file, QObject* parent = nullptr);

    void start(qint64 fromOffset = 0) override;
    void stop() override;
    void setFollow(bool follow) override { m_follow = follow; }

    // The log files of a run, std_log of rank/worker 0 first (docs/architecture.md "Run monitoring":
    // user_logs/std_log*.txt,
    // legacy azureml-logs/NN_*.txt).
    static QList<LogSource> logSources(const QJsonObject& details);
    static bool isTerminal(const QString& azureStatus);
    static int pollDelayMs(int poll, double minimumSeconds); // the sigmoid

private:
    void poll();
    void schedule();

    QPointer<AzureMlEngine> m_engine;
    QString m_runId;
    QString m_file;
    qint64 m_offset = 0;
    bool m_follow = true;
    bool m_stopped = false;
    int m_polls = 0;
    QTimer m_timer;
};

} // namespace trainyard::azureml
