// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackhttpserver.h"

#include <algorithm>
#include <optional>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
/**
 * What a single `bytes=` range of a \a size-byte body selects: [first, last], or nullopt when it
 * is unsatisfiable; \a wellFormed is false for headers to ignore (several ranges, not bytes).
 */
std::optional<std::pair<qint64, qint64>> selectRange(const QByteArray &header, qint64 size, bool &wellFormed)
{
    wellFormed = false;
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    bool okFirst = firstText.isEmpty();
    bool okLast = lastText.isEmpty();
    const qint64 first = firstText.isEmpty() ? -1 : firstText.toLongLong(&okFirst);
    const qint64 last = lastText.isEmpty() ? -1 : lastText.toLongLong(&okLast);
    if (!okFirst || !okLast || (firstText.isEmpty() && lastText.isEmpty()) || first < -1 || last < -1 ||
        (first >= 0 && last >= 0 && last < first))
        return std::nullopt;
    wellFormed = true;
    if (firstText.isEmpty()) { // the final `last` bytes
        if (last == 0 || size == 0)
            return std::nullopt;
        return std::pair{std::max<qint64>(0, size - last), size - 1};
    }
    if (first >= size)
        return std::nullopt;
    return std::pair{first, last < 0 ? size - 1 : std::min(last, size - 1)};
}
} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(u"http"_s);
    result.setHost(u"127.0.0.1"_s);
    result.setPort(m_server->serverPort());
    result.setPath(path);
    return result;
}

void LoopbackHttpServer::setResponse(const QByteArray &path, const Response &response)
{
    m_responses.insert(path, response);
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() - headerEnd - 4 < bodyLength)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, bodyLength);
    buffer.clear();
    m_requests.append(request);

    const int delay = m_responses.value(request.path.split('?').first()).delayMs;
    if (delay > 0)
        QTimer::singleShot(delay, socket, [this, socket, request] { answer(socket, request); });
    else
        answer(socket, request);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    const QByteArray path = request.path.split('?').first();
    const auto found = m_responses.constFind(path);
    Response response = found != m_responses.cend() ? *found : Response{404, "not found\n", {}, -1, 0};
    if (response.honourRanges && response.status == 200) {
        response.headers.emplaceBack("Accept-Ranges", "bytes");
        const QByteArray range = request.headers.value("range");
        bool wellFormed = false;
        const std::optional<std::pair<qint64, qint64>> selected =
            range.isEmpty() ? std::nullopt : selectRange(range, response.body.size(), wellFormed);
        const QByteArray size = QByteArray::number(response.body.size());
        if (selected) {
            const auto [first, last] = *selected;
            response.status = 206;
            response.headers.append(
                {"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + size});
            response.body = response.body.mid(first, last - first + 1);
        } else if (wellFormed) {
            response.status = 416;
            response.headers.emplaceBack("Content-Range", "bytes */" + size);
            response.body.clear();
        }
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    const bool drop = response.dropAfterBodyBytes >= 0;
    const QByteArray body = drop ? response.body.left(response.dropAfterBodyBytes) : response.body;
    socket->write(body);
    m_bodyBytesSent += body.size();
    socket->flush();
    emit requestServed(path);
    if (drop)
        socket->abort();
    else
        socket->disconnectFromHost();
}

} // namespace Akari::Test
