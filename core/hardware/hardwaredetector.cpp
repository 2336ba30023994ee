// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwaredetector.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <memory>
#include <utility>

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "../logging/logcategories.h"
#include "../pep/version.h"
#include "../system/systemprobe.h"
#include "amdarchitecture.h"
#include "amdprobe.h"
#include "appleprobe.h"
#include "intelprobe.h"
#include "nvidiaprobe.h"
#include "probecache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString CudaDriverVariable = u"UV_CUDA_DRIVER_VERSION"_s;
const QString AmdArchitectureVariable = u"UV_AMD_GPU_ARCHITECTURE"_s;

/// Fills what \a target does not know from \a other, a second view of the same device.
void mergeInto(GpuInfo &target, const GpuInfo &other)
{
    const auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(target.name, other.name);
    fill(target.driverVersion, other.driverVersion);
    fill(target.computeCapability, other.computeCapability);
    fill(target.architecture, other.architecture);
    fill(target.pciDeviceId, other.pciDeviceId);
    fill(target.uuid, other.uuid);
    if (target.memoryMib < 0)
        target.memoryMib = other.memoryMib;
    if (target.index < 0)
        target.index = other.index;
    if (!target.integrated)
        target.integrated = other.integrated;
    target.visible = target.visible && other.visible;
    if (!other.source.isEmpty() && !target.source.split(u'+').contains(other.source))
        target.source = target.source.isEmpty() ? other.source : target.source + u'+' + other.source;
}

/// One entry per device: probes that saw the same PCI address of the same vendor are merged.
QList<GpuInfo> mergedByPciAddress(const QList<GpuInfo> &gpus)
{
    QList<GpuInfo> merged;
    for (const GpuInfo &gpu : gpus) {
        const auto same = std::ranges::find_if(merged, [&gpu](const GpuInfo &seen) {
            return !gpu.pciBusId.isEmpty() && seen.vendor == gpu.vendor && seen.pciBusId == gpu.pciBusId;
        });
        if (same != merged.end())
            mergeInto(*same, gpu);
        else
            merged.append(gpu);
    }
    return merged;
}

/// Runs one probe so that a surprise inside it becomes a failure of that probe only.
void guarded(HardwareReport &report, const QString &probe, const std::function<void()> &work)
{
    try {
        work();
    } catch (const std::exception &exception) {
        report.failures.append({probe, Error(Error::Code::Internal, QString::fromUtf8(exception.what()))});
    } catch (...) {
        report.failures.append({probe, Error(Error::Code::Internal, HardwareDetector::tr("Unexpected failure."))});
    }
}
} // namespace

HardwareDetector::HardwareDetector(ProbeEnvironment environment)
    : m_environment(std::move(environment))
{}

Result<HardwareReport> HardwareDetector::detect() const
{
    HardwareReport report;
    // The machine comes first: the probes read it (Apple Silicon, WSL's Windows driver numbers).
    report.machine = m_environment.machine ? *m_environment.machine : SystemProbe(m_environment.root).probe();

    // uv's steps 1 and 2: override variables, checked even before any probe, as every uv command does.
    const QProcessEnvironment &variables = m_environment.environment;
    if (variables.contains(CudaDriverVariable)) {
        const QString value = variables.value(CudaDriverVariable);
        const Result<Version> driver = Version::parse(value);
        if (!driver) {
            return fail(Error(Error::Code::InvalidArgument,
                              tr("Failed to parse environment variable %1 with invalid value \"%2\": %3")
                                  .arg(CudaDriverVariable, value, driver.error().message())));
        }
        report.accelerator.kind = UvAccelerator::Kind::Cuda;
        report.accelerator.driverVersion = *driver;
        report.accelerator.driverVersionText = value.trimmed();
        report.accelerator.source = CudaDriverVariable;
    } else if (variables.contains(AmdArchitectureVariable)) {
        const QString value = variables.value(AmdArchitectureVariable);
        if (AmdArchitecture::rank(value) < 0) {
            return fail(Error(Error::Code::InvalidArgument,
                              tr("Failed to parse environment variable %1 with invalid value \"%2\": Unknown AMD "
                                 "GPU architecture: %2")
                                  .arg(AmdArchitectureVariable, value)));
        }
        report.accelerator.kind = UvAccelerator::Kind::Amd;
        report.accelerator.amdArchitecture = value;
        report.accelerator.source = AmdArchitectureVariable;
    }

    // One cache per detection: what several probes ask the system (Windows' device list) is asked once.
    ProbeEnvironment environment = m_environment;
    environment.cache = std::make_shared<const ProbeCache>();
    const NvidiaProbe nvidia(environment);
    const AmdProbe amd(environment);
    const IntelProbe intel(environment);
    const AppleProbe apple(environment);

    // uv's steps 3 to 8, in uv's order: the first answer wins, an error ends uv's detection.
    if (report.accelerator.kind == UvAccelerator::Kind::None) {
        std::optional<UvAccelerator> found;
        const auto step = [&report, &found](const QString &probe,
                                            const std::function<Result<std::optional<UvAccelerator>>()> &detect) {
            if (report.accelerator.uvError || found)
                return;
            guarded(report, probe, [&] {
                Result<std::optional<UvAccelerator>> answer = detect();
                if (!answer) {
                    qCDebug(lcSystem) << "uv would stop here:" << answer.error().message();
                    report.accelerator.uvError = answer.error();
                    return;
                }
                found = *answer;
            });
        };
        step(u"nvidia"_s, [&] { return nvidia.uvDetect(report); });
        step(u"amd"_s, [&] { return amd.uvDetect(report); });
        step(u"intel"_s, [&] { return intel.uvDetect(report); });
        if (found)
            report.accelerator = *found;
    }

    // Akari's own view of every GPU; each probe reports its own trouble and the rest carry on.
    guarded(report, u"nvidia"_s, [&] { nvidia.addGpus(report); });
    guarded(report, u"amd"_s, [&] { amd.addGpus(report); });
    guarded(report, u"intel"_s, [&] { intel.addGpus(report); });
    guarded(report, u"apple"_s, [&] { apple.addGpus(report); });

    // NVIDIA, AMD, Intel, Apple; each probe already put its own GPUs in order.
    report.gpus = mergedByPciAddress(report.gpus);
    std::ranges::stable_sort(report.gpus, {}, [](const GpuInfo &gpu) { return int(gpu.vendor); });
    return report;
}

Job *HardwareDetector::detectJob(QObject *parent)
{
    return detectJob(ProbeEnvironment::system(), parent);
}

Job *HardwareDetector::detectJob(ProbeEnvironment environment, QObject *parent)
{
    return Job::create<HardwareReport>(
        tr("Detecting the hardware"),
        [environment = std::move(environment)](JobContext &context) -> Result<HardwareReport> {
            context.reportProgress({.phase = tr("Detecting GPUs and drivers")});
            return HardwareDetector(environment).detect();
        },
        parent);
}

} // namespace Akari
