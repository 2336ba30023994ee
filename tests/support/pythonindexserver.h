// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Akari::Test
{

/**
 * \brief The loopback package index (tests/tools/loopback_index.py) in its own process.
 *
 * Generates the package set (PyPI-like `pypi`, `whl/cpu`, `whl/cu128`, `whl/cu118`) into a
 * temporary folder, serves it on 127.0.0.1 and an ephemeral port, and records every request.
 * Being another process, it answers while the test thread blocks, so blocking clients can be
 * called directly. The script's paths and fault URLs are documented in the script itself.
 * The process is stopped in the destructor.
 */
class PythonIndexServer
{
public:
    /// One request as the server recorded it.
    struct LoggedRequest
    {
        QByteArray method;
        QString path; ///< with the query, as sent
        QString host; ///< the Host header
        bool authorization = false;
        QString range; ///< the Range header, empty when none
        int status = 0;
    };

    PythonIndexServer();
    virtual ~PythonIndexServer();
    PythonIndexServer(const PythonIndexServer &) = delete;
    PythonIndexServer &operator=(const PythonIndexServer &) = delete;

    /// Generates and starts; false (with errorString()) when the script could not start or
    /// did not print its port within \a timeoutMs. \a extraArguments go to `serve`.
    [[nodiscard]] bool start(const QStringList &extraArguments = {}, int timeoutMs = 30000);
    void stop();

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }
    /// http://127.0.0.1:PORT + \a path (e.g. "/pypi/simple/").
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/")) const;
    /// The simple-API root of \a index: "pypi" → /pypi/simple/, "cu128" → /whl/cu128/.
    [[nodiscard]] QUrl indexUrl(const QString &index) const;
    /// The folder the package set was generated into (manifest.json, files/).
    [[nodiscard]] QString root() const;
    /// Every request served so far, oldest first.
    [[nodiscard]] QList<LoggedRequest> requestLog() const;
    /// Forgets the requests recorded so far.
    void clearRequestLog();

    /// The interpreter that runs the script: AKARI_PYTHON3 when defined, else /usr/bin/python3.
    [[nodiscard]] static QString python();
    /// tests/tools/loopback_index.py in the source tree.
    [[nodiscard]] static QString script();

protected:
    /// A server run by another script with the same `serve --generate --root --log` interface
    /// (SyncIndexServer: tests/tools/sync_index.py); \a defaultArguments go before start()'s.
    PythonIndexServer(const QString &script, const QStringList &defaultArguments);

private:
    QString m_script;
    QStringList m_defaultArguments;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
    int m_port = 0;
};

} // namespace Akari::Test
