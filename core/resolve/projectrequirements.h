// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "../pep/requirement.h"

namespace Akari
{

class TomlDocument;

/**
 * \brief What a project asks for when some of its extras and dependency groups are chosen:
 *        the root requirements of a resolution.
 *
 * `[project] dependencies`, plus `[project.optional-dependencies]` of each chosen extra, plus
 * `[dependency-groups]` of each chosen group (PEP 735, `{include-group = "..."}` followed;
 * uv's legacy `[tool.uv] dev-dependencies` join the `dev` group). A requirement on the project
 * itself with extras (`me[cuda]`) pulls in those extras, as uv does. Choosing an extra or
 * group that does not exist, or two members of one `[tool.uv] conflicts` set, is an error
 * (Error::Code::InvalidArgument, translated, naming the file). Requirements that do not parse
 * fail with Error::Code::Parse at their line. Pure; safe on any thread.
 */
class ProjectRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectRequirements)

public:
    /// Reads \a document with the extras \a extras and groups \a groups chosen (any spelling).
    [[nodiscard]] static Result<ProjectRequirements> read(const TomlDocument &document, const QStringList &extras = {},
                                                          const QStringList &groups = {});

    /// The root requirements in file order (base, then extras, then groups), duplicates removed.
    [[nodiscard]] const QList<Requirement> &requirements() const { return m_requirements; }
    /// `[project] requires-python`; empty when absent.
    [[nodiscard]] const QString &requiresPython() const { return m_requiresPython; }
    /// `[project] name` as written; empty when absent.
    [[nodiscard]] const QString &projectName() const { return m_projectName; }
    /// The chosen extras and groups, normalised, sorted (self-referenced extras included).
    [[nodiscard]] const QStringList &extras() const { return m_extras; }
    [[nodiscard]] const QStringList &groups() const { return m_groups; }
    /// Every extra and group the project defines, normalised, in file order.
    [[nodiscard]] const QStringList &definedExtras() const { return m_definedExtras; }
    [[nodiscard]] const QStringList &definedGroups() const { return m_definedGroups; }

private:
    QList<Requirement> m_requirements;
    QString m_requiresPython;
    QString m_projectName;
    QStringList m_extras;
    QStringList m_groups;
    QStringList m_definedExtras;
    QStringList m_definedGroups;
};

} // namespace Akari
