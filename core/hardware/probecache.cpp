// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecache.h"

#include <utility>

#include "windowsdevicelist.h"

namespace Akari
{

ProbeCache::ProbeCache(DisplayAdapterLister lister)
    : m_lister(std::move(lister))
{}

ProbeCache::ProbeCache()
    : ProbeCache(&WindowsDeviceList::presentDisplayAdapters)
{}

Result<QStringList> ProbeCache::displayAdapters() const
{
    const std::lock_guard lock(m_mutex);
    if (!m_displayAdapters)
        m_displayAdapters = m_lister ? m_lister() : Result<QStringList>(QStringList{});
    return *m_displayAdapters;
}

} // namespace Akari
