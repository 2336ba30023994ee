// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpuinfo.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString gpuVendorId(GpuVendor vendor)
{
    switch (vendor) {
    case GpuVendor::Nvidia:
        return u"nvidia"_s;
    case GpuVendor::Amd:
        return u"amd"_s;
    case GpuVendor::Intel:
        return u"intel"_s;
    case GpuVendor::Apple:
        return u"apple"_s;
    }
    return {};
}

QString gpuVendorName(GpuVendor vendor)
{
    switch (vendor) {
    case GpuVendor::Nvidia:
        return u"NVIDIA"_s;
    case GpuVendor::Amd:
        return u"AMD"_s;
    case GpuVendor::Intel:
        return u"Intel"_s;
    case GpuVendor::Apple:
        return u"Apple"_s;
    }
    return {};
}

} // namespace Akari
