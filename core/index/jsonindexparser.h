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
 * \brief Reads PEP 691 simple-API pages written in JSON (`application/vnd.pypi.simple.v1+json`).
 *
 * Strict about the document's shape and lenient about what it does not know: unknown keys
 * are ignored, optional keys may be missing or `null`, but a key that is present with the
 * wrong type is an error. Relative file URLs are resolved against \a pageUrl.
 *
 * Errors are Error::Code::Parse with \a pageUrl as the file and a message naming the place,
 * e.g. `files[3].size`; JSON syntax errors also carry the line and column.
 *
 * Pure functions: thread-safe and reentrant.
 */
class JsonIndexParser final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::JsonIndexParser)

public:
    JsonIndexParser() = delete;

    /**
     * \brief Parses a project page: `name`, `meta.api-version`, `files`, `versions`, `project-status`.
     *
     * Each file needs a string `filename` (a plain name, no path) and `url`; `hashes`,
     * `requires-python`, `yanked`, `core-metadata` (or the older `dist-info-metadata` and
     * `data-dist-info-metadata`), `size` and `upload-time` are optional. Fails when `files`
     * is missing, when a type is wrong, or when the API major version is above 1 (PEP 629).
     */
    [[nodiscard]] static Result<IndexPage> parse(QByteArrayView json, const QUrl &pageUrl);

    /**
     * \brief Parses a root index page: the PEP 503 normalised `projects[].name`s, sorted, without
     * duplicates. Names that are not valid project names are skipped; wrong types fail.
     */
    [[nodiscard]] static Result<QStringList> parseProjectList(QByteArrayView json, const QUrl &pageUrl);
};

} // namespace Akari
