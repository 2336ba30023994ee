// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvmllibrary.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QLibrary>

#include "nvidiasmioutput.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// The parts of NVIDIA's nvml.h that Akari uses, declared here so no CUDA headers are needed at
// build time. Layouts and signatures follow the NVML API reference (docs.nvidia.com/deploy/nvml-api).
using NvmlReturn = int; // nvmlReturn_t; 0 is NVML_SUCCESS
constexpr NvmlReturn NvmlSuccess = 0;
using NvmlDevice = struct NvmlDeviceOpaque *; // nvmlDevice_t

struct NvmlMemory // nvmlMemory_t
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};

struct NvmlPciInfo // nvmlPciInfo_t as nvmlDeviceGetPciInfo_v3 fills it
{
    char busIdLegacy[16];
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId; // device id in the high 16 bits, vendor id in the low 16
    unsigned int pciSubSystemId;
    char busId[32];
};

// Generous buffers: the documented maxima are 80 (driver version) and 96 (name, UUID).
constexpr unsigned int TextBufferSize = 256;

using InitFn = NvmlReturn (*)();
using ShutdownFn = NvmlReturn (*)();
using TextFn = NvmlReturn (*)(char *, unsigned int);
using IntFn = NvmlReturn (*)(int *);
using CountFn = NvmlReturn (*)(unsigned int *);
using HandleFn = NvmlReturn (*)(unsigned int, NvmlDevice *);
using DeviceTextFn = NvmlReturn (*)(NvmlDevice, char *, unsigned int);
using MemoryFn = NvmlReturn (*)(NvmlDevice, NvmlMemory *);
using CapabilityFn = NvmlReturn (*)(NvmlDevice, int *, int *);
using PciFn = NvmlReturn (*)(NvmlDevice, NvmlPciInfo *);

struct Functions
{
    InitFn init = nullptr;
    ShutdownFn shutdown = nullptr;
    TextFn driverVersion = nullptr;
    IntFn cudaVersion = nullptr;
    CountFn count = nullptr;
    HandleFn handle = nullptr;
    DeviceTextFn name = nullptr;
    MemoryFn memory = nullptr;
    CapabilityFn capability = nullptr;
    PciFn pci = nullptr;
    DeviceTextFn uuid = nullptr;
};

QString text(const char *buffer, size_t size)
{
    return QString::fromUtf8(buffer, qsizetype(qstrnlen(buffer, size))).trimmed();
}

bool load(QLibrary &library)
{
#if defined(Q_OS_WIN)
    // Current drivers put nvml.dll in System32; older ones in the NVSMI folder.
    library.setFileName(u"nvml"_s);
    if (library.load())
        return true;
    library.setFileName(qEnvironmentVariable("ProgramW6432", u"C:/Program Files"_s) +
                        u"/NVIDIA Corporation/NVSMI/nvml.dll"_s);
    return library.load();
#elif defined(Q_OS_MACOS)
    Q_UNUSED(library);
    return false; // no NVIDIA driver for current macOS
#else
    library.setFileNameAndVersion(u"nvidia-ml"_s, 1);
    return library.load();
#endif
}

Result<NvmlLibrary::Snapshot> readAll(QLibrary &library)
{
    if (!load(library))
        return fail(Error(Error::Code::NotFound, NvmlLibrary::tr("The NVIDIA management library is not installed.")));

    Functions f;
    const auto resolve = [&library](const char *symbol, auto &function) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(symbol));
        return function != nullptr;
    };
    // The _v2/_v3 names exist since the 2017 drivers; without them this driver is too old to ask.
    if (!resolve("nvmlInit_v2", f.init) || !resolve("nvmlShutdown", f.shutdown) ||
        !resolve("nvmlDeviceGetCount_v2", f.count) || !resolve("nvmlDeviceGetHandleByIndex_v2", f.handle)) {
        return fail(Error(Error::Code::Io,
                          NvmlLibrary::tr("%1 lacks the functions Akari needs; the NVIDIA driver "
                                          "is probably very old.")
                              .arg(library.fileName()),
                          library.fileName()));
    }
    resolve("nvmlSystemGetDriverVersion", f.driverVersion);
    resolve("nvmlSystemGetCudaDriverVersion_v2", f.cudaVersion);
    resolve("nvmlDeviceGetName", f.name);
    resolve("nvmlDeviceGetMemoryInfo", f.memory);
    resolve("nvmlDeviceGetCudaComputeCapability", f.capability);
    resolve("nvmlDeviceGetPciInfo_v3", f.pci);
    resolve("nvmlDeviceGetUUID", f.uuid);

    if (const NvmlReturn status = f.init(); status != NvmlSuccess) {
        return fail(
            Error(Error::Code::Io, NvmlLibrary::tr("The NVIDIA driver did not answer (NVML error %1).").arg(status)));
    }

    NvmlLibrary::Snapshot snapshot;
    char buffer[TextBufferSize] = {};
    if (f.driverVersion && f.driverVersion(buffer, TextBufferSize) == NvmlSuccess)
        snapshot.driverVersion = text(buffer, sizeof buffer);
    if (int encoded = 0; f.cudaVersion && f.cudaVersion(&encoded) == NvmlSuccess)
        snapshot.cudaVersion = NvmlLibrary::cudaVersionString(encoded);

    unsigned int count = 0;
    if (const NvmlReturn status = f.count(&count); status != NvmlSuccess) {
        f.shutdown();
        return fail(Error(Error::Code::Io,
                          NvmlLibrary::tr("The NVIDIA driver did not list its GPUs (NVML error %1).").arg(status)));
    }
    for (unsigned int i = 0; i < count; ++i) {
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Nvidia;
        gpu.source = u"nvml"_s;
        gpu.index = int(i);
        gpu.driverVersion = snapshot.driverVersion;
        NvmlDevice device = nullptr;
        // A GPU NVML cannot open (fallen off the bus, no permission) is still listed by index.
        if (f.handle(i, &device) == NvmlSuccess && device) {
            if (f.name && f.name(device, buffer, TextBufferSize) == NvmlSuccess)
                gpu.name = text(buffer, sizeof buffer);
            if (f.uuid && f.uuid(device, buffer, TextBufferSize) == NvmlSuccess)
                gpu.uuid = text(buffer, sizeof buffer);
            if (NvmlMemory memory{}; f.memory && f.memory(device, &memory) == NvmlSuccess)
                gpu.memoryMib = qint64(memory.total / (1024ULL * 1024ULL));
            if (int major = 0, minor = 0; f.capability && f.capability(device, &major, &minor) == NvmlSuccess)
                gpu.computeCapability = u"%1.%2"_s.arg(major).arg(minor);
            if (NvmlPciInfo pci{}; f.pci && f.pci(device, &pci) == NvmlSuccess) {
                gpu.pciBusId = NvidiaSmiOutput::normalisedPciBusId(text(pci.busId, sizeof pci.busId));
                gpu.pciDeviceId = u"0x%1"_s.arg(pci.pciDeviceId >> 16, 4, 16, QChar(u'0'));
            }
        }
        snapshot.gpus.append(gpu);
    }
    f.shutdown();
    return snapshot;
}

// Shared between the caller and the helper thread, which may outlive the caller after a timeout.
struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    std::optional<Result<NvmlLibrary::Snapshot>> result;
    QLibrary library; // never unloaded: a late thread may still be inside it
};
} // namespace

Result<NvmlLibrary::Snapshot> NvmlLibrary::query(int timeoutMs)
{
    auto pending = std::make_shared<Pending>();
    std::thread worker([pending] {
        Result<Snapshot> result = readAll(pending->library);
        const std::lock_guard lock(pending->mutex);
        pending->result = std::move(result);
        pending->done.notify_all();
    });
    std::unique_lock lock(pending->mutex);
    const bool finished = pending->done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                                 [&pending] { return pending->result.has_value(); });
    lock.unlock();
    if (!finished) {
        // A driver call that hangs cannot be interrupted; leave the thread to finish on its own.
        worker.detach();
        return fail(Error(Error::Code::Io,
                          tr("The NVIDIA driver did not answer within %n millisecond(s).", nullptr, timeoutMs)));
    }
    worker.join();
    return std::move(*pending->result);
}

QString NvmlLibrary::cudaVersionString(int encoded)
{
    if (encoded <= 0)
        return {};
    return u"%1.%2"_s.arg(encoded / 1000).arg((encoded % 1000) / 10);
}

} // namespace Akari
