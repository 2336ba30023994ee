// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Akari
{

/**
 * \brief Lets the interface thread win the CPU over background work.
 *
 * Jobs and the HTTP thread call makeCurrentThreadBackground() once: on Linux the thread's nice
 * value goes up by BackgroundNice (threads it starts inherit it), elsewhere QThread's
 * LowPriority. On a busy two-core machine a sync's hashing and unpacking threads otherwise
 * keep the GUI thread waiting for a core for tens of milliseconds at a time.
 */
class ThreadPriority final
{
public:
    static constexpr int BackgroundNice = 5;

    ThreadPriority() = delete;
    /// Idempotent: a thread is lowered once, however often it is called.
    static void makeCurrentThreadBackground();
};

} // namespace Akari
