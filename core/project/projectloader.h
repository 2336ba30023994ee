// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "projectsnapshot.h"

class QObject;

namespace Akari
{

class Job;

/**
 * \brief Loads a project for the editor: the file, its summary and its PyTorch plan.
 *
 * \a path is a project folder or its pyproject.toml. An existing folder without a
 * pyproject.toml gives a new project (ProjectSnapshot::isNew) whose text comes from
 * NewProjectTemplate; a path that does not exist, a file not named pyproject.toml, an
 * unreadable file (Error::Code::Io / NotFound) or malformed TOML (Error::Code::Parse with
 * file, line and column) fail. Pure; safe on any thread.
 */
class ProjectLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectLoader)

public:
    ProjectLoader() = delete;

    [[nodiscard]] static Result<ProjectSnapshot> load(const QString &path);
    /// load() as a job; the result is a ProjectSnapshot.
    [[nodiscard]] static Job *loadJob(const QString &path, QObject *parent = nullptr);
};

} // namespace Akari
