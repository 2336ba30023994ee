// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor.h"

#include "../hardware/amdarchitecture.h"
#include "advicecontext.h"
#include "amdbackendtable.h"
#include "cudabackendtable.h"
#include "nvidiaadvice.h"
#include "torchbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// Whether uv would use the Intel XPU index for \a platform: glibc Linux and Windows only.
bool hasXpuBuilds(const TargetPlatform &platform)
{
    return platform.os == TargetPlatform::Os::Windows || (platform.os == TargetPlatform::Os::Linux && !platform.musl);
}

/// The toolkit version of a backend id as a Version ("cu129" → 12.9); nullopt for non-CUDA ids.
std::optional<Version> toolkitOf(const QString &id)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    if (!backend || backend->kind() != TorchBackend::Kind::Cuda)
        return std::nullopt;
    const Result<Version> version = Version::parse(backend->toolkitVersion());
    return version ? std::optional<Version>(*version) : std::nullopt;
}

/// The first AMD architecture uv knows among the report's AMD GPUs; empty when none.
QString knownAmdArchitecture(const HardwareReport &report)
{
    if (report.accelerator.kind == UvAccelerator::Kind::Amd)
        return report.accelerator.amdArchitecture;
    for (const GpuInfo &gpu : report.gpusOf(GpuVendor::Amd)) {
        if (AmdArchitecture::rank(gpu.architecture) >= 0)
            return gpu.architecture;
    }
    return {};
}

QString amdLabels(const HardwareReport &report)
{
    const QList<GpuInfo> amd = report.gpusOf(GpuVendor::Amd);
    if (amd.isEmpty()) // known only through UV_AMD_GPU_ARCHITECTURE: its architecture is all there is
        return report.accelerator.amdArchitecture;
    return AdviceContext::labels(amd);
}

} // namespace

QStringList Advisor::uvBackends(const UvAccelerator &accelerator, const TargetPlatform &platform)
{
    // uv's TorchStrategy::index_urls (UV-TORCH-FACTS.md §2.2); a detection error stops uv.
    if (accelerator.uvError)
        return {};
    const QString cpu = u"cpu"_s;
    switch (accelerator.kind) {
    case UvAccelerator::Kind::Cuda: {
        if (platform.os == TargetPlatform::Os::MacOs || !accelerator.driverVersion)
            return {cpu};
        QStringList backends = CudaBackendTable::backendsFor(*accelerator.driverVersion, platform.os);
        backends.append(cpu);
        return backends;
    }
    case UvAccelerator::Kind::Amd: {
        if (platform.os != TargetPlatform::Os::Linux)
            return {cpu};
        QStringList backends = AmdBackendTable::backendsFor(accelerator.amdArchitecture);
        backends.append(cpu);
        return backends;
    }
    case UvAccelerator::Kind::Xpu:
        // No CPU fallback after xpu: that is uv's behaviour.
        return {hasXpuBuilds(platform) ? u"xpu"_s : cpu};
    case UvAccelerator::Kind::None:
        break;
    }
    return {cpu};
}

Recommendation Advisor::recommend(const HardwareReport &report, const TargetPlatform &platform)
{
    AdviceContext context(report, platform, uvBackends(report.accelerator, platform));
    if (report.accelerator.uvError)
        addUvError(context);
    else
        addUvChoice(context);
    NvidiaAdvice::addTo(context);
    addAmd(context);
    addApple(context);
    addTargetPlatform(context);

    Recommendation recommendation;
    recommendation.platform = platform;
    recommendation.primary = context.primary();
    recommendation.backends = context.uvBackends;
    recommendation.advice = context.advice();
    return recommendation;
}

void Advisor::addUvChoice(AdviceContext &context)
{
    const UvAccelerator &accelerator = context.report.accelerator;
    const QStringList &backends = context.uvBackends;
    const int count = int(backends.size());
    const QString id = u"uv-choice"_s;
    const Advice::Severity info = Advice::Severity::Info;

    switch (accelerator.kind) {
    case UvAccelerator::Kind::Cuda: {
        const QString driver = context.driverText();
        if (!context.hasCudaTable()) {
            context.add(id, info,
                        tr("uv has no CUDA builds for macOS, so with NVIDIA driver %1 it still chooses CPU builds.")
                            .arg(driver));
            return;
        }
        const QString first = backends.constFirst();
        if (first == u"cpu") {
            const QString oldest = CudaBackendTable::rows().constLast().backend;
            context.add(id, info,
                        tr("NVIDIA driver %1 (read from %2) is older than any CUDA build needs (%3 or newer on %4), "
                           "so uv chooses CPU builds.")
                            .arg(driver, accelerator.source,
                                 CudaBackendTable::minimumDriverText(oldest, context.platform.os),
                                 context.platform.displayName()));
            return;
        }
        const QString &driverCuda = context.report.cudaDriverVersion;
        if (driverCuda.isEmpty()) {
            context.add(id, info,
                        tr("NVIDIA driver %1 (read from %2) allows CUDA builds up to %3 in uv's table, so uv tries "
                           "%3 first, then older CUDA builds and finally CPU builds: %n indexes in all.",
                           nullptr, count)
                            .arg(driver, accelerator.source, first));
            return;
        }
        // CUDA minor-version compatibility: a CUDA 12.x build runs on any CUDA 12 driver.
        const std::optional<Version> firstToolkit = toolkitOf(first);
        const Result<Version> supported = Version::parse(driverCuda);
        const bool minorCompatibility = firstToolkit && supported && *firstToolkit > *supported &&
                                        firstToolkit->release().front() == supported->release().front();
        if (minorCompatibility) {
            context.add(id, info,
                        tr("NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first anyway: "
                           "PyTorch's CUDA %5 builds run on any driver from %6 on, thanks to CUDA minor-version "
                           "compatibility. Then come older CUDA builds and finally CPU builds: %n indexes in all.",
                           nullptr, count)
                            .arg(driver, accelerator.source, driverCuda, first, firstToolkit->toString(),
                                 CudaBackendTable::minimumDriverText(first, context.platform.os)));
            return;
        }
        context.add(id, info,
                    tr("NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first, then older CUDA "
                       "builds and finally CPU builds: %n indexes in all.",
                       nullptr, count)
                        .arg(driver, accelerator.source, driverCuda, first));
        return;
    }
    case UvAccelerator::Kind::Amd:
        if (context.platform.os != TargetPlatform::Os::Linux) {
            context.add(id, info,
                        tr("uv uses ROCm builds only for Linux, so for %1 it chooses CPU builds for the AMD GPU (%2).")
                            .arg(context.platform.displayName(), accelerator.amdArchitecture));
            return;
        }
        context.add(id, info,
                    tr("uv found the AMD GPU architecture %1 (through %2) and tries the ROCm builds made for it, %3 "
                       "first, then CPU builds: %n indexes in all.",
                       nullptr, count)
                        .arg(accelerator.amdArchitecture, accelerator.source, backends.constFirst()));
        return;
    case UvAccelerator::Kind::Xpu:
        if (hasXpuBuilds(context.platform)) {
            context.add(id, info,
                        tr("uv found an Intel GPU (through %1) and uses only the Intel XPU builds, with no CPU "
                           "builds to fall back on.")
                            .arg(accelerator.source));
            return;
        }
        context.add(id, info,
                    tr("uv found an Intel GPU (through %1), but has no Intel XPU builds for %2, so it chooses CPU "
                       "builds.")
                        .arg(accelerator.source, context.platform.displayName()));
        return;
    case UvAccelerator::Kind::None:
        break;
    }
    context.add(id, info, tr("uv found no GPU it can use, so it chooses CPU builds."));
}

void Advisor::addUvError(AdviceContext &context)
{
    const QString error = context.report.accelerator.uvError->toString();
    const QStringList cuda = NvidiaAdvice::cudaBackends(context);
    if (cuda.isEmpty()) {
        context.setPrimary(u"cpu"_s,
                           Advice{u"uv-error"_s, Advice::Severity::Warning,
                                  tr("uv would stop with this error before installing anything: “%1”.").arg(error)});
        return;
    }
    context.setPrimary(cuda.constFirst(),
                       Advice{u"uv-error"_s, Advice::Severity::Warning,
                              tr("uv would stop with this error before installing anything: “%1”. Akari read NVIDIA "
                                 "driver %2 itself; it allows %3, which Akari recommends.")
                                  .arg(error, context.driverText(), cuda.constFirst())});
}

void Advisor::addAmd(AdviceContext &context)
{
    const HardwareReport &report = context.report;
    const UvAccelerator::Kind kind = report.accelerator.kind;
    if (report.accelerator.uvError || kind == UvAccelerator::Kind::Cuda)
        return;
    // GPUs uv could have used with ROCm: discrete ones, and any whose architecture uv lists.
    QList<GpuInfo> candidates;
    QList<GpuInfo> unlisted;
    for (const GpuInfo &gpu : report.gpusOf(GpuVendor::Amd)) {
        if (AmdArchitecture::rank(gpu.architecture) >= 0 || (gpu.architecture.isEmpty() && gpu.integrated != true))
            candidates.append(gpu);
        else if (!gpu.architecture.isEmpty())
            unlisted.append(gpu);
    }
    const QString architecture = knownAmdArchitecture(report);

    if (context.platform.os == TargetPlatform::Os::Windows) {
        if (kind != UvAccelerator::Kind::Amd && candidates.isEmpty())
            return;
        const QStringList rocm = AmdBackendTable::backendsFor(architecture);
        if (rocm.isEmpty()) {
            context.add(u"amd-windows"_s, Advice::Severity::Warning,
                        tr("PyTorch publishes no ROCm builds for Windows, so uv gives CPU builds to the AMD GPU (%1). "
                           "Under WSL 2 or on Linux, PyTorch's ROCm builds can use it.")
                            .arg(amdLabels(report)));
            return;
        }
        context.add(u"amd-windows"_s, Advice::Severity::Warning,
                    tr("PyTorch publishes no ROCm builds for Windows, so uv gives CPU builds to the AMD GPU (%1). "
                       "Under WSL 2 or on Linux, the ROCm builds for %2 (%3 first) can use it.")
                        .arg(amdLabels(report), architecture, rocm.constFirst()));
        return;
    }
    if (context.platform.os != TargetPlatform::Os::Linux || kind == UvAccelerator::Kind::Amd)
        return;

    if (!candidates.isEmpty()) {
        const QStringList rocm = AmdBackendTable::backendsFor(architecture);
        if (rocm.isEmpty()) {
            context.add(u"rocm-not-detected"_s, Advice::Severity::Warning,
                        tr("An AMD GPU (%1) is present, but uv found no rocm_agent_enumerator, so it does not use "
                           "ROCm builds. Install ROCm (it provides rocm_agent_enumerator), or set "
                           "UV_AMD_GPU_ARCHITECTURE to the GPU's gfx name as rocminfo shows it.")
                            .arg(AdviceContext::labels(candidates)));
            return;
        }
        context.setPrimary(rocm.constFirst(),
                           Advice{u"rocm-not-detected"_s, Advice::Severity::Warning,
                                  tr("An AMD GPU (%1, %2) is present, but uv found no rocm_agent_enumerator, so it "
                                     "does not use ROCm builds. Akari recommends %3. For uv to choose it too, install "
                                     "ROCm (it provides rocm_agent_enumerator) or set UV_AMD_GPU_ARCHITECTURE=%2.")
                                      .arg(AdviceContext::labels(candidates), architecture, rocm.constFirst())});
        return;
    }
    for (const GpuInfo &gpu : unlisted) {
        context.add(u"amd-architecture-unsupported"_s, Advice::Severity::Info,
                    tr("uv's ROCm table has no builds for %1, the architecture of %2, so uv does not use ROCm for it.")
                        .arg(gpu.architecture, AdviceContext::label(gpu)));
    }
}

void Advisor::addApple(AdviceContext &context)
{
    if (context.platform.os != TargetPlatform::Os::MacOs)
        return;
    // uv's auto mode has no Apple detection and uses the cpu index for macOS; PyPI's macOS
    // wheels are the ones with MPS, and the default index needs no extra configuration.
    const HardwareReport &report = context.report;
    if (report.hasVendor(GpuVendor::Apple)) {
        context.setPrimary(u"pypi"_s,
                           Advice{u"apple-mps"_s, Advice::Severity::Info,
                                  tr("PyTorch's default builds on PyPI include MPS, which runs on this Mac's GPU "
                                     "(%1). uv's automatic choice does not look for Apple GPUs and uses the CPU "
                                     "index; Akari recommends the PyPI builds.")
                                      .arg(AdviceContext::labels(report.gpusOf(GpuVendor::Apple)))});
        return;
    }
    context.setPrimary(u"pypi"_s, Advice{u"apple-mps"_s, Advice::Severity::Info,
                                         tr("PyTorch's macOS builds on PyPI include MPS for Apple Silicon GPUs; uv's "
                                            "automatic choice uses the CPU index for macOS. Akari recommends the PyPI "
                                            "builds.")});
}

void Advisor::addTargetPlatform(AdviceContext &context)
{
    const TargetPlatform host = TargetPlatform::host(context.report.machine);
    if (host.os == context.platform.os)
        return;
    context.add(u"target-platform"_s, Advice::Severity::Info,
                tr("Detection describes this machine (%1); the list is what uv would try here for %2 wheels, as with "
                   "--python-platform. On a %2 machine the result may differ.")
                    .arg(host.displayName(), context.platform.displayName()));
}

} // namespace Akari
