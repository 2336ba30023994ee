// SPDX-License-Identifier: GPL-3.0-or-later
#include "cudabackendtable.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

struct RawRow
{
    QStringView backend;
    QStringView linuxMinimum;
    QStringView windowsMinimum;
};

// uv's LINUX_CUDA_DRIVERS / WINDOWS_CUDA_VERSIONS (backend.rs L1003 / L1044), newest first.
constexpr RawRow RawRows[] = {
    {u"cu132", u"580", u"580"},          {u"cu130", u"580", u"580"},          {u"cu129", u"525.60.13", u"528.33"},
    {u"cu128", u"525.60.13", u"528.33"}, {u"cu126", u"525.60.13", u"528.33"}, {u"cu125", u"525.60.13", u"528.33"},
    {u"cu124", u"525.60.13", u"528.33"}, {u"cu123", u"525.60.13", u"528.33"}, {u"cu122", u"525.60.13", u"528.33"},
    {u"cu121", u"525.60.13", u"528.33"}, {u"cu120", u"525.60.13", u"528.33"}, {u"cu118", u"450.80.02", u"452.39"},
    {u"cu117", u"450.80.02", u"452.39"}, {u"cu116", u"450.80.02", u"452.39"}, {u"cu115", u"450.80.02", u"452.39"},
    {u"cu114", u"450.80.02", u"452.39"}, {u"cu113", u"450.80.02", u"452.39"}, {u"cu112", u"450.80.02", u"452.39"},
    {u"cu111", u"450.80.02", u"452.39"}, {u"cu110", u"450.36.06", u"451.22"}, {u"cu102", u"440.33", u"441.22"},
    {u"cu101", u"418.39", u"418.96"},    {u"cu100", u"410.48", u"411.31"},    {u"cu92", u"396.26", u"398.26"},
    {u"cu91", u"390.46", u"391.29"},     {u"cu90", u"384.81", u"385.54"},     {u"cu80", u"375.26", u"376.51"},
};

} // namespace

const QList<CudaBackendTable::Row> &CudaBackendTable::rows()
{
    // Parsed once, on first use; the literals above are valid versions.
    static const QList<Row> table = [] {
        QList<Row> list;
        list.reserve(std::size(RawRows));
        for (const RawRow &raw : RawRows)
            list.append(Row{raw.backend.toString(), Version::parse(raw.linuxMinimum).value_or(Version()),
                            Version::parse(raw.windowsMinimum).value_or(Version())});
        return list;
    }();
    return table;
}

std::optional<Version> CudaBackendTable::minimumDriver(QStringView backendId, TargetPlatform::Os os)
{
    if (os == TargetPlatform::Os::MacOs)
        return std::nullopt;
    for (const Row &row : rows()) {
        if (row.backend == backendId)
            return os == TargetPlatform::Os::Windows ? row.windowsMinimum : row.linuxMinimum;
    }
    return std::nullopt;
}

QString CudaBackendTable::minimumDriverText(QStringView backendId, TargetPlatform::Os os)
{
    if (os == TargetPlatform::Os::MacOs)
        return {};
    for (const RawRow &raw : RawRows) {
        if (raw.backend == backendId)
            return (os == TargetPlatform::Os::Windows ? raw.windowsMinimum : raw.linuxMinimum).toString();
    }
    return {};
}

QStringList CudaBackendTable::backendsFor(const Version &driver, TargetPlatform::Os os)
{
    QStringList backends;
    if (os == TargetPlatform::Os::MacOs)
        return backends;
    for (const Row &row : rows()) {
        const Version &minimum = os == TargetPlatform::Os::Windows ? row.windowsMinimum : row.linuxMinimum;
        if (driver >= minimum)
            backends.append(row.backend);
    }
    return backends;
}

} // namespace Akari
