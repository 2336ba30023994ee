// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../error.h"
#include "unpackedwheel.h"

namespace Akari
{

/// What a wheel's `.dist-info/WHEEL` file says that unpacking and installing need.
struct WheelFileInfo
{
    int majorVersion = 1; ///< of Wheel-Version
    int minorVersion = 0;
    bool rootIsPurelib = true;
};

/**
 * \brief Readers for the small text files in a wheel's `.dist-info` folder besides METADATA
 *        (which CoreMetadata reads): `WHEEL` and `entry_points.txt`. Private to core/install.
 */
class WheelMetadataFiles final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelMetadataFiles)

public:
    /// `Key: value` lines of WHEEL; fails (Parse, naming \a fileName and the line) without a
    /// valid Wheel-Version.
    [[nodiscard]] static Result<WheelFileInfo> parseWheel(QByteArrayView text, const QString &fileName);

    /// console_scripts and gui_scripts of entry_points.txt, read as importlib.metadata reads
    /// it (stripped lines, `#`/`;` comments, `name = module:object [extras]`); other sections
    /// are ignored. Fails (Parse, with the line) on a malformed entry in those two sections.
    [[nodiscard]] static Result<QList<EntryPoint>> parseEntryPoints(QByteArrayView text, const QString &fileName);
};

} // namespace Akari
