// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectionjson.h"

#include <QJsonArray>

#include "../hardware/hardwarereport.h"
#include "recommendation.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::DetectionJson
{

namespace
{
QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString osFamilyId(SystemInfo::OsFamily family)
{
    switch (family) {
    case SystemInfo::OsFamily::Linux:
        return u"linux"_s;
    case SystemInfo::OsFamily::Windows:
        return u"windows"_s;
    case SystemInfo::OsFamily::MacOs:
        return u"macos"_s;
    case SystemInfo::OsFamily::Other:
        break;
    }
    return u"other"_s;
}

QString acceleratorKindId(UvAccelerator::Kind kind)
{
    switch (kind) {
    case UvAccelerator::Kind::Cuda:
        return u"cuda"_s;
    case UvAccelerator::Kind::Amd:
        return u"amd"_s;
    case UvAccelerator::Kind::Xpu:
        return u"xpu"_s;
    case UvAccelerator::Kind::None:
        break;
    }
    return u"none"_s;
}

QJsonObject machineJson(const SystemInfo &machine)
{
    return {
        {u"os"_s, osFamilyId(machine.osFamily)},
        {u"os_name"_s, stringOrNull(machine.osName)},
        {u"kernel"_s, stringOrNull(machine.kernel)},
        {u"architecture"_s, stringOrNull(machine.architecture)},
        {u"cpu"_s, stringOrNull(machine.cpuModel)},
        {u"logical_cores"_s, machine.logicalCores > 0 ? QJsonValue(machine.logicalCores) : QJsonValue()},
        {u"memory_bytes"_s, machine.memoryBytes > 0 ? QJsonValue(machine.memoryBytes) : QJsonValue()},
        {u"glibc"_s, stringOrNull(machine.glibcVersion)},
        {u"musl"_s, machine.musl},
        {u"wsl"_s, machine.wsl},
    };
}

QJsonObject gpuJson(const GpuInfo &gpu)
{
    return {
        {u"vendor"_s, gpuVendorId(gpu.vendor)},
        {u"name"_s, stringOrNull(gpu.name)},
        {u"driver_version"_s, stringOrNull(gpu.driverVersion)},
        {u"memory_mib"_s, gpu.memoryMib >= 0 ? QJsonValue(gpu.memoryMib) : QJsonValue()},
        {u"compute_capability"_s, stringOrNull(gpu.computeCapability)},
        {u"architecture"_s, stringOrNull(gpu.architecture)},
        {u"pci_bus_id"_s, stringOrNull(gpu.pciBusId)},
        {u"uuid"_s, stringOrNull(gpu.uuid)},
        {u"index"_s, gpu.index >= 0 ? QJsonValue(gpu.index) : QJsonValue()},
        {u"integrated"_s, gpu.integrated ? QJsonValue(*gpu.integrated) : QJsonValue()},
        {u"visible"_s, gpu.visible},
        {u"source"_s, stringOrNull(gpu.source)},
    };
}

QJsonObject uvJson(const UvAccelerator &accelerator)
{
    QString value;
    if (accelerator.kind == UvAccelerator::Kind::Cuda && accelerator.driverVersion)
        value = accelerator.driverVersionText.isEmpty() ? accelerator.driverVersion->toString()
                                                        : accelerator.driverVersionText;
    else if (accelerator.kind == UvAccelerator::Kind::Amd)
        value = accelerator.amdArchitecture;
    return {
        {u"accelerator"_s, acceleratorKindId(accelerator.kind)},
        {u"value"_s, stringOrNull(value)},
        {u"source"_s, stringOrNull(accelerator.source)},
        {u"error"_s, accelerator.uvError ? QJsonValue(accelerator.uvError->toString()) : QJsonValue()},
    };
}

QJsonObject recommendationJson(const Recommendation &recommendation)
{
    QJsonArray advice;
    for (const Advice &item : recommendation.advice) {
        advice.append(QJsonObject{
            {u"id"_s, item.id},
            {u"severity"_s, item.severity == Advice::Severity::Warning ? u"warning"_s : u"info"_s},
            {u"text"_s, item.text},
        });
    }
    return {
        {u"platform"_s, recommendation.platform.name()},
        {u"primary"_s, recommendation.primary},
        {u"backends"_s, QJsonArray::fromStringList(recommendation.backends)},
        {u"advice"_s, advice},
    };
}
} // namespace

QJsonObject toJson(const HardwareReport &report, const Recommendation &recommendation)
{
    QJsonArray gpus;
    for (const GpuInfo &gpu : report.gpus)
        gpus.append(gpuJson(gpu));
    QJsonArray failures;
    for (const ProbeFailure &failure : report.failures)
        failures.append(QJsonObject{{u"probe"_s, failure.probe}, {u"message"_s, failure.error.toString()}});

    return {
        {u"machine"_s, machineJson(report.machine)},
        {u"gpus"_s, gpus},
        {u"nvidia"_s,
         QJsonObject{
             {u"driver_version"_s, stringOrNull(report.nvidiaDriverVersion)},
             {u"cuda_version"_s, stringOrNull(report.cudaDriverVersion)},
             {u"cuda_version_estimated"_s, report.cudaVersionEstimated},
             {u"cuda_visible_devices"_s,
              report.cudaVisibleDevices ? QJsonValue(*report.cudaVisibleDevices) : QJsonValue()},
         }},
        {u"amd"_s, QJsonObject{{u"rocm_version"_s, stringOrNull(report.rocmVersion)}}},
        {u"uv"_s, uvJson(report.accelerator)},
        {u"recommendation"_s, recommendationJson(recommendation)},
        {u"failures"_s, failures},
        {u"commands_run"_s, QJsonArray::fromStringList(report.commandsRun)},
    };
}

} // namespace Akari::DetectionJson
