// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include "../error.h"
#include "pyprojectfile.h"
#include "torchplan.h"

class QObject;

namespace Akari
{

class Job;

/// What saving a plan did: the file as it is now on disk, and where the old version went.
struct SavedProject
{
    PyProjectFile file; ///< holds the bytes written
    QString backupPath; ///< empty when there was no previous file
    TorchPlan plan;     ///< the plan that was written
};

/**
 * \brief Writes a plan into a project's pyproject.toml: TorchPlanWriter on \a base, then
 *        PyProjectFile::save (backup first, atomic, refused when the file changed on disk).
 *
 * \a base is the text the plan applies to (the text loaded for editing, or a new project's
 * template); \a file is the file as read, whose bytes the disk must still hold. Nothing is
 * written when the writer or the check fails. Pure apart from the file system; any thread.
 */
class ProjectSaver final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectSaver)

public:
    ProjectSaver() = delete;

    [[nodiscard]] static Result<SavedProject> save(PyProjectFile file, const QByteArray &base, const TorchPlan &plan);
    /// save() as a job; the result is a SavedProject.
    [[nodiscard]] static Job *saveJob(const PyProjectFile &file, const QByteArray &base, const TorchPlan &plan,
                                      QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::SavedProject)
