// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <mutex>
#include <optional>

#include <QStringList>

#include "../error.h"

namespace Akari
{

/**
 * \brief Answers that several probes need during one detection, asked only once.
 *
 * Windows' list of present display adapters is read by uv's Intel step, by the Intel listing
 * and by the AMD listing; each Configuration Manager call walks the device tree. HardwareDetector
 * makes one cache per detect() and hands it to every probe through ProbeEnvironment::cache, so a
 * refresh asks again while one detection asks once. Thread-safe.
 */
class ProbeCache final
{
public:
    using DisplayAdapterLister = std::function<Result<QStringList>()>;

    /// \a lister answers displayAdapters(); tests count its calls.
    explicit ProbeCache(DisplayAdapterLister lister);
    /// Uses WindowsDeviceList::presentDisplayAdapters().
    ProbeCache();

    /// The device instance IDs of the present display adapters, from the first call on.
    [[nodiscard]] Result<QStringList> displayAdapters() const;

private:
    DisplayAdapterLister m_lister;
    mutable std::mutex m_mutex;
    mutable std::optional<Result<QStringList>> m_displayAdapters;
};

} // namespace Akari
