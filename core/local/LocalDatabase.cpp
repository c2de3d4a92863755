#include "core/local/LocalDatabase.h"

#include "core/model/ModelJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace trainyard::local {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)
};
} // namespace

double nowSeconds() {
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QDateTime fromSeconds(const QVariant& seconds) {
    if (seconds.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds.toDouble() * 1000.0), Qt::UTC);
}

namespace {

// Each migration takes the schema from version (index) to (index + 1). Never edit one that has
// shipped: add the next.
const char* const kMigrations[] = {
    R"(CREATE TABLE computes(
         name TEXT PRIMARY KEY, vm_size TEXT NOT NULL, vm_priority TEXT NOT NULL,
         min_nodes INTEGER NOT NULL, max_nodes INTEGER NOT NULL, idle_seconds INTEGER NOT NULL,
         provisioning_state TEXT NOT NULL, spec_json TEXT NOT NULL, created_at REAL NOT NULL);
       CREATE TABLE nodes(
         node_id TEXT PRIMARY KEY, compute TEXT NOT NULL, state TEXT NOT NULL,
         state_since REAL NOT NULL, run_id TEXT);
       CREATE INDEX nodes_compute ON nodes(compute);
       CREATE TABLE experiments(name TEXT PRIMARY KEY, created_at REAL NOT NULL, next_number INTEGER NOT NULL);
       CREATE TABLE runs(
         id TEXT PRIMARY KEY, number INTEGER NOT NULL, experiment TEXT NOT NULL, display_name TEXT NOT NULL,
         compute TEXT NOT NULL, node_count INTEGER NOT NULL, status TEXT NOT NULL, status_detail TEXT,
         created_at REAL NOT NULL, started_at REAL, ended_at REAL, exit_code INTEGER, error TEXT,
         config_json TEXT NOT NULL, nodes_json TEXT, parent_id TEXT,
         cancel_requested INTEGER NOT NULL DEFAULT 0);
       CREATE INDEX runs_status ON runs(status);
       CREATE INDEX runs_experiment ON runs(experiment, number);)",
};

Status sqlError(const QSqlQuery& query) {
    return Error::io(Tr::tr("Workspace database error: %1").arg(query.lastError().text()));
}

const QString kActiveStatuses =
    QStringLiteral("('NotStarted','Queued','Preparing','Starting','Running','Finalizing')");

} // namespace

LocalDatabase::LocalDatabase(QString connectionName)
    : m_connection(std::move(connectionName)) {}

LocalDatabase::~LocalDatabase() {
    { QSqlDatabase::database(m_connection, false).close(); }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LocalDatabase::db() const {
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<LocalDatabase>> LocalDatabase::open(const LocalLayout& layout) {
    const QString name = QStringLiteral("trainyard-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<LocalDatabase> self(new LocalDatabase(name));
    if (auto s = checkNotLost(layout); !s)
        return s.error();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(layout.database());
        // Several processes share the file: wait for a writer instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error::io(Tr::tr("Cannot open the workspace database %1: %2")
                                 .arg(layout.database(), db.lastError().text()));
        // It holds run settings (environment variables): this user's alone. SQLite gives the
        // -wal and -shm files the same mode.
        QFile::setPermissions(layout.database(), QFile::ReadOwner | QFile::WriteOwner);
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (auto s = self->migrate(); !s)
        return s.error();
    return self;
}

Status LocalDatabase::checkNotLost(const LocalLayout& layout) {
    // SQLite makes a fresh database of a missing or empty file; beside existing runs that would
    // silently forget every run and cluster of the workspace.
    const QFileInfo file(layout.database());
    if (file.exists() && file.size() > 0)
        return {};
    const qsizetype runs = QDir(layout.runsRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    if (runs == 0)
        return {};
    return Error::io(
        Tr::tr("The workspace database %1 is %2, but %3 holds %4 run folder(s): restore the "
               "database from a backup, or move the runs folder away to start this "
               "workspace afresh.")
            .arg(layout.database(), file.exists() ? Tr::tr("empty") : Tr::tr("missing"), layout.runsRoot())
            .arg(runs));
}

Status LocalDatabase::transaction(const std::function<Status()>& body) {
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q);
    Status s = body();
    if (!s.ok()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Status e = sqlError(q);
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Status LocalDatabase::migrate() {
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q);
    const int version = q.value(0).toInt();
    constexpr int latest = int(std::size(kMigrations));
    static_assert(latest == kSchemaVersion);
    if (version > latest)
        return Error::invalid(
            Tr::tr("This workspace was written by a newer Trainyard (schema %1; this one knows up to %2). "
                   "Update Trainyard to open it.")
                .arg(version)
                .arg(latest));
    if (version == latest)
        return {};
    return transaction([&]() -> Status {
        QSqlQuery m(db());
        m.exec(QStringLiteral("PRAGMA user_version"));
        m.next();
        for (int v = m.value(0).toInt(); v < latest; ++v) {
            for (const QString& statement :
                 QString::fromUtf8(kMigrations[v]).split(u';', Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!m.exec(statement))
                    return sqlError(m);
            }
        }
        if (!m.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest)))
            return sqlError(m);
        return {};
    });
}

// ---- computes --------------------------------------------------------------------------------

static ComputeSpec specFromQuery(const QSqlQuery& q) {
    ComputeSpec spec;
    const QJsonObject extra =
        QJsonDocument::fromJson(q.value(QStringLiteral("spec_json")).toByteArray()).object();
    spec.name = q.value(QStringLiteral("name")).toString();
    spec.vmSize = q.value(QStringLiteral("vm_size")).toString();
    spec.vmPriority = q.value(QStringLiteral("vm_priority")).toString() == QLatin1String("lowpriority")
                          ? VmPriority::LowPriority
                          : VmPriority::Dedicated;
    spec.minNodes = q.value(QStringLiteral("min_nodes")).toInt();
    spec.maxNodes = q.value(QStringLiteral("max_nodes")).toInt();
    spec.idleSecondsBeforeScaledown = q.value(QStringLiteral("idle_seconds")).toInt();
    spec.vnetResourceGroup = extra.value(QStringLiteral("vnet_resourcegroup_name")).toString();
    spec.vnetName = extra.value(QStringLiteral("vnet_name")).toString();
    spec.subnetName = extra.value(QStringLiteral("subnet_name")).toString();
    spec.adminUsername = extra.value(QStringLiteral("admin_username")).toString();
    spec.adminSshPublicKey = extra.value(QStringLiteral("admin_user_ssh_key")).toString();
    spec.description = extra.value(QStringLiteral("description")).toString();
    return spec;
}

static void fillStatus(ComputeInfo& info) {
    NodeStateCounts& c = info.nodeStateCounts;
    for (const ComputeNode& node : info.nodes) {
        if (node.state == QLatin1String("idle"))
            ++c.idle;
        else if (node.state == QLatin1String("running"))
            ++c.running;
        else if (node.state == QLatin1String("preparing"))
            ++c.preparing;
        else if (node.state == QLatin1String("leaving"))
            ++c.leaving;
        else if (node.state == QLatin1String("preempted"))
            ++c.preempted;
        else
            ++c.unusable;
    }
    info.currentNodeCount = c.total();
    info.targetNodeCount = c.total() - c.leaving;
    info.allocationState =
        (c.preparing > 0 || c.leaving > 0) ? QStringLiteral("Resizing") : QStringLiteral("Steady");
}

Result<QList<ComputeInfo>> LocalDatabase::computes() {
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT * FROM computes ORDER BY name")))
        return sqlError(q).error();
    QList<ComputeInfo> list;
    while (q.next()) {
        ComputeInfo info;
        info.spec = specFromQuery(q);
        info.provisioningState = q.value(QStringLiteral("provisioning_state")).toString();
        info.createdAt = fromSeconds(q.value(QStringLiteral("created_at")));
        list << info;
    }
    for (ComputeInfo& info : list) {
        auto nodeList = nodes(info.spec.name);
        if (!nodeList)
            return nodeList.error();
        info.nodes = nodeList.value();
        fillStatus(info);
    }
    return list;
}

Result<ComputeInfo> LocalDatabase::compute(const QString& name) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM computes WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q).error();
    if (!q.next()) {
        QStringList names;
        if (auto all = computes())
            for (const auto& c : all.value())
                names << c.spec.name;
        return Error::notFound(
            Tr::tr("No compute named '%1' in this workspace; it has: %2.")
                .arg(name, names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    }
    ComputeInfo info;
    info.spec = specFromQuery(q);
    info.provisioningState = q.value(QStringLiteral("provisioning_state")).toString();
    info.createdAt = fromSeconds(q.value(QStringLiteral("created_at")));
    auto nodeList = nodes(name);
    if (!nodeList)
        return nodeList.error();
    info.nodes = nodeList.value();
    fillStatus(info);
    return info;
}

Status LocalDatabase::insertCompute(const ComputeSpec& spec) {
    const QJsonObject extra{{QStringLiteral("vnet_resourcegroup_name"), spec.vnetResourceGroup},
                            {QStringLiteral("vnet_name"), spec.vnetName},
                            {QStringLiteral("subnet_name"), spec.subnetName},
                            {QStringLiteral("admin_username"), spec.adminUsername},
                            {QStringLiteral("admin_user_ssh_key"), spec.adminSshPublicKey},
                            {QStringLiteral("description"), spec.description}};
    return transaction([&]() -> Status {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT 1 FROM computes WHERE name = ? COLLATE NOCASE"));
        q.addBindValue(spec.name);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            return Error::conflict(
                Tr::tr("A compute named '%1' already exists: choose another name.").arg(spec.name));
        q.prepare(QStringLiteral(
            "INSERT INTO computes(name, vm_size, vm_priority, min_nodes, max_nodes, idle_seconds, "
            "provisioning_state, spec_json, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (const QVariant& v :
             {QVariant(spec.name), QVariant(spec.vmSize), QVariant(toString(spec.vmPriority)),
              QVariant(spec.minNodes), QVariant(spec.maxNodes), QVariant(spec.idleSecondsBeforeScaledown),
              QVariant(QStringLiteral("Succeeded")),
              QVariant(QJsonDocument(extra).toJson(QJsonDocument::Compact)), QVariant(nowSeconds())})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q);
        return {};
    });
}

Status LocalDatabase::updateScale(const QString& name, int minNodes, int maxNodes, int idleSeconds) {
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE computes SET min_nodes = ?, max_nodes = ?, idle_seconds = ? WHERE name = ?"));
    q.addBindValue(minNodes);
    q.addBindValue(maxNodes);
    q.addBindValue(idleSeconds);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return compute(name).ok() ? Status() : Status(compute(name).error());
    return {};
}

Status LocalDatabase::deleteCompute(const QString& name) {
    return transaction([&]() -> Status {
        if (auto c = compute(name); !c)
            return c.error();
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM runs WHERE compute = ? AND status IN ") + kActiveStatuses +
                  QStringLiteral(" ORDER BY created_at"));
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q);
        QStringList active;
        while (q.next())
            active << q.value(0).toString();
        if (!active.isEmpty())
            return Error::conflict(
                Tr::tr("Cannot delete compute '%1': these runs are still active on it: %2. Cancel them "
                       "or wait for them to end.")
                    .arg(name, active.join(QStringLiteral(", "))));
        q.prepare(QStringLiteral("DELETE FROM nodes WHERE compute = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q);
        q.prepare(QStringLiteral("DELETE FROM computes WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q);
        return {};
    });
}

// ---- nodes -----------------------------------------------------------------------------------

Result<QList<ComputeNode>> LocalDatabase::nodes(const QString& compute) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT node_id, state, state_since, run_id FROM nodes WHERE compute = ? "
                             "ORDER BY length(node_id), node_id"));
    q.addBindValue(compute);
    if (!q.exec())
        return sqlError(q).error();
    QList<ComputeNode> list;
    while (q.next()) {
        ComputeNode node;
        node.nodeId = q.value(0).toString();
        node.state = q.value(1).toString();
        node.stateSince = fromSeconds(q.value(2));
        node.runId = q.value(3).toString();
        node.privateIpAddress = QStringLiteral("127.0.0.1");
        list << node;
    }
    return list;
}

Status LocalDatabase::insertNode(const QString& compute, const QString& nodeId, const QString& state) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO nodes(node_id, compute, state, state_since) VALUES (?,?,?,?)"));
    q.addBindValue(nodeId);
    q.addBindValue(compute);
    q.addBindValue(state);
    q.addBindValue(nowSeconds());
    return q.exec() ? Status() : sqlError(q);
}

Status LocalDatabase::setNodeState(const QString& nodeId, const QString& state, const QString& runId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE nodes SET state = ?, state_since = ?, run_id = ? WHERE node_id = ?"));
    q.addBindValue(state);
    q.addBindValue(nowSeconds());
    q.addBindValue(runId.isEmpty() ? QVariant() : QVariant(runId));
    q.addBindValue(nodeId);
    return q.exec() ? Status() : sqlError(q);
}

Status LocalDatabase::deleteNode(const QString& nodeId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE node_id = ?"));
    q.addBindValue(nodeId);
    return q.exec() ? Status() : sqlError(q);
}

// ---- runs ------------------------------------------------------------------------------------

static RunInfo runFromQuery(const QSqlQuery& q) {
    RunInfo run;
    run.engine = QStringLiteral("local");
    run.id = q.value(QStringLiteral("id")).toString();
    run.number = q.value(QStringLiteral("number")).toInt();
    run.experiment = q.value(QStringLiteral("experiment")).toString();
    run.displayName = q.value(QStringLiteral("display_name")).toString();
    run.compute = q.value(QStringLiteral("compute")).toString();
    run.nodeCount = q.value(QStringLiteral("node_count")).toInt();
    run.status =
        runStatusFromString(q.value(QStringLiteral("status")).toString()).value_or(RunStatus::NotStarted);
    run.statusDetail = q.value(QStringLiteral("status_detail")).toString();
    run.createdAt = fromSeconds(q.value(QStringLiteral("created_at")));
    run.startedAt = fromSeconds(q.value(QStringLiteral("started_at")));
    run.endedAt = fromSeconds(q.value(QStringLiteral("ended_at")));
    if (!q.value(QStringLiteral("exit_code")).isNull())
        run.exitCode = q.value(QStringLiteral("exit_code")).toInt();
    run.error = q.value(QStringLiteral("error")).toString();
    const QJsonObject configJson =
        QJsonDocument::fromJson(q.value(QStringLiteral("config_json")).toByteArray()).object();
    run.config = runConfigFromJson(configJson);
    run.distribution = run.config.distribution;
    run.tags = run.config.tags;
    run.parentRunId = q.value(QStringLiteral("parent_id")).toString();
    run.cancelRequested = q.value(QStringLiteral("cancel_requested")).toInt() != 0;
    for (const auto& n : QJsonDocument::fromJson(q.value(QStringLiteral("nodes_json")).toByteArray()).array())
        run.nodes << n.toString();
    run.properties.insert(QStringLiteral("source_directory"), run.config.sourceDirectory);
    run.properties.insert(QStringLiteral("entry_script"),
                          run.config.entryScript.isEmpty() ? run.config.command : run.config.entryScript);
    // What the run's script set with run.tag() / add_properties() (setScriptTags).
    const QJsonObject script = configJson.value(QStringLiteral("script")).toObject();
    run.tags.insert(stringMapFromJson(script.value(QStringLiteral("tags")).toObject()));
    run.properties.insert(stringMapFromJson(script.value(QStringLiteral("properties")).toObject()));
    return run;
}

Result<RunInfo> LocalDatabase::insertRun(const RunConfig& config, const QString& runId) {
    RunInfo inserted;
    Status s = transaction([&]() -> Status {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO experiments(name, created_at, next_number) VALUES (?, ?, 1) "
                                 "ON CONFLICT(name) DO NOTHING"));
        q.addBindValue(config.experiment);
        q.addBindValue(nowSeconds());
        if (!q.exec())
            return sqlError(q);
        q.prepare(QStringLiteral("UPDATE experiments SET next_number = next_number + 1 WHERE name = ? "
                                 "RETURNING next_number - 1"));
        q.addBindValue(config.experiment);
        if (!q.exec() || !q.next())
            return sqlError(q);
        const int number = q.value(0).toInt();
        q.finish();
        q.prepare(QStringLiteral(
            "INSERT INTO runs(id, number, experiment, display_name, compute, node_count, status, "
            "status_detail, created_at, config_json, parent_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        const QString display = config.displayName.isEmpty() ? runId : config.displayName;
        for (const QVariant& v :
             {QVariant(runId), QVariant(number), QVariant(config.experiment), QVariant(display),
              QVariant(config.compute), QVariant(config.nodeCount), QVariant(QStringLiteral("Queued")),
              QVariant(QStringLiteral("waiting for the agent")), QVariant(nowSeconds()),
              QVariant(QJsonDocument(toJson(config)).toJson(QJsonDocument::Compact)),
              config.parentRunId.isEmpty() ? QVariant() : QVariant(config.parentRunId)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q);
        return {};
    });
    if (!s)
        return s.error();
    return run(runId);
}

Result<RunInfo> LocalDatabase::run(const QString& runId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q).error();
    if (!q.next())
        return Error::notFound(
            Tr::tr("No run with id '%1' in this workspace: `yard run list` shows the runs.").arg(runId));
    return runFromQuery(q);
}

Result<QList<RunInfo>> LocalDatabase::runs(const RunFilter& filter) {
    QString sql = QStringLiteral("SELECT * FROM runs WHERE 1=1");
    QVariantList binds;
    if (!filter.experiment.isEmpty()) {
        sql += QStringLiteral(" AND experiment = ?");
        binds << filter.experiment;
    }
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        binds << toString(*filter.status);
    }
    if (!filter.compute.isEmpty()) {
        sql += QStringLiteral(" AND compute = ?");
        binds << filter.compute;
    }
    if (!filter.parentRunId.isEmpty()) {
        sql += QStringLiteral(" AND parent_id = ?");
        binds << filter.parentRunId;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(db());
    q.prepare(sql);
    for (const auto& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q).error();
    QList<RunInfo> list;
    while (q.next())
        list << runFromQuery(q);
    return list;
}

Result<QList<RunInfo>> LocalDatabase::activeRuns() {
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT * FROM runs WHERE status IN ") + kActiveStatuses +
                QStringLiteral(" ORDER BY created_at, rowid")))
        return sqlError(q).error();
    QList<RunInfo> list;
    while (q.next())
        list << runFromQuery(q);
    return list;
}

Status LocalDatabase::updateRun(const RunInfo& run) {
    auto seconds = [](const QDateTime& t) {
        return t.isValid() ? QVariant(double(t.toMSecsSinceEpoch()) / 1000.0) : QVariant();
    };
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, status_detail = ?, started_at = ?, ended_at = ?, "
                             "exit_code = ?, error = ?, nodes_json = ? WHERE id = ?"));
    q.addBindValue(toString(run.status));
    q.addBindValue(run.statusDetail);
    q.addBindValue(seconds(run.startedAt));
    q.addBindValue(seconds(run.endedAt));
    q.addBindValue(run.exitCode ? QVariant(*run.exitCode) : QVariant());
    q.addBindValue(run.error.isEmpty() ? QVariant() : QVariant(run.error));
    q.addBindValue(QJsonDocument(QJsonArray::fromStringList(run.nodes)).toJson(QJsonDocument::Compact));
    q.addBindValue(run.id);
    return q.exec() ? Status() : sqlError(q);
}

Status LocalDatabase::requestCancel(const QString& runId) {
    auto current = run(runId);
    if (!current)
        return current.error();
    if (isTerminal(current->status))
        return {}; // cancelling an ended run changes nothing, as in Azure ML
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET cancel_requested = 1 WHERE id = ?"));
    q.addBindValue(runId);
    return q.exec() ? Status() : sqlError(q);
}

Status LocalDatabase::deleteRun(const QString& runId) {
    auto current = run(runId);
    if (!current)
        return current.error();
    if (!isTerminal(current->status))
        return Error::conflict(
            Tr::tr("Run '%1' is %2: cancel it first, then delete it.").arg(runId, toString(current->status)));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ? AND status NOT IN ") + kActiveStatuses);
    q.addBindValue(runId);
    return q.exec() ? Status() : sqlError(q);
}

Result<bool> LocalDatabase::cancelRequested(const QString& runId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT cancel_requested FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return sqlError(q).error();
    return q.value(0).toInt() != 0;
}

Status LocalDatabase::setScriptTags(const QString& runId, const QMap<QString, QString>& tags,
                                    const QMap<QString, QString>& properties) {
    return transaction([&]() -> Status {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT config_json FROM runs WHERE id = ?"));
        q.addBindValue(runId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return Error::notFound(Tr::tr("No run with id '%1' in this workspace.").arg(runId));
        QJsonObject config = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        q.finish();
        config.insert(QStringLiteral("script"),
                      QJsonObject{{QStringLiteral("tags"), toJson(tags)},
                                  {QStringLiteral("properties"), toJson(properties)}});
        q.prepare(QStringLiteral("UPDATE runs SET config_json = ? WHERE id = ?"));
        q.addBindValue(QJsonDocument(config).toJson(QJsonDocument::Compact));
        q.addBindValue(runId);
        return q.exec() ? Status() : sqlError(q);
    });
}

} // namespace trainyard::local
