// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchbackend.h"

#include <utility>

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// "cu132" → "13.2", "cu92" → "9.2": the last digit is the minor version (uv's naming).
QString cudaVersionOf(QStringView id)
{
    const QStringView digits = id.mid(2);
    return digits.chopped(1).toString() + u'.' + digits.last();
}

} // namespace

TorchBackend::TorchBackend(QString id, Kind kind, QString toolkitVersion, bool autoReachable)
    : m_id(std::move(id))
    , m_kind(kind)
    , m_toolkitVersion(std::move(toolkitVersion))
    , m_autoReachable(autoReachable)
{}

const QList<TorchBackend> &TorchBackend::all()
{
    // Built on first use (not at program start): uv's TorchBackend order, UV-TORCH-FACTS.md §1.
    static const QList<TorchBackend> catalogue = [] {
        QList<TorchBackend> list;
        list.reserve(49);
        list.append(TorchBackend(u"cpu"_s, Kind::Cpu, {}, true));
        // No cu127: CUDA 12.7 never had a PyTorch index.
        const QStringView cuda[] = {u"cu132", u"cu130", u"cu129", u"cu128", u"cu126", u"cu125", u"cu124",
                                    u"cu123", u"cu122", u"cu121", u"cu120", u"cu118", u"cu117", u"cu116",
                                    u"cu115", u"cu114", u"cu113", u"cu112", u"cu111", u"cu110", u"cu102",
                                    u"cu101", u"cu100", u"cu92",  u"cu91",  u"cu90",  u"cu80"};
        for (const QStringView id : cuda)
            list.append(TorchBackend(id.toString(), Kind::Cuda, cudaVersionOf(id), true));
        // ROCm 5.x and 4.x exist for explicit selection only; auto never lists them.
        const QStringView rocm[] = {u"7.2", u"7.1", u"7.0",   u"6.4", u"6.3", u"6.2.4", u"6.2",
                                    u"6.1", u"6.0", u"5.7",   u"5.6", u"5.5", u"5.4.2", u"5.4",
                                    u"5.3", u"5.2", u"5.1.1", u"4.2", u"4.1", u"4.0.1"};
        for (const QStringView version : rocm)
            list.append(TorchBackend(u"rocm"_s + version, Kind::Rocm, version.toString(),
                                     version.startsWith(u'6') || version.startsWith(u'7')));
        list.append(TorchBackend(u"xpu"_s, Kind::Xpu, {}, true));
        return list;
    }();
    return catalogue;
}

std::optional<TorchBackend> TorchBackend::fromId(QStringView id)
{
    for (const TorchBackend &backend : all()) {
        if (backend.m_id == id)
            return backend;
    }
    return std::nullopt;
}

std::optional<TorchBackend> TorchBackend::fromIndexUrl(QStringView url)
{
    // As uv's from_index: download.pytorch.org/whl/<id> or pyx's <host>/simple/astral-sh/<id>;
    // the segment after the prefix must be a backend id, whatever follows is not looked at.
    // Mirrors are not recognised.
    const QUrl parsed(url.toString(), QUrl::StrictMode);
    if (!parsed.isValid())
        return std::nullopt;
    QString prefix;
    if (parsed.host() == u"download.pytorch.org")
        prefix = u"/whl/"_s;
    else if (parsed.host() == u"api.pyx.dev")
        prefix = u"/simple/astral-sh/"_s;
    else
        return std::nullopt;
    const QString path = parsed.path(QUrl::FullyEncoded);
    if (!path.startsWith(prefix))
        return std::nullopt;
    QStringView rest = QStringView(path).mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0)
        rest = rest.first(slash);
    return fromId(rest);
}

QString TorchBackend::indexUrl() const
{
    return u"https://download.pytorch.org/whl/"_s + m_id;
}

QString TorchBackend::displayName() const
{
    switch (m_kind) {
    case Kind::Cuda:
        return tr("CUDA %1").arg(m_toolkitVersion);
    case Kind::Rocm:
        return tr("ROCm %1").arg(m_toolkitVersion);
    case Kind::Xpu:
        return tr("Intel XPU");
    case Kind::Cpu:
        break;
    }
    return tr("CPU");
}

QString TorchBackend::description() const
{
    switch (m_kind) {
    case Kind::Cuda:
        return tr("PyTorch built with CUDA %1 for NVIDIA GPUs; the NVIDIA driver must be new enough for it.")
            .arg(m_toolkitVersion);
    case Kind::Rocm:
        if (!m_autoReachable)
            return tr("PyTorch built with ROCm %1 for AMD GPUs on Linux; an old line that uv's automatic choice "
                      "never picks.")
                .arg(m_toolkitVersion);
        return tr("PyTorch built with ROCm %1 for AMD GPUs on Linux.").arg(m_toolkitVersion);
    case Kind::Xpu:
        return tr("PyTorch built for Intel GPUs (Arc, Data Center GPU Max, Xe integrated graphics) on Linux and "
                  "Windows.");
    case Kind::Cpu:
        break;
    }
    return tr("PyTorch built for the processor only: runs everywhere and uses no GPU.");
}

} // namespace Akari
