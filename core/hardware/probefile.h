// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "../error.h"

namespace Akari
{

/**
 * \brief Reads the probes' files as uv does: only a file that does not exist is "missing".
 *
 * uv moves on when a file is NotFound and stops with an error for anything else, such as a
 * parent folder that denies access. QFileInfo::exists() cannot tell the two apart (it is false
 * in both cases), so this asks the operating system why a path cannot be reached. Stateless;
 * safe on any thread.
 */
class ProbeFile final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProbeFile)

public:
    /// The whole file, read to the end (/proc and /sys report made-up sizes); nullopt when it
    /// does not exist. Any other failure is an error (Error::Code::Io) naming the file.
    [[nodiscard]] static Result<std::optional<QByteArray>> read(const QString &path);

    /// True only when \a path does not exist; false when it exists or cannot be reached for
    /// another reason (a parent folder without access, a file where a folder should be).
    [[nodiscard]] static bool isAbsent(const QString &path);
};

} // namespace Akari
