// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "torchplan.h"

namespace Akari
{

/// One `{ index = …, marker = …, extra = … }` entry of a package's `[tool.uv.sources]` list.
struct SourceEntry
{
    QString index;
    QString marker; ///< empty: none
    QString extra;  ///< empty: none
    QString group;  ///< empty: none

    friend bool operator==(const SourceEntry &, const SourceEntry &) = default;
};

/// Platforms that share one backend in a row of the plan.
struct BackendPlatforms
{
    QString backend;
    QList<TargetPlatform::Os> platforms;
};

/**
 * \brief The TOML text the writer puts into a pyproject.toml, in the style of uv's guide and
 *        indented the way the file indents its lists.
 *
 * Values use "\n" and indent their lines from column 0; TomlEditor adds the indentation
 * of the line they start on and converts line endings. The indentation of list items is the
 * file's own (the first indented string item, the first indented inline table), else uv's:
 * 4 spaces for requirement lists, 2 for sources and conflicts.
 */
class PlanTomlText final
{
public:
    /// Learns the indentation from \a documentText.
    explicit PlanTomlText(const QByteArray &documentText);

    /// The guide's platform markers: {Linux} → `sys_platform == 'linux'`, {Windows, macOS} →
    /// `sys_platform != 'linux'`, {Linux, Windows} → `sys_platform == 'linux' or
    /// sys_platform == 'win32'`, ...; empty for all three platforms.
    [[nodiscard]] static QString platformMarker(const QList<TargetPlatform::Os> &platforms);
    /// The non-PyPI backends of a row, each with the platforms that use it, in platform order.
    [[nodiscard]] static QList<BackendPlatforms> groupByBackend(const PlatformBackends &row);

    /// `[\n  { index = "pytorch-cpu", marker = "…" },\n]`
    [[nodiscard]] QString sourceList(const QList<SourceEntry> &entries) const;
    /// `{ index = "pytorch-cpu", extra = "cpu" }`
    [[nodiscard]] static QString sourceEntry(const SourceEntry &entry);
    /// The lines of a `[[tool.uv.index]]` table: name, url, explicit = true.
    [[nodiscard]] static QString indexBody(const QString &name, const QString &url);
    /// The same as an inline table, for a file that writes `index = [ … ]`.
    [[nodiscard]] static QString inlineIndex(const QString &name, const QString &url);
    /// `[\n  { extra = "cpu" },\n  { extra = "cu128" },\n]` for the variants.
    [[nodiscard]] QString conflictSet(const QList<TorchVariant> &variants) const;
    /// `conflicts`'s whole value: `[\n  [\n    …\n  ],\n]`.
    [[nodiscard]] QString conflicts(const QList<TorchVariant> &variants) const;
    /// `[\n    "torch>=2.7.0",\n]` (uv's layout for dependency lists).
    [[nodiscard]] QString stringArray(const QStringList &items) const;

private:
    QString m_listIndent = QStringLiteral("    ");
    QString m_tableIndent = QStringLiteral("  ");
};

} // namespace Akari
