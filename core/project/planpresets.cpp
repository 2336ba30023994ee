// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpresets.h"

#include "../backend/torchbackend.h"
#include "planbuilder.h"
#include "torchplanreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString GuideCuda = u"cu128"_s; // the CUDA build uv's PyTorch guide configures
const QString Cpu = u"cpu"_s;

bool isCuda(const QString &id)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend && backend->kind() == TorchBackend::Kind::Cuda;
}

QString cudaName(const QString &cudaId)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(cudaId);
    return backend ? backend->displayName() : cudaId;
}
} // namespace

const QList<PlanPresets::Preset> &PlanPresets::all()
{
    static const QList<Preset> presets{Preset::Recommended, Preset::CudaLinuxWindowsPyPiMac,
                                       Preset::CudaLinuxCpuElsewhere, Preset::CpuEverywhere, Preset::VariantsCpuCuda};
    return presets;
}

QString PlanPresets::name(Preset preset)
{
    switch (preset) {
    case Preset::Recommended:
        return tr("Recommended for this machine");
    case Preset::CudaLinuxWindowsPyPiMac:
        return tr("CUDA on Linux and Windows, PyPI on macOS");
    case Preset::CudaLinuxCpuElsewhere:
        return tr("CUDA on Linux, CPU elsewhere");
    case Preset::CpuEverywhere:
        return tr("CPU everywhere");
    case Preset::VariantsCpuCuda:
        return tr("Variants: CPU or CUDA");
    }
    return {};
}

QString PlanPresets::description(Preset preset, const QString &cudaId)
{
    switch (preset) {
    case Preset::Recommended:
        return tr("The backend recommended for this machine on the platforms PyTorch builds it for, PyPI's builds "
                  "elsewhere: what “akari-cli configure --backend auto” writes.");
    case Preset::CudaLinuxWindowsPyPiMac:
        return tr("%1 builds (%2) on Linux and Windows; macOS keeps PyPI's builds, as PyTorch has no CUDA builds "
                  "for it.")
            .arg(cudaName(cudaId), cudaId);
    case Preset::CudaLinuxCpuElsewhere:
        return tr("%1 builds (%2) on Linux, CPU-only builds on Windows and macOS, as in uv's guide.")
            .arg(cudaName(cudaId), cudaId);
    case Preset::CpuEverywhere:
        return tr("CPU-only builds from PyTorch's index on every platform.");
    case Preset::VariantsCpuCuda:
        return tr("Two extras chosen at sync time, “cpu” and “%2” (%1), kept apart by conflicts: uv sync --extra %2.")
            .arg(cudaName(cudaId), cudaId);
    }
    return {};
}

QString PlanPresets::cudaBackend(const TorchPlan &current, const std::optional<Recommendation> &recommendation)
{
    // The catalogue lists CUDA newest first.
    const QStringList used = current.backendIds();
    for (const TorchBackend &backend : TorchBackend::all()) {
        if (backend.kind() == TorchBackend::Kind::Cuda && used.contains(backend.id()))
            return backend.id();
    }
    if (recommendation && isCuda(recommendation->primary))
        return recommendation->primary;
    return GuideCuda;
}

Result<TorchPlan> PlanPresets::make(Preset preset, const TorchPlan &current, const PlanReading &reading,
                                    const std::optional<Recommendation> &recommendation)
{
    PlanReading project = reading;
    project.plan = current;
    const Result<QStringList> packages = PlanBuilder::packagesFor({}, project);
    if (!packages)
        return fail(packages.error());
    const QString cuda = cudaBackend(current, recommendation);
    switch (preset) {
    case Preset::Recommended:
        if (!recommendation || recommendation->primary.isEmpty()) {
            return fail(Error{Error::Code::InvalidArgument,
                              tr("There is no recommendation for this machine yet: detect its hardware first.")});
        }
        return PlanBuilder::perPlatform({recommendation->primary}, *packages, project);
    case Preset::CudaLinuxWindowsPyPiMac:
        return PlanBuilder::perPlatform({cuda}, *packages, project);
    case Preset::CudaLinuxCpuElsewhere:
        return PlanBuilder::perPlatform({Cpu, u"linux="_s + cuda}, *packages, project);
    case Preset::CpuEverywhere:
        return PlanBuilder::perPlatform({Cpu}, *packages, project);
    case Preset::VariantsCpuCuda:
        return PlanBuilder::variants({Cpu, cuda}, *packages, project);
    }
    return fail(Error{Error::Code::InvalidArgument, tr("Unknown preset.")});
}

} // namespace Akari
