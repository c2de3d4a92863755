#include "core/azureml/AzureMetricStream.h"

#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureLogStream.h"
#include "core/azureml/AzureMlEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMetricStream)
};
} // namespace

AzureMetricStream::AzureMetricStream(AzureMlEngine* engine, QString runId, QObject* parent)
    : MetricStream(parent)
    , m_engine(engine)
    , m_runId(std::move(runId)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AzureMetricStream::pass);
}

void AzureMetricStream::start() {
    m_stopped = false;
    if (!m_engine)
        return;
    m_engine->mlflowBase(this, [this](const Result<QUrl>& base) {
        if (!base) {
            emit failed(base.error());
            return;
        }
        m_base = base.value();
        pass();
    });
}

void AzureMetricStream::stop() {
    m_stopped = true;
    m_timer.stop();
}

void AzureMetricStream::pass() {
    if (m_stopped || !m_engine)
        return;
    AzureRequest::Spec spec;
    QUrl url = m_base.resolved(QUrl(QStringLiteral("runs/get")));
    url.setQuery(QUrlQuery{{QStringLiteral("run_id"), m_runId}});
    spec.url = url;
    spec.what = Tr::tr("Read the metrics of run '%1'").arg(m_runId);
    m_engine->http()->send(spec, this, [this](const AzureResponse& r) {
        if (m_stopped)
            return;
        if (!r.ok()) {
            emit failed(*r.error);
            return;
        }
        const QJsonObject run = r.json().value(QLatin1String("run")).toObject();
        const QString status =
            run.value(QLatin1String("info")).toObject().value(QLatin1String("status")).toString();
        const bool terminal = status == QLatin1String("FINISHED") || status == QLatin1String("FAILED") ||
                              status == QLatin1String("KILLED");
        QStringList keys;
        for (const QJsonValue& m :
             run.value(QLatin1String("data")).toObject().value(QLatin1String("metrics")).toArray())
            keys << m.toObject().value(QLatin1String("key")).toString();
        keys.removeDuplicates();
        history(keys, 0, {}, {}, terminal);
    });
}

void AzureMetricStream::history(const QStringList& keys, int index, const QString& pageToken,
                                QList<MetricPoint> collected, bool terminal) {
    if (index >= keys.size()) {
        if (!collected.isEmpty())
            emit pointsAppended(collected);
        endPass(terminal);
        return;
    }
    const QString key = keys[index];
    QUrl url = m_base.resolved(QUrl(QStringLiteral("metrics/get-history")));
    QUrlQuery query{{QStringLiteral("run_id"), m_runId}, {QStringLiteral("metric_key"), key}};
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    url.setQuery(query);
    AzureRequest::Spec spec;
    spec.url = url;
    spec.what = Tr::tr("Read metric '%1' of run '%2'").arg(key, m_runId);
    m_engine->http()->send(spec, this, [=, this](const AzureResponse& r) mutable {
        if (m_stopped)
            return;
        if (!r.ok()) {
            emit failed(*r.error);
            return;
        }
        const QJsonObject body = r.json();
        int seen = pageToken.isEmpty() ? 0 : m_delivered.value(key + QStringLiteral("#page"), 0);
        const int already = m_delivered.value(key, 0);
        for (const QJsonValue& v : body.value(QLatin1String("metrics")).toArray()) {
            if (seen++ < already)
                continue;
            const QJsonObject m = v.toObject();
            MetricPoint p;
            p.name = m.value(QLatin1String("key")).toString(key);
            p.value = m.value(QLatin1String("value")).toDouble();
            p.step = m.value(QLatin1String("step")).toVariant().toLongLong();
            p.time =
                m.value(QLatin1String("timestamp")).toVariant().toDouble() / 1000.0; // ms since the epoch
            p.kind = QStringLiteral("scalar");
            collected << p;
        }
        m_delivered[key + QStringLiteral("#page")] = seen;
        const QString next = body.value(QLatin1String("next_page_token")).toString();
        if (!next.isEmpty()) {
            history(keys, index, next, collected, terminal);
            return;
        }
        m_delivered[key] = qMax(already, seen);
        m_delivered.remove(key + QStringLiteral("#page"));
        history(keys, index + 1, {}, collected, terminal);
    });
}

void AzureMetricStream::endPass(bool terminal) {
    if (terminal || !m_follow) {
        emit finished();
        return;
    }
    m_timer.start(
        AzureLogStream::pollDelayMs(m_passes++, m_engine ? m_engine->cloud().pollIntervalSeconds : 2.0));
}

} // namespace trainyard::azureml
