// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include "syncplan.h"

namespace Akari
{

/// One package's row during a sync.
struct SyncPackageProgress
{
    enum class Stage : quint8
    {
        Waiting,
        Downloading,
        Unpacking,
        Installing,
        Removing,
        Done,
        Failed,
    };

    QString name; ///< normalised package name
    QString version;
    SyncAction::Kind kind = SyncAction::Kind::Install;
    Stage stage = Stage::Waiting;
    bool fromCache = false; ///< no download needed
    qint64 bytesDone = 0;   ///< downloading: bytes received; unpacking: bytes written
    qint64 bytesTotal = -1;
    double bytesPerSecond = 0;

    friend bool operator==(const SyncPackageProgress &, const SyncPackageProgress &) = default;
};

/**
 * \brief A sync's structured progress, carried in JobProgress::detail (the whole snapshot
 *        every time). Overall bytes are download bytes; ETA is -1 while unknown.
 */
struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SyncProgress)

public:
    enum class Phase : quint8
    {
        Discovering, ///< finding the interpreter
        Resolving,
        Planning,
        Downloading, ///< downloads and unpacking into the cache overlap
        Installing,  ///< in the staged environment
        Committing,
        Verifying,
    };

    Phase phase = Phase::Resolving;
    QList<SyncPackageProgress> packages; ///< the changing packages, in plan order
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;

    /// "Downloading", ... translated.
    [[nodiscard]] static QString phaseName(Phase phase);
    [[nodiscard]] static QString stageName(SyncPackageProgress::Stage stage);

    friend bool operator==(const SyncProgress &, const SyncProgress &) = default;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::SyncProgress)
