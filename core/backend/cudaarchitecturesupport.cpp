// SPDX-License-Identifier: GPL-3.0-or-later
#include "cudaarchitecturesupport.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

struct RawLine
{
    QStringView backend;
    QStringView releases;
    QStringView architectures;
};

// Sources (pytorch/pytorch unless named otherwise):
// - RELEASE.md "PyTorch CUDA Support Matrix", added for 2.9 (PR #164471) and updated for 2.11
//   (PR #175253) and 2.12 (PR #182849); RFC #190355 keeps the same lists for 2.14.
// - .ci/manywheel/build_cuda.sh, TORCH_CUDA_ARCH_LIST per CUDA version, in its 2.4/2.5 form
//   (12.4, 12.1, 11.8 cases), its 2.8 form (12.9 case) and its 2.9/2.10 form (12.6, 13.0).
// - Maxwell and Pascal were removed from the 12.8/12.9 builds in 2.8 (issue #157517, dev-discuss
//   "Maxwell and Pascal architecture support removed in CUDA 12.8 and 12.9 builds"); Volta was
//   removed from cu128 in 2.11 (RFC #172352); cu128 itself was dropped in 2.12 (RFC #178665);
//   cu129 was built for 2.8 only (dev-discuss "Addition of CUDA 13.0 nightly builds and
//   deprecation CUDA 12.9 builds"). CUDA 13 cannot target anything below Turing at all.
// Linux aarch64 wheels have shorter lists (8.0, 9.0 and up); this table describes x86_64 and
// Windows, where such old GPUs exist. Lines not listed here (cu125, cu123, cu122, cu120, cu117
// and older) are unknown on purpose.
constexpr RawLine RawLines[] = {
    {u"cu132", u"2.12–2.14", u"7.5;8.0;8.6;9.0;10.0;12.0+PTX"},
    {u"cu130", u"2.9–2.14", u"7.5;8.0;8.6;9.0;10.0;12.0+PTX"},
    {u"cu129", u"2.8", u"7.0;7.5;8.0;8.6;9.0;10.0;12.0+PTX"},
    {u"cu128", u"2.11", u"7.5;8.0;8.6;9.0;10.0;12.0"},
    {u"cu126", u"2.6–2.14", u"5.0;6.0;7.0;7.5;8.0;8.6;9.0"},
    {u"cu124", u"2.4–2.6", u"5.0;6.0;7.0;7.5;8.0;8.6;9.0"},
    {u"cu121", u"2.1–2.5", u"5.0;6.0;7.0;7.5;8.0;8.6;9.0"},
    {u"cu118", u"2.0–2.7", u"3.7;5.0;6.0;7.0;7.5;8.0;8.6;9.0"},
};

struct Capability
{
    int major = 0;
    int minor = 0;
};

/// "8.6" or "12.0+PTX" → {8, 6} / {12, 0}; nullopt for anything else.
std::optional<Capability> parseCapability(QStringView text)
{
    if (text.endsWith(u"+PTX"))
        text.chop(4);
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1)
        return std::nullopt;
    bool majorOk = false;
    bool minorOk = false;
    const int major = text.first(dot).toInt(&majorOk);
    const int minor = text.mid(dot + 1).toInt(&minorOk);
    if (!majorOk || !minorOk || major < 0 || minor < 0 || minor > 9)
        return std::nullopt;
    return Capability{major, minor};
}

} // namespace

const QList<CudaArchitectureSupport::Line> &CudaArchitectureSupport::lines()
{
    static const QList<Line> table = [] {
        QList<Line> list;
        list.reserve(std::size(RawLines));
        for (const RawLine &raw : RawLines) {
            QStringList architectures;
            for (const QStringView entry : raw.architectures.split(u';'))
                architectures.append(entry.toString());
            list.append(Line{raw.backend.toString(), raw.releases.toString(), architectures});
        }
        return list;
    }();
    return table;
}

std::optional<CudaArchitectureSupport::Line> CudaArchitectureSupport::line(QStringView backendId)
{
    for (const Line &known : lines()) {
        if (known.backend == backendId)
            return known;
    }
    return std::nullopt;
}

std::optional<bool> CudaArchitectureSupport::supports(QStringView backendId, QStringView computeCapability)
{
    const std::optional<Capability> gpu = parseCapability(computeCapability.trimmed());
    if (!gpu || computeCapability.contains(u'+'))
        return std::nullopt;
    for (const Line &known : lines()) {
        if (known.backend != backendId)
            continue;
        for (const QString &entry : known.architectures) {
            const std::optional<Capability> built = parseCapability(entry);
            if (built && built->major == gpu->major && built->minor <= gpu->minor)
                return true;
        }
        return false;
    }
    return std::nullopt;
}

QString CudaArchitectureSupport::lowestArchitecture(QStringView backendId)
{
    const std::optional<Line> known = line(backendId);
    if (!known || known->architectures.isEmpty())
        return {};
    return smName(known->architectures.constFirst());
}

QString CudaArchitectureSupport::smName(QStringView computeCapability)
{
    const std::optional<Capability> capability = parseCapability(computeCapability.trimmed());
    if (!capability)
        return {};
    return u"sm_%1%2"_s.arg(capability->major).arg(capability->minor);
}

} // namespace Akari
