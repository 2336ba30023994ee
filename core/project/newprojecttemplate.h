// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Akari
{

/**
 * \brief The pyproject.toml of a new project, shaped like the one `uv init` writes.
 *
 * \code
 * [project]
 * name = "<projectName(folder)>"
 * version = "0.1.0"
 * description = "Add your description here"
 * readme = "README.md"            (only when the folder has a README.md)
 * requires-python = ">=3.<Y>"     (Y: the oldest Python the newest PyTorch release in
 *                                  TorchPythonSupport has wheels for)
 * dependencies = []
 * \endcode
 * LF line endings, a final newline. The description is uv's literal English placeholder.
 */
class NewProjectTemplate final
{
public:
    NewProjectTemplate() = delete;

    /// A valid, PEP 503-normalised project name from a folder name ("My_Project.v2" →
    /// "my-project-v2"): lower case, runs of anything but letters and digits become one "-",
    /// no leading/trailing "-"; "project" when nothing is left.
    [[nodiscard]] static QString projectName(const QString &folderName);
    /// The file for a project in \a folderPath (an existing folder; its name gives the project's).
    [[nodiscard]] static QByteArray text(const QString &folderPath);
};

} // namespace Akari
