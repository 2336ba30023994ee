// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicecontext.h"

#include <utility>

#include <QLocale>

#include "torchbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

std::optional<Version> driverOf(const HardwareReport &report)
{
    if (report.accelerator.kind == UvAccelerator::Kind::Cuda && report.accelerator.driverVersion)
        return report.accelerator.driverVersion;
    if (report.nvidiaDriverVersion.isEmpty())
        return std::nullopt;
    const Result<Version> parsed = Version::parse(report.nvidiaDriverVersion);
    return parsed ? std::optional<Version>(*parsed) : std::nullopt;
}

} // namespace

AdviceContext::AdviceContext(const HardwareReport &hardware, const TargetPlatform &target, QStringList uvList)
    : report(hardware)
    , platform(target)
    , uvBackends(std::move(uvList))
    , nvidiaDriver(driverOf(hardware))
    , m_primary(uvBackends.value(0, u"cpu"_s))
{}

QString AdviceContext::driverText() const
{
    if (!nvidiaDriver)
        return {};
    // Keep the driver's own spelling; uv's parsed version drops leading zeros ("550.144.3").
    if (report.accelerator.driverVersion == nvidiaDriver && !report.accelerator.driverVersionText.isEmpty())
        return report.accelerator.driverVersionText;
    const Result<Version> probed = Version::parse(report.nvidiaDriverVersion);
    if (probed && *probed == *nvidiaDriver)
        return report.nvidiaDriverVersion;
    return nvidiaDriver->toString();
}

QList<GpuInfo> AdviceContext::visibleNvidiaWithCapability() const
{
    QList<GpuInfo> gpus;
    for (const GpuInfo &gpu : report.gpus) {
        if (gpu.vendor == GpuVendor::Nvidia && gpu.visible && !gpu.computeCapability.isEmpty())
            gpus.append(gpu);
    }
    return gpus;
}

void AdviceContext::setPrimary(const QString &backend, Advice reason)
{
    m_primary = backend;
    // A later, more specific reason (e.g. compute capability after WSL) explains the final pick;
    // the earlier one stays in the list.
    if (m_primaryReason)
        m_advice.prepend(*m_primaryReason);
    m_primaryReason = std::move(reason);
}

void AdviceContext::add(const QString &id, Advice::Severity severity, const QString &text)
{
    m_advice.append(Advice{id, severity, text});
}

QList<Advice> AdviceContext::advice() const
{
    QList<Advice> all;
    all.reserve(m_advice.size() + 1);
    if (m_primaryReason)
        all.append(*m_primaryReason);
    all.append(m_advice);
    return all;
}

QString AdviceContext::label(const GpuInfo &gpu)
{
    if (!gpu.name.isEmpty())
        return gpu.name;
    return tr("%1 GPU", "vendor name, e.g. NVIDIA GPU").arg(gpuVendorName(gpu.vendor));
}

QString AdviceContext::labels(const QList<GpuInfo> &gpus)
{
    QStringList names;
    for (const GpuInfo &gpu : gpus) {
        const QString name = label(gpu);
        if (!names.contains(name))
            names.append(name);
    }
    return QLocale().createSeparatedList(names);
}

QString AdviceContext::backendName(const QString &id)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend ? backend->displayName() : id;
}

} // namespace Akari
