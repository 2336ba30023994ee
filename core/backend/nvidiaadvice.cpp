// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvidiaadvice.h"

#include <algorithm>

#include <QLocale>

#include "advicecontext.h"
#include "cudaarchitecturesupport.h"
#include "cudabackendtable.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// "NVIDIA GeForce GTX 1080 Ti (sm_61)" for each GPU, comma-separated, without repeats.
QString withArchitectures(const QList<GpuInfo> &gpus)
{
    QStringList parts;
    for (const GpuInfo &gpu : gpus) {
        const QString part =
            u"%1 (%2)"_s.arg(AdviceContext::label(gpu), CudaArchitectureSupport::smName(gpu.computeCapability));
        if (!parts.contains(part))
            parts.append(part);
    }
    return QLocale().createSeparatedList(parts);
}

/// Whether the \a backend builds are known to run on every GPU of \a gpus.
bool runsOnAll(const QString &backend, const QList<GpuInfo> &gpus)
{
    return std::ranges::all_of(gpus, [&backend](const GpuInfo &gpu) {
        return CudaArchitectureSupport::supports(backend, gpu.computeCapability) == std::optional<bool>(true);
    });
}

bool uvFoundCuda(const AdviceContext &context)
{
    return context.report.accelerator.kind == UvAccelerator::Kind::Cuda;
}

} // namespace

QStringList NvidiaAdvice::cudaBackends(const AdviceContext &context)
{
    if (!context.hasCudaTable())
        return {};
    if (uvFoundCuda(context)) {
        QStringList cuda;
        for (const QString &id : context.uvBackends) {
            if (id.startsWith(u"cu"))
                cuda.append(id);
        }
        return cuda;
    }
    const bool uvMissedIt = context.report.accelerator.uvError.has_value() || context.report.nvidiaSmiOnlyInWslPath;
    if (uvMissedIt && context.nvidiaDriver)
        return CudaBackendTable::backendsFor(*context.nvidiaDriver, context.platform.os);
    return {};
}

void NvidiaAdvice::addTo(AdviceContext &context)
{
    addWsl(context);
    addComputeCapability(context, cudaBackends(context));
    addDriverUpdate(context);
    addHybridGraphics(context);
    addHiddenGpus(context);
    addMissingDriver(context);
}

void NvidiaAdvice::addWsl(AdviceContext &context)
{
    const HardwareReport &report = context.report;
    if (!report.machine.wsl || (!uvFoundCuda(context) && !report.nvidiaSmiOnlyInWslPath))
        return;
    const QString driver = context.nvidiaDriver ? context.driverText() : report.nvidiaDriverVersion;
    if (uvFoundCuda(context) || report.accelerator.uvError) {
        context.add(u"wsl"_s, Advice::Severity::Info,
                    tr("This is Linux under WSL 2: the NVIDIA driver (%1) is the Windows one. Install or update it "
                       "in Windows, not inside Linux.")
                        .arg(driver));
        return;
    }
    // uv looks for nvidia-smi on PATH only; WSL keeps it in /usr/lib/wsl/lib.
    const QStringList cuda = cudaBackends(context);
    if (cuda.isEmpty()) {
        context.add(u"wsl"_s, Advice::Severity::Warning,
                    tr("uv does not see the NVIDIA GPU under WSL 2: nvidia-smi is only in /usr/lib/wsl/lib, which is "
                       "not on PATH, so uv uses CPU builds. The Windows NVIDIA driver (%1) is too old for any CUDA "
                       "build; update it in Windows.")
                        .arg(driver));
        return;
    }
    context.setPrimary(cuda.constFirst(),
                       Advice{u"wsl"_s, Advice::Severity::Warning,
                              tr("uv does not see the NVIDIA GPU under WSL 2: nvidia-smi is only in /usr/lib/wsl/lib, "
                                 "which is not on PATH, so uv's list is CPU builds only. The Windows NVIDIA driver "
                                 "(%1) allows %2, which Akari recommends. For uv to choose it too, add "
                                 "/usr/lib/wsl/lib to PATH or set UV_CUDA_DRIVER_VERSION=%1.")
                                  .arg(driver, cuda.constFirst())});
}

void NvidiaAdvice::addComputeCapability(AdviceContext &context, const QStringList &cuda)
{
    const QList<GpuInfo> gpus = context.visibleNvidiaWithCapability();
    if (cuda.isEmpty() || gpus.isEmpty())
        return;
    const QString &first = cuda.constFirst();
    QList<GpuInfo> unsupported;
    for (const GpuInfo &gpu : gpus) {
        const std::optional<bool> supported = CudaArchitectureSupport::supports(first, gpu.computeCapability);
        if (!supported)
            return; // no data for this line or GPU: say nothing rather than guess
        if (!*supported)
            unsupported.append(gpu);
    }
    if (unsupported.isEmpty())
        return;

    const auto chosen =
        std::ranges::find_if(cuda, [&gpus](const QString &backend) { return runsOnAll(backend, gpus); });
    if (chosen != cuda.end()) {
        context.setPrimary(
            *chosen, Advice{u"compute-capability-unsupported"_s, Advice::Severity::Warning,
                            tr("PyTorch's %1 builds, the newest this driver allows, have no kernels for %2: they start "
                               "at %3, and uv looks only at the driver. Akari recommends %4, the newest build "
                               "this driver allows that runs on every visible NVIDIA GPU.")
                                .arg(first, withArchitectures(unsupported),
                                     CudaArchitectureSupport::lowestArchitecture(first), *chosen)});
        return;
    }
    QStringList known;
    for (const QString &backend : cuda) {
        if (CudaArchitectureSupport::line(backend))
            known.append(backend);
    }
    context.setPrimary(u"cpu"_s,
                       Advice{u"compute-capability-unsupported"_s, Advice::Severity::Warning,
                              tr("None of the CUDA builds this driver allows that Akari has data for (%1) has "
                                 "kernels for %2, so Akari recommends CPU builds. Older PyTorch releases may still "
                                 "support this GPU.")
                                  .arg(known.join(u", "_s), withArchitectures(unsupported))});
}

void NvidiaAdvice::addDriverUpdate(AdviceContext &context)
{
    if (!context.hasCudaTable() || !context.nvidiaDriver)
        return;
    const QString newest = CudaBackendTable::rows().constFirst().backend;
    const std::optional<Version> minimum = CudaBackendTable::minimumDriver(newest, context.platform.os);
    if (!minimum || *context.nvidiaDriver >= *minimum)
        return;
    // Only where the GPUs are known to run the CUDA 13 builds (not for Pascal, say).
    const QList<GpuInfo> gpus = context.visibleNvidiaWithCapability();
    if (gpus.isEmpty() || !runsOnAll(newest, gpus))
        return;
    QStringList sameDriver;
    for (const CudaBackendTable::Row &row : CudaBackendTable::rows()) {
        if (CudaBackendTable::minimumDriver(row.backend, context.platform.os) == minimum)
            sameDriver.append(row.backend);
    }
    context.add(u"driver-update-cuda13"_s, Advice::Severity::Info,
                tr("Update the NVIDIA driver to %1 or newer to get the CUDA 13 builds (%2): driver %3 is too old "
                   "for them, and new PyTorch releases are built for CUDA 13 first.")
                    .arg(CudaBackendTable::minimumDriverText(newest, context.platform.os), sameDriver.join(u", "_s),
                         context.driverText()));
}

void NvidiaAdvice::addHybridGraphics(AdviceContext &context)
{
    const HardwareReport &report = context.report;
    if (!uvFoundCuda(context) || !context.hasCudaTable() || !report.hasVendor(GpuVendor::Intel))
        return;
    context.add(u"hybrid-graphics"_s, Advice::Severity::Info,
                tr("This machine has an Intel GPU (%1) beside the NVIDIA GPU. uv checks for NVIDIA first, so it "
                   "chooses CUDA builds: they run on the NVIDIA GPU only, and PyTorch does not use the Intel GPU.")
                    .arg(AdviceContext::labels(report.gpusOf(GpuVendor::Intel))));
}

void NvidiaAdvice::addHiddenGpus(AdviceContext &context)
{
    const HardwareReport &report = context.report;
    if (!report.cudaVisibleDevices)
        return;
    const QList<GpuInfo> nvidia = report.gpusOf(GpuVendor::Nvidia);
    const auto hidden = std::ranges::count_if(nvidia, [](const GpuInfo &gpu) { return !gpu.visible; });
    if (hidden == 0)
        return;
    const QString value = *report.cudaVisibleDevices;
    if (hidden == nvidia.size()) {
        context.add(u"hidden-gpus"_s, Advice::Severity::Warning,
                    tr("CUDA_VISIBLE_DEVICES=\"%1\" hides every NVIDIA GPU, so PyTorch will not see any. uv does "
                       "not look at this variable and still chooses builds by the driver.")
                        .arg(value));
        return;
    }
    context.add(u"hidden-gpus"_s, Advice::Severity::Info,
                tr("CUDA_VISIBLE_DEVICES=\"%1\" hides %n of the NVIDIA GPUs; PyTorch will use only the others, and "
                   "Akari checks only those against the builds.",
                   nullptr, int(hidden))
                    .arg(value));
}

void NvidiaAdvice::addMissingDriver(AdviceContext &context)
{
    const HardwareReport &report = context.report;
    if (!context.hasCudaTable() || uvFoundCuda(context) || report.accelerator.uvError ||
        report.nvidiaSmiOnlyInWslPath || !report.nvidiaDriverVersion.isEmpty())
        return;
    QList<GpuInfo> withoutDriver;
    for (const GpuInfo &gpu : report.gpusOf(GpuVendor::Nvidia)) {
        if (gpu.driverVersion.isEmpty())
            withoutDriver.append(gpu);
    }
    if (withoutDriver.isEmpty())
        return;
    const QString newest = CudaBackendTable::rows().constFirst().backend;
    context.add(u"nvidia-no-driver"_s, Advice::Severity::Warning,
                tr("An NVIDIA GPU (%1) is present, but no NVIDIA driver was found, so uv chooses %2 builds. Install "
                   "NVIDIA's driver (%3 or newer gets the newest CUDA builds); if a driver is installed where uv "
                   "cannot see it, set UV_CUDA_DRIVER_VERSION to its version.")
                    .arg(AdviceContext::labels(withoutDriver), AdviceContext::backendName(context.uvBackends.value(0)),
                         CudaBackendTable::minimumDriverText(newest, context.platform.os)));
}

} // namespace Akari
