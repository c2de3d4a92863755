#include "core/batchai/BatchAiMapper.h"

#include "core/batchai/BatchAiDuration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace trainyard::batchai {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BatchAiMapper)
};

// Azure ML SDK v1's idle time; REST v2 defaults to 120 s. Batch AI had no idle scale-down at all,
// so neither is "the same": we take v1's, the names we follow, and say so.
constexpr int kDefaultIdleSeconds = 1800;
constexpr qint64 kBatchAiDefaultWallClock = 7 * 24 * 3600;

const QString kBlobStore = QStringLiteral("workspaceblobstore");

// Fields the service reports about a resource; they describe its state, not what to create.
const QSet<QString>& serviceStateKeys() {
    static const QSet<QString> keys{QStringLiteral("provisioningState"),
                                    QStringLiteral("provisioningStateTransitionTime"),
                                    QStringLiteral("allocationState"),
                                    QStringLiteral("allocationStateTransitionTime"),
                                    QStringLiteral("creationTime"),
                                    QStringLiteral("currentNodeCount"),
                                    QStringLiteral("nodeStateCounts"),
                                    QStringLiteral("errors"),
                                    QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("type"),
                                    QStringLiteral("resourceGroup"),
                                    QStringLiteral("executionState"),
                                    QStringLiteral("executionStateTransitionTime"),
                                    QStringLiteral("executionInfo"),
                                    QStringLiteral("toolType"),
                                    QStringLiteral("jobOutputDirectoryPathSegment"),
                                    QStringLiteral("mountSettings")};
    return keys;
}

QString str(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// An integer field: nullopt when absent or null, a warning and nullopt when not a whole number.
std::optional<int> intValue(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && std::abs(v.toDouble()) < 1e6)
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

bool present(const QJsonObject& o, const QString& key) {
    return o.contains(key) && !o.value(key).isNull() && !o.value(key).isUndefined();
}

// Double-quoted for sh with $ left live (Batch AI expanded variables in these values).
QString shDoubleQuoted(const QString& s) {
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"));
    return u'"' + out + u'"';
}

QString shSingleQuoted(const QString& s) {
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

QString azureMlName(const QString& id) {
    QString n = id.toLower();
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (n.isEmpty() || !n.at(0).isLetter())
        n.prepend(QStringLiteral("d_"));
    return n;
}

// Azure ML asset names: letters, digits, '-', '_', '.', at most 255.
QString environmentNameFrom(const QString& image) {
    QString n = image.toLower();
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
    return QString(QStringLiteral("batchai-") + n).left(255);
}

// Azure ML compute names: 2-16 letters, digits, hyphens, starting with a letter.
QString computeNameFrom(const QString& text) {
    QString n;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            n += c;
        else if (!n.isEmpty() && !n.endsWith(u'-'))
            n += u'-';
    }
    while (!n.isEmpty() && !n.at(0).isLetter())
        n.remove(0, 1);
    n = n.left(16);
    while (n.endsWith(u'-'))
        n.chop(1);
    if (n.size() < 2)
        n = QStringLiteral("batchai-cluster");
    return n;
}

const QRegularExpression& batchAiVariable() {
    static const QRegularExpression re(
        QStringLiteral("\\$\\{?(AZ_BATCHAI_[A-Z0-9_]+|AZ_BATCH_[A-Z0-9_]+)\\}?"));
    return re;
}

// The environment Batch AI's TensorFlow tasks had, derived from TF_CONFIG where the engine does
// not set them (Azure ML sets only TF_CONFIG; the local engine sets both).
const QString kTfFromConfig = QStringLiteral(
    "[ -n \"$AZ_BATCHAI_TASK_TYPE\" ] || eval \"$(python3 -c 'import json,os;"
    "c=json.loads(os.environ.get(\"TF_CONFIG\",\"{}\"));k=c.get(\"cluster\",{});t=c.get(\"task\",{});"
    "print(\"export AZ_BATCHAI_TASK_TYPE=%s AZ_BATCHAI_TASK_INDEX=%d AZ_BATCHAI_PS_HOSTS=%s "
    "AZ_BATCHAI_WORKER_HOSTS=%s\"%(t.get(\"type\",\"worker\"),t.get(\"index\",0),\",\".join(k.get(\"ps\",[]))"
    ","
    "\",\".join(k.get(\"worker\",[]))))')\"");
} // namespace

bool isPlaceholder(const QString& value) {
    const QString v = value.trimmed();
    if (v.isEmpty() || v == QLatin1String("...") ||
        v.compare(QLatin1String("<redacted>"), Qt::CaseInsensitive) == 0)
        return true;
    return (v.startsWith(u'<') && v.endsWith(u'>')) || (v.startsWith(u'[') && v.endsWith(u']'));
}

bool BatchAiImport::hasWarning(const QString& f) const {
    for (const auto& w : warnings)
        if (w.field == f)
            return true;
    return false;
}

BatchAiMapper::BatchAiMapper(const BatchAiDocument& document, const ImportOptions& options)
    : m_doc(document)
    , m_options(options) {
    switch (m_doc.shape) {
    case DocumentShape::SchemaWrapper:
    case DocumentShape::PropertiesOnly:
        m_root = QStringLiteral("properties");
        break;
    case DocumentShape::RestExample:
        m_root = QStringLiteral("parameters.parameters.properties");
        break;
    default:
        break;
    }
    m_out.document = document;
}

QString BatchAiMapper::field(const QString& key) const {
    if (m_root.isEmpty())
        return key;
    return key.isEmpty() ? m_root : m_root + u'.' + key;
}

void BatchAiMapper::warn(const QString& f, const QString& message) {
    m_out.warnings.append({f, message});
}

QString BatchAiMapper::secretKey(const QString& what) const {
    const QString scope =
        m_options.workspaceName.isEmpty() ? QStringLiteral("default") : m_options.workspaceName;
    return QStringLiteral("batchai/%1/%2/%3/%4").arg(scope, toString(m_doc.kind), m_scopeName, what);
}

void BatchAiMapper::addSecret(const QString& f, const QString& what, const QJsonValue& value) {
    const QString v = value.toString();
    if (value.isNull() || value.isUndefined())
        return;
    if (isPlaceholder(v)) {
        warn(f, Tr::tr("holds a placeholder, not a secret: give the real value when you create or submit "
                       "(it will be kept in the keychain)."));
        return;
    }
    const QString key = secretKey(what);
    m_out.secrets.append({f, key, v.toUtf8()});
    warn(
        f,
        Tr::tr("a secret: it goes to the keychain as '%1' and appears in no file or printed spec.").arg(key));
}

void BatchAiMapper::reportUnknown(const QJsonObject& o, const QString& prefix, const QSet<QString>& known) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()) || serviceStateKeys().contains(it.key()))
            continue;
        warn(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(),
             Tr::tr("not a Batch AI field this importer knows (API 2017-09-01-preview to 2018-05-01): not "
                    "imported."));
    }
}

void BatchAiMapper::reportServiceState(const QJsonObject& o, const QString& prefix) {
    QStringList state;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (serviceStateKeys().contains(it.key()) && !it.value().isNull())
            state << it.key();
    if (!state.isEmpty())
        warn(prefix.isEmpty() ? state.first() : prefix + u'.' + state.first(),
             Tr::tr("state reported by the service (%1), not part of a definition: not imported.")
                 .arg(state.join(QStringLiteral(", "))));
}

std::optional<std::pair<QString, QString>> BatchAiMapper::splitMountPath(const QString& path) const {
    static const QRegularExpression re(
        QStringLiteral("^\\$\\{?AZ_BATCHAI_(?:JOB_)?MOUNT_ROOT\\}?/*([^/]*)/*(.*)$"));
    const auto m = re.match(path.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString rest = m.captured(2);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    return std::make_pair(m.captured(1), rest);
}

// ---- mounts ---------------------------------------------------------------------------------

void BatchAiMapper::mapMountVolumes(const QJsonObject& volumes, const QString& f) {
    static const QRegularExpression shareUrl(QStringLiteral("^https?://([^./]+)\\.file\\.[^/]+/([^/?]+)"));
    const QJsonArray shares = volumes.value(QStringLiteral("azureFileShares")).toArray();
    for (int i = 0; i < shares.size(); ++i) {
        const QJsonObject s = shares.at(i).toObject();
        const QString sf = QStringLiteral("%1.azureFileShares[%2]").arg(f).arg(i);
        ImportDatastore ds;
        ds.type = QStringLiteral("azure_file");
        ds.accountName = s.value(QStringLiteral("accountName")).toString();
        const auto m = shareUrl.match(s.value(QStringLiteral("azureFileUrl")).toString());
        if (m.hasMatch()) {
            ds.container = m.captured(2);
            if (ds.accountName.isEmpty())
                ds.accountName = m.captured(1);
        }
        ds.relativeMountPath = s.value(QStringLiteral("relativeMountPath")).toString();
        ds.name = azureMlName(ds.container.isEmpty() ? ds.relativeMountPath : ds.container);
        if (isPlaceholder(ds.accountName) || ds.accountName.contains(u'<'))
            warn(sf + QStringLiteral(".accountName"),
                 Tr::tr("the storage account is a placeholder: register datastore '%1' with the real account "
                        "before you run.")
                     .arg(ds.name));
        const QJsonObject cred = s.value(QStringLiteral("credentials")).toObject();
        if (present(cred, QStringLiteral("accountKey")))
            addSecret(sf + QStringLiteral(".credentials.accountKey"),
                      QStringLiteral("datastores/%1/accountKey").arg(ds.name),
                      cred.value(QStringLiteral("accountKey")));
        if (present(cred, QStringLiteral("accountKeySecretReference")))
            warn(sf + QStringLiteral(".credentials.accountKeySecretReference"),
                 Tr::tr("a Key Vault reference: give the datastore the account key from that vault."));
        if (present(s, QStringLiteral("fileMode")) || present(s, QStringLiteral("directoryMode")))
            warn(sf + QStringLiteral(".fileMode"), Tr::tr("fileMode/directoryMode have no datastore "
                                                          "equivalent: Azure ML mounts with its own modes."));
        warn(sf,
             Tr::tr("Azure file share '%1' mounted at '%2' becomes datastore '%3'; the command reaches it "
                    "through a job input instead of a cluster mount.")
                 .arg(ds.container, ds.relativeMountPath, ds.name));
        m_out.datastores.append(ds);
    }
    const QJsonArray blobs = volumes.value(QStringLiteral("azureBlobFileSystems")).toArray();
    for (int i = 0; i < blobs.size(); ++i) {
        const QJsonObject b = blobs.at(i).toObject();
        const QString bf = QStringLiteral("%1.azureBlobFileSystems[%2]").arg(f).arg(i);
        ImportDatastore ds;
        ds.type = QStringLiteral("azure_blob");
        ds.accountName = b.value(QStringLiteral("accountName")).toString();
        ds.container = b.value(QStringLiteral("containerName")).toString();
        ds.relativeMountPath = b.value(QStringLiteral("relativeMountPath")).toString();
        ds.name = azureMlName(ds.container.isEmpty() ? ds.relativeMountPath : ds.container);
        if (isPlaceholder(ds.accountName) || ds.accountName.contains(u'<'))
            warn(bf + QStringLiteral(".accountName"),
                 Tr::tr(
                     "the storage account is a placeholder or missing: register datastore '%1' with the real "
                     "account before you run.")
                     .arg(ds.name));
        const QJsonObject cred = b.value(QStringLiteral("credentials")).toObject();
        if (present(cred, QStringLiteral("accountKey")))
            addSecret(bf + QStringLiteral(".credentials.accountKey"),
                      QStringLiteral("datastores/%1/accountKey").arg(ds.name),
                      cred.value(QStringLiteral("accountKey")));
        if (present(cred, QStringLiteral("accountKeySecretReference")))
            warn(bf + QStringLiteral(".credentials.accountKeySecretReference"),
                 Tr::tr("a Key Vault reference: give the datastore the account key from that vault."));
        if (!b.value(QStringLiteral("mountOptions")).toString().isEmpty())
            warn(bf + QStringLiteral(".mountOptions"),
                 Tr::tr("blobfuse mount options have no Azure ML equivalent."));
        warn(bf, Tr::tr("blob container '%1' mounted at '%2' becomes datastore '%3'; the command reaches it "
                        "through a job input instead of a cluster mount.")
                     .arg(ds.container, ds.relativeMountPath, ds.name));
        m_out.datastores.append(ds);
    }
    const QJsonArray servers = volumes.value(QStringLiteral("fileServers")).toArray();
    for (int i = 0; i < servers.size(); ++i)
        warn(QStringLiteral("%1.fileServers[%2]").arg(f).arg(i),
             Tr::tr("a Batch AI NFS file server (mounted at '%1'): Azure ML has no managed NFS mount on "
                    "AmlCompute; copy the data to a datastore (Azure Files or Blob) and use an input.")
                 .arg(servers.at(i).toObject().value(QStringLiteral("relativeMountPath")).toString()));
    const QJsonArray unmanaged = volumes.value(QStringLiteral("unmanagedFileSystems")).toArray();
    for (int i = 0; i < unmanaged.size(); ++i)
        warn(QStringLiteral("%1.unmanagedFileSystems[%2]").arg(f).arg(i),
             Tr::tr(
                 "an unmanaged file system ('%1' at '%2'): Azure ML cannot run mount commands on its nodes; "
                 "use a datastore.")
                 .arg(unmanaged.at(i).toObject().value(QStringLiteral("mountCommand")).toString(),
                      unmanaged.at(i).toObject().value(QStringLiteral("relativeMountPath")).toString()));
    reportUnknown(volumes, f,
                  {QStringLiteral("azureFileShares"), QStringLiteral("azureBlobFileSystems"),
                   QStringLiteral("fileServers"), QStringLiteral("unmanagedFileSystems")});
}

void BatchAiMapper::mapUserAccount(const QJsonObject& a, const QString& f, ComputeSpec* spec,
                                   QJsonObject* cred) {
    const QString user = a.value(QStringLiteral("adminUserName")).toString();
    const QString key = a.value(QStringLiteral("adminUserSshPublicKey")).toString();
    if (spec) {
        spec->adminUsername = user;
        spec->adminSshPublicKey = key;
    }
    if (cred && !user.isEmpty()) {
        cred->insert(QStringLiteral("adminUserName"), user);
        if (!key.isEmpty())
            cred->insert(QStringLiteral("adminUserSshPublicKey"), key);
    }
    if (present(a, QStringLiteral("adminUserPassword")))
        addSecret(f + QStringLiteral(".adminUserPassword"), QStringLiteral("adminUserPassword"),
                  a.value(QStringLiteral("adminUserPassword")));
    reportUnknown(a, f,
                  {QStringLiteral("adminUserName"), QStringLiteral("adminUserSshPublicKey"),
                   QStringLiteral("adminUserPassword")});
}

// ---- cluster --------------------------------------------------------------------------------

void BatchAiMapper::mapCluster() {
    const QJsonObject p = m_doc.properties;
    ComputeSpec spec;
    QJsonObject amlProps;

    // name
    QString name = m_options.computeName;
    if (name.isEmpty())
        name = m_doc.name;
    if (name.isEmpty()) {
        name = computeNameFrom(QFileInfo(m_doc.sourceName).completeBaseName());
        warn(QStringLiteral("name"), Tr::tr("the file names no cluster: '%1' (from the file name) is used; "
                                            "give --compute to choose.")
                                         .arg(name));
    } else if (!validateComputeName(name)) {
        const QString fixed = computeNameFrom(name);
        warn(QStringLiteral("name"),
             Tr::tr(
                 "'%1' is not a valid Azure ML compute name (2-16 letters, digits, hyphens, starting with a "
                 "letter): '%2' is used.")
                 .arg(name, fixed));
        name = fixed;
    }
    spec.name = name;
    m_scopeName = name;

    // vm size and priority
    spec.vmSize = p.value(QStringLiteral("vmSize")).toString();
    if (spec.vmSize.isEmpty()) {
        spec.vmSize = m_options.vmSize;
        warn(field(QStringLiteral("vmSize")),
             spec.vmSize.isEmpty()
                 ? Tr::tr("missing (the az command line gave it as a flag): give --vm-size.")
                 : Tr::tr("missing: '%1' from the command line is used.").arg(spec.vmSize));
    } else if (!m_options.vmSize.isEmpty() && m_options.vmSize != spec.vmSize) {
        warn(field(QStringLiteral("vmSize")),
             Tr::tr("%1 is replaced by '%2' from the command line.").arg(spec.vmSize, m_options.vmSize));
        spec.vmSize = m_options.vmSize;
    } else {
        static const QRegularExpression retired(
            QStringLiteral("^standard_(nc(6|12|24|24r)|nc(6|12|24|24r)s_v2|nd(6|12|24|24r)s|nv(6|12|24))$"),
            QRegularExpression::CaseInsensitiveOption);
        if (retired.match(spec.vmSize).hasMatch())
            warn(field(QStringLiteral("vmSize")),
                 Tr::tr("%1 (K80/P100/P40/M60 era) is retired in Azure: choose a current size such as "
                        "Standard_NC4as_T4_v3 or Standard_NC6s_v3; kept as written until you do.")
                     .arg(spec.vmSize));
    }
    amlProps.insert(QStringLiteral("vmSize"), spec.vmSize);
    const QString priority = p.value(QStringLiteral("vmPriority")).toString();
    if (priority.compare(QLatin1String("lowpriority"), Qt::CaseInsensitive) == 0)
        spec.vmPriority = VmPriority::LowPriority;
    else if (!priority.isEmpty() && priority.compare(QLatin1String("dedicated"), Qt::CaseInsensitive) != 0)
        warn(field(QStringLiteral("vmPriority")),
             Tr::tr("'%1' is not dedicated or lowpriority: dedicated is used.").arg(priority));
    amlProps.insert(QStringLiteral("vmPriority"), spec.vmPriority == VmPriority::LowPriority
                                                      ? QStringLiteral("LowPriority")
                                                      : QStringLiteral("Dedicated"));

    // scale
    const QJsonObject scale = p.value(QStringLiteral("scaleSettings")).toObject();
    const QJsonObject manual = scale.value(QStringLiteral("manual")).toObject();
    const QJsonObject autoScale = scale.value(QStringLiteral("autoScale")).toObject();
    const QString sf = field(QStringLiteral("scaleSettings"));
    if (!manual.isEmpty() && !autoScale.isEmpty())
        warn(sf, Tr::tr("has both manual and autoScale (Batch AI allowed exactly one): autoScale is used."));
    if (!autoScale.isEmpty()) {
        const auto min = intValue(autoScale, QStringLiteral("minimumNodeCount"));
        const auto max = intValue(autoScale, QStringLiteral("maximumNodeCount"));
        spec.minNodes = min.value_or(0);
        spec.maxNodes = max.value_or(qMax(1, spec.minNodes));
        if (!min || !max)
            warn(sf + QStringLiteral(".autoScale"),
                 Tr::tr("minimumNodeCount and maximumNodeCount are required: %1..%2 is used.")
                     .arg(spec.minNodes)
                     .arg(spec.maxNodes));
        if (spec.minNodes < 0 || spec.maxNodes < 1 || spec.minNodes > spec.maxNodes) {
            const int low = qMax(0, spec.minNodes);
            const int high = qMax(qMax(1, spec.maxNodes), low);
            warn(sf + QStringLiteral(".autoScale"),
                 Tr::tr("%1..%2 is not a node range (0 <= minimum <= maximum, maximum >= 1): %3..%4 is used.")
                     .arg(spec.minNodes)
                     .arg(spec.maxNodes)
                     .arg(low)
                     .arg(high));
            spec.minNodes = low;
            spec.maxNodes = high;
        }
        if (present(autoScale, QStringLiteral("initialNodeCount")))
            warn(sf + QStringLiteral(".autoScale.initialNodeCount"),
                 Tr::tr("Azure ML has no initial node count (was %1): the cluster starts at min_nodes %2 and "
                        "grows with the queue.")
                     .arg(str(autoScale.value(QStringLiteral("initialNodeCount"))))
                     .arg(spec.minNodes));
        reportUnknown(autoScale, sf + QStringLiteral(".autoScale"),
                      {QStringLiteral("minimumNodeCount"), QStringLiteral("maximumNodeCount"),
                       QStringLiteral("initialNodeCount")});
    } else if (!manual.isEmpty()) {
        const int given = intValue(manual, QStringLiteral("targetNodeCount")).value_or(1);
        const int n = qMax(0, given);
        if (given < 0)
            warn(sf + QStringLiteral(".manual.targetNodeCount"),
                 Tr::tr("%1 is not a node count: 0 is used.").arg(given));
        if (m_options.manualScaleFromZero) {
            spec.minNodes = 0;
            spec.maxNodes = qMax(1, n);
            warn(sf + QStringLiteral(".manual.targetNodeCount"),
                 Tr::tr("Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes 0, max_nodes %2 "
                        "(nodes start when jobs come and leave when idle; the first job waits for them).")
                     .arg(n)
                     .arg(spec.maxNodes));
        } else {
            spec.minNodes = n;
            spec.maxNodes = qMax(1, n);
            warn(
                sf + QStringLiteral(".manual.targetNodeCount"),
                Tr::tr("Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes = max_nodes = %1, "
                       "so %1 nodes stay allocated and are billed even when idle; choose 0..%1 "
                       "(--scale-from-zero) to release idle nodes.")
                    .arg(n));
        }
        if (present(manual, QStringLiteral("nodeDeallocationOption")))
            warn(
                sf + QStringLiteral(".manual.nodeDeallocationOption"),
                Tr::tr("'%1' has no Azure ML equivalent (Azure ML waits for running jobs before it removes a "
                       "node): dropped.")
                    .arg(manual.value(QStringLiteral("nodeDeallocationOption")).toString()));
        reportUnknown(manual, sf + QStringLiteral(".manual"),
                      {QStringLiteral("targetNodeCount"), QStringLiteral("nodeDeallocationOption")});
    } else {
        spec.minNodes = 0;
        spec.maxNodes = 1;
        warn(sf, Tr::tr("missing (the az command line gave it as a flag): min_nodes 0, max_nodes 1 is used; "
                        "give --min-nodes / --max-nodes."));
    }
    reportUnknown(scale, sf, {QStringLiteral("manual"), QStringLiteral("autoScale")});
    spec.idleSecondsBeforeScaledown = m_options.idleSecondsBeforeScaledown.value_or(kDefaultIdleSeconds);
    if (!m_options.idleSecondsBeforeScaledown)
        warn(
            QStringLiteral("idle_seconds_before_scaledown"),
            Tr::tr("Batch AI clusters did not scale down on their own; Azure ML does: idle nodes leave after "
                   "%1 s (Azure ML SDK v1's default; REST v2's is 120 s). Give "
                   "--idle-seconds-before-scaledown to choose.")
                .arg(kDefaultIdleSeconds));
    amlProps.insert(QStringLiteral("scaleSettings"),
                    QJsonObject{{QStringLiteral("minNodeCount"), spec.minNodes},
                                {QStringLiteral("maxNodeCount"), spec.maxNodes},
                                {QStringLiteral("nodeIdleTimeBeforeScaleDown"),
                                 isoDuration(spec.idleSecondsBeforeScaledown)}});

    // user account, network, image
    if (p.value(QStringLiteral("userAccountSettings")).isObject()) {
        QJsonObject cred;
        mapUserAccount(p.value(QStringLiteral("userAccountSettings")).toObject(),
                       field(QStringLiteral("userAccountSettings")), &spec, &cred);
        if (!cred.isEmpty()) {
            amlProps.insert(QStringLiteral("userAccountCredentials"), cred);
            amlProps.insert(QStringLiteral("remoteLoginPortPublicAccess"), QStringLiteral("Enabled"));
            warn(field(QStringLiteral("userAccountSettings")),
                 Tr::tr("becomes userAccountCredentials; SSH to the nodes needs remoteLoginPortPublicAccess "
                        "Enabled (set)."));
        }
    }
    const QString subnet =
        p.value(QStringLiteral("subnet")).toObject().value(QStringLiteral("id")).toString();
    if (!subnet.isEmpty()) {
        static const QRegularExpression re(
            QStringLiteral("/resourceGroups/([^/]+)/providers/Microsoft\\.Network/virtualNetworks/([^/]+)/"
                           "subnets/([^/]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(subnet);
        if (m.hasMatch()) {
            spec.vnetResourceGroup = m.captured(1);
            spec.vnetName = m.captured(2);
            spec.subnetName = m.captured(3);
        } else {
            warn(field(QStringLiteral("subnet.id")), Tr::tr("not a subnet resource id: copied as written."));
        }
        amlProps.insert(QStringLiteral("subnet"), QJsonObject{{QStringLiteral("id"), subnet}});
    }
    if (p.value(QStringLiteral("virtualMachineConfiguration")).isObject()) {
        const QJsonObject img = p.value(QStringLiteral("virtualMachineConfiguration"))
                                    .toObject()
                                    .value(QStringLiteral("imageReference"))
                                    .toObject();
        const QString offer = img.value(QStringLiteral("offer")).toString();
        warn(field(QStringLiteral("virtualMachineConfiguration.imageReference")),
             Tr::tr("Azure ML manages the node OS (the image was %1 %2 %3): tools that image had (the Data "
                    "Science VM's conda, CUDA) come from the job's environment image instead.")
                 .arg(img.value(QStringLiteral("publisher")).toString(), offer,
                      img.value(QStringLiteral("sku")).toString()));
    }

    // node setup
    const QJsonObject setup = p.value(QStringLiteral("nodeSetup")).toObject();
    const QString nf = field(QStringLiteral("nodeSetup"));
    if (setup.value(QStringLiteral("setupTask")).isObject()) {
        const QJsonObject task = setup.value(QStringLiteral("setupTask")).toObject();
        warn(nf + QStringLiteral(".setupTask"),
             Tr::tr("Azure ML runs no setup task on its nodes: bake '%1' into the job's environment image "
                    "(or run it first in the job's command).")
                 .arg(task.value(QStringLiteral("commandLine")).toString()));
        const QJsonArray env = task.value(QStringLiteral("environmentVariables")).toArray();
        for (int i = 0; i < env.size(); ++i)
            warn(QStringLiteral("%1.setupTask.environmentVariables[%2]").arg(nf).arg(i),
                 Tr::tr("'%1' belonged to the setup task: set it in the environment image.")
                     .arg(env.at(i).toObject().value(QStringLiteral("name")).toString()));
        const QJsonArray secrets = task.value(QStringLiteral("secrets")).toArray();
        for (int i = 0; i < secrets.size(); ++i) {
            const QJsonObject s = secrets.at(i).toObject();
            const QString sname = s.value(QStringLiteral("name")).toString();
            const QString f = QStringLiteral("%1.setupTask.secrets[%2]").arg(nf).arg(i);
            if (present(s, QStringLiteral("value")))
                addSecret(f + QStringLiteral(".value"), QStringLiteral("setupTask/") + sname,
                          s.value(QStringLiteral("value")));
            if (present(s, QStringLiteral("valueSecretReference")))
                warn(
                    f + QStringLiteral(".valueSecretReference"),
                    Tr::tr(
                        "'%1' is read from Key Vault (%2): give the workspace's identity access to it; there "
                        "is no setup task to receive it.")
                        .arg(sname, s.value(QStringLiteral("valueSecretReference"))
                                        .toObject()
                                        .value(QStringLiteral("secretUrl"))
                                        .toString()));
        }
        if (present(task, QStringLiteral("runElevated")))
            warn(nf + QStringLiteral(".setupTask.runElevated"),
                 Tr::tr("no setup task to run elevated: dropped."));
    }
    if (setup.value(QStringLiteral("mountVolumes")).isObject())
        mapMountVolumes(setup.value(QStringLiteral("mountVolumes")).toObject(),
                        nf + QStringLiteral(".mountVolumes"));
    if (present(setup, QStringLiteral("performanceCountersSettings")))
        warn(nf + QStringLiteral(".performanceCountersSettings"),
             Tr::tr("Azure ML collects node metrics itself (Azure Monitor): the Application Insights "
                    "settings are dropped."));
    reportUnknown(setup, nf,
                  {QStringLiteral("setupTask"), QStringLiteral("mountVolumes"),
                   QStringLiteral("performanceCountersSettings")});

    if (!m_doc.location.isEmpty() || present(p, QStringLiteral("location")))
        warn(QStringLiteral("location"),
             Tr::tr("an Azure ML compute lives in its workspace's region ('%1' is not used).")
                 .arg(m_doc.location.isEmpty() ? p.value(QStringLiteral("location")).toString()
                                               : m_doc.location));
    reportServiceState(p, m_root);
    reportUnknown(p, m_root,
                  {QStringLiteral("vmSize"), QStringLiteral("vmPriority"), QStringLiteral("scaleSettings"),
                   QStringLiteral("userAccountSettings"), QStringLiteral("subnet"),
                   QStringLiteral("virtualMachineConfiguration"), QStringLiteral("nodeSetup"),
                   QStringLiteral("location")});

    spec.description = Tr::tr("Imported from Batch AI %1").arg(QFileInfo(m_doc.sourceName).fileName());
    m_out.compute = spec;
    m_out.azureml = QJsonObject{{QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AmlCompute")},
                                             {QStringLiteral("description"), spec.description},
                                             {QStringLiteral("properties"), amlProps}}}};
}

// ---- job ------------------------------------------------------------------------------------

ImportDirectory BatchAiMapper::resolveDirectory(const QString& id, const QString& path, const QString& mode,
                                                const QString& f) {
    ImportDirectory d;
    d.id = id;
    d.mode = mode;
    d.original = path;
    d.datastore = kBlobStore;
    if (const auto split = splitMountPath(path)) {
        const auto& [mount, rest] = *split;
        d.mountPath = rest.isEmpty() ? mount : mount + u'/' + rest;
        d.path = d.mountPath;
        bool found = false;
        for (const auto& ds : std::as_const(m_out.datastores)) {
            if (ds.relativeMountPath == mount) {
                d.datastore = ds.name;
                d.path = rest;
                found = true;
            }
        }
        if (!found)
            warn(f,
                 Tr::tr("mount '%1' is not in this file (it was on the cluster): datastore %2 path '%3' is "
                        "assumed; change it if the data lives elsewhere.")
                     .arg(mount, kBlobStore, d.path));
    } else {
        d.mountPath = QString(path).remove(QRegularExpression(QStringLiteral("^/+")));
        d.path = d.mountPath;
        warn(f, Tr::tr("'%1' is not under $AZ_BATCHAI_MOUNT_ROOT: datastore %2 path '%3' is assumed.")
                    .arg(path, kBlobStore, d.path));
    }
    return d;
}

// Batch AI's processCount is the total over all nodes; Azure ML and Trainyard count per node.
int BatchAiMapper::perNodeProcesses(const QJsonObject& s, const QString& f, int nodeCount) {
    const auto total = intValue(s, QStringLiteral("processCount"));
    if (!total)
        return 1; // Batch AI's default: one per node
    if (*total < 1) {
        warn(f + QStringLiteral(".processCount"),
             Tr::tr("%1 is not a process count: 1 per node is used.").arg(*total));
        return 1;
    }
    const int perNode = (*total + nodeCount - 1) / nodeCount;
    if (*total % nodeCount != 0)
        warn(f + QStringLiteral(".processCount"),
             Tr::tr("%1 processes do not divide over %2 nodes: %3 per node is used, %4 in all.")
                 .arg(*total)
                 .arg(nodeCount)
                 .arg(perNode)
                 .arg(perNode * nodeCount));
    return perNode;
}

// Which Batch AI variables a text refers to; each one is handled (or warned about) once.
void BatchAiMapper::noteVariables(const QString& text, const QString& f) {
    static const QRegularExpression mountUse(
        QStringLiteral("\\$\\{?AZ_BATCHAI_(?:JOB_)?MOUNT_ROOT\\}?/+([A-Za-z0-9_.-]+)"));
    for (auto it = batchAiVariable().globalMatch(text); it.hasNext();) {
        const QString var = it.next().captured(1);
        if (m_variables.contains(var))
            continue;
        m_variables.insert(var);
        const QString name = var.mid(QStringLiteral("AZ_BATCHAI_").size());
        if (var.startsWith(QLatin1String("AZ_BATCH_")))
            warn(f, Tr::tr("$%1 is Azure Batch's, not Batch AI's: neither Azure ML nor Trainyard sets it.")
                        .arg(var));
        else if (name == QLatin1String("MOUNT_ROOT") || name == QLatin1String("JOB_MOUNT_ROOT"))
            ; // each mount is reported below
        else if (name.startsWith(QLatin1String("INPUT_")) || name.startsWith(QLatin1String("OUTPUT_")))
            ; // checked against the declared directories
        else if (name == QLatin1String("JOB_TEMP") || name == QLatin1String("JOB_TEMP_DIR"))
            warn(f, Tr::tr("$%1 (node-local temp dir) becomes the process's $TMPDIR (or /tmp).").arg(var));
        else if (name == QLatin1String("SHARED_JOB_TEMP"))
            warn(f,
                 Tr::tr("$%1 (a folder every node shared over NFS) becomes output 'shared_job_temp'; nodes "
                        "see each other's files only where the output is a shared mount.")
                     .arg(var));
        else if (name == QLatin1String("STDOUTERR_DIR"))
            warn(f, Tr::tr("$%1 becomes output 'stdouterr'; the job's own logs are the engine's.").arg(var));
        else if (name == QLatin1String("MPI_HOST_FILE"))
            warn(f, Tr::tr("$%1: there is no host file; an MPI distribution starts the processes itself, so "
                           "drop the own mpirun (see the toolkit warning).")
                        .arg(var));
        else if (name == QLatin1String("NUM_GPUS") || name == QLatin1String("NUM_GPUS_PER_NODE"))
            warn(f, Tr::tr("$%1 is counted with nvidia-smi at start (0 without GPUs).").arg(var));
        else if (name == QLatin1String("PS_HOSTS") || name == QLatin1String("WORKER_HOSTS") ||
                 name == QLatin1String("TASK_TYPE"))
            warn(f, m_distribution == DistributionType::TensorFlow
                        ? Tr::tr("$%1 is derived from TF_CONFIG (Trainyard's local engine also sets it).")
                              .arg(var)
                        : Tr::tr("$%1 exists only in TensorFlow runs; this job is not one.").arg(var));
        else if (name == QLatin1String("TASK_INDEX"))
            warn(f, m_distribution == DistributionType::TensorFlow
                        ? Tr::tr("$%1 is the TF_CONFIG task index.").arg(var)
                        : Tr::tr("$%1 becomes the process rank ($RANK, $OMPI_COMM_WORLD_RANK).").arg(var));
        else if (name == QLatin1String("PYTORCH_INIT_METHOD"))
            warn(f, Tr::tr("$%1 (a shared-file init URL) becomes env:// : MASTER_ADDR, MASTER_PORT, RANK and "
                           "WORLD_SIZE come from the PyTorch distribution.")
                        .arg(var));
        else if (name == QLatin1String("PYTORCH_BACKEND"))
            warn(f, Tr::tr("$%1 is set to the job's communicationBackend.").arg(var));
        else if (name.startsWith(QLatin1String("PREV_OUTPUT_")))
            warn(f, Tr::tr("$%1 (the previous try's output) has no equivalent: it is empty.").arg(var));
        else
            warn(f, Tr::tr("$%1 is not a Batch AI variable this importer knows: not set.").arg(var));
    }
    for (auto it = mountUse.globalMatch(text); it.hasNext();) {
        const QString mount = it.next().captured(1);
        if (!m_mountsUsed.contains(mount))
            m_mountsUsed << mount;
    }
}

void BatchAiMapper::mapContainer(const QJsonObject& c, const QString& f) {
    const QJsonObject reg = c.value(QStringLiteral("imageSourceRegistry")).toObject();
    m_out.image = reg.value(QStringLiteral("image")).toString();
    if (m_out.image.isEmpty())
        warn(f + QStringLiteral(".imageSourceRegistry.image"),
             Tr::tr("missing: give the job's container image."));
    m_out.registry.address = reg.value(QStringLiteral("serverUrl")).toString();
    const QJsonObject cred = reg.value(QStringLiteral("credentials")).toObject();
    m_out.registry.username = cred.value(QStringLiteral("username")).toString();
    const QString cf = f + QStringLiteral(".imageSourceRegistry.credentials");
    if (present(cred, QStringLiteral("password"))) {
        const int before = int(m_out.secrets.size());
        addSecret(cf + QStringLiteral(".password"), QStringLiteral("registry/password"),
                  cred.value(QStringLiteral("password")));
        if (m_out.secrets.size() > before)
            m_out.registry.passwordKey = m_out.secrets.last().key;
    }
    if (present(cred, QStringLiteral("passwordSecretReference")))
        warn(
            cf + QStringLiteral(".passwordSecretReference"),
            Tr::tr("the registry password is in Key Vault (%1): Azure ML reads registry credentials from the "
                   "workspace's Key Vault; copy the secret there.")
                .arg(cred.value(QStringLiteral("passwordSecretReference"))
                         .toObject()
                         .value(QStringLiteral("secretUrl"))
                         .toString()));
    if (!m_out.registry.address.isEmpty())
        warn(f + QStringLiteral(".imageSourceRegistry.serverUrl"),
             Tr::tr("private registry %1: the Azure ML environment pulls from it with the user '%2' and the "
                    "password from the keychain.")
                 .arg(m_out.registry.address, m_out.registry.username));
    if (present(c, QStringLiteral("shmSize")))
        m_out.shmSize = c.value(QStringLiteral("shmSize")).toString();
    reportUnknown(reg, f + QStringLiteral(".imageSourceRegistry"),
                  {QStringLiteral("image"), QStringLiteral("serverUrl"), QStringLiteral("credentials")});
    reportUnknown(c, f, {QStringLiteral("imageSourceRegistry"), QStringLiteral("shmSize")});
}

// The launch each toolkit did, as one shell body; @PYTHON@ is the interpreter of the target.
QString BatchAiMapper::buildToolkitCommand(const QJsonObject& p, RunConfig& run) {
    static const QStringList toolkits{
        QStringLiteral("tensorFlowSettings"),   QStringLiteral("horovodSettings"),
        QStringLiteral("customMpiSettings"),    QStringLiteral("pyTorchSettings"),
        QStringLiteral("cntkSettings"),         QStringLiteral("chainerSettings"),
        QStringLiteral("caffeSettings"),        QStringLiteral("caffe2Settings"),
        QStringLiteral("customToolkitSettings")};
    QStringList found;
    for (const QString& t : toolkits)
        if (p.value(t).isObject())
            found << t;
    if (found.isEmpty()) {
        warn(field(QStringLiteral("customToolkitSettings")),
             Tr::tr(
                 "the file has no toolkit settings (the az command line or another file gave them): there is "
                 "nothing to run; give a command (--command)."));
        return {};
    }
    for (int i = 1; i < found.size(); ++i)
        warn(field(found.at(i)),
             Tr::tr("a job has exactly one toolkit: %1 is used, this one is not imported.")
                 .arg(found.first()));
    const QString kit = found.first();
    const QJsonObject s = p.value(kit).toObject();
    const QString f = field(kit);
    m_toolkitField = f;
    const int nodes = run.nodeCount;

    QString interpreter = QStringLiteral("@PYTHON@");
    if (!s.value(QStringLiteral("pythonInterpreterPath")).toString().isEmpty()) {
        interpreter = s.value(QStringLiteral("pythonInterpreterPath")).toString();
        warn(f + QStringLiteral(".pythonInterpreterPath"),
             Tr::tr("'%1' must exist in the job's environment image.").arg(interpreter));
    }
    QString script = s.value(QStringLiteral("pythonScriptFilePath")).toString();
    if (!script.isEmpty() && !m_options.sourceDirectory.isEmpty()) {
        const QString local = QFileInfo(script).fileName();
        warn(f + QStringLiteral(".pythonScriptFilePath"),
             Tr::tr("'%1' is run as '%2' from the source directory %3 (snapshotted with the job).")
                 .arg(script, local, m_options.sourceDirectory));
        script = local;
    }
    auto pythonLine = [&](const QString& args) {
        QString line = interpreter + u' ' + script;
        if (!args.trimmed().isEmpty())
            line += u' ' + args.trimmed();
        return line;
    };
    const QString args = s.value(QStringLiteral("commandLineArgs")).toString();
    QSet<QString> known{QStringLiteral("pythonScriptFilePath"), QStringLiteral("pythonInterpreterPath"),
                        QStringLiteral("commandLineArgs"), QStringLiteral("processCount")};
    QString body;

    if (kit == QLatin1String("tensorFlowSettings")) {
        known += {QStringLiteral("masterCommandLineArgs"), QStringLiteral("workerCommandLineArgs"),
                  QStringLiteral("parameterServerCommandLineArgs"), QStringLiteral("workerCount"),
                  QStringLiteral("parameterServerCount")};
        const QString master = s.value(QStringLiteral("masterCommandLineArgs")).toString();
        QString worker = s.value(QStringLiteral("workerCommandLineArgs")).toString();
        const QString ps = s.value(QStringLiteral("parameterServerCommandLineArgs")).toString();
        if (worker.isEmpty())
            worker = master;
        const auto psCount = intValue(s, QStringLiteral("parameterServerCount"));
        const auto workerCount = intValue(s, QStringLiteral("workerCount"));
        if (nodes == 1 && !psCount && !workerCount && ps.isEmpty()) {
            body = pythonLine(master.isEmpty() ? worker : master);
            warn(f,
                 Tr::tr(
                     "one node and no parameter servers: a single TensorFlow process with no distribution."));
            return body;
        }
        Distribution d;
        d.type = DistributionType::TensorFlow;
        d.parameterServerCount = psCount.value_or(1);
        d.workerCount = workerCount.value_or(nodes);
        if (!psCount)
            warn(f + QStringLiteral(".parameterServerCount"),
                 Tr::tr("not given: Batch AI's default 1 is written explicitly (Azure ML's default is 0)."));
        if (!workerCount)
            warn(f + QStringLiteral(".workerCount"),
                 Tr::tr("not given: Batch AI's default, the node count %1, is written explicitly.")
                     .arg(nodes));
        if (d.workerCount < 1) {
            warn(f + QStringLiteral(".workerCount"),
                 Tr::tr("%1 is not a worker count: 1 is used.").arg(d.workerCount));
            d.workerCount = 1;
        }
        if (d.parameterServerCount < 0)
            d.parameterServerCount = 0;
        const int tasks = d.workerCount + d.parameterServerCount;
        if (tasks != nodes)
            warn(field(QStringLiteral("nodeCount")),
                 Tr::tr("Batch AI placed %1 TensorFlow tasks (%2 worker(s), %3 parameter server(s)) on %4 "
                        "node(s); "
                        "Azure ML and Trainyard run one task per node, so node_count becomes %1.")
                     .arg(tasks)
                     .arg(d.workerCount)
                     .arg(d.parameterServerCount)
                     .arg(nodes));
        run.nodeCount = tasks;
        run.distribution = d;
        m_distribution = d.type;
        QStringList lines{QStringLiteral("case \"$AZ_BATCHAI_TASK_TYPE\" in")};
        lines << QStringLiteral("  ps) %1 ;;").arg(pythonLine(ps));
        if (!master.isEmpty() && master != worker)
            lines << QStringLiteral("  *) if [ \"$AZ_BATCHAI_TASK_INDEX\" = 0 ]; then %1; else %2; fi ;;")
                         .arg(pythonLine(master), pythonLine(worker));
        else
            lines << QStringLiteral("  *) %1 ;;").arg(pythonLine(worker));
        lines << QStringLiteral("esac");
        if (!master.isEmpty() || !ps.isEmpty())
            warn(f,
                 Tr::tr("per-role arguments (master, worker, parameter server) become one command that picks "
                        "them by the TF_CONFIG task type; the master's are used by worker 0."));
        body = lines.join(u'\n');
    } else if (kit == QLatin1String("horovodSettings") || kit == QLatin1String("customMpiSettings")) {
        known += QStringLiteral("commandLine");
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = perNodeProcesses(s, f, nodes);
        m_distribution = DistributionType::Mpi;
        body = kit == QLatin1String("horovodSettings") ? pythonLine(args)
                                                       : s.value(QStringLiteral("commandLine")).toString();
        warn(
            f,
            Tr::tr("becomes an MPI distribution with %1 process(es) per node (Batch AI's processCount is the "
                   "total; %2 here).")
                .arg(run.distribution.processCountPerNode)
                .arg(run.distribution.processCountPerNode * nodes));
    } else if (kit == QLatin1String("pyTorchSettings")) {
        known += QStringLiteral("communicationBackend");
        run.distribution.type = DistributionType::PyTorch;
        run.distribution.processCountPerNode = perNodeProcesses(s, f, nodes);
        m_distribution = DistributionType::PyTorch;
        m_pytorchBackend = s.value(QStringLiteral("communicationBackend")).toString();
        if (!m_pytorchBackend.isEmpty())
            warn(f + QStringLiteral(".communicationBackend"),
                 Tr::tr(
                     "'%1' is not a field of Azure ML's PyTorch distribution: the script chooses the backend "
                     "(its arguments keep it; $AZ_BATCHAI_PYTORCH_BACKEND is set to it).")
                     .arg(m_pytorchBackend));
        body = pythonLine(args);
    } else if (kit == QLatin1String("cntkSettings")) {
        known += {QStringLiteral("languageType"), QStringLiteral("configFilePath")};
        const QString config = s.value(QStringLiteral("configFilePath")).toString();
        const QString language = s.value(QStringLiteral("languageType")).toString();
        body =
            !config.isEmpty() && script.isEmpty()
                ? QStringLiteral("cntk configFile=%1%2").arg(config, args.isEmpty() ? QString() : u' ' + args)
                : pythonLine(args);
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = perNodeProcesses(s, f, nodes);
        m_distribution = DistributionType::Mpi;
        warn(f, Tr::tr("Azure ML has no CNTK setting: a command job with an MPI distribution (%1 per node), "
                       "which is how Batch AI started CNTK; %2 launch written out as '%3'.")
                    .arg(run.distribution.processCountPerNode)
                    .arg(language.isEmpty()
                             ? (config.isEmpty() ? QStringLiteral("Python") : QStringLiteral("BrainScript"))
                             : language,
                         QString(body).replace(QStringLiteral("@PYTHON@"), QStringLiteral("python"))));
    } else if (kit == QLatin1String("chainerSettings")) {
        body = pythonLine(args);
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = perNodeProcesses(s, f, nodes);
        m_distribution = DistributionType::Mpi;
        warn(f,
             Tr::tr("Azure ML has no Chainer setting: a command job with an MPI distribution (%1 per node), "
                    "as ChainerMN ran under Batch AI's mpirun.")
                 .arg(run.distribution.processCountPerNode));
    } else if (kit == QLatin1String("caffeSettings")) {
        known += QStringLiteral("configFilePath");
        const QString config = s.value(QStringLiteral("configFilePath")).toString();
        body = !config.isEmpty() ? QStringLiteral("caffe train --solver=%1%2")
                                       .arg(config, args.isEmpty() ? QString() : u' ' + args)
                                 : pythonLine(args);
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = perNodeProcesses(s, f, nodes);
        m_distribution = DistributionType::Mpi;
        warn(f, Tr::tr("Azure ML has no Caffe setting: a command job with an MPI distribution (%1 per node) "
                       "running '%2'.")
                    .arg(run.distribution.processCountPerNode)
                    .arg(QString(body).replace(QStringLiteral("@PYTHON@"), QStringLiteral("python"))));
    } else if (kit == QLatin1String("caffe2Settings")) {
        body = pythonLine(args);
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = 1;
        m_distribution = DistributionType::Mpi;
        warn(f,
             Tr::tr("Azure ML has no Caffe2 setting: a command job with an MPI distribution, one process per "
                    "node, where $AZ_BATCHAI_TASK_INDEX is the rank (Batch AI's shard index)."));
    } else { // customToolkitSettings
        known += QStringLiteral("commandLine");
        known.remove(QStringLiteral("processCount"));
        body = s.value(QStringLiteral("commandLine")).toString();
        if (nodes > 1)
            warn(f,
                 Tr::tr(
                     "Batch AI ran a custom toolkit on the first node only, with %1 nodes reserved; Azure ML "
                     "and Trainyard start a command with no distribution on every node. Choose node_count 1, "
                     "or an MPI distribution and drop the command's own mpirun.")
                     .arg(nodes));
        if (body.contains(QLatin1String("mpirun")))
            warn(f + QStringLiteral(".commandLine"),
                 Tr::tr(
                     "runs its own mpirun: on Azure ML use an MPI distribution (process_count_per_node) and "
                     "run the script directly; the host list it used does not exist there."));
        if (present(s, QStringLiteral("processCount")))
            warn(f + QStringLiteral(".processCount"),
                 Tr::tr("not a field of customToolkitSettings (Batch AI ignored it): not imported."));
    }
    if (body.trimmed().isEmpty())
        warn(f, Tr::tr("has no command line or script: give a command."));
    reportUnknown(s, f, known);
    return body;
}

QStringList BatchAiMapper::buildPrelude(bool local, QStringList* arguments) {
    const QString python = local ? QStringLiteral("python3") : QStringLiteral("python");
    QStringList lines;
    auto arg = [&](const QString& ref) {
        arguments->append(ref);
        return QStringLiteral("\"$%1\"").arg(arguments->size());
    };
    const bool mountRoot = m_variables.contains(QStringLiteral("AZ_BATCHAI_MOUNT_ROOT")) ||
                           m_variables.contains(QStringLiteral("AZ_BATCHAI_JOB_MOUNT_ROOT"));
    if (mountRoot) {
        if (local) {
            // The local engine's datastore stands for the whole mount root.
            lines << QStringLiteral("export AZ_BATCHAI_MOUNT_ROOT=%1")
                         .arg(arg(QStringLiteral("{datastore:.}")));
        } else {
            lines << QStringLiteral("export AZ_BATCHAI_MOUNT_ROOT=\"${TMPDIR:-/tmp}/batchai_mount_root\"")
                  << QStringLiteral("mkdir -p \"$AZ_BATCHAI_MOUNT_ROOT\"");
            for (const QString& mount : m_mountsUsed)
                lines << QStringLiteral("ln -sfn ${{inputs.%1}} \"$AZ_BATCHAI_MOUNT_ROOT/%2\"")
                             .arg(azureMlName(QStringLiteral("mount_") + mount), mount);
        }
        lines << QStringLiteral("export AZ_BATCHAI_JOB_MOUNT_ROOT=\"$AZ_BATCHAI_MOUNT_ROOT\"");
    }
    for (const auto& in : std::as_const(m_out.inputs)) {
        if (in.id.startsWith(QLatin1String("mount_")))
            continue;
        lines << QStringLiteral("export AZ_BATCHAI_INPUT_%1=%2")
                     .arg(in.id, local ? arg(QStringLiteral("{datastore:%1}").arg(in.mountPath))
                                       : QStringLiteral("${{inputs.%1}}").arg(azureMlName(in.id)));
    }
    for (const auto& out : std::as_const(m_out.outputs)) {
        const QString var =
            out.id == QLatin1String("shared_job_temp") ? QStringLiteral("AZ_BATCHAI_SHARED_JOB_TEMP")
            : out.id == QLatin1String("stdouterr")     ? QStringLiteral("AZ_BATCHAI_STDOUTERR_DIR")
                                                       : QStringLiteral("AZ_BATCHAI_OUTPUT_") + out.id;
        lines << QStringLiteral("export %1=%2")
                     .arg(var, local
                                   ? QStringLiteral("\"$TRAINYARD_OUTPUTS_DIR/%1\"").arg(azureMlName(out.id))
                                   : QStringLiteral("${{outputs.%1}}").arg(azureMlName(out.id)))
              << QStringLiteral("mkdir -p \"$%1\"").arg(var);
    }
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_JOB_TEMP")))
        lines << QStringLiteral("export AZ_BATCHAI_JOB_TEMP=\"${AZ_BATCHAI_JOB_TEMP:-${TMPDIR:-/tmp}}\"");
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_JOB_TEMP_DIR")))
        lines << QStringLiteral("export AZ_BATCHAI_JOB_TEMP_DIR=\"${TMPDIR:-/tmp}\"");
    for (const char* gpus : {"AZ_BATCHAI_NUM_GPUS", "AZ_BATCHAI_NUM_GPUS_PER_NODE"})
        if (m_variables.contains(QString::fromLatin1(gpus)))
            lines << QStringLiteral("export %1=\"$(nvidia-smi -L 2>/dev/null | wc -l)\"")
                         .arg(QString::fromLatin1(gpus));
    if (m_distribution == DistributionType::TensorFlow)
        lines << QString(kTfFromConfig).replace(QStringLiteral("python3"), python);
    else if (m_variables.contains(QStringLiteral("AZ_BATCHAI_TASK_INDEX")))
        lines << QStringLiteral("export "
                                "AZ_BATCHAI_TASK_INDEX=\"${AZ_BATCHAI_TASK_INDEX:-${RANK:-${OMPI_COMM_WORLD_"
                                "RANK:-${PMI_RANK:-0}}}}\"");
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_PYTORCH_INIT_METHOD")))
        lines << QStringLiteral("export AZ_BATCHAI_PYTORCH_INIT_METHOD=env://");
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_PYTORCH_BACKEND")) || !m_pytorchBackend.isEmpty())
        lines << QStringLiteral("export AZ_BATCHAI_PYTORCH_BACKEND=%1")
                     .arg(shSingleQuoted(m_pytorchBackend.isEmpty() ? QStringLiteral("gloo")
                                                                    : m_pytorchBackend));
    for (auto it = m_exportedEnv.cbegin(); it != m_exportedEnv.cend(); ++it)
        lines << QStringLiteral("export %1=%2").arg(it.key(), shDoubleQuoted(it.value()));
    return lines;
}

void BatchAiMapper::mapJob() {
    const QJsonObject p = m_doc.properties;
    RunConfig run;
    m_scopeName = m_doc.name.isEmpty() ? QFileInfo(m_doc.sourceName).completeBaseName() : m_doc.name;
    run.displayName = m_scopeName;
    run.sourceDirectory = m_options.sourceDirectory;
    run.tags.insert(QStringLiteral("batchai_source"), QFileInfo(m_doc.sourceName).fileName());

    // experiment
    static const QRegularExpression experimentRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$"));
    QString experiment = m_options.experiment;
    if (experiment.isEmpty())
        experiment = m_doc.experimentName;
    if (experiment.isEmpty())
        experiment = QStringLiteral("batchai-import");
    if (!experimentRe.match(experiment).hasMatch()) {
        QString fixed = experiment;
        fixed.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
        fixed.remove(QRegularExpression(QStringLiteral("^[^A-Za-z0-9]+")));
        if (fixed.isEmpty())
            fixed = QStringLiteral("batchai-import");
        warn(field(QStringLiteral("experimentName")),
             Tr::tr("'%1' is not a valid experiment name (letters, digits, '_', '-', '.'): '%2' is used.")
                 .arg(experiment, fixed));
        experiment = fixed.left(255);
    }
    run.experiment = experiment;

    // compute
    const QString clusterId =
        p.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("id")).toString();
    if (!m_options.computeName.isEmpty()) {
        run.compute = m_options.computeName;
    } else if (!clusterId.isEmpty()) {
        run.compute = computeNameFrom(clusterId.section(u'/', -1));
        warn(
            field(QStringLiteral("cluster.id")),
            Tr::tr("the job ran on Batch AI cluster '%1': compute '%2' is assumed; give --compute to choose.")
                .arg(clusterId.section(u'/', -1), run.compute));
    } else {
        warn(field(QStringLiteral("cluster.id")),
             Tr::tr("missing (the az command line gave it as a flag): give --compute."));
    }

    // node count
    const auto nodes = intValue(p, QStringLiteral("nodeCount"));
    run.nodeCount = nodes.value_or(1);
    if (m_options.nodeCount && *m_options.nodeCount >= 1) {
        if (nodes && *nodes != *m_options.nodeCount)
            warn(field(QStringLiteral("nodeCount")),
                 Tr::tr("%1 is replaced by %2 from the command line.").arg(*nodes).arg(*m_options.nodeCount));
        run.nodeCount = *m_options.nodeCount;
    } else if (!nodes)
        warn(field(QStringLiteral("nodeCount")), Tr::tr("missing: 1 node is used; give --node-count."));
    else if (*nodes < 1) {
        warn(field(QStringLiteral("nodeCount")), Tr::tr("%1 is not a node count: 1 is used.").arg(*nodes));
        run.nodeCount = 1;
    }

    // mounts, then the directories that refer to them
    if (p.value(QStringLiteral("mountVolumes")).isObject())
        mapMountVolumes(p.value(QStringLiteral("mountVolumes")).toObject(),
                        field(QStringLiteral("mountVolumes")));
    const QJsonArray ins = p.value(QStringLiteral("inputDirectories")).toArray();
    for (int i = 0; i < ins.size(); ++i) {
        const QJsonObject d = ins.at(i).toObject();
        const QString f = field(QStringLiteral("inputDirectories[%1]").arg(i));
        const QString id = d.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            warn(f + QStringLiteral(".id"), Tr::tr("an input directory needs an id: not imported."));
            continue;
        }
        m_out.inputs << resolveDirectory(id, d.value(QStringLiteral("path")).toString(),
                                         QStringLiteral("ro_mount"), f + QStringLiteral(".path"));
        reportUnknown(d, f, {QStringLiteral("id"), QStringLiteral("path")});
    }
    const QJsonArray outs = p.value(QStringLiteral("outputDirectories")).toArray();
    for (int i = 0; i < outs.size(); ++i) {
        const QJsonObject d = outs.at(i).toObject();
        const QString f = field(QStringLiteral("outputDirectories[%1]").arg(i));
        ImportDirectory o;
        o.id = d.value(QStringLiteral("id")).toString();
        if (o.id.isEmpty()) {
            warn(f + QStringLiteral(".id"), Tr::tr("an output directory needs an id: not imported."));
            continue;
        }
        o.mode = QStringLiteral("rw_mount");
        o.original = d.value(QStringLiteral("pathPrefix")).toString();
        if (!d.value(QStringLiteral("pathSuffix")).toString().isEmpty())
            o.original += u'/' + d.value(QStringLiteral("pathSuffix")).toString();
        warn(f,
             Tr::tr(
                 "output '%1' becomes a job output in its own folder per job (Batch AI made a unique folder "
                 "below '%2' too); the path is chosen by the engine.")
                 .arg(azureMlName(o.id), o.original));
        for (const char* old : {"type", "createNew"})
            if (present(d, QString::fromLatin1(old)))
                warn(f + u'.' + QString::fromLatin1(old),
                     Tr::tr("a 2017-09-01-preview field with no equivalent: every output is a new folder."));
        m_out.outputs << o;
        reportUnknown(d, f,
                      {QStringLiteral("id"), QStringLiteral("pathPrefix"), QStringLiteral("pathSuffix"),
                       QStringLiteral("type"), QStringLiteral("createNew")});
    }

    // environment and secrets
    const QJsonArray env = p.value(QStringLiteral("environmentVariables")).toArray();
    for (int i = 0; i < env.size(); ++i) {
        const QJsonObject e = env.at(i).toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        const QString value = str(e.value(QStringLiteral("value")));
        const QString f = field(QStringLiteral("environmentVariables[%1]").arg(i));
        if (name.isEmpty()) {
            warn(f, Tr::tr("an environment variable needs a name: not imported."));
            continue;
        }
        if (value.contains(u'$')) {
            m_exportedEnv.insert(name, value);
            noteVariables(value, f + QStringLiteral(".value"));
            warn(f + QStringLiteral(".value"), Tr::tr("'%1' refers to other variables: it is set at the "
                                                      "start of the command, where they exist.")
                                                   .arg(name));
        } else {
            run.environmentVariables.insert(name, value);
        }
    }
    const QJsonArray secrets = p.value(QStringLiteral("secrets")).toArray();
    for (int i = 0; i < secrets.size(); ++i) {
        const QJsonObject s = secrets.at(i).toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        const QString f = field(QStringLiteral("secrets[%1]").arg(i));
        if (present(s, QStringLiteral("value"))) {
            addSecret(f + QStringLiteral(".value"), QStringLiteral("secrets/") + name,
                      s.value(QStringLiteral("value")));
            warn(f,
                 Tr::tr(
                     "'%1' is not passed to the run as a plain environment variable (an Azure ML job has no "
                     "secrets field): read it from the workspace Key Vault in the script.")
                     .arg(name));
        }
        if (present(s, QStringLiteral("valueSecretReference")))
            warn(f + QStringLiteral(".valueSecretReference"),
                 Tr::tr("'%1' is read from Key Vault (%2): give the job's identity access and read it in the "
                        "script.")
                     .arg(name, s.value(QStringLiteral("valueSecretReference"))
                                    .toObject()
                                    .value(QStringLiteral("secretUrl"))
                                    .toString()));
    }

    // container
    if (p.value(QStringLiteral("containerSettings")).isObject())
        mapContainer(p.value(QStringLiteral("containerSettings")).toObject(),
                     field(QStringLiteral("containerSettings")));
    else
        warn(
            field(QStringLiteral("containerSettings")),
            Tr::tr("no container: Batch AI ran the job on the node's OS image; Azure ML needs an environment "
                   "(choose a curated one)."));

    // what to run
    m_toolkitField = field(QStringLiteral("customToolkitSettings"));
    QString body = buildToolkitCommand(p, run);
    if (!m_options.command.trimmed().isEmpty()) {
        warn(m_toolkitField,
             body.isEmpty() ? Tr::tr("the command comes from the command line.")
                            : Tr::tr("the toolkit's launch is replaced by the command from the command line "
                                     "(the distribution stays)."));
        body = m_options.command.trimmed();
    }
    noteVariables(body, m_toolkitField);
    const QString prep =
        p.value(QStringLiteral("jobPreparation")).toObject().value(QStringLiteral("commandLine")).toString();
    if (p.value(QStringLiteral("jobPreparation")).isObject()) {
        noteVariables(prep, field(QStringLiteral("jobPreparation.commandLine")));
        warn(field(QStringLiteral("jobPreparation")),
             Tr::tr("runs before the command in every process (Batch AI ran it once per node)."));
    }
    // Declared directories are set even when the command does not name them: scripts read them.
    for (const auto& in : std::as_const(m_out.inputs))
        m_variables.insert(QStringLiteral("AZ_BATCHAI_INPUT_") + in.id);
    for (const QString& var : std::as_const(m_variables)) {
        const QString f = m_toolkitField;
        if (var.startsWith(QLatin1String("AZ_BATCHAI_INPUT_"))) {
            const QString id = var.mid(17);
            if (std::none_of(m_out.inputs.cbegin(), m_out.inputs.cend(),
                             [&](const auto& d) { return d.id == id; }))
                warn(f, Tr::tr("$%1 names no input directory of this job: it is empty.").arg(var));
        } else if (var.startsWith(QLatin1String("AZ_BATCHAI_OUTPUT_"))) {
            const QString id = var.mid(18);
            if (std::none_of(m_out.outputs.cbegin(), m_out.outputs.cend(),
                             [&](const auto& d) { return d.id == id; })) {
                ImportDirectory o{id, {}, {}, QStringLiteral("rw_mount"), {}, {}};
                m_out.outputs << o;
                warn(f,
                     Tr::tr("$%1 names no output directory of this job (Batch AI set it anyway for OUTPUTS): "
                            "output '%2' is added.")
                         .arg(var, azureMlName(id)));
            }
        }
    }
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_SHARED_JOB_TEMP")))
        m_out.outputs << ImportDirectory{QStringLiteral("shared_job_temp"), {}, {},
                                         QStringLiteral("rw_mount"),        {}, {}};
    if (m_variables.contains(QStringLiteral("AZ_BATCHAI_STDOUTERR_DIR")))
        m_out.outputs << ImportDirectory{QStringLiteral("stdouterr"), {}, {},
                                         QStringLiteral("rw_mount"),  {}, {}};
    // Mounts reached through the mount root: the local datastore mirrors the root; Azure ML gets one
    // read-write input per mount.
    QList<ImportDirectory> mountInputs;
    for (const QString& mount : std::as_const(m_mountsUsed)) {
        ImportDirectory d = resolveDirectory(QStringLiteral("mount_") + mount,
                                             QStringLiteral("$AZ_BATCHAI_MOUNT_ROOT/") + mount,
                                             QStringLiteral("rw_mount"), m_toolkitField);
        warn(m_toolkitField,
             Tr::tr("the command reaches mount '%1' through $AZ_BATCHAI_MOUNT_ROOT: on Azure ML it becomes "
                    "read-write input '%2' (datastore %3), linked back under the same path.")
                 .arg(mount, azureMlName(d.id), d.datastore));
        mountInputs << d;
    }

    QStringList localArgs, unused;
    const QStringList localPrelude = buildPrelude(true, &localArgs);
    const QStringList amlPrelude = buildPrelude(false, &unused);
    QString localBody = body, amlBody = body;
    localBody.replace(QStringLiteral("@PYTHON@"), QStringLiteral("python3"));
    amlBody.replace(QStringLiteral("@PYTHON@"), QStringLiteral("python"));
    const QString prepLine = prep.isEmpty() ? QString() : QStringLiteral("{ %1; } || exit $?").arg(prep);

    QStringList local{QStringLiteral("batchai() {")};
    for (const QString& l :
         localPrelude + (prepLine.isEmpty() ? QStringList() : QStringList{prepLine}) + localBody.split(u'\n'))
        local << QStringLiteral("  ") + l;
    local << QStringLiteral("}") << QStringLiteral("batchai");
    run.command = body.isEmpty() ? QString() : local.join(u'\n');
    run.arguments = localArgs;
    m_out.inputs += mountInputs;
    QStringList aml = amlPrelude;
    if (!prepLine.isEmpty())
        aml << prepLine;
    aml << amlBody;
    m_out.azureMlCommand = body.isEmpty() ? QString() : aml.join(u'\n');

    // limits and what has no equivalent
    const QJsonObject constraints = p.value(QStringLiteral("constraints")).toObject();
    if (present(constraints, QStringLiteral("maxWallClockTime"))) {
        const QString text = str(constraints.value(QStringLiteral("maxWallClockTime")));
        m_out.timeoutSeconds = parseBatchAiDuration(text);
        if (!m_out.timeoutSeconds) {
            warn(field(QStringLiteral("constraints.maxWallClockTime")),
                 Tr::tr(
                     "'%1' is not a duration (use 7.00:00:00, P7D or 7 days, 0:00:00): Batch AI's default, 7 "
                     "days, is used.")
                     .arg(text));
            m_out.timeoutSeconds = kBatchAiDefaultWallClock;
        }
    } else {
        m_out.timeoutSeconds = kBatchAiDefaultWallClock;
        warn(field(QStringLiteral("constraints.maxWallClockTime")),
             Tr::tr("not given: Batch AI stopped jobs after 7 days; that limit is written explicitly (Azure "
                    "ML has "
                    "no default)."));
    }
    reportUnknown(constraints, field(QStringLiteral("constraints")), {QStringLiteral("maxWallClockTime")});
    for (const char* prio : {"schedulingPriority", "priority"})
        if (present(p, QString::fromLatin1(prio)))
            warn(field(QString::fromLatin1(prio)),
                 Tr::tr("'%1': Azure ML compute clusters have no job priority: dropped.")
                     .arg(str(p.value(QString::fromLatin1(prio)))));
    if (present(p, QStringLiteral("stdOutErrPathPrefix")))
        warn(field(QStringLiteral("stdOutErrPathPrefix")),
             Tr::tr("the engine keeps the job's logs ('yard run logs'); the path '%1' is dropped.")
                 .arg(p.value(QStringLiteral("stdOutErrPathPrefix")).toString()));
    if (present(p, QStringLiteral("stdOutErrPathSuffix")))
        warn(field(QStringLiteral("stdOutErrPathSuffix")), Tr::tr("the engine keeps the logs: dropped."));
    if (!m_doc.location.isEmpty() || present(p, QStringLiteral("location")))
        warn(field(QStringLiteral("location")), Tr::tr("a job runs in its workspace's region: dropped."));
    if (!m_out.image.isEmpty())
        warn(
            field(QStringLiteral("containerSettings.imageSourceRegistry.image")),
            Tr::tr("Azure ML runs '%1' as environment '%2' (create it from the image); Trainyard's local and "
                   "Slurm engines run the command on the host without the container.")
                .arg(m_out.image, environmentNameFrom(m_out.image)));
    if (!m_out.shmSize.isEmpty())
        warn(field(QStringLiteral("containerSettings.shmSize")),
             Tr::tr("becomes resources.shmSize %1 on Azure ML; other engines do not limit /dev/shm.")
                 .arg(m_out.shmSize));

    QSet<QString> known{QStringLiteral("nodeCount"),
                        QStringLiteral("cluster"),
                        QStringLiteral("mountVolumes"),
                        QStringLiteral("inputDirectories"),
                        QStringLiteral("outputDirectories"),
                        QStringLiteral("environmentVariables"),
                        QStringLiteral("secrets"),
                        QStringLiteral("containerSettings"),
                        QStringLiteral("jobPreparation"),
                        QStringLiteral("constraints"),
                        QStringLiteral("schedulingPriority"),
                        QStringLiteral("priority"),
                        QStringLiteral("stdOutErrPathPrefix"),
                        QStringLiteral("stdOutErrPathSuffix"),
                        QStringLiteral("location"),
                        QStringLiteral("experimentName"),
                        QStringLiteral("tensorFlowSettings"),
                        QStringLiteral("horovodSettings"),
                        QStringLiteral("customMpiSettings"),
                        QStringLiteral("pyTorchSettings"),
                        QStringLiteral("cntkSettings"),
                        QStringLiteral("chainerSettings"),
                        QStringLiteral("caffeSettings"),
                        QStringLiteral("caffe2Settings"),
                        QStringLiteral("customToolkitSettings")};
    reportServiceState(p, m_root);
    reportUnknown(p, m_root, known);
    m_out.run = run;

    // The Azure ML command job body (2025-12-01).
    m_out.environmentName = m_out.image.isEmpty() ? QString() : environmentNameFrom(m_out.image);
    QJsonObject props{
        {QStringLiteral("jobType"), QStringLiteral("Command")},
        {QStringLiteral("displayName"), run.displayName},
        {QStringLiteral("experimentName"), run.experiment},
        {QStringLiteral("command"), m_out.azureMlCommand},
        {QStringLiteral("environmentId"), m_out.environmentName.isEmpty()
                                              ? QString()
                                              : QStringLiteral("azureml:%1:1").arg(m_out.environmentName)},
        {QStringLiteral("tags"),
         QJsonObject{{QStringLiteral("batchai_source"), QFileInfo(m_doc.sourceName).fileName()}}}};
    if (!run.compute.isEmpty())
        props.insert(QStringLiteral("computeId"), QString(QStringLiteral("azureml:") + run.compute));
    QJsonObject resources{{QStringLiteral("instanceCount"), run.nodeCount}};
    if (!m_out.shmSize.isEmpty())
        resources.insert(QStringLiteral("shmSize"), m_out.shmSize.toLower().remove(u'b'));
    props.insert(QStringLiteral("resources"), resources);
    const auto& d = run.distribution;
    if (d.type == DistributionType::TensorFlow)
        props.insert(QStringLiteral("distribution"),
                     QJsonObject{{QStringLiteral("distributionType"), QStringLiteral("TensorFlow")},
                                 {QStringLiteral("parameterServerCount"), d.parameterServerCount},
                                 {QStringLiteral("workerCount"), d.workerCount}});
    else if (d.type != DistributionType::None)
        props.insert(
            QStringLiteral("distribution"),
            QJsonObject{{QStringLiteral("distributionType"),
                         d.type == DistributionType::Mpi ? QStringLiteral("Mpi") : QStringLiteral("PyTorch")},
                        {QStringLiteral("processCountPerInstance"), d.processCountPerNode}});
    QJsonObject envVars;
    for (auto it = run.environmentVariables.cbegin(); it != run.environmentVariables.cend(); ++it)
        envVars.insert(it.key(), it.value());
    if (!envVars.isEmpty())
        props.insert(QStringLiteral("environmentVariables"), envVars);
    QJsonObject inputs, outputs;
    for (const auto& in : std::as_const(m_out.inputs))
        inputs.insert(
            azureMlName(in.id),
            QJsonObject{{QStringLiteral("jobInputType"), QStringLiteral("uri_folder")},
                        {QStringLiteral("uri"),
                         QStringLiteral("azureml://datastores/%1/paths/%2").arg(in.datastore, in.path)},
                        {QStringLiteral("mode"), in.mode == QLatin1String("rw_mount")
                                                     ? QStringLiteral("ReadWriteMount")
                                                     : QStringLiteral("ReadOnlyMount")}});
    for (const auto& out : std::as_const(m_out.outputs))
        outputs.insert(azureMlName(out.id),
                       QJsonObject{{QStringLiteral("jobOutputType"), QStringLiteral("uri_folder")},
                                   {QStringLiteral("mode"), QStringLiteral("ReadWriteMount")}});
    if (!inputs.isEmpty())
        props.insert(QStringLiteral("inputs"), inputs);
    if (!outputs.isEmpty())
        props.insert(QStringLiteral("outputs"), outputs);
    if (m_out.timeoutSeconds)
        props.insert(QStringLiteral("limits"),
                     QJsonObject{{QStringLiteral("jobLimitsType"), QStringLiteral("Command")},
                                 {QStringLiteral("timeout"), isoDuration(*m_out.timeoutSeconds)}});
    m_out.azureml = QJsonObject{{QStringLiteral("properties"), props}};
}

// ---- file server ----------------------------------------------------------------------------

void BatchAiMapper::mapFileServer() {
    const QJsonObject p = m_doc.properties;
    m_scopeName = m_doc.name.isEmpty() ? QFileInfo(m_doc.sourceName).completeBaseName() : m_doc.name;
    const QJsonObject disks = p.value(QStringLiteral("dataDisks")).toObject();
    warn(m_root.isEmpty() ? Tr::tr("(file server)") : m_root,
         Tr::tr("Azure ML has no managed NFS file server. Put the data in a datastore (Azure Files or Blob; "
                "%1 disk(s) of %2 GB were asked for) or mount Azure NetApp Files in the environment; nothing "
                "is created.")
             .arg(str(disks.value(QStringLiteral("diskCount"))),
                  str(disks.value(QStringLiteral("diskSizeInGB")))));
    if (present(p, QStringLiteral("vmSize")))
        warn(field(QStringLiteral("vmSize")),
             Tr::tr("the file server's VM (%1) is not needed with a datastore.")
                 .arg(p.value(QStringLiteral("vmSize")).toString()));
    const QJsonObject ssh = p.value(QStringLiteral("sshConfiguration")).toObject();
    if (ssh.value(QStringLiteral("userAccountSettings")).isObject())
        mapUserAccount(ssh.value(QStringLiteral("userAccountSettings")).toObject(),
                       field(QStringLiteral("sshConfiguration.userAccountSettings")), nullptr, nullptr);
    if (present(ssh, QStringLiteral("publicIPsToAllow")))
        warn(field(QStringLiteral("sshConfiguration.publicIPsToAllow")),
             Tr::tr("no server to reach: dropped."));
    if (present(p, QStringLiteral("subnet")))
        warn(field(QStringLiteral("subnet")), Tr::tr("no server to place: dropped."));
    if (present(disks, QStringLiteral("storageAccountType")) || present(disks, QStringLiteral("cachingType")))
        warn(field(QStringLiteral("dataDisks.storageAccountType")),
             Tr::tr("disk type '%1' has no datastore equivalent: choose the storage account's tier instead.")
                 .arg(disks.value(QStringLiteral("storageAccountType")).toString()));
    reportServiceState(p, m_root);
    reportUnknown(p, m_root,
                  {QStringLiteral("vmSize"), QStringLiteral("sshConfiguration"), QStringLiteral("dataDisks"),
                   QStringLiteral("subnet")});
}

// ---- configuration.json ---------------------------------------------------------------------

void BatchAiMapper::mapConfiguration() {
    const QJsonObject c = m_doc.properties;
    m_scopeName = c.value(QStringLiteral("workspace")).toString();
    if (m_scopeName.isEmpty())
        m_scopeName = QStringLiteral("configuration");
    QJsonObject config{
        {QStringLiteral("subscription_id"), c.value(QStringLiteral("subscription_id")).toString()},
        {QStringLiteral("resource_group"), c.value(QStringLiteral("resource_group")).toString()},
        {QStringLiteral("workspace_name"), c.value(QStringLiteral("workspace")).toString()}};
    for (const char* k : {"subscription_id", "resource_group", "workspace"}) {
        const QString key = QString::fromLatin1(k);
        if (c.value(key).toString().isEmpty())
            warn(key, Tr::tr("empty: fill it in before the workspace's config.json is usable (Azure ML's "
                             "config.json needs subscription_id, resource_group and workspace_name)."));
    }
    if (!c.contains(QStringLiteral("workspace")))
        warn(
            QStringLiteral("workspace"),
            Tr::tr(
                "missing (Batch AI before 2018-05-01 had no workspaces): give the Azure ML workspace name."));
    // Service principal: the id and tenant are not secret, the secret is.
    const QString client = c.value(QStringLiteral("aad_client_id")).toString();
    const QString tenant = c.value(QStringLiteral("aad_tenant")).toString();
    if (!client.isEmpty() || !tenant.isEmpty())
        config.insert(
            QStringLiteral("service_principal"),
            QJsonObject{{QStringLiteral("client_id"), client}, {QStringLiteral("tenant_id"), tenant}});
    addSecret(QStringLiteral("aad_secret"), QStringLiteral("aad_secret"),
              c.value(QStringLiteral("aad_secret")));
    if (!c.value(QStringLiteral("aad_secret")).toString().isEmpty() || !client.isEmpty())
        warn(QStringLiteral("aad_client_id"),
             Tr::tr("a service principal: Trainyard signs in with it (client secret from the keychain) or "
                    "with your own account."));
    const QJsonObject storage = c.value(QStringLiteral("storage_account")).toObject();
    if (!storage.value(QStringLiteral("name")).toString().isEmpty())
        config.insert(QStringLiteral("storage_account"), storage.value(QStringLiteral("name")).toString());
    addSecret(QStringLiteral("storage_account.key"), QStringLiteral("storage_account/key"),
              storage.value(QStringLiteral("key")));
    warn(QStringLiteral("storage_account"),
         Tr::tr("Azure ML workspaces have their own storage (workspaceblobstore): register this account as a "
                "datastore to keep using its data."));
    const QJsonObject admin = c.value(QStringLiteral("admin_user")).toObject();
    addSecret(QStringLiteral("admin_user.password"), QStringLiteral("admin_user/password"),
              admin.value(QStringLiteral("password")));
    if (!admin.isEmpty())
        warn(QStringLiteral("admin_user"),
             Tr::tr("the samples' node user: give it to each imported cluster (userAccountCredentials)."));
    const QJsonObject registry = c.value(QStringLiteral("container_registry")).toObject();
    addSecret(QStringLiteral("container_registry.password"), QStringLiteral("container_registry/password"),
              registry.value(QStringLiteral("password")));
    if (!registry.value(QStringLiteral("secret_url")).toString().isEmpty() || !registry.isEmpty())
        warn(QStringLiteral("container_registry"),
             Tr::tr("private registry credentials: Azure ML pulls images with the workspace's registry or "
                    "credentials kept in its Key Vault (secret_url)."));
    if (c.contains(QStringLiteral("keyvault_id")))
        warn(QStringLiteral("keyvault_id"),
             Tr::tr("Azure ML workspaces have their own Key Vault: this one is not used."));
    if (c.contains(QStringLiteral("base_url")))
        warn(QStringLiteral("base_url"), Tr::tr("the Batch AI endpoint: no longer exists, dropped."));
    if (c.contains(QStringLiteral("location")))
        warn(QStringLiteral("location"), Tr::tr("the workspace's region decides ('%1' is not used).")
                                             .arg(c.value(QStringLiteral("location")).toString()));
    reportUnknown(c, {},
                  {QStringLiteral("subscription_id"), QStringLiteral("aad_client_id"),
                   QStringLiteral("aad_secret"), QStringLiteral("aad_tenant"), QStringLiteral("location"),
                   QStringLiteral("base_url"), QStringLiteral("resource_group"), QStringLiteral("workspace"),
                   QStringLiteral("storage_account"), QStringLiteral("admin_user"),
                   QStringLiteral("keyvault_id"), QStringLiteral("container_registry")});
    m_out.configuration = config;
    m_out.azureml = config;
}

BatchAiImport BatchAiMapper::map() {
    switch (m_doc.kind) {
    case DocumentKind::Cluster:
        mapCluster();
        break;
    case DocumentKind::Job:
        mapJob();
        break;
    case DocumentKind::FileServer:
        mapFileServer();
        break;
    case DocumentKind::Configuration:
        mapConfiguration();
        break;
    }
    for (const QString& key : std::as_const(m_doc.ignoredTopLevel))
        if (key != QLatin1String("responses"))
            warn(key, Tr::tr("outside the definition's properties: not imported."));
    if (m_doc.shape == DocumentShape::RestExample)
        warn(
            QStringLiteral("responses"),
            Tr::tr("a REST example: the request in parameters.parameters is imported, the recorded responses "
                   "are not."));
    return m_out;
}

} // namespace trainyard::batchai
