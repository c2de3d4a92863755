#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace trainyard::test {

// A tiny HTTP/1.1 server on 127.0.0.1 for the Azure tests. Written on QTcpServer rather than
// QHttpServer (a technical preview in Qt 6.4) because fault injection needs what QHttpServer
// cannot do: drop a connection mid-request, answer late, send any status and header verbatim.
class LoopbackHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target;                    // path and query exactly as sent
        QUrl url;                             // parsed from target
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
    };
    struct Reply {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool drop = false; // close the connection without answering
        int delayMs = 0;
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit LoopbackHttpServer(Handler handler, QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;
    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void onConnection();
    void process(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace trainyard::test
