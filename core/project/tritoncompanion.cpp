// SPDX-License-Identifier: GPL-3.0-or-later
#include "tritoncompanion.h"

#include <array>

#include "../backend/torchbackend.h"
#include "../pep/specifierset.h"
#include "../pep/version.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// torch minor → the triton release its wheels pin (torch's METADATA `Requires-Dist:
// pytorch-triton-rocm==3.3.0` etc.; the same pairs appear in the corpus projects).
struct TritonRelease
{
    int torchMinor;
    const char16_t *triton;
};
constexpr std::array<TritonRelease, 6> TritonReleases{{
    {5, u"3.1.0"},
    {6, u"3.2.0"},
    {7, u"3.3.0"},
    {8, u"3.4.0"},
    {9, u"3.5.0"},
    {10, u"3.6.0"},
}};
constexpr int RenamedAtTorchMinor = 9;

// The lowest torch 2.x minor the specifier lets in, from its lower-bounding clauses.
std::optional<int> lowestTorchMinor(const SpecifierSet &specifier)
{
    std::optional<int> lowest;
    for (const Specifier &clause : specifier) {
        const Specifier::Operator op = clause.op();
        if (op != Specifier::Operator::GreaterEqual && op != Specifier::Operator::Greater &&
            op != Specifier::Operator::Equal && op != Specifier::Operator::Compatible)
            continue;
        const auto release = clause.parsedVersion().release();
        if (release.size() < 2 || release[0] != 2)
            continue;
        const int minor = int(release[1]);
        lowest = lowest ? std::max(*lowest, minor) : minor;
    }
    return lowest;
}
} // namespace

std::optional<TritonCompanion::Kind> TritonCompanion::forBackend(const QString &backendId)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(backendId);
    if (backend && backend->kind() == TorchBackend::Kind::Rocm)
        return Kind::Rocm;
    if (backend && backend->kind() == TorchBackend::Kind::Xpu)
        return Kind::Xpu;
    return std::nullopt;
}

QStringList TritonCompanion::names(Kind kind)
{
    if (kind == Kind::Rocm)
        return {u"pytorch-triton-rocm"_s, u"triton-rocm"_s};
    return {u"pytorch-triton-xpu"_s, u"triton-xpu"_s};
}

std::optional<TritonCompanion::Kind> TritonCompanion::kindOf(const QString &name)
{
    if (names(Kind::Rocm).contains(name))
        return Kind::Rocm;
    if (names(Kind::Xpu).contains(name))
        return Kind::Xpu;
    return std::nullopt;
}

QString TritonCompanion::requirementFor(Kind kind, const SpecifierSet *torchSpecifier)
{
    const std::optional<int> minor = torchSpecifier ? lowestTorchMinor(*torchSpecifier) : std::nullopt;
    const QStringList spellings = names(kind);
    if (!minor)
        return spellings.last();
    const QString name = *minor < RenamedAtTorchMinor ? spellings.first() : spellings.last();
    for (const TritonRelease &release : TritonReleases) {
        if (release.torchMinor == *minor)
            return name + u">="_s + QString::fromUtf16(release.triton);
    }
    return name;
}

} // namespace Akari
