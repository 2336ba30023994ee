// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Akari::Test
{

/**
 * \brief A small HTTP/1.1 server on 127.0.0.1 for network tests, with fault injection.
 *
 * Serves canned responses by path on an ephemeral port, records every request, and can
 * misbehave on purpose: cut the connection after N body bytes, delay the answer, or answer
 * with any status, and (per response) honour byte ranges. Runs in the test's thread; the test's event loop (QTRY_*,
 * QSignalSpy::wait) drives it. One request per connection (it answers with "Connection: close").
 */
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; ///< besides Content-Length and Connection
        qint64 dropAfterBodyBytes = -1;                   ///< >= 0: close the connection after this many body bytes
        int delayMs = 0;                                  ///< wait this long before answering
        /// Answer `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` of a 200 response with 206 and
        /// Content-Range (416 when unsatisfiable), and send `Accept-Ranges: bytes`; several
        /// ranges or a malformed header get the whole body, as RFC 9110 allows.
        bool honourRanges = false;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;                       ///< with the query, as sent
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    /// Starts listening on 127.0.0.1 and an ephemeral port; false when that is impossible.
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/")) const;
    void setResponse(const QByteArray &path, const Response &response);
    [[nodiscard]] QList<Request> requests() const { return m_requests; }
    /// Body bytes written to clients so far (all paths), e.g. to check that ranges saved a download.
    [[nodiscard]] qint64 bodyBytesSent() const { return m_bodyBytesSent; }

signals:
    void requestServed(const QByteArray &path);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server;
    QHash<QByteArray, Response> m_responses;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<Request> m_requests;
    qint64 m_bodyBytesSent = 0;
};

} // namespace Akari::Test
