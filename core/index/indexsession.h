// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QProcessEnvironment>

#include "simpleindexclient.h"

namespace Akari
{

/**
 * \brief The process's shared SimpleIndexClient: one HttpClient (one QNetworkAccessManager)
 *        with the on-disk cache in HttpCache::defaultDirectory() and credentials from the system.
 *
 * Offline when `UV_OFFLINE` is `1`/`true` or setOffline(true) was called before the first
 * use. `AKARI_HTTP_TIMEOUT` / `UV_HTTP_TIMEOUT` (seconds) and `UV_HTTP_RETRIES` are honoured.
 * Thread-safe.
 */
class IndexSession final
{
public:
    IndexSession() = delete;

    [[nodiscard]] static std::shared_ptr<SimpleIndexClient> shared();
    /// Takes effect for clients made afterwards (the next shared() after reset()).
    static void setOffline(bool offline);
    /// Drops the shared client (tests; after changing settings).
    static void reset();
    /// The HttpClient options the environment asks for.
    [[nodiscard]] static HttpClient::Options optionsFrom(const QProcessEnvironment &environment);
};

} // namespace Akari
