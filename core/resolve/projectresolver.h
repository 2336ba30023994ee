// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "resolution.h"
#include "resolver.h"
#include "targetenvironment.h"

namespace Akari
{

class Job;
class JobContext;
class SimpleIndexClient;
class TomlDocument;

/**
 * \brief Resolves a project (its pyproject.toml) for one TargetEnvironment through the indexes
 *        its `[[tool.uv.index]]` and `[tool.uv.sources]` name, by uv's rules.
 *
 * Root requirements: `[project] dependencies`, plus `[project.optional-dependencies]` of the
 * chosen extras and `[dependency-groups]` of the chosen groups (PEP 735, `include-group`
 * followed). Chosen extras/groups also make sources with `extra`/`group` apply. Choosing two
 * members of one `[tool.uv] conflicts` set is an error, as in uv. The project's
 * requires-python must admit the target's Python.
 */
class ProjectResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectResolver)

public:
    struct Settings
    {
        TargetEnvironment target;
        QStringList extras;
        QStringList groups;
        Resolver::Options options;
    };

    /// The report of a finished resolution: what was asked and what came out.
    struct Outcome
    {
        Resolution resolution;
        TargetEnvironment target;
        QString projectPath;
        int indexRequests = 0; ///< pages and metadata fetched (cache hits included)
    };

    /**
     * \brief Resolves \a document for \a settings with \a client. Blocking: call it from a Job
     *        (\a context, when given, gets progress and is polled for cancellation).
     */
    [[nodiscard]] static Result<Outcome> resolve(const TomlDocument &document, const Settings &settings,
                                                 const std::shared_ptr<SimpleIndexClient> &client,
                                                 JobContext *context = nullptr);

    /// The same as a Job (result: Outcome) that reads \a pyprojectText itself.
    [[nodiscard]] static Job *resolveJob(QByteArray pyprojectText, QString filePath, Settings settings,
                                         std::shared_ptr<SimpleIndexClient> client, QObject *parent = nullptr);

    /// The outcome as `akari-cli resolve --json` prints it: `project`, `target`
    /// {`python`, `platform`, `arch`}, `satisfiable`, `packages` [{`name`, `version`, `index`,
    /// `url`, `hash` ("sha256:..."), `size`, `direct`}], `explanation` (null when satisfiable).
    [[nodiscard]] static QByteArray toJson(const Outcome &outcome);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::ProjectResolver::Outcome)
