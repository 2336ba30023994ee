// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include "indexfile.h"

namespace Akari
{

/**
 * \brief What a simple-API project page says about one project: its files and page metadata.
 *
 * A plain value type, safe to copy between threads. Made by HtmlIndexParser (PEP 503) or
 * JsonIndexParser (PEP 691); fields that a page leaves out stay empty.
 */
struct IndexPage
{
    /// PEP 792 project status.
    struct ProjectStatus
    {
        enum class State
        {
            Active,
            Archived,
            Quarantined,
            Deprecated,
        };
        State state = State::Active;
        QString reason; ///< empty when the page gives none

        /**
         * \brief The state that the status text \a text names, case-insensitively.
         *
         * Unknown statuses count as active, as PEP 792 asks of clients. Thread-safe.
         */
        [[nodiscard]] static State stateFromString(QStringView text);

        friend bool operator==(const ProjectStatus &, const ProjectStatus &) = default;
    };

    /// The project name as the page states it (JSON `name`; HTML `<title>`/`<h1>` "Links for
    /// NAME"); empty when the page does not say. Not normalised.
    QString projectName;
    /// The URL relative links were resolved against: the page's URL or its `<base href>`.
    QUrl baseUrl;
    QList<IndexFile> files;
    /// PEP 691 `meta.api-version`, or the HTML `pypi:repository-version` meta tag; empty if absent.
    QString apiVersion;
    /// PEP 700 `versions`, as listed; empty when the page has none.
    QStringList versions;
    /// Present only when the page declares a status (PEP 792).
    std::optional<ProjectStatus> projectStatus;

    /// The page's status, or active when it declares none.
    [[nodiscard]] ProjectStatus effectiveStatus() const { return projectStatus.value_or(ProjectStatus{}); }

    friend bool operator==(const IndexPage &, const IndexPage &) = default;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::IndexPage)
