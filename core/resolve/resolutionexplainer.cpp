// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolutionexplainer.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

ResolutionExplainer::ResolutionExplainer(const SolverPackages &packages,
                                         const std::vector<Incompatibility> &incompatibilities, Version python)
    : m_packages(packages)
    , m_incompatibilities(incompatibilities)
    , m_python(std::move(python))
{}

bool ResolutionExplainer::isExternal(int id) const
{
    return m_incompatibilities[size_t(id)].kind != Incompatibility::Kind::Derived;
}

void ResolutionExplainer::countReferences(int id)
{
    if (m_references[id]++ > 0)
        return; // its causes were counted the first time
    const Incompatibility &incompatibility = m_incompatibilities[size_t(id)];
    if (incompatibility.kind != Incompatibility::Kind::Derived) {
        for (const Term &term : incompatibility.terms) {
            if (term.package != SolverPackages::Project)
                m_involved.insert(m_packages.package(term.package).base);
        }
        return;
    }
    countReferences(incompatibility.cause1);
    countReferences(incompatibility.cause2);
}

QString ResolutionExplainer::explain(int failure)
{
    m_references.clear();
    m_lineReferences.clear();
    m_lines.clear();
    m_lineCount = 0;
    m_involved.clear();
    countReferences(failure);
    if (isExternal(failure))
        m_lines.append(tr("Because %1, %2.").arg(externalText(failure), conclusionText(failure)));
    else
        buildRecursive(failure);
    return m_lines.join(u'\n');
}

QStringList ResolutionExplainer::packagesInvolved() const
{
    QStringList names;
    for (const int id : m_involved)
        names.append(m_packages.package(id).name.canonical());
    names.removeDuplicates();
    std::ranges::sort(names);
    return names;
}

int ResolutionExplainer::lineReference(int id) const
{
    return m_lineReferences.value(id, 0);
}

void ResolutionExplainer::addLineReference()
{
    ++m_lineCount;
    if (!m_lines.isEmpty())
        m_lines.last() = u"%1 (%2)"_s.arg(m_lines.last()).arg(m_lineCount);
}

void ResolutionExplainer::buildRecursive(int id)
{
    buildHelper(id);
    if (m_references.value(id) > 1 && !m_lineReferences.contains(id)) {
        addLineReference();
        m_lineReferences.insert(id, m_lineCount);
    }
}

void ResolutionExplainer::buildHelper(int id)
{
    const Incompatibility &current = m_incompatibilities[size_t(id)];
    const int first = current.cause1;
    const int second = current.cause2;
    const bool firstExternal = isExternal(first);
    const bool secondExternal = isExternal(second);
    if (firstExternal && secondExternal) {
        m_lines.append(tr("Because %1 and %2, %3.").arg(externalText(first), externalText(second), conclusionText(id)));
        return;
    }
    if (!firstExternal && secondExternal) {
        reportOneEach(first, second, id);
        return;
    }
    if (firstExternal && !secondExternal) {
        reportOneEach(second, first, id);
        return;
    }
    const int firstLine = lineReference(first);
    const int secondLine = lineReference(second);
    if (firstLine && secondLine) {
        m_lines.append(tr("Because %1 (%2) and %3 (%4), %5.")
                           .arg(conclusionText(first))
                           .arg(firstLine)
                           .arg(conclusionText(second))
                           .arg(secondLine)
                           .arg(conclusionText(id)));
    } else if (firstLine || secondLine) {
        const int referenced = firstLine ? first : second;
        buildRecursive(firstLine ? second : first);
        m_lines.append(tr("And because %1 (%2), %3.")
                           .arg(conclusionText(referenced))
                           .arg(lineReference(referenced))
                           .arg(conclusionText(id)));
    } else {
        buildRecursive(first);
        if (lineReference(first)) {
            buildRecursive(second);
            m_lines.append(tr("And because %1 (%2), %3.")
                               .arg(conclusionText(first))
                               .arg(lineReference(first))
                               .arg(conclusionText(id)));
        } else {
            addLineReference();
            const int line = m_lineCount;
            buildRecursive(second);
            m_lines.append(tr("And because %1 (%2), %3.").arg(conclusionText(first)).arg(line).arg(conclusionText(id)));
        }
    }
}

void ResolutionExplainer::reportOneEach(int derived, int external, int current)
{
    if (const int line = lineReference(derived)) {
        m_lines.append(tr("Because %1 (%2) and %3, %4.")
                           .arg(conclusionText(derived))
                           .arg(line)
                           .arg(externalText(external), conclusionText(current)));
        return;
    }
    const Incompatibility &inner = m_incompatibilities[size_t(derived)];
    const bool firstExternal = isExternal(inner.cause1);
    const bool secondExternal = isExternal(inner.cause2);
    if (firstExternal != secondExternal) {
        // Chain the derived cause's own external fact with this one.
        const int priorDerived = firstExternal ? inner.cause2 : inner.cause1;
        const int priorExternal = firstExternal ? inner.cause1 : inner.cause2;
        buildRecursive(priorDerived);
        m_lines.append(tr("And because %1 and %2, %3.")
                           .arg(externalText(priorExternal), externalText(external), conclusionText(current)));
        return;
    }
    buildRecursive(derived);
    m_lines.append(tr("And because %1, %2.").arg(externalText(external), conclusionText(current)));
}

QString ResolutionExplainer::setText(int package, const VersionSet &set, const QString &label) const
{
    if (!label.isEmpty())
        return label;
    const int size = set.size();
    if (set.isFull() || size == 0)
        return {};
    const VersionSet missing = set.complemented();
    if (missing.count() == 1 && missing.first() > 0 && missing.first() < size - 1)
        return u"!=%1"_s.arg(m_packages.version(package, missing.first()).toString());
    QStringList runs;
    int index = set.first();
    while (index >= 0 && index < size) {
        int end = index;
        while (end + 1 < size && set.contains(end + 1))
            ++end;
        const QString low = m_packages.version(package, index).toString();
        const QString high = m_packages.version(package, end).toString();
        if (index == end)
            runs.append(u"==%1"_s.arg(low));
        else if (index == 0)
            runs.append(u"<=%1"_s.arg(high));
        else if (end == size - 1)
            runs.append(u">=%1"_s.arg(low));
        else
            runs.append(u">=%1,<=%2"_s.arg(low, high));
        index = end + 1;
        while (index < size && !set.contains(index))
            ++index;
    }
    return runs.join(u" | "_s);
}

QString ResolutionExplainer::termText(const Term &term) const
{
    if (term.package == SolverPackages::Project)
        return tr("the project");
    // A single version is named even when it is the package's only one: "a==1.0.0 was yanked".
    if (term.positive && term.label.isEmpty() && term.set.count() == 1)
        return u"%1==%2"_s.arg(m_packages.displayName(term.package),
                               m_packages.version(term.package, term.set.first()).toString());
    return m_packages.displayName(term.package) + setText(term.package, term.set, term.label);
}

QString ResolutionExplainer::dependsText(const Term &depender, const Term &dependency, bool withAvailability) const
{
    // Whole sentence shapes, so translators never get "every version of a" as a fragment.
    const bool every = depender.set.isFull() && depender.set.size() > 1;
    const QString who = every ? m_packages.displayName(depender.package) : termText(depender);
    const QString needed = termText(dependency);
    if (withAvailability && !m_packages.package(dependency.package).exists) {
        return every ? tr("every version of %1 depends on %2, which does not exist").arg(who, needed)
                     : tr("%1 depends on %2, which does not exist").arg(who, needed);
    }
    if (withAvailability && dependency.set.isEmpty()) {
        return every ? tr("every version of %1 depends on %2, for which there is no version").arg(who, needed)
                     : tr("%1 depends on %2, for which there is no version").arg(who, needed);
    }
    return every ? tr("every version of %1 depends on %2").arg(who, needed) : tr("%1 depends on %2").arg(who, needed);
}

QString ResolutionExplainer::unavailableText(const Incompatibility &incompatibility) const
{
    const Term &term = incompatibility.terms.first();
    const QString what = termText(term);
    const bool single = term.set.count() == 1;
    const QString &detail = incompatibility.detail;
    switch (incompatibility.reason) {
    case Incompatibility::Reason::IncompatiblePython:
        return tr("%1 requires Python %2 (the target has %3)").arg(what, detail, m_python.toString());
    case Incompatibility::Reason::NoCompatibleWheel:
        return detail.isEmpty() ? tr("%1 has no wheel for the target environment").arg(what)
                                : tr("%1 has no wheel for the target environment (%2)").arg(what, detail);
    case Incompatibility::Reason::SourceOnly:
        return tr("%1 has only a source distribution, which Akari does not build").arg(what);
    case Incompatibility::Reason::Excluded:
        return detail.isEmpty() ? tr("%1 is excluded by an option").arg(what)
                                : tr("%1 is excluded by %2").arg(what, detail);
    case Incompatibility::Reason::Yanked:
        if (!detail.isEmpty())
            return tr("%1 was yanked (reason: %2)").arg(what, detail);
        return single ? tr("%1 was yanked").arg(what) : tr("%1 were yanked").arg(what);
    case Incompatibility::Reason::Prerelease:
        // Pre-releases are enabled by a pre-release in the project's own specifier (or the option).
        return single ? tr("%1 is a pre-release (not enabled for %2)").arg(what, m_packages.displayName(term.package))
                      : tr("%1 are pre-releases (not enabled for %2)").arg(what, m_packages.displayName(term.package));
    case Incompatibility::Reason::None:
        break;
    }
    return tr("%1 cannot be used").arg(what);
}

QString ResolutionExplainer::externalText(int id) const
{
    const Incompatibility &incompatibility = m_incompatibilities[size_t(id)];
    switch (incompatibility.kind) {
    case Incompatibility::Kind::Root:
        return tr("the project is what is being resolved");
    case Incompatibility::Kind::Unavailable:
        return unavailableText(incompatibility);
    case Incompatibility::Kind::Dependency: {
        const Term &depender = incompatibility.terms.at(0);
        const Term &dependency = incompatibility.terms.at(1);
        const SolverPackages::Package &target = m_packages.package(dependency.package);
        const QString needed = termText(dependency);
        if (depender.package == SolverPackages::Project) {
            if (!target.exists)
                return tr("the project depends on %1, which does not exist").arg(needed);
            if (dependency.set.isEmpty())
                return tr("the project depends on %1, for which there is no version").arg(needed);
            return tr("the project depends on %1").arg(needed);
        }
        return dependsText(depender, dependency, true);
    }
    case Incompatibility::Kind::Derived:
        break;
    }
    return conclusionText(id);
}

QString ResolutionExplainer::conclusionText(int id) const
{
    QList<Term> terms = m_incompatibilities[size_t(id)].terms;
    terms.removeIf([](const Term &term) { return term.isAlwaysTrue(); });
    const bool withProject = std::ranges::any_of(
        terms, [](const Term &term) { return term.package == SolverPackages::Project && term.positive; });
    terms.removeIf([](const Term &term) { return term.package == SolverPackages::Project && term.positive; });
    if (terms.isEmpty())
        return tr("no solution exists");
    if (terms.size() == 1) {
        const Term &term = terms.first();
        if (term.positive)
            return tr("%1 cannot be used").arg(termText(term));
        return withProject ? tr("the project depends on %1").arg(termText(term))
                           : tr("%1 is required").arg(termText(term));
    }
    if (terms.size() == 2) {
        const Term &a = terms.at(0);
        const Term &b = terms.at(1);
        if (a.positive && !b.positive)
            return dependsText(a, b, false);
        if (!a.positive && b.positive)
            return dependsText(b, a, false);
        if (a.positive && b.positive)
            return tr("%1 is incompatible with %2").arg(termText(a), termText(b));
        return tr("either %1 or %2 is required").arg(termText(a), termText(b));
    }
    QStringList used;
    QStringList required;
    for (const Term &term : terms)
        (term.positive ? used : required).append(termText(term));
    const QLocale locale;
    if (required.isEmpty())
        return tr("%1 cannot all be used together").arg(locale.createSeparatedList(used));
    if (used.isEmpty())
        return tr("one of %1 is required").arg(locale.createSeparatedList(required));
    return tr("%1 together need one of %2").arg(locale.createSeparatedList(used), locale.createSeparatedList(required));
}

} // namespace Akari
