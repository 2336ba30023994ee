// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include "../error.h"
#include "../pep/packagename.h"
#include "../pep/version.h"

namespace Akari
{

struct EnvironmentLayout;

/// A distribution installed in an environment, as its `.dist-info` folder records it.
struct InstalledDistribution
{
    Q_DECLARE_TR_FUNCTIONS(Akari::InstalledDistribution)

public:
    PackageName name;
    Version version;
    QString distInfoPath;   ///< absolute path of the `.dist-info` folder
    QString installer;      ///< INSTALLER's first line ("akari", "pip", "uv"), empty when absent
    bool requested = false; ///< REQUESTED exists
    QString archiveSha256;  ///< the wheel's digest when Akari installed it (`akari-wheel` file), else empty

    /// Every `.dist-info` in \a layout's purelib and platlib, sorted by name. Unreadable
    /// METADATA is an error naming the folder.
    [[nodiscard]] static Result<QList<InstalledDistribution>> scan(const EnvironmentLayout &layout);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::InstalledDistribution)
