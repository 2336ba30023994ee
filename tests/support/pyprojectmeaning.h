// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

namespace Akari::Test
{

/**
 * \brief What a pyproject.toml's PyTorch setup means to uv, worked out independently of
 *        core/project (toml++ and core/pep only) so that tests can compare files by meaning.
 *
 * - indexes: every `[[tool.uv.index]]` as "url|explicit" (URL lower-cased, no trailing slash);
 * - routes: "package|platform|selector" → index URL, for sys_platform linux/win32/darwin and
 *   the selectors "" (no extra), "extra:NAME" for every extra and "group:NAME" for every group,
 *   taking the first source entry that applies (its extra/group matches or is absent, its
 *   marker holds); packages without an applicable entry are left out;
 * - requirements: "dependencies", "extra:NAME" and "group:NAME" → requirements, each as its
 *   canonical name, specifier and whether it applies on linux/win32/darwin;
 * - conflicts: each set as its sorted "extra:a,extra:b".
 */
struct PyProjectMeaning
{
    QSet<QString> indexes;
    QMap<QString, QString> routes;
    QMap<QString, QSet<QString>> requirements;
    QSet<QString> conflicts;
    QString error; ///< set when the text does not parse

    friend bool operator==(const PyProjectMeaning &, const PyProjectMeaning &) = default;
    /// What differs, for test failure messages.
    [[nodiscard]] QString differences(const PyProjectMeaning &other) const;
};

[[nodiscard]] PyProjectMeaning meaningOf(const QByteArray &toml);

} // namespace Akari::Test
