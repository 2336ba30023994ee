// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include "../error.h"
#include "indexpage.h"

namespace Akari
{

/**
 * \brief Reads PEP 503 simple-API pages written in HTML (project pages and the root index).
 *
 * A small, forgiving tokenizer rather than a full HTML5 parser: it finds every `<a>` anywhere
 * in the document (not inside comments, `<script>` or `<style>`), reads attributes written in
 * any case, quoted with `"` or `'` or not at all, and decodes numeric character references and
 * the named ones that appear on real indexes (`&gt;`, `&lt;`, `&amp;`, `&quot;`, `&#43;`...).
 * Input bytes are taken as UTF-8; invalid sequences become U+FFFD. Any input, however broken
 * or hostile, gives a result or an Error; it never crashes and runs in linear time.
 *
 * Pure functions: thread-safe and reentrant.
 *
 * \code
 * const Result<IndexPage> page = HtmlIndexParser::parse(reply->readAll(), reply->url());
 * if (!page)
 *     return fail(page.error());
 * \endcode
 */
class HtmlIndexParser final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::HtmlIndexParser)

public:
    HtmlIndexParser() = delete;

    /**
     * \brief Parses a project page (`/simple/<project>/`) fetched from \a pageUrl.
     *
     * Each anchor with a non-empty `href` whose URL names a file becomes an IndexFile; links
     * are resolved against the first `<base href>` or else \a pageUrl, which should be absolute.
     * Unknown `data-*` attributes are ignored.
     *
     * Fails with Error::Code::Parse (file = \a pageUrl, with line and column) when a link's
     * fragment names a hash algorithm that Python's hashlib does not guarantee (a page that
     * cannot be verified must not be trusted), when a link is not a valid URL, or when the page
     * declares a repository API major version above 1 (PEP 629).
     */
    [[nodiscard]] static Result<IndexPage> parse(QByteArrayView html, const QUrl &pageUrl);

    /**
     * \brief Parses a root index page (`/simple/`): the PEP 503 normalised names of the projects.
     *
     * Names come from the anchors' text; anchors without an `href` or text, or whose text is
     * not a valid project name, are skipped. The list is sorted and free of duplicates. Fails
     * only for an unsupported API version, as parse() does.
     */
    [[nodiscard]] static Result<QStringList> parseProjectList(QByteArrayView html, const QUrl &pageUrl);
};

} // namespace Akari
