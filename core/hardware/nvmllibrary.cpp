// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvmllibrary.h"

#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QLibrary>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

#include "nvidiasmioutput.h"
#include "pcidevice.h"

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
using ErrorStringFn = const char *(*)(NvmlReturn);
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
    ErrorStringFn errorString = nullptr;
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

/// Everything the process shares about NVML. Created once and never destroyed on purpose: a
/// helper thread stuck in the driver may come back after main() has returned, and must then
/// still find its mutex, its condition variable and the library it runs in (never unloaded).
struct Gate
{
    struct Pending
    {
        std::optional<Result<NvmlLibrary::Snapshot>> result;
    };

    std::mutex mutex;
    std::condition_variable changed;   ///< an answer arrived
    std::shared_ptr<Pending> inFlight; ///< the question being asked now; null when none
    bool hung = false;                 ///< a question ran past its timeout: skip NVML from now on
    QLibrary library;                  ///< used by one helper thread at a time (the one in flight)
};

Gate &gate()
{
    static Gate *const shared = new Gate; // intentionally leaked, see Gate
    return *shared;
}

QString text(const char *buffer, size_t size)
{
    return QString::fromUtf8(buffer, qsizetype(qstrnlen(buffer, size))).trimmed();
}

/// "3 (Not Supported)": the code with nvmlErrorString's words when the driver has the function.
QString errorText(const Functions &f, NvmlReturn status)
{
    const char *words = f.errorString ? f.errorString(status) : nullptr;
    if (!words || !*words)
        return QString::number(status);
    return u"%1 (%2)"_s.arg(status).arg(QString::fromUtf8(words));
}

/// Where to look, in order: the driver's own copy first.
QStringList candidates()
{
#if defined(Q_OS_WIN)
    // By full path from the system directory, so a stray nvml.dll beside the program or in the
    // current folder is never loaded. Older drivers kept it in the NVSMI folder instead.
    QStringList paths;
    wchar_t systemDirectory[MAX_PATH] = {};
    const UINT length = GetSystemDirectoryW(systemDirectory, MAX_PATH);
    if (length > 0 && length < MAX_PATH)
        paths.append(QString::fromWCharArray(systemDirectory, int(length)) + u"\\nvml.dll"_s);
    paths.append(qEnvironmentVariable("ProgramW6432", u"C:\\Program Files"_s) +
                 u"\\NVIDIA Corporation\\NVSMI\\nvml.dll"_s);
    return paths;
#elif defined(Q_OS_MACOS)
    return {}; // no NVIDIA driver for current macOS
#else
    // The driver's soname, then WSL 2's copy of the Windows driver's library, which not every
    // distribution puts on the loader's path.
    return {u"libnvidia-ml.so.1"_s, u"/usr/lib/wsl/lib/libnvidia-ml.so.1"_s};
#endif
}

bool load(QLibrary &library, const QStringList &names)
{
    for (const QString &name : names) {
#if defined(Q_OS_UNIX)
        // A bare soname with its version, so QLibrary asks the loader for exactly that name first.
        if (name == u"libnvidia-ml.so.1"_s)
            library.setFileNameAndVersion(u"nvidia-ml"_s, 1);
        else
            library.setFileName(name);
#else
        library.setFileName(name);
#endif
        if (library.load())
            return true;
    }
    return false;
}

/// The file the loader picked ("/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1"), for messages.
QString loadedPath(const QLibrary &library, const Functions &f)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    Dl_info info{};
    if (f.init && ::dladdr(reinterpret_cast<void *>(f.init), &info) != 0 && info.dli_fname)
        return QString::fromLocal8Bit(info.dli_fname);
#else
    Q_UNUSED(f);
#endif
    return library.fileName();
}

Result<NvmlLibrary::Snapshot> readAll(QLibrary &library)
{
    const QStringList names = candidates();
    if (!load(library, names)) {
        return fail(Error(Error::Code::NotFound, NvmlLibrary::tr("The NVIDIA management library is not installed "
                                                                 "(looked for %1).")
                                                     .arg(names.join(u", "_s))));
    }

    Functions f;
    const auto resolve = [&library](const char *symbol, auto &function) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(symbol));
        return function != nullptr;
    };
    resolve("nvmlErrorString", f.errorString);
    // The _v2/_v3 names exist since the 2017 drivers; without them this driver is too old to ask.
    const bool complete = resolve("nvmlInit_v2", f.init) && resolve("nvmlShutdown", f.shutdown) &&
                          resolve("nvmlDeviceGetCount_v2", f.count) &&
                          resolve("nvmlDeviceGetHandleByIndex_v2", f.handle);
    const QString path = loadedPath(library, f);
    if (!complete) {
        return fail(Error(
            Error::Code::Io,
            NvmlLibrary::tr("%1 lacks the functions Akari needs; the NVIDIA driver is probably very old.").arg(path),
            path));
    }
    resolve("nvmlSystemGetDriverVersion", f.driverVersion);
    resolve("nvmlSystemGetCudaDriverVersion_v2", f.cudaVersion);
    resolve("nvmlDeviceGetName", f.name);
    resolve("nvmlDeviceGetMemoryInfo", f.memory);
    resolve("nvmlDeviceGetCudaComputeCapability", f.capability);
    resolve("nvmlDeviceGetPciInfo_v3", f.pci);
    resolve("nvmlDeviceGetUUID", f.uuid);

    if (const NvmlReturn status = f.init(); status != NvmlSuccess) {
        return fail(Error(Error::Code::Io,
                          NvmlLibrary::tr("The NVIDIA driver did not answer through %1 (NVML error %2).")
                              .arg(path, errorText(f, status)),
                          path));
    }

    NvmlLibrary::Snapshot snapshot;
    char buffer[TextBufferSize] = {};
    if (f.driverVersion && f.driverVersion(buffer, TextBufferSize) == NvmlSuccess)
        snapshot.driverVersion = text(buffer, sizeof buffer);
    if (int encoded = 0; f.cudaVersion && f.cudaVersion(&encoded) == NvmlSuccess)
        snapshot.cudaVersion = NvmlLibrary::cudaVersionString(encoded);

    unsigned int count = 0;
    if (const NvmlReturn status = f.count(&count); status != NvmlSuccess) {
        const QString reason = errorText(f, status);
        f.shutdown();
        return fail(Error(
            Error::Code::Io,
            NvmlLibrary::tr("The NVIDIA driver did not list its GPUs through %1 (NVML error %2).").arg(path, reason),
            path));
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
                gpu.pciDeviceId = PciDevice::idText(quint16(pci.pciDeviceId >> 16));
            }
        }
        snapshot.gpus.append(gpu);
    }
    f.shutdown();
    return snapshot;
}

Error skippedError()
{
    return Error(Error::Code::Io, NvmlLibrary::tr("NVML was skipped: the NVIDIA driver did not answer it earlier "
                                                  "while Akari was running, so it is probably hung."));
}
} // namespace

Result<NvmlLibrary::Snapshot> NvmlLibrary::query(int timeoutMs)
{
    // Only the one thread in flight touches the library (see queryWith), so no lock is needed here.
    return queryWith([] { return readAll(gate().library); }, timeoutMs);
}

Result<NvmlLibrary::Snapshot> NvmlLibrary::queryWith(Reader reader, int timeoutMs)
{
    Gate &shared = gate();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(qMax(timeoutMs, 0));
    std::unique_lock lock(shared.mutex);
    if (shared.hung)
        return fail(skippedError());

    // At most one question in flight: a second caller (two detections at once) waits for the
    // same answer instead of entering the driver beside the first.
    std::shared_ptr<Gate::Pending> pending = shared.inFlight;
    std::thread worker;
    if (!pending) {
        pending = std::make_shared<Gate::Pending>();
        try {
            worker = std::thread([pending, reader = std::move(reader)] {
                Result<Snapshot> result = reader();
                Gate &state = gate();
                const std::lock_guard answerLock(state.mutex);
                pending->result = std::move(result);
                if (state.inFlight == pending)
                    state.inFlight.reset();
                state.changed.notify_all();
            });
        } catch (const std::exception &exception) {
            return fail(Error(Error::Code::Internal,
                              tr("Could not start a thread to ask NVML: %1").arg(QString::fromUtf8(exception.what()))));
        }
        shared.inFlight = pending;
    }

    const bool answered = shared.changed.wait_until(lock, deadline, [&pending] { return pending->result.has_value(); });
    if (!answered) {
        // A driver call that hangs cannot be interrupted: leave the thread to finish on its own
        // (Gate outlives it) and do not go near the driver again.
        shared.hung = true;
        lock.unlock();
        if (worker.joinable())
            worker.detach();
        return fail(Error(Error::Code::Io, tr("The NVIDIA driver did not answer NVML within %n millisecond(s); NVML "
                                              "is not asked again while Akari runs.",
                                              nullptr, timeoutMs)));
    }
    Result<Snapshot> result = *pending->result; // a copy: callers that waited along share it
    lock.unlock();
    if (worker.joinable())
        worker.join();
    return result;
}

bool NvmlLibrary::hasHung()
{
    Gate &shared = gate();
    const std::lock_guard lock(shared.mutex);
    return shared.hung;
}

QString NvmlLibrary::cudaVersionString(int encoded)
{
    if (encoded <= 0)
        return {};
    return u"%1.%2"_s.arg(encoded / 1000).arg((encoded % 1000) / 10);
}

} // namespace Akari
