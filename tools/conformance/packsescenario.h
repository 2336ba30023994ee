// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace Akari::Conformance
{

/**
 * \brief One packse resolver scenario (astral-sh/packse `scenario.py`), with packse's defaults
 *        filled in: package versions require Python ">=3.12" and have a wheel (tag
 *        `py3-none-any`) and an sdist unless they say otherwise; the environment is Python 3.12.
 */
struct PackseScenario
{
    struct PackageVersion
    {
        QString version;
        QStringList requirements;
        QList<std::pair<QString, QStringList>> extras; ///< extra → its requirements
        QString requiresPython = QStringLiteral(">=3.12");
        bool sdist = true;
        bool wheel = true;
        bool yanked = false;
        QStringList wheelTags; ///< empty: the default `py3-none-any`
    };

    QString name;
    QString file; ///< the scenario's file, relative to the packse folder
    QStringList rootRequires;
    std::optional<QString> rootRequiresPython;                 ///< only when the scenario sets it
    QList<std::pair<QString, QList<PackageVersion>>> packages; ///< name as written → versions

    QString environmentPython = QStringLiteral("3.12");
    std::optional<QString> resolverPython;
    std::optional<bool> prereleases;
    QStringList noBuild;
    QStringList noBinary;
    bool universal = false;
    QString pythonPlatform;

    bool expectedSatisfiable = false;
    std::optional<QList<std::pair<QString, QString>>> expectedPackages;
    QString expectedExplanation;

    /// The Python the resolution is for: resolver_options.python, else the environment's.
    [[nodiscard]] QString targetPython() const { return resolverPython.value_or(environmentPython); }
    /// The versions of \a canonicalName, or nullptr when the scenario does not have it.
    [[nodiscard]] const QList<PackageVersion> *versionsOf(const QString &canonicalName) const;

    [[nodiscard]] static Result<PackseScenario> fromJson(const QJsonObject &object);
    /// Reads `all-scenarios.json` of a packse folder.
    [[nodiscard]] static Result<QList<PackseScenario>> readAll(const QString &directory);
};

} // namespace Akari::Conformance
