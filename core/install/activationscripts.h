// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "environmentlayout.h"

namespace Akari
{

/**
 * \brief The activation scripts of a virtual environment, written by Akari itself: bash/zsh
 *        (`activate`), fish (`activate.fish`), csh (`activate.csh`) and PowerShell
 *        (`Activate.ps1`).
 *
 * Each sets VIRTUAL_ENV to layout.finalRoot (where the environment will live, not where it is
 * staged), puts its scripts folder first on PATH, clears PYTHONHOME, prefixes the prompt
 * (unless VIRTUAL_ENV_DISABLE_PROMPT is set) and defines `deactivate`, which undoes all of it.
 */
class ActivationScripts final
{
public:
    struct Script
    {
        QString fileName; ///< e.g. "activate.fish", placed in layout.scripts
        QByteArray contents;
    };

    /// The scripts for \a layout with \a prompt (shown as "(prompt) ").
    [[nodiscard]] static QList<Script> forLayout(const EnvironmentLayout &layout, const QString &prompt);

    /// \a text quoted for a POSIX shell: 'it'\''s'.
    [[nodiscard]] static QString shellQuoted(const QString &text);
    /// \a text quoted for fish: 'it\'s'.
    [[nodiscard]] static QString fishQuoted(const QString &text);
    /// \a text quoted for PowerShell: 'it''s'.
    [[nodiscard]] static QString powerShellQuoted(const QString &text);
};

} // namespace Akari
