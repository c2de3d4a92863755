#include "core/azureml/AzureLogStream.h"

#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureMlEngine.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureLogStream)
};
} // namespace

AzureLogStream::AzureLogStream(AzureMlEngine* engine, QString runId, QString file, QObject* parent)
    : LogStream(parent)
    , m_engine(engine)
    , m_runId(std::move(runId))
    , m_file(std::move(file)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AzureLogStream::poll);
}

bool AzureLogStream::isTerminal(const QString& s) {
    return s == QLatin1String("Completed") || s == QLatin1String("Failed") ||
           s == QLatin1String("Canceled") || s == QLatin1String("NotResponding") ||
           s == QLatin1String("Paused");
}

int AzureLogStream::pollDelayMs(int poll, double minimumSeconds) {
    // A logistic curve from the minimum (2 s in azure-ai-ml) up to 60 s, half way at poll 20.
    const double low = qMin(2.0, minimumSeconds);
    const double seconds = low + (60.0 - low) / (1.0 + std::exp(-(poll - 20) / 4.0));
    return int(seconds * 1000);
}

QList<LogSource> AzureLogStream::logSources(const QJsonObject& details) {
    QStringList names = details.value(QLatin1String("logFiles")).toObject().keys();
    static const QRegularExpression primary(
        QStringLiteral("^(user_logs/std_log.*\\.txt|azureml-logs/\\d+_.*\\.txt)$"));
    std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const bool pa = primary.match(a).hasMatch();
        const bool pb = primary.match(b).hasMatch();
        return pa != pb ? pa : a < b;
    });
    QList<LogSource> out;
    for (const QString& n : names)
        out << LogSource{n, n};
    return out;
}

void AzureLogStream::start(qint64 fromOffset) {
    m_offset = fromOffset;
    m_stopped = false;
    m_polls = 0;
    QMetaObject::invokeMethod(this, &AzureLogStream::poll, Qt::QueuedConnection);
}

void AzureLogStream::stop() {
    m_stopped = true;
    m_timer.stop();
}

void AzureLogStream::schedule() {
    if (m_stopped)
        return;
    m_timer.start(pollDelayMs(m_polls++, m_engine ? m_engine->cloud().pollIntervalSeconds : 2.0));
}

void AzureLogStream::poll() {
    if (m_stopped || !m_engine)
        return;
    m_engine->runDetails(m_runId, this, [this](const Result<QJsonObject>& details) {
        if (m_stopped)
            return;
        if (!details) {
            emit failed(details.error());
            return;
        }
        const QString status = details.value().value(QLatin1String("status")).toString();
        const bool terminal = isTerminal(status);
        const QString sas =
            details.value().value(QLatin1String("logFiles")).toObject().value(m_file).toString();
        if (sas.isEmpty()) {
            // Not written yet: the run may not have started.
            if (terminal || !m_follow)
                emit finished();
            else
                schedule();
            return;
        }
        AzureRequest::Spec spec;
        spec.url = QUrl(sas);
        spec.bearer = false; // the SAS in the URL is the authorization
        spec.what = Tr::tr("Download log %1").arg(m_file);
        m_engine->http()->send(spec, this, [this, terminal](const AzureResponse& r) {
            if (m_stopped)
                return;
            if (!r.ok()) {
                emit failed(*r.error);
                return;
            }
            if (r.body.size() < m_offset) {
                m_offset = 0;
                emit truncated();
            }
            if (r.body.size() > m_offset) {
                const qint64 at = m_offset;
                m_offset = r.body.size();
                emit bytesAppended(r.body.mid(at), at);
            }
            if (terminal || !m_follow)
                emit finished();
            else
                schedule();
        });
    });
}

} // namespace trainyard::azureml
