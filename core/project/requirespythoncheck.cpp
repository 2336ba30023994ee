// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirespythoncheck.h"

#include <algorithm>
#include <string_view>

#include <toml++/toml.h>

#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "../pep/specifierset.h"
#include "requirementedits.h"
#include "tomldocument.h"
#include "tomlvalue.h"
#include "torchpythonsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
constexpr int OldestCheckedPython = 8; // requires-python is checked from Python 3.8 on

// What the check reads from the file.
struct Input
{
    SpecifierSet requiresPython;
    int line = 0;
    int column = 0;
    QList<Requirement> torchInDependencies;
    QList<QList<Requirement>> torchInVariants; // per extra or group that names torch
};

QList<Requirement> torchRequirements(const toml::array &list)
{
    QList<Requirement> result;
    for (const toml::node &element : list) {
        const std::optional<std::string_view> text = element.value<std::string_view>();
        if (!text)
            continue;
        const Result<Requirement> requirement = Requirement::parse(toQString(*text));
        if (requirement && requirement->packageName().canonical() == u"torch"_s)
            result.append(*requirement);
    }
    return result;
}

std::optional<Input> readInput(const TomlDocument &document)
{
    const toml::node *node = document.nodeAt({u"project"_s, u"requires-python"_s});
    const std::optional<std::string_view> text = node ? node->value<std::string_view>() : std::nullopt;
    if (!text)
        return std::nullopt;
    const Result<SpecifierSet> requiresPython = SpecifierSet::parse(toQString(*text));
    if (!requiresPython)
        return std::nullopt;
    Input input{*requiresPython, int(node->source().begin.line), int(node->source().begin.column), {}, {}};
    const toml::node *dependencies = document.nodeAt({u"project"_s, u"dependencies"_s});
    for (const toml::array *list : RequirementEdits::requirementLists(document)) {
        QList<Requirement> torch = torchRequirements(*list);
        if (dependencies && list == dependencies->as_array())
            input.torchInDependencies = torch;
        else if (!torch.isEmpty())
            input.torchInVariants.append(torch);
    }
    return input;
}

// Whether \a set admits a final release of the series major.minor (any patch release).
bool admitsSeries(const SpecifierSet &set, int major, int minor)
{
    const Result<SpecifierSet> series = SpecifierSet::parse(u">=%1.%2, <%1.%3"_s.arg(major).arg(minor).arg(minor + 1));
    Result<SpecifierSet> both = series ? set.combined(*series) : fail(series.error());
    if (!both)
        return true; // cannot tell: assume it does, so nothing is reported wrongly
    both->setPrereleases(false);
    return !both->isUnsatisfiable();
}

// The torch minor versions (2.x) of the table that the project's torch requirements allow.
QList<TorchPythonSupport::Release> allowedTorch(const Input &input)
{
    // Requirements without a marker all apply; of those with one, any may.
    const auto admits = [](const QList<Requirement> &requirements, int minor) {
        bool anyMarked = false;
        bool marked = false;
        for (const Requirement &requirement : requirements) {
            const bool ok = admitsSeries(requirement.specifier(), 2, minor);
            if (requirement.marker()) {
                anyMarked = true;
                marked = marked || ok;
            } else if (!ok) {
                return false;
            }
        }
        return !anyMarked || marked;
    };
    QList<TorchPythonSupport::Release> allowed;
    for (const TorchPythonSupport::Release &release : TorchPythonSupport::releases()) {
        // Torch only in extras or groups: any one of them may be installed.
        const bool ok = !input.torchInDependencies.isEmpty()
                            ? admits(input.torchInDependencies, release.torchMinor)
                            : input.torchInVariants.isEmpty() ||
                                  std::ranges::any_of(input.torchInVariants, [&](const QList<Requirement> &list) {
                                      return admits(list, release.torchMinor);
                                  });
        if (ok)
            allowed.append(release);
    }
    return allowed;
}

// What the check found: the oldest admitted Python when no release knows it, else the
// admitted Pythons without torch wheels, in runs of consecutive versions.
struct Finding
{
    std::optional<int> tooNew;
    QList<QList<int>> runs;
};

Finding find(const Input &input)
{
    Finding finding;
    const int newest = TorchPythonSupport::newestPython();
    std::optional<int> lowest;
    for (int minor = OldestCheckedPython; minor <= newest + 20 && !lowest; ++minor) {
        if (admitsSeries(input.requiresPython, 3, minor))
            lowest = minor;
    }
    if (!lowest)
        return finding;
    if (*lowest > newest) {
        finding.tooNew = lowest;
        return finding;
    }
    const QList<TorchPythonSupport::Release> allowed = allowedTorch(input);
    if (allowed.isEmpty())
        return finding; // torch versions the table does not know: nothing to say
    for (int minor = *lowest; minor <= newest; ++minor) {
        const bool hasWheels = std::ranges::any_of(allowed, [&](const TorchPythonSupport::Release &release) {
            return release.oldestPython <= minor && minor <= release.newestPython;
        });
        if (hasWheels || !admitsSeries(input.requiresPython, 3, minor))
            continue;
        if (finding.runs.isEmpty() || finding.runs.last().last() + 1 != minor)
            finding.runs.append(QList<int>());
        finding.runs.last().append(minor);
    }
    return finding;
}

ValidationIssue warning(const Input &input, const QString &message)
{
    return {ValidationIssue::Severity::Warning, message, input.line, input.column};
}

ValidationIssue tooNewIssue(const Input &input, int lowest)
{
    return warning(input, RequiresPythonCheck::tr("No PyTorch release known to Akari has wheels for Python 3.%1 yet, "
                                                  "the oldest Python that requires-python admits.")
                              .arg(lowest));
}

ValidationIssue withoutWheelsIssue(const Input &input, const QList<int> &minors)
{
    QStringList versions;
    for (int minor : minors)
        versions.append(u"3.%1"_s.arg(minor));
    return warning(input, RequiresPythonCheck::tr("No torch version that the project allows has wheels for Python %1, "
                                                  "which requires-python admits: uv cannot install torch there. "
                                                  "Narrow requires-python or allow other torch versions.")
                              .arg(versions.join(RequiresPythonCheck::tr(", ", "between the names of a list"))));
}

} // namespace

std::optional<ValidationIssue> RequiresPythonCheck::check(const TomlDocument &document)
{
    const std::optional<Input> input = readInput(document);
    if (!input)
        return std::nullopt;
    const Finding finding = find(*input);
    if (finding.tooNew)
        return tooNewIssue(*input, *finding.tooNew);
    if (finding.runs.isEmpty())
        return std::nullopt;
    QList<int> all;
    for (const QList<int> &run : finding.runs)
        all += run;
    return withoutWheelsIssue(*input, all);
}

QList<ValidationIssue> RequiresPythonCheck::issues(const TomlDocument &document)
{
    const std::optional<Input> input = readInput(document);
    if (!input)
        return {};
    const Finding finding = find(*input);
    if (finding.tooNew)
        return {tooNewIssue(*input, *finding.tooNew)};
    QList<ValidationIssue> result;
    for (const QList<int> &run : finding.runs)
        result.append(withoutWheelsIssue(*input, run));
    return result;
}

} // namespace Akari
