// SlurmEngine's runs: submit (snapshot, job files, POST job/submit), the run records on the work
// dir kept in step with Slurm's view of the jobs, cancel, files, and the live log and metric
// files. Partitions and datastores are in SlurmEngine.cpp.
#include "core/slurm/SlurmEngine.h"

#include "core/engine/ClusterBounds.h"
#include "core/engine/EnvironmentStore.h"
#include "core/engine/FileStreams.h"
#include "core/engine/PythonHelper.h"
#include "core/engine/RunFileRead.h"
#include "core/engine/RunSnapshot.h"
#include "core/engine/ScriptRunRecord.h"
#include "core/engine/Transfer.h"
#include "core/monitoring/SystemMetrics.h"
#include "core/secrets/RunSecretEnvironment.h"
#include "core/slurm/SlurmJobScript.h"
#include "core/slurm/SlurmMapping.h"
#include "core/util/FileTree.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmEngine)
};

QDateTime epochTime(const QJsonValue& v) {
    const qint64 s = v.toVariant().toLongLong();
    return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

// v0.0.36-38 give exit_code as the raw wait status; later versions as an object.
std::optional<int> exitCodeOf(const QJsonValue& v) {
    if (v.isObject()) {
        const QJsonValue rc = v.toObject().value(QStringLiteral("return_code"));
        return rc.isDouble() ? std::optional<int>(rc.toInt()) : std::nullopt;
    }
    if (v.isDouble())
        return exitCodeFromWaitStatus(v.toInt());
    return std::nullopt;
}
} // namespace

// ---- runs ------------------------------------------------------------------------------------

void SlurmEngine::merge(SlurmRunRecord& record, const QJsonObject* job, std::optional<int> jobEnd) const {
    RunInfo& info = record.info;
    info.engine = kind();
    if (job) {
        const JobState st = mapJobState(job->value(QStringLiteral("job_state")).toString(),
                                        job->value(QStringLiteral("state_reason")).toString());
        info.status = st.status;
        info.statusDetail = st.detail;
        info.properties.insert(QStringLiteral("slurm_job_id"), QString::number(record.jobId));
        info.properties.insert(QStringLiteral("slurm_job_state"),
                               job->value(QStringLiteral("job_state")).toString());
        if (info.status != RunStatus::Queued && info.status != RunStatus::NotStarted)
            info.startedAt = epochTime(job->value(QStringLiteral("start_time")));
        const QStringList nodes = expandHostList(job->value(QStringLiteral("nodes")).toString());
        if (!nodes.isEmpty())
            info.nodes = nodes;
        if (isTerminal(info.status)) {
            info.endedAt = epochTime(job->value(QStringLiteral("end_time")));
            info.exitCode = exitCodeOf(job->value(QStringLiteral("exit_code")));
            info.error = st.error;
            if (info.status == RunStatus::Failed && info.exitCode)
                info.error += Tr::tr("; exit code %1").arg(*info.exitCode);
        }
        environmentFailure(info);
        return;
    }
    {
        // Slurm purged the job (MinJobAge): what the job script left (job_end.json) decides.
        const std::optional<int> code = jobEnd;
        if (code) {
            info.status = *code == 0 ? RunStatus::Completed : RunStatus::Failed;
            info.exitCode = *code;
            if (*code != 0)
                info.error = Tr::tr("the job's tasks ended with exit code %1").arg(*code);
        } else {
            info.status = info.cancelRequested ? RunStatus::Canceled : RunStatus::Failed;
            if (!info.cancelRequested)
                info.error = Tr::tr("Slurm no longer knows job %1 (it ended more than MinJobAge ago) and "
                                    "its script left no exit record: it was killed or canceled outside "
                                    "Trainyard.")
                                 .arg(record.jobId);
        }
        if (!info.endedAt.isValid())
            info.endedAt = QDateTime::currentDateTimeUtc();
        info.statusDetail.clear();
    }
    environmentFailure(info);
}

void SlurmEngine::environmentFailure(RunInfo& info) const {
    if (info.status != RunStatus::Failed)
        return;
    if (const QString why = slurmEnvironmentFailure(m_settings.runDir(info.id)); !why.isEmpty())
        info.error = why; // the job failed before srun: its environment did not build
}

void SlurmEngine::refreshRecords(QList<SlurmRunRecord> records,
                                 std::function<void(Result<QList<RunInfo>>)> done, bool all) {
    QList<int> live;
    for (int i = 0; i < records.size(); ++i)
        if (records[i].jobId > 0 && !isTerminal(records[i].info.status))
            live << i;
    auto finish = [this, done](QList<SlurmRunRecord> merged, QList<SlurmRunRecord> changed) {
        if (!changed.isEmpty()) {
            // Terminal states are saved, so the history outlives Slurm's memory of the jobs.
            (void)QtConcurrent::run(&m_pool, [s = m_settings, changed] {
                for (const auto& r : changed)
                    writeRunRecord(s, r);
            });
        }
        QList<RunInfo> infos;
        for (const auto& r : merged)
            infos << r.info;
        done(infos);
    };
    if (live.isEmpty())
        return finish(records, {});
    const QString path = all || live.size() > 1 ? QStringLiteral("jobs")
                                                : QStringLiteral("job/%1").arg(records[live.first()].jobId);
    m_client.get(path, [this, records, live, finish, done](Result<QJsonObject> reply) mutable {
        QHash<qint64, QJsonObject> jobs;
        if (reply) {
            for (const auto& j : reply->value(QStringLiteral("jobs")).toArray())
                jobs.insert(j.toObject().value(QStringLiteral("job_id")).toVariant().toLongLong(),
                            j.toObject());
        } else if (reply.error().kind != ErrorKind::NotFound) {
            return done(reply.error());
        }
        QList<SlurmRunRecord> changed;
        QList<int> forgotten;
        for (int i : live) {
            SlurmRunRecord& r = records[i];
            const RunStatus before = r.info.status;
            const QString detailBefore = r.info.statusDetail;
            auto it = jobs.constFind(r.jobId);
            if (it == jobs.constEnd()) {
                forgotten << i;
                continue;
            }
            merge(r, &it.value(), std::nullopt);
            if (r.info.status != before || r.info.statusDetail != detailBefore)
                changed << r;
        }
        if (forgotten.isEmpty())
            return finish(records, changed);
        QtConcurrent::run(&m_pool,
                          [s = m_settings, records, forgotten] {
                              QHash<int, std::optional<int>> codes;
                              for (int i : forgotten)
                                  codes.insert(i, readJobEnd(s.runDir(records[i].info.id)));
                              return codes;
                          })
            .then(this,
                  [this, records, changed, forgotten, finish](QHash<int, std::optional<int>> codes) mutable {
                      for (int i : forgotten) {
                          merge(records[i], nullptr, codes.value(i));
                          changed << records[i];
                      }
                      finish(records, changed);
                  });
    });
}

QFuture<Result<RunInfo>> SlurmEngine::submitRun(const RunConfig& submitted) {
    RunConfig config = submitted;
    if (config.compute.isEmpty())
        config.compute = m_settings.partition;
    if (config.distribution.type == DistributionType::TensorFlow && config.distribution.workerCount == 0)
        config.distribution.workerCount = config.nodeCount - config.distribution.parameterServerCount;
    if (auto s = validateRunConfig(config); !s)
        return QtFuture::makeReadyFuture<Result<RunInfo>>(s.error());
    if (auto s = refuseSecretEnvironment(config.secretEnvironment, QStringLiteral("Slurm")); !s)
        return QtFuture::makeReadyFuture<Result<RunInfo>>(s.error());
    monitoring::applyWorkspaceSamplingInterval(config.environmentVariables, m_settings.raw);
    Promise<Result<RunInfo>> out;
    m_client.get(QStringLiteral("partition/") + QString::fromLatin1(QUrl::toPercentEncoding(config.compute)),
                 [this, out, config](Result<QJsonObject> reply) {
                     const QJsonObject p =
                         reply ? reply->value(QStringLiteral("partitions")).toArray().first().toObject()
                               : QJsonObject();
                     // A partition that cannot be read is Slurm's to refuse when the job is submitted.
                     if (!p.isEmpty()) {
                         const ClusterBounds bounds = slurmPartitionBounds(
                             config.compute, p.value(QStringLiteral("total_nodes")).toInt(),
                             p.value(QStringLiteral("total_cpus")).toInt());
                         if (auto s = checkRunBounds(bounds, config); !s)
                             return out.finish(s.error());
                     }
                     submitWithinBounds(config, out);
                 });
    return out.future();
}

void SlurmEngine::submitWithinBounds(RunConfig config, Promise<Result<RunInfo>> out) {
    struct Prepared {
        SlurmRunRecord record;
        QJsonObject body;
    };
    QtConcurrent::run(&m_pool, [s = m_settings, config]() mutable -> Result<Prepared> {
        auto source = RunSnapshot::checkSource(config);
        if (!source)
            return source.error();
        config.sourceDirectory = source.value();
        std::optional<EnvironmentSpec> environment;
        if (!config.environment.isEmpty()) { // kept on the work dir; the version it got stays with the run
            auto found = EnvironmentStore(slurmEnvironmentsRoot(s)).get(config.environment);
            if (!found)
                return found.error();
            environment = found.value();
            config.environment = found->reference();
        }
        if (!QDir().mkpath(s.runsDir()))
            return Error::io(
                Tr::tr("Cannot create %1: is the work dir mounted and writable?").arg(s.runsDir()));
        int number = 1;
        for (const auto& r : readAllRunRecords(s))
            if (r.info.experiment == config.experiment)
                number = std::max(number, r.info.number + 1);
        const QString runId = RunSnapshot::newRunId(config.experiment);
        const QString runDir = s.runDir(runId);
        auto fail = [&](const Error& e) -> Result<Prepared> {
            QDir(runDir).removeRecursively();
            return e;
        };
        // The snapshot is complete before the job exists.
        if (auto st = RunSnapshot::copy(config.sourceDirectory, runDir + QStringLiteral("/snapshot")); !st)
            return fail(st.error());
        if (auto st = installPythonHelper(s.pythonLib()); !st)
            return fail(st.error());
        SlurmEnvironment jobEnvironment;
        if (environment) {
            auto prepared = prepareSlurmEnvironment(s, runDir, *environment);
            if (!prepared)
                return fail(prepared.error());
            jobEnvironment = prepared.value();
        }
        auto files = writeJobFiles(s, config, runId, jobEnvironment);
        if (!files)
            return fail(files.error());
        SlurmRunRecord record;
        record.info.id = runId;
        record.info.number = number;
        record.info.createdAt = QDateTime::currentDateTimeUtc();
        record.info.config = config;
        if (auto st = writeRunRecord(s, record); !st)
            return fail(st.error());
        return Prepared{runRecordFromJson(toJson(record)), files->submitBody};
    }).then(this, [this, out](Result<Prepared> prepared) {
        if (!prepared)
            return out.finish(prepared.error());
        const SlurmRunRecord record = prepared->record;
        m_client.post(
            QStringLiteral("job/submit"), prepared->body, [this, out, record](Result<QJsonObject> reply) {
                const qint64 jobId =
                    reply ? reply->value(QStringLiteral("job_id")).toVariant().toLongLong() : 0;
                if (!reply || jobId <= 0) {
                    const Error e =
                        reply ? Error::engine(Tr::tr("slurmrestd accepted the job but gave no job id."))
                              : reply.error();
                    (void)QtConcurrent::run(&m_pool, [dir = m_settings.runDir(record.info.id)] {
                        QDir(dir).removeRecursively();
                    });
                    return out.finish(
                        Error{e.kind, Tr::tr("Slurm did not take the run: %1").arg(e.message), e.field});
                }
                SlurmRunRecord r = record;
                r.jobId = jobId;
                r.info.status = RunStatus::Queued;
                r.info.engine = kind();
                r.info.properties.insert(QStringLiteral("slurm_job_id"), QString::number(jobId));
                QtConcurrent::run(&m_pool, [s = m_settings, r]() {
                    return writeRunRecord(s, r);
                }).then(this, [out, r](Status st) {
                    if (!st)
                        return out.finish(st.error());
                    out.finish(r.info);
                });
            });
    });
}

QFuture<Result<QList<RunInfo>>> SlurmEngine::listRuns(const RunFilter& filter) {
    Promise<Result<QList<RunInfo>>> out;
    QtConcurrent::run(&m_pool, [s = m_settings] {
        return readAllRunRecords(s);
    }).then(this, [this, out, filter](QList<SlurmRunRecord> records) {
        refreshRecords(
            records,
            [out, filter](Result<QList<RunInfo>> runs) {
                if (!runs)
                    return out.finish(runs.error());
                QList<RunInfo> list;
                for (const RunInfo& r : runs.value()) {
                    if (!filter.experiment.isEmpty() && r.experiment != filter.experiment)
                        continue;
                    if (!filter.compute.isEmpty() && r.compute != filter.compute)
                        continue;
                    if (filter.status && r.status != *filter.status)
                        continue;
                    if (!filter.parentRunId.isEmpty() && r.parentRunId != filter.parentRunId)
                        continue;
                    list << r;
                }
                std::sort(list.begin(), list.end(),
                          [](const RunInfo& a, const RunInfo& b) { return a.createdAt > b.createdAt; });
                if (filter.limit > 0 && list.size() > filter.limit)
                    list.resize(filter.limit);
                out.finish(list);
            },
            true);
    });
    return out.future();
}

QFuture<Result<RunInfo>> SlurmEngine::getRun(const QString& runId) {
    Promise<Result<RunInfo>> out;
    QtConcurrent::run(&m_pool, [s = m_settings, runId] {
        return readRunRecord(s, runId);
    }).then(this, [this, out](Result<SlurmRunRecord> record) {
        if (!record)
            return out.finish(record.error());
        refreshRecords(
            {record.value()},
            [out](Result<QList<RunInfo>> runs) {
                if (!runs)
                    return out.finish(runs.error());
                out.finish(runs->first());
            },
            false);
    });
    return out.future();
}

QFuture<Status> SlurmEngine::cancelRun(const QString& runId) {
    Promise<Status> out;
    getRun(runId).then(this, [this, out, runId](Result<RunInfo> run) {
        if (!run)
            return out.finish(run.error());
        if (isTerminal(run->status))
            return out.finish(
                Error::conflict(Tr::tr("Run %1 has already ended (%2): there is nothing to cancel.")
                                    .arg(runId, toString(run->status))));
        if (run->nodeCount == 0 && !run->parentRunId.isEmpty()) { // a script's child run: no job
            QtConcurrent::run(&m_pool, [s = m_settings, runId] {
                return cancelScriptChildRun(s.runDir(runId));
            }).then(this, [out](Status st) { out.finish(st); });
            return;
        }
        const QString jobId = run->properties.value(QStringLiteral("slurm_job_id"));
        m_client.remove(QStringLiteral("job/%1").arg(jobId), [this, out, runId](Result<QJsonObject> reply) {
            if (!reply)
                return out.finish(reply.error());
            QtConcurrent::run(&m_pool, [s = m_settings, runId]() -> Status {
                auto r = readRunRecord(s, runId);
                if (!r)
                    return r.error();
                SlurmRunRecord record = r.value();
                record.info.cancelRequested = true;
                return writeRunRecord(s, record);
            }).then(this, [out](Status st) { out.finish(st); });
        });
    });
    return out.future();
}

QFuture<Result<QByteArray>> SlurmEngine::readRunFile(const QString& runId, const QString& path) {
    return QtConcurrent::run(&m_pool, [s = m_settings, runId, path]() -> Result<QByteArray> {
        if (auto r = readRunRecord(s, runId); !r)
            return r.error();
        return readFileInRunFolder(s.runDir(runId), path);
    });
}

QFuture<Result<QList<RunFile>>> SlurmEngine::listRunFiles(const QString& runId) {
    return QtConcurrent::run(&m_pool, [s = m_settings, runId]() -> Result<QList<RunFile>> {
        if (auto r = readRunRecord(s, runId); !r)
            return r.error();
        QList<RunFile> files;
        const QString run = s.runDir(runId);
        for (const QString& part : {QStringLiteral("outputs"), QStringLiteral("logs")})
            for (const TreeEntry& e : listTree(run + u'/' + part))
                files.append({part + u'/' + e.relativePath, e.size, e.modified});
        for (const QString& name : {QStringLiteral("metrics.jsonl"), QStringLiteral("slurm-job.out")}) {
            const QFileInfo f(run + u'/' + name);
            if (f.exists())
                files.append({name, f.size(), f.lastModified()});
        }
        return files;
    });
}

QFuture<Result<QList<LogSource>>> SlurmEngine::listLogs(const QString& runId) {
    return QtConcurrent::run(&m_pool, [s = m_settings, runId]() -> Result<QList<LogSource>> {
        auto r = readRunRecord(s, runId);
        if (!r)
            return r.error();
        QList<LogSource> logs;
        const QStringList paths = rankLogPaths(r->info.config);
        for (int rank = 0; rank < paths.size(); ++rank)
            logs.append({QString::number(rank), paths[rank]});
        return logs;
    });
}

Transfer* SlurmEngine::downloadRunFiles(const QString& runId, const QString& destinationDir,
                                        QObject* parent) {
    return Transfer::start(
        &m_pool,
        [s = m_settings, runId, destinationDir](Transfer* t) -> Status {
            if (auto st = RunSnapshot::checkRunId(runId); !st)
                return st;
            if (auto r = readRunRecord(s, runId); !r)
                return r.error();
            for (const QString& part : {QStringLiteral("outputs"), QStringLiteral("logs")}) {
                const QString from = s.runDir(runId) + u'/' + part;
                if (!QFileInfo(from).isDir())
                    continue;
                if (auto st = copyTree(
                        from, destinationDir + u'/' + part, true,
                        [t](const TransferProgress& p) { emit t->progress(p); }, t->cancelFlag());
                    !st)
                    return st;
            }
            return {};
        },
        parent);
}

// A stream ends when the job script wrote job_end.json (all tasks are done, so every byte is in
// the files) or, for a job killed before that (cancel, time limit, node failure), when Slurm
// reports the job ended. The latter is polled from the stream's thread with backoff, so a
// slurmrestd restart only delays it.
std::function<bool()> SlurmEngine::endedCheck(const QString& runId, QObject* owner) {
    auto ended = std::make_shared<std::atomic_bool>(false);
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(1000);
    QPointer<SlurmEngine> engine(this);
    connect(timer, &QTimer::timeout, owner, [engine, runId, ended, timer] {
        if (!engine)
            return;
        engine->getRun(runId).then(timer, [ended, timer](Result<RunInfo> run) {
            if (run && isTerminal(run->status)) {
                ended->store(true);
                return;
            }
            timer->setInterval(run ? 1000 : std::min(10000, timer->interval() * 2));
            timer->start();
        });
    });
    timer->start();
    const QString marker = m_settings.runDir(runId) + QStringLiteral("/job_end.json");
    return [ended, marker] { return ended->load() || QFileInfo::exists(marker); };
}

LogStream* SlurmEngine::openLog(const QString& runId, const LogSource& log, QObject* parent) {
    const QString path = m_settings.runDir(runId) + u'/' + QDir::cleanPath(log.path);
    auto* holder = new QObject; // owns the poll timer; the stream owns it
    auto check = endedCheck(runId, holder);
    auto* stream = new FileLogStream(path, check, parent);
    holder->setParent(stream);
    return stream;
}

MetricStream* SlurmEngine::openMetrics(const QString& runId, QObject* parent) {
    auto* holder = new QObject;
    auto check = endedCheck(runId, holder);
    auto* stream =
        new FileMetricStream(m_settings.runDir(runId) + QStringLiteral("/metrics.jsonl"), check, parent);
    holder->setParent(stream);
    return stream;
}

} // namespace trainyard::slurm
