// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvidiaprobe.h"

#include <algorithm>

#include <QFileInfo>

#include "../logging/logcategories.h"
#include "../pep/version.h"
#include "cudadrivertable.h"
#include "cudavisibledevices.h"
#include "nvidiasmioutput.h"
#include "pcidevice.h"
#include "probecommand.h"
#include "probefile.h"
#include "textdecoding.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr quint16 NvidiaVendorId = 0x10de;
const QString SysfsVersionPath = u"/sys/module/nvidia/version"_s;
const QString ProcVersionPath = u"/proc/driver/nvidia/version"_s;
const QString PciDevicesPath = u"/sys/bus/pci/devices"_s;
const QString SmiProbe = u"nvidia-smi"_s;
const QString NvmlProbe = u"NVML"_s;
/// WSL 2 mounts the Windows driver's tools here; it is not on PATH in every distribution.
const QString WslLibDirectory = u"/usr/lib/wsl/lib"_s;
const QString CudaVisibleDevicesVariable = u"CUDA_VISIBLE_DEVICES"_s;

// uv's own query, argument for argument.
const QStringList DriverVersionArguments{u"--query-gpu=driver_version"_s, u"--format=csv,noheader"_s};

QStringList detailArguments(bool withComputeCapability)
{
    // With the header line, so the columns are read by name; compute_cap needs driver ≥ 510.
    const QString fields = withComputeCapability
                               ? u"index,uuid,name,memory.total,compute_cap,pci.bus_id,driver_version"_s
                               : u"index,uuid,name,memory.total,pci.bus_id,driver_version"_s;
    return {u"--query-gpu="_s + fields, u"--format=csv,nounits"_s};
}

/// Reads a whole text file as uv does: nullopt when it does not exist; any other failure (a
/// folder without access on the way, bytes that are not UTF-8) is an error naming the file.
Result<std::optional<QString>> readText(const QString &path)
{
    Result<std::optional<QByteArray>> bytes = ProbeFile::read(path);
    if (!bytes)
        return fail(bytes.error());
    if (!*bytes)
        return std::nullopt;
    std::optional<QString> text = decodeStrictUtf8(**bytes);
    if (!text)
        return fail(Error(Error::Code::Parse, NvidiaProbe::tr("%1 is not UTF-8 text.").arg(path), path));
    return text;
}

UvAccelerator cudaAccelerator(const Version &driver, const QString &text, const QString &source)
{
    UvAccelerator accelerator;
    accelerator.kind = UvAccelerator::Kind::Cuda;
    accelerator.driverVersion = driver;
    accelerator.driverVersionText = text.trimmed();
    accelerator.source = source;
    return accelerator;
}

// NVIDIA first by the driver's index; devices no driver reports (index -1) last, by PCI address.
bool byIndex(const GpuInfo &a, const GpuInfo &b)
{
    if ((a.index < 0) != (b.index < 0))
        return a.index >= 0;
    if (a.index != b.index)
        return a.index < b.index;
    return a.pciBusId < b.pciBusId;
}
} // namespace

NvidiaProbe::NvidiaProbe(const ProbeEnvironment &environment)
    : m_environment(environment)
{}

NvidiaProbe::NvidiaProbe(const ProbeEnvironment &environment, NvmlLibrary::Reader nvml)
    : m_environment(environment)
    , m_nvml(std::move(nvml))
{}

Result<std::optional<UvAccelerator>> NvidiaProbe::uvDetect(HardwareReport &report) const
{
    // Step 3: the loaded kernel module's version, the whole file.
    const QString sysfsPath = m_environment.path(SysfsVersionPath);
    Result<std::optional<QString>> sysfs = readText(sysfsPath);
    if (!sysfs)
        return fail(sysfs.error());
    if (*sysfs) {
        const QString text = (*sysfs)->trimmed();
        Result<Version> driver = Version::parse(text);
        if (!driver) {
            return fail(Error(Error::Code::Parse,
                              tr("%1 does not hold a driver version: %2").arg(sysfsPath, driver.error().message()),
                              sysfsPath));
        }
        report.nvidiaDriverVersion = text;
        return cudaAccelerator(*driver, text, SysfsVersionPath);
    }

    // Step 4: the text between the first two double spaces of /proc/driver/nvidia/version.
    const QString procPath = m_environment.path(ProcVersionPath);
    Result<std::optional<QString>> proc = readText(procPath);
    if (!proc)
        return fail(proc.error());
    if (*proc) {
        if (const std::optional<QString> field = NvidiaSmiOutput::procVersionField(**proc)) {
            Result<Version> driver = Version::parse(*field);
            if (!driver) {
                return fail(Error(
                    Error::Code::Parse,
                    tr("%1 does not hold a driver version where expected: %2").arg(procPath, driver.error().message()),
                    procPath));
            }
            report.nvidiaDriverVersion = *field;
            return cudaAccelerator(*driver, *field, ProcVersionPath);
        }
        qCDebug(lcSystem) << "No driver version in the layout uv expects in" << procPath;
    }

    // Step 5: nvidia-smi, found on PATH only, as uv runs it by name.
    if (!m_environment.runner)
        return std::nullopt;
    const QString program = m_environment.runner->findExecutable(SmiProbe);
    if (program.isEmpty())
        return std::nullopt;
    // Not starting, a timeout or a non-zero exit: uv only logs it and goes on.
    const Result<QByteArray> output = ProbeCommand::run(*m_environment.runner, report, program, DriverVersionArguments);
    if (!output) {
        report.failures.append({SmiProbe, output.error()});
        return std::nullopt;
    }
    const std::optional<QString> text = decodeStrictUtf8(*output);
    if (!text)
        return fail(Error(Error::Code::Parse, tr("%1 printed text that is not UTF-8.").arg(program), program));
    const std::optional<QString> line = NvidiaSmiOutput::firstLine(*text);
    if (!line) {
        qCDebug(lcSystem) << program << "printed no driver version";
        return std::nullopt;
    }
    Result<Version> driver = Version::parse(*line);
    if (!driver) {
        return fail(Error(Error::Code::Parse,
                          tr("%1 printed \"%2\" where a driver version was expected: %3")
                              .arg(program, line->left(200), driver.error().message()),
                          program));
    }
    report.nvidiaDriverVersion = *line;
    return cudaAccelerator(*driver, *line, SmiProbe);
}

void NvidiaProbe::addGpus(HardwareReport &report) const
{
    QList<GpuInfo> gpus;
    QString cudaVersion;
    bool answered = false;
    bool driverHung = false;
    if (mayUseNvml()) {
        Result<NvmlLibrary::Snapshot> snapshot = m_nvml
                                                     ? NvmlLibrary::queryWith(m_nvml, CommandRunner::DefaultTimeoutMs)
                                                     : NvmlLibrary::query(CommandRunner::DefaultTimeoutMs);
        if (snapshot) {
            answered = true;
            gpus = snapshot->gpus;
            cudaVersion = snapshot->cudaVersion;
            if (!snapshot->driverVersion.isEmpty())
                report.nvidiaDriverVersion = snapshot->driverVersion;
        } else if (snapshot.error().code() != Error::Code::NotFound) {
            report.failures.append({NvmlProbe, snapshot.error()});
        }
        // nvidia-smi asks the same driver through NVML: after NVML hung it would hang too.
        driverHung = !snapshot && NvmlLibrary::hasHung();
    }
    // Looked up even when NVML answered: that uv misses a WSL nvidia-smi is worth telling.
    QString smi = m_environment.runner ? m_environment.runner->findExecutable(SmiProbe) : QString();
    if (smi.isEmpty() && m_environment.runner) {
        smi = m_environment.runner->findExecutable(SmiProbe, {WslLibDirectory});
        report.nvidiaSmiOnlyInWslPath = !smi.isEmpty();
    }
    // When uv's own nvidia-smi call already failed, a second call would only fail (or hang) again.
    if (!answered && !driverHung && !smi.isEmpty() && !report.hasFailure(SmiProbe))
        gpus = gpusFromSmi(report, smi);

    if (report.nvidiaDriverVersion.isEmpty()) {
        const auto withDriver =
            std::ranges::find_if(gpus, [](const GpuInfo &gpu) { return !gpu.driverVersion.isEmpty(); });
        report.nvidiaDriverVersion = withDriver != gpus.end() ? withDriver->driverVersion : driverVersionFromFiles();
    }
    for (GpuInfo &gpu : gpus) {
        if (gpu.driverVersion.isEmpty())
            gpu.driverVersion = report.nvidiaDriverVersion;
    }

    if (!cudaVersion.isEmpty()) {
        report.cudaDriverVersion = cudaVersion;
        report.cudaVersionEstimated = false;
    } else if (const Result<Version> driver = Version::parse(report.nvidiaDriverVersion);
               !report.nvidiaDriverVersion.isEmpty() && driver) {
        // WSL runs the Windows driver, so its numbers follow the Windows column.
        const SystemInfo machine = m_environment.machine.value_or(report.machine);
        const bool windowsDriver = machine.osFamily == SystemInfo::OsFamily::Windows || machine.wsl;
        const QString estimate = CudaDriverTable::newestCuda(*driver, windowsDriver ? CudaDriverTable::DriverOs::Windows
                                                                                    : CudaDriverTable::DriverOs::Linux);
        if (!estimate.isEmpty()) {
            report.cudaDriverVersion = estimate;
            report.cudaVersionEstimated = true;
        }
    }

    addDriverlessDevices(report, gpus);
    if (m_environment.environment.contains(CudaVisibleDevicesVariable)) {
        const QString value = m_environment.environment.value(CudaVisibleDevicesVariable);
        report.cudaVisibleDevices = value;
        CudaVisibleDevices::apply(value, gpus);
    }
    std::ranges::stable_sort(gpus, byIndex);
    report.gpus += gpus;
}

QList<GpuInfo> NvidiaProbe::gpusFromSmi(HardwareReport &report, const QString &program) const
{
    const CommandRunner &runner = *m_environment.runner;
    Result<CommandOutput> output = ProbeCommand::start(runner, report, program, detailArguments(true));
    if (output && output->exitCode != 0 &&
        NvidiaSmiOutput::rejectsField(QByteArray(output->standardOutput + output->standardError), "compute_cap")) {
        qCDebug(lcSystem) << program << "does not know compute_cap; asking again without it";
        output = ProbeCommand::start(runner, report, program, detailArguments(false));
    }
    if (!output) {
        report.failures.append({SmiProbe, output.error()});
        return {};
    }
    if (output->exitCode != 0) {
        report.failures.append({SmiProbe, ProbeCommand::exitError(program, *output)});
        return {};
    }
    Result<QList<GpuInfo>> gpus = NvidiaSmiOutput::parseQuery(output->standardOutput);
    if (!gpus) {
        report.failures.append({SmiProbe, gpus.error()});
        return {};
    }
    return *gpus;
}

QString NvidiaProbe::driverVersionFromFiles() const
{
    // The same files uv reads, leniently: this only fills in a version for display.
    if (const Result<std::optional<QString>> sysfs = readText(m_environment.path(SysfsVersionPath));
        sysfs && *sysfs && Version::isValid((*sysfs)->trimmed()))
        return (*sysfs)->trimmed();
    if (const Result<std::optional<QString>> proc = readText(m_environment.path(ProcVersionPath)); proc && *proc) {
        if (const std::optional<QString> field = NvidiaSmiOutput::procVersionField(**proc);
            field && Version::isValid(*field))
            return *field;
    }
    return {};
}

void NvidiaProbe::addDriverlessDevices(HardwareReport &report, QList<GpuInfo> &gpus) const
{
    // IntelProbe reads the same listing; one note of the same problem is enough.
    const Result<PciDevice::Listing> listing = PciDevice::readAll(m_environment);
    if (!listing) {
        report.addFailureOnce(PciDevicesPath, listing.error());
        return;
    }
    if (const std::optional<Error> skipped = listing->skippedError())
        report.addFailureOnce(PciDevicesPath, *skipped);
    for (const PciDevice &device : listing->devices) {
        if (device.vendor != NvidiaVendorId || !device.isDisplayController())
            continue;
        const QString address = NvidiaSmiOutput::normalisedPciBusId(device.address);
        const QString deviceId = PciDevice::idText(device.device);
        const auto known =
            std::ranges::find_if(gpus, [&address](const GpuInfo &gpu) { return gpu.pciBusId == address; });
        if (known != gpus.end()) {
            if (known->pciDeviceId.isEmpty())
                known->pciDeviceId = deviceId;
            continue;
        }
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Nvidia;
        gpu.name = tr("NVIDIA GPU (device %1)").arg(deviceId);
        gpu.pciBusId = address;
        gpu.pciDeviceId = deviceId;
        gpu.source = u"sysfs"_s;
        gpus.append(gpu);
    }
}

bool NvidiaProbe::mayUseNvml() const
{
    if (!m_environment.useNvml)
        return false;
    if (m_nvml)
        return true; // a test's stand-in for the driver
    // NVML describes this machine's hardware, so it would contradict a captured root.
    if (!m_environment.isSystemRoot())
        return false;
#if defined(Q_OS_LINUX)
    // Looking for a library that is not there costs milliseconds; without a loaded NVIDIA kernel
    // module (or WSL's copy of the Windows driver's library) there is nothing to ask.
    return QFileInfo::exists(u"/sys/module/nvidia"_s) || QFileInfo::exists(u"/proc/driver/nvidia"_s) ||
           QFileInfo::exists(WslLibDirectory + u"/libnvidia-ml.so.1"_s);
#else
    return true;
#endif
}

} // namespace Akari
