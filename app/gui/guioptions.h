// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/i18n/language.h"
#include "mainwindow.h"

namespace Akari
{

/// What `akari` was asked to do on its command line.
struct GuiOptions
{
    QString project;                        ///< a folder or pyproject.toml; empty: see MainWindow
    QString screenshot;                     ///< --screenshot FILE
    std::optional<MainWindow::PageId> page; ///< --page
    std::optional<Language> language;       ///< --lang, for this run only
};

/**
 * \brief Parses akari's command line before any window system is touched, so that --help,
 * --version and bad usage work on a machine without a display. Messages are translated by
 * whatever catalogs are installed when parse() runs.
 */
class GuiCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::GuiCommandLine)

public:
    GuiCommandLine() = delete;

    /// Fills \a options from \a arguments (argv, program first). Returns an exit code when the
    /// process should stop now (0 after --help/--version, 2 on bad usage, having printed why).
    [[nodiscard]] static std::optional<int> parse(const QStringList &arguments, GuiOptions &options);
};

} // namespace Akari
