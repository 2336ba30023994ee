// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Akari
{

class TomlDocument;

/// One problem uv would have (Error) or that will bite later (Warning), with where.
struct ValidationIssue
{
    enum class Severity : quint8
    {
        Warning,
        Error,
    };

    Severity severity = Severity::Error;
    QString message; ///< translated, plain words, says what and how to fix it
    int line = 0;    ///< 1-based, 0 when unknown
    int column = 0;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

/**
 * \brief uv's rules for a project's index configuration, checked before uv sees the file.
 *
 * - a source naming an index that no `[[tool.uv.index]]` defines (Error);
 * - neighbouring entries of one package's source list, with the same extra and group,
 *   whose markers overlap or where one has no marker (Error, uv's "Source markers must be
 *   disjoint");
 * - extras or groups that pin one package to different indexes without a `[tool.uv]
 *   conflicts` set holding them (Error: uv lock fails);
 * - a `requires-python` that admits a released Python for which no torch version the
 *   project allows has wheels (Warning; from PyTorch's release compatibility matrix, see
 *   TorchPythonSupport), or whose oldest Python is newer than any PyTorch release known;
 * - a torch source whose backend has no wheels on a platform it is not limited away from
 *   (by its marker, the marker of the torch requirement it serves, or `[tool.uv]
 *   environments`), as the guide's note says of cu128 on macOS: CUDA and XPU on macOS,
 *   ROCm on macOS and Windows (Warning).
 * Markers are compared by evaluating them on Linux, Windows and macOS, five machines and
 * Python 3.9 to 3.15 (and each extra of the project where a marker reads `extra`).
 * Issues come sorted by line and column. Pure; safe on any thread; never throws on odd
 * structure (it is skipped).
 */
class PyProjectValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PyProjectValidator)

public:
    PyProjectValidator() = delete;

    [[nodiscard]] static QList<ValidationIssue> validate(const TomlDocument &document);
};

} // namespace Akari
