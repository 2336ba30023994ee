// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "virtualenvironmentinfo.h"

class QObject;

namespace Akari
{

class Job;

/**
 * \brief Reads a virtual environment without running it (file reads only, any thread).
 */
class VirtualEnvironment final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::VirtualEnvironment)

public:
    VirtualEnvironment() = delete;

    /// Inspects \a environmentPath; a missing folder is a valid answer (exists = false).
    [[nodiscard]] static Result<VirtualEnvironmentInfo> inspect(const QString &environmentPath);
    /// A job whose result is the VirtualEnvironmentInfo of <projectDirectory>/.venv.
    [[nodiscard]] static Job *inspectJob(const QString &projectDirectory, QObject *parent = nullptr);
};

} // namespace Akari
