#pragma once

#include "core/slurm/SlurmSettings.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace trainyard::slurm {

// slurmrestd over HTTP, with one QNetworkAccessManager in the engine's thread. Every call is
// asynchronous and ends in its callback, in this object's thread.
//
// Before the first request it reads the JWT from the keychain (or $SLURM_JWT, which is how
// Slurm's own tools take it) and finds the OpenAPI version to speak (the configured one, checked,
// or the newest the server serves). Requests that cannot reach the server (slurmrestd
// restarting, a dropped connection) are retried with backoff; then the error says so. The token
// never appears in a message, log or URL.
class SlurmClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonObject>)>;

    SlurmClient(SlurmSettings settings, QObject* parent = nullptr);

    // GET/POST/DELETE <url>/slurm/<version>/<path>; body only for POST.
    void get(const QString& path, Callback done) { call("GET", path, {}, std::move(done)); }
    void post(const QString& path, const QJsonObject& body, Callback done) {
        call("POST", path, body, std::move(done));
    }
    void remove(const QString& path, Callback done) { call("DELETE", path, {}, std::move(done)); }

    // A new token (after `yard login slurm`); the version is detected again.
    void setToken(const QByteArray& token);
    void resetSession();
    QString apiVersion() const { return m_version; }
    // How long unreachable-server retries go on before the error (default 8 s).
    void setRetryBudgetMs(int ms) { m_retryBudgetMs = ms; }

private:
    struct Pending {
        QByteArray method;
        QString path;
        QJsonObject body;
        Callback done;
    };
    void call(const QByteArray& method, const QString& path, const QJsonObject& body, Callback done);
    void prepare();
    void loadedToken(const Result<QByteArray>& token);
    void detectVersion(QStringList candidates, QStringList tried);
    void finishPrepare(const Status& status);
    void send(const Pending& request, int attempt, qint64 startedMs);
    void sendRaw(const QByteArray& method, const QString& fullPath, const QJsonObject& body,
                 std::function<void(int http, QByteArray body, QString networkError, bool unreachable)> done);
    Error tokenError(int http) const;
    Error unreachableError(const QString& detail) const;

    SlurmSettings m_settings;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    bool m_tokenLoaded = false;
    bool m_explicitToken = false; // from setToken(), not the keychain
    QString m_version;
    bool m_ready = false;
    bool m_preparing = false;
    QList<Pending> m_waiting;
    int m_retryBudgetMs = 8000;
};

} // namespace trainyard::slurm
