// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>

#include "pyprojectvalidator.h"

namespace Akari
{

class TomlDocument;

/**
 * \brief Whether a project's requires-python admits Pythons PyTorch has no wheels for.
 *
 * The Warning PyProjectValidator gives for `requires-python` (it calls this): a Python
 * that requires-python admits for which no torch version the project allows has wheels
 * (TorchPythonSupport), or an oldest admitted Python newer than any known release. The
 * issue points at the requires-python value. nullopt when there is nothing to say, no
 * requires-python, or it does not parse. Pure; safe on any thread.
 */
class RequiresPythonCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::RequiresPythonCheck)

public:
    RequiresPythonCheck() = delete;

    /// One warning naming every Python concerned.
    [[nodiscard]] static std::optional<ValidationIssue> check(const TomlDocument &document);
    /// The same as one warning per run of consecutive Python versions ("3.8" and "3.14, 3.15"),
    /// as PyProjectValidator lists them.
    [[nodiscard]] static QList<ValidationIssue> issues(const TomlDocument &document);
};

} // namespace Akari
