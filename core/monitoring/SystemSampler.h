#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace trainyard::monitoring {

// Samples one rank's process tree (and the node's GPUs) every few seconds and appends the
// values to the run's metrics file as sys/ points (SystemMetrics.h). Runs beside the rank:
// inside `yard runner` on the local engine, as `yard sample` next to each task on Slurm.
class SystemSampler : public QObject {
    Q_OBJECT
public:
    struct Target {
        qint64 pid = 0; // the rank's process (a ProcessTree leader)
        QString node;
        int rank = 0;
        QString metricsFile;
        int intervalMs = 5000;
        double coresRequested = 1;
        QString visibleGpus; // CUDA_VISIBLE_DEVICES ("0,2"); empty: every GPU
    };

    explicit SystemSampler(Target target, QObject* parent = nullptr);
    void start(); // writes cores_requested and a first sample (no CPU % yet), then every interval
    void stop();
    // One sample as JSON Lines (what start()'s timer appends); empty when the tree is gone.
    QByteArray sampleLines();

    // How often to sample: TRAINYARD_SYSTEM_METRICS_INTERVAL (seconds, fractions allowed) from
    // `environment` when set, else 5 s; 0 turns sampling off (nullopt).
    static std::optional<int> intervalMs(const QMap<QString, QString>& environment);
    // What a rank asked for: TRAINYARD_CORES_PER_RANK, else SLURM_CPUS_PER_TASK, else this
    // machine's cores shared by the run's processes on it (WORLD_SIZE / OMPI_COMM_WORLD_SIZE).
    static double coresPerRank(const QMap<QString, QString>& environment);

private:
    void appendToFile(const QByteArray& lines);

    Target m_target;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::optional<double> m_lastCpuSeconds;
    double m_lastRead = 0, m_lastWrite = 0;
    qint64 m_lastMs = 0;
    qint64 m_step = 0;
};

} // namespace trainyard::monitoring
