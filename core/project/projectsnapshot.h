// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

#include "pyprojectfile.h"
#include "pyprojectsummary.h"
#include "torchplanreader.h"

namespace Akari
{

/**
 * \brief A project's pyproject.toml as loaded for editing.
 *
 * For an existing file, text is the file's bytes; for a folder that has no pyproject.toml
 * yet (isNew), text is the `uv init`-style file NewProjectTemplate makes and file is
 * PyProjectFile::forNewFile(), so saving creates it. Value type; made on a worker thread.
 */
struct ProjectSnapshot
{
    PyProjectFile file;       ///< the bytes on disk when loaded (none for a new project)
    QByteArray text;          ///< what editing starts from: the file's bytes or the template
    PyProjectSummary summary; ///< name, version, requires-python, … of text
    PlanReading reading;      ///< TorchPlanReader on text
    bool isNew = false;       ///< no pyproject.toml yet: text is the template
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::ProjectSnapshot)
