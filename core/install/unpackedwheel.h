// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "../pep/packagename.h"
#include "../pep/version.h"
#include "recordfile.h"

namespace Akari
{

/// A console or GUI script from `entry_points.txt`: `name = module:object` (extras ignored).
struct EntryPoint
{
    QString name;
    QString module;
    QString object; ///< may be dotted; empty when the value names only a module
    bool gui = false;

    friend bool operator==(const EntryPoint &, const EntryPoint &) = default;
};

/**
 * \brief A wheel unpacked (once) into the wheel cache: a tree that is the wheel's members as
 *        they were in the archive, verified against its RECORD, never modified afterwards.
 */
struct UnpackedWheel
{
    QString root;     ///< the unpacked tree (read-only by convention: installs link from it)
    QString filename; ///< the wheel's file name
    QString sha256;   ///< the archive's digest (hex); the cache key
    PackageName name; ///< from the .dist-info folder's METADATA
    Version version;
    QString distInfo;              ///< the `<name>-<version>.dist-info` folder name as in the wheel
    QString dataDir;               ///< the `<name>-<version>.data` folder name; empty when absent
    bool rootIsPurelib = true;     ///< WHEEL's Root-Is-Purelib
    QList<RecordEntry> record;     ///< the wheel's RECORD as shipped (verified)
    QList<EntryPoint> entryPoints; ///< console_scripts and gui_scripts
    qint64 unpackedBytes = 0;
    int fileCount = 0;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::UnpackedWheel)
