// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

#include "core/project/pyprojectfile.h"
#include "core/project/pyprojectvalidator.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"

namespace Akari
{

/// A project's pyproject.toml as the show and configure commands read it.
struct LoadedProject
{
    PyProjectFile file;
    TomlDocument document;
    PlanReading reading;
};

/**
 * \brief Loading a project and printing plans, shared by `show` and `configure`.
 */
class CliProject final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::CliProject)

public:
    CliProject() = delete;

    /**
     * Adds the PROJECT argument to \a parser (after the command word \a command), parses
     * \a arguments and answers --help. Returns the project path to work on; nullopt when the
     * command is done already, with \a exitCode set (0 after --help, 2 for bad usage).
     */
    [[nodiscard]] static std::optional<QString> parseArguments(QCommandLineParser &parser,
                                                               const QCommandLineOption &helpOption,
                                                               const QString &command, const QStringList &arguments,
                                                               int *exitCode);

    /// Loads \a path (folder or file); on failure prints the error and sets \a exitCode
    /// (2 for a missing project or malformed TOML, 1 when reading fails).
    [[nodiscard]] static std::optional<LoadedProject> load(const QString &path, int *exitCode);

    /// The plan as a platform × package table, or the variants, with what is kept as written.
    [[nodiscard]] static QString formatPlan(const TorchPlan &plan, const PlanReading &reading);
    /// Validation issues, one per line, with their line numbers; empty when there are none.
    [[nodiscard]] static QString formatIssues(const QList<ValidationIssue> &issues, const QString &filePath);
    [[nodiscard]] static QJsonArray issuesJson(const QList<ValidationIssue> &issues);
    /// "CUDA 12.8 (cu128)", "PyPI (pypi)".
    [[nodiscard]] static QString backendName(const QString &id);
};

} // namespace Akari
