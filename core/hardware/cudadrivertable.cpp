// SPDX-License-Identifier: GPL-3.0-or-later
#include "cudadrivertable.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Akari::CudaDriverTable
{

namespace
{
struct Row
{
    const char16_t *cuda;
    const char16_t *linuxDriver;
    const char16_t *windowsDriver;
};

// Source: NVIDIA CUDA Toolkit Release Notes (CUDA 13.2 Update 2), "Table 3: CUDA Toolkit and
// Corresponding Driver Versions", https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/ —
// the GA row of each 11.x, 12.x and 13.x release (updates need the same driver branch). NVIDIA
// lists no Windows minimum for 13.x ("N/A": the toolkit stopped bundling a Windows driver);
// Windows drivers share the branch numbers, so the Linux minimum stands in for them.
// Newest first.
constexpr std::array Rows{
    Row{u"13.2", u"595.45.04", u"595.45.04"}, Row{u"13.1", u"590.44.01", u"590.44.01"},
    Row{u"13.0", u"580.65.06", u"580.65.06"}, Row{u"12.9", u"575.51.03", u"576.02"},
    Row{u"12.8", u"570.26", u"570.65"},       Row{u"12.6", u"560.28.03", u"560.76"},
    Row{u"12.5", u"555.42.02", u"555.85"},    Row{u"12.4", u"550.54.14", u"551.61"},
    Row{u"12.3", u"545.23.06", u"545.84"},    Row{u"12.2", u"535.54.03", u"536.25"},
    Row{u"12.1", u"530.30.02", u"531.14"},    Row{u"12.0", u"525.60.13", u"527.41"},
    Row{u"11.8", u"520.61.05", u"520.06"},    Row{u"11.7", u"515.43.04", u"516.01"},
    Row{u"11.6", u"510.39.01", u"511.23"},    Row{u"11.5", u"495.29.05", u"496.04"},
    Row{u"11.4", u"470.42.01", u"471.11"},    Row{u"11.3", u"465.19.01", u"465.89"},
    Row{u"11.2", u"460.27.03", u"460.82"},    Row{u"11.1", u"455.23", u"456.38"},
    Row{u"11.0", u"450.51.05", u"451.48"},
};
} // namespace

QString newestCuda(const Version &driver, DriverOs os)
{
    for (const Row &row : Rows) {
        const QStringView minimum(os == DriverOs::Windows ? row.windowsDriver : row.linuxDriver);
        // The table is static and valid; compare the release numbers as uv does (PEP 440).
        if (driver.compare(Version::parse(minimum).value(), Version::Scope::Public) >= 0)
            return QStringView(row.cuda).toString();
    }
    return {};
}

} // namespace Akari::CudaDriverTable
