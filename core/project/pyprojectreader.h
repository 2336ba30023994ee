// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "pyprojectsummary.h"

class QObject;

namespace Akari
{

class Job;

/**
 * \brief Finds a project's pyproject.toml and reads the summary of it (toml++).
 *
 * Pure functions, safe on any thread; loadJob() runs read() on a worker thread. A
 * malformed file gives Error::Code::Parse with the file, line and column toml++ reports.
 */
class PyProjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PyProjectReader)

public:
    PyProjectReader() = delete;

    /// \a path is a project folder or a pyproject.toml; returns the pyproject.toml's absolute path.
    [[nodiscard]] static Result<QString> locate(const QString &path);
    /// Reads and parses the file at \a filePath.
    [[nodiscard]] static Result<PyProjectSummary> read(const QString &filePath);
    /// Parses \a text; \a filePath is used for messages and the summary's paths only.
    [[nodiscard]] static Result<PyProjectSummary> parse(const QByteArray &text, const QString &filePath);
    /// A job whose result is a PyProjectSummary for the project at \a path (folder or file).
    [[nodiscard]] static Job *loadJob(const QString &path, QObject *parent = nullptr);
};

} // namespace Akari
