// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include "../error.h"
#include "../pep/packagename.h"
#include "httpclient.h"
#include "indexcredentials.h"
#include "indexpage.h"
#include "packageindex.h"

namespace Akari
{

/**
 * \brief Reads project pages and core metadata from package indexes through one HttpClient.
 *
 * - Simple indexes: `GET <root>/<normalised-name>/` with
 *   `Accept: application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2,
 *   text/html;q=0.01`; the answer's Content-Type picks JsonIndexParser or HtmlIndexParser
 *   (an unknown type is tried as HTML, then as JSON; a page that parses as neither is an error
 *   naming the URL and the type). Pages go through the HTTP cache (UseCache, with the
 *   index's `cache-control.api` override).
 * - Flat indexes (`format = "flat"`): the one page (or a local directory: its files) is read
 *   once per client and the files whose wheel or sdist name is the package are returned.
 * - file: URLs of simple indexes are read from disk (`<dir>/<name>/index.html`).
 * - Credentials come from IndexCredentials for the index's origin only.
 *
 * Thread-safe: any number of worker threads may call it at once.
 */
class SimpleIndexClient final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SimpleIndexClient)

public:
    /// What one index says about one project.
    struct Lookup
    {
        enum class Outcome : quint8
        {
            Found,
            Missing, ///< a status the index's rules ignore (404, ...): try the next index
        };
        Outcome outcome = Outcome::Found;
        int status = 200; ///< the HTTP status (200 for Found, 0 for file: and flat)
        IndexPage page;   ///< Found: the page
        bool fromCache = false;
    };

    SimpleIndexClient(std::shared_ptr<HttpClient> http, IndexCredentials credentials);

    [[nodiscard]] const std::shared_ptr<HttpClient> &http() const { return m_http; }

    /**
     * \brief The project page for \a package on \a index.
     *
     * Missing when the status is one PackageIndex::ignoresStatus accepts; other HTTP errors
     * fail with Error::Code::Network naming the index URL and the status (401/403: "needs
     * credentials" / "refused access"); parse errors keep JsonIndexParser's/HtmlIndexParser's
     * place. Cancellable through \a isCancelled.
     */
    [[nodiscard]] Result<Lookup> projectPage(const PackageIndex &index, const PackageName &package,
                                             const HttpClient::CancelCheck &isCancelled = {}) const;

    /**
     * \brief The core metadata (METADATA bytes) of the wheel \a file listed by \a index.
     *
     * PEP 658/714 `<url>.metadata` when the page offers it (its sha256 verified when given);
     * otherwise RemoteWheelMetadata reads the wheel's `*.dist-info/METADATA` with range
     * requests; when the server ignores ranges, the whole wheel is fetched once (NoStore) and
     * read. Metadata files and range reads go through the cache keyed by the file URL.
     */
    [[nodiscard]] Result<QByteArray> wheelMetadata(const PackageIndex &index, const IndexFile &file,
                                                   const HttpClient::CancelCheck &isCancelled = {}) const;

    /// The Accept header sent for simple-API pages.
    [[nodiscard]] static QByteArray acceptHeader();

private:
    /// GETs a simple-API or flat page at \a url; \a what names the project (or page) in errors.
    [[nodiscard]] Result<Lookup> fetchPage(const PackageIndex &index, const QUrl &url, const QString &what,
                                           const HttpClient::CancelCheck &isCancelled) const;
    /// A wheel on disk (a local flat index): its .metadata file, or the METADATA inside it.
    [[nodiscard]] static Result<QByteArray> localWheelMetadata(const IndexFile &file);

    std::shared_ptr<HttpClient> m_http;
    IndexCredentials m_credentials;
    struct FlatPages; // per-client memo of flat index listings
    std::shared_ptr<FlatPages> m_flatPages;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::SimpleIndexClient::Lookup)
