// SPDX-License-Identifier: GPL-3.0-or-later
#include "amdprobe.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "../logging/logcategories.h"
#include "amdarchitecture.h"
#include "commandrunner.h"
#include "pcidevice.h"
#include "probecommand.h"
#include "textdecoding.h"
#include "windowsdevicelist.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr quint16 AmdVendorId = 0x1002;
const QString EnumeratorProbe = u"rocm_agent_enumerator"_s;
const QString RocminfoProbe = u"rocminfo"_s;
const QString DrmProbe = u"/sys/class/drm"_s;

/// One AMD card under /sys/class/drm.
struct SysfsCard
{
    QString pciBusId;
    quint16 deviceId = 0;
    qint64 vramMib = -1;
};

bool isPciAddress(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$"_s);
    return pattern.match(text).hasMatch();
}

/// The APU processors in LLVM's AMDGPU processor table (llvm/docs/AMDGPUUsage.rst, "AMDGPU
/// Processors", column dGPU/APU), from GFX8 on; every other gfx name there is a discrete GPU.
bool isApuArchitecture(const QString &architecture)
{
    static const QStringList apus{u"gfx801"_s,  u"gfx810"_s,  u"gfx902"_s,  u"gfx909"_s,  u"gfx90c"_s,
                                  u"gfx1013"_s, u"gfx1033"_s, u"gfx1035"_s, u"gfx1036"_s, u"gfx1103"_s,
                                  u"gfx1150"_s, u"gfx1151"_s, u"gfx1152"_s, u"gfx1210"_s};
    return apus.contains(architecture);
}

/// A VRAM carve-out of at most 512 MiB (the usual firmware default for an APU's "UMA frame
/// buffer") means an iGPU. A larger one proves nothing: APUs such as Strix Halo can reserve tens
/// of GiB, so the answer then stays unknown.
std::optional<bool> integratedFromVram(qint64 vramMib)
{
    if (vramMib >= 0 && vramMib <= 512)
        return true;
    return std::nullopt;
}

/// rocminfo's "BDFID: 768" is (bus << 8) | (device << 3) | function; its domain is not printed.
QString busDeviceFunction(int bdfid)
{
    return u"%1:%2.%3"_s.arg((bdfid >> 8) & 0xFF, 2, 16, QChar(u'0'))
        .arg((bdfid >> 3) & 0x1F, 2, 16, QChar(u'0'))
        .arg(bdfid & 0x7);
}

/// The value after "Key:" on a rocminfo line, trimmed; nullopt when the line has another key.
std::optional<QString> rocminfoValue(QStringView line, QLatin1StringView key)
{
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(key) || trimmed.size() <= key.size() || trimmed.at(key.size()) != u':')
        return std::nullopt;
    return trimmed.mid(key.size() + 1).trimmed().toString();
}

/// The AMD cards the amdgpu driver registered with DRM, in card order. A card whose vendor file
/// cannot be read is reported and skipped.
QList<SysfsCard> readDrmCards(const ProbeEnvironment &environment, HardwareReport &report)
{
    QList<SysfsCard> cards;
    const QDir drm(environment.path(u"/sys/class/drm"_s));
    if (!drm.exists())
        return cards; // not Linux, or no DRM drivers loaded
    // card0, card1, …; renderD128 and connectors such as card0-HDMI-A-1 describe the same devices.
    static const QRegularExpression cardName(u"^card(\\d+)$"_s);
    QStringList names = drm.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    names.removeIf([](const QString &name) { return !cardName.match(name).hasMatch(); });
    std::ranges::sort(names, [](const QString &a, const QString &b) { return a.mid(4).toInt() < b.mid(4).toInt(); });
    for (const QString &name : std::as_const(names)) {
        const QString devicePath = drm.filePath(name + u"/device"_s);
        const QString vendorPath = devicePath + u"/vendor"_s;
        if (!QFileInfo::exists(vendorPath))
            continue; // not a PCI device (simpledrm, a virtual display)
        const Result<quint32> vendor = PciDevice::readIdFile(vendorPath, 0xFFFFu);
        if (!vendor) {
            report.failures.append({DrmProbe, vendor.error()});
            continue;
        }
        if (*vendor != AmdVendorId)
            continue;

        SysfsCard card;
        // Real sysfs: device -> ../../../0000:03:00.0. Copied trees may hold a plain folder, whose
        // uevent still names the slot.
        const QFileInfo deviceLink(devicePath);
        if (deviceLink.isSymLink())
            card.pciBusId = QFileInfo(deviceLink.symLinkTarget()).fileName().toLower();
        if (!isPciAddress(card.pciBusId)) {
            card.pciBusId.clear();
            QFile uevent(devicePath + u"/uevent"_s);
            if (uevent.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : uevent.readAll().split('\n')) {
                    if (line.startsWith("PCI_SLOT_NAME="))
                        card.pciBusId = QString::fromUtf8(line.mid(14)).trimmed().toLower();
                }
            }
            if (!isPciAddress(card.pciBusId))
                card.pciBusId.clear();
        }
        if (const Result<quint32> id = PciDevice::readIdFile(devicePath + u"/device"_s, 0xFFFFu))
            card.deviceId = quint16(*id);
        QFile vramFile(devicePath + u"/mem_info_vram_total"_s);
        if (vramFile.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 bytes = vramFile.readAll().trimmed().toLongLong(&ok);
            if (ok && bytes >= 0)
                card.vramMib = bytes / (1024 * 1024);
        }
        const bool duplicate = !card.pciBusId.isEmpty() && std::ranges::any_of(cards, [&](const SysfsCard &seen) {
            return seen.pciBusId == card.pciBusId;
        });
        if (!duplicate)
            cards.append(card);
    }
    return cards;
}

} // namespace

AmdProbe::AmdProbe(const ProbeEnvironment &environment)
    : m_environment(environment)
{}

QString AmdProbe::smallestKnownArchitecture(QStringView output)
{
    QString smallest;
    int smallestRank = -1;
    for (const QStringView line : output.split(u'\n')) {
        const QString name = line.trimmed().toString();
        const int rank = AmdArchitecture::rank(name);
        if (rank >= 0 && (smallestRank < 0 || rank < smallestRank)) {
            smallestRank = rank;
            smallest = name;
        }
    }
    return smallest;
}

QList<AmdProbe::RocmAgent> AmdProbe::parseRocminfo(QByteArrayView output)
{
    struct Agent
    {
        RocmAgent agent;
        bool gpu = false;
        bool nameSeen = false;
        bool inIsaInfo = false;
    };
    QList<Agent> agents;
    static const QRegularExpression agentHeader(u"^\\s*\\**\\s*Agent\\s+\\d+\\s*\\**\\s*$"_s);
    const QStringList lines = QString::fromUtf8(output).split(u'\n');
    for (const QString &line : lines) {
        if (agentHeader.match(line).hasMatch()) {
            agents.append(Agent{});
            continue;
        }
        if (agents.isEmpty())
            continue; // the "HSA System Attributes" block before the first agent
        Agent &current = agents.last();
        // The ISA list repeats "Name:" (amdgcn-amd-amdhsa--gfx1100); only the agent's own counts.
        if (line.trimmed().startsWith(u"ISA Info:"_s))
            current.inIsaInfo = true;
        if (current.inIsaInfo)
            continue;
        if (auto name = rocminfoValue(line, "Name"_L1); name && !current.nameSeen) {
            // Target IDs may carry feature flags: "gfx90a:sramecc+:xnack-".
            current.agent.architecture = name->section(u':', 0, 0);
            current.nameSeen = true;
        } else if (auto marketing = rocminfoValue(line, "Marketing Name"_L1)) {
            current.agent.marketingName = *marketing;
        } else if (auto type = rocminfoValue(line, "Device Type"_L1)) {
            current.gpu = *type == u"GPU"_s;
        } else if (auto bdfid = rocminfoValue(line, "BDFID"_L1)) {
            bool ok = false;
            const int value = bdfid->toInt(&ok);
            current.agent.bdfid = ok && value >= 0 ? value : -1;
        } else if (auto chip = rocminfoValue(line, "Chip ID"_L1)) {
            // "29772(0x744c)": the decimal part is the PCI device id.
            bool ok = false;
            const uint value = chip->section(u'(', 0, 0).trimmed().toUInt(&ok);
            current.agent.chipId = ok && value <= 0xFFFF ? quint16(value) : 0;
        } else if (auto memory = rocminfoValue(line, "Memory Properties"_L1)) {
            current.agent.apu = memory->split(u' ', Qt::SkipEmptyParts).contains(u"APU"_s);
        }
    }
    QList<RocmAgent> gpus;
    for (const Agent &agent : std::as_const(agents)) {
        if (agent.gpu)
            gpus.append(agent.agent);
    }
    return gpus;
}

Result<std::optional<UvAccelerator>> AmdProbe::uvDetect(HardwareReport &report) const
{
    if (!m_environment.runner)
        return std::nullopt;
    // uv runs the program by name, so only PATH counts here (not /opt/rocm/bin).
    const QString program = m_environment.runner->findExecutable(EnumeratorProbe);
    if (program.isEmpty())
        return std::nullopt;
    // Not starting, a timeout or a non-zero exit: uv only logs it and goes on.
    const Result<QByteArray> output = ProbeCommand::run(*m_environment.runner, report, program, {});
    if (!output) {
        report.failures.append({EnumeratorProbe, output.error()});
        return std::nullopt;
    }
    // uv reads the output as strict UTF-8; a bad byte is an error that ends its detection.
    const std::optional<QString> text = decodeStrictUtf8(*output);
    if (!text)
        return fail(Error(Error::Code::Parse, tr("%1 printed text that is not UTF-8.").arg(program), program));
    const QString architecture = smallestKnownArchitecture(*text);
    if (architecture.isEmpty())
        return std::nullopt;
    UvAccelerator accelerator;
    accelerator.kind = UvAccelerator::Kind::Amd;
    accelerator.amdArchitecture = architecture;
    accelerator.source = EnumeratorProbe;
    return accelerator;
}

void AmdProbe::addGpus(HardwareReport &report) const
{
    // 1. The cards the amdgpu driver registered with DRM.
    const QList<SysfsCard> cards = readDrmCards(m_environment, report);

    // 2. The installed ROCm release: "6.4.1-120" → "6.4.1".
    QFile versionFile(m_environment.path(u"/opt/rocm/.info/version"_s));
    if (versionFile.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(versionFile.readAll()).trimmed().section(u'\n', 0, 0).trimmed();
        report.rocmVersion = text.section(u'-', 0, 0);
    }

    // 3. rocminfo, only when there is an AMD GPU worth describing (it starts the HSA runtime: not
    // free). Not for an APU's iGPU beside an NVIDIA card uv already chose: nothing to learn there.
    const bool enumeratorFoundOne =
        report.accelerator.kind == UvAccelerator::Kind::Amd && report.accelerator.source == EnumeratorProbe;
    const bool onlyIntegratedBesideCuda = report.accelerator.kind == UvAccelerator::Kind::Cuda && !cards.isEmpty() &&
                                          std::ranges::all_of(cards, [](const SysfsCard &card) {
                                              return integratedFromVram(card.vramMib).value_or(false);
                                          });
    QList<RocmAgent> agents;
    if (m_environment.runner && (!cards.isEmpty() || enumeratorFoundOne) && !onlyIntegratedBesideCuda) {
        const QString program = m_environment.runner->findExecutable(RocminfoProbe, {u"/opt/rocm/bin"_s});
        if (!program.isEmpty()) {
            if (const Result<QByteArray> output = ProbeCommand::run(*m_environment.runner, report, program, {}))
                agents = parseRocminfo(*output);
            else
                report.failures.append({RocminfoProbe, output.error()});
        }
    }

    // 4. Merge: an agent belongs to the card at its bus/device/function. When rocminfo prints no
    // BDFID at all (older versions), the n-th agent is the n-th card if the counts agree, as both
    // list devices in PCI order. A BDFID that matches no card is trusted: that agent stands alone.
    QList<GpuInfo> gpus;
    QList<const RocmAgent *> gpuAgents;
    for (const SysfsCard &card : std::as_const(cards)) {
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Amd;
        gpu.pciBusId = card.pciBusId;
        gpu.pciDeviceId = card.deviceId ? PciDevice::idText(card.deviceId) : QString();
        gpu.memoryMib = card.vramMib;
        gpu.source = u"sysfs"_s;
        gpus.append(gpu);
        gpuAgents.append(nullptr);
    }
    QList<bool> agentUsed(agents.size(), false);
    for (qsizetype a = 0; a < agents.size(); ++a) {
        if (agents.at(a).bdfid < 0)
            continue;
        const QString bdf = u":"_s + busDeviceFunction(agents.at(a).bdfid);
        for (qsizetype c = 0; c < cards.size(); ++c) {
            if (!gpuAgents.at(c) && cards.at(c).pciBusId.endsWith(bdf)) {
                gpuAgents[c] = &agents.at(a);
                agentUsed[a] = true;
                break;
            }
        }
    }
    const bool anyBdfid = std::ranges::any_of(agents, [](const RocmAgent &agent) { return agent.bdfid >= 0; });
    if (!anyBdfid && agents.size() == cards.size()) {
        for (qsizetype i = 0; i < agents.size(); ++i) {
            gpuAgents[i] = &agents.at(i);
            agentUsed[i] = true;
        }
    }
    for (qsizetype a = 0; a < agents.size(); ++a) {
        if (agentUsed.at(a))
            continue;
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Amd;
        gpus.append(gpu);
        gpuAgents.append(&agents.at(a));
    }

    for (qsizetype i = 0; i < gpus.size(); ++i) {
        GpuInfo &gpu = gpus[i];
        const RocmAgent *agent = gpuAgents.at(i);
        if (agent) {
            gpu.name = agent->marketingName;
            gpu.architecture = agent->architecture;
            if (gpu.pciDeviceId.isEmpty() && agent->chipId)
                gpu.pciDeviceId = PciDevice::idText(agent->chipId);
            if (gpu.pciBusId.isEmpty() && agent->bdfid >= 0)
                gpu.pciBusId = u"0000:"_s + busDeviceFunction(agent->bdfid); // rocminfo prints no domain
            gpu.source = gpu.source.isEmpty() ? RocminfoProbe : u"sysfs+rocminfo"_s;
        }
        // 5. Integrated or discrete. rocminfo's "Memory Properties: APU" and LLVM's processor table
        // say it outright; without them only a small VRAM carve-out tells.
        if (agent && agent->apu)
            gpu.integrated = true;
        else if (!gpu.architecture.isEmpty())
            gpu.integrated = isApuArchitecture(gpu.architecture);
        else
            gpu.integrated = integratedFromVram(gpu.memoryMib);
    }
#ifdef Q_OS_WIN
    // Windows has no sysfs, and PyTorch has no ROCm wheels there; still list the cards, so the
    // advice can say why an AMD machine gets CPU builds.
    if (m_environment.isSystemRoot()) {
        const Result<QStringList> ids = m_environment.displayAdapters();
        if (!ids) {
            report.addFailureOnce(u"Configuration Manager"_s, ids.error()); // IntelProbe asks the same list
        } else {
            for (const QString &id : std::as_const(*ids)) {
                if (WindowsDeviceList::pciVendorId(id) != AmdVendorId)
                    continue;
                GpuInfo gpu;
                gpu.vendor = GpuVendor::Amd;
                if (const std::optional<quint16> device = WindowsDeviceList::pciDeviceId(id))
                    gpu.pciDeviceId = PciDevice::idText(*device);
                gpu.source = u"Configuration Manager"_s;
                gpus.append(gpu);
            }
        }
    }
#endif
    if (!gpus.isEmpty())
        qCDebug(lcSystem) << "AMD GPUs found:" << gpus.size();
    report.gpus += gpus;
}

} // namespace Akari
