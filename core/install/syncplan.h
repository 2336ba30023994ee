// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include "../resolve/resolution.h"
#include "installeddistribution.h"
#include "pythoninterpreter.h"

namespace Akari
{

/// What a sync will do to one package.
struct SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SyncAction)

public:
    enum class Kind : quint8
    {
        Install,   ///< not installed yet
        Upgrade,   ///< installed, older version
        Downgrade, ///< installed, newer version
        Reinstall, ///< same version, different build (e.g. +cpu → +cu128 or another wheel file)
        Remove,    ///< installed, not in the resolution (uv sync is exact)
        Keep,      ///< installed as resolved
    };

    Kind kind = Kind::Keep;
    PackageName name;
    std::optional<Version> installedVersion;
    std::optional<Version> targetVersion;
    std::optional<ResolvedPackage> package;         ///< what to install (not for Remove/Keep)
    std::optional<InstalledDistribution> installed; ///< what is there now

    /// "install", "upgrade", ... translated, for tables.
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] bool changes() const { return kind != Kind::Keep; }
};

/**
 * \brief The change a sync makes: the resolution compared with the environment's contents,
 *        computed before anything is downloaded so it can be shown first.
 */
struct SyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SyncPlan)

public:
    QString projectDirectory;
    QString environmentPath;        ///< <project>/.venv
    PythonInterpreter interpreter;  ///< the environment's base interpreter
    bool createEnvironment = false; ///< no environment yet, or it must be recreated
    QString recreateReason;         ///< translated, when an existing one is recreated
    Resolution resolution;
    QList<SyncAction> actions; ///< sorted by name; Keep rows included
    qint64 downloadBytes = 0;  ///< sizes the index gave, for files not in the cache

    /// The actions from \a resolution against \a installed (by normalised name; Keep when the
    /// version matches and, where both are known, the archive's sha256 does too).
    [[nodiscard]] static QList<SyncAction> compare(const Resolution &resolution,
                                                   const QList<InstalledDistribution> &installed);

    [[nodiscard]] int count(SyncAction::Kind kind) const;
    [[nodiscard]] bool isEmpty() const; ///< nothing to change
    /// "3 to install, 1 to upgrade, 2 to remove, 40 unchanged", translated, with plurals.
    [[nodiscard]] QString summary() const;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::SyncPlan)
