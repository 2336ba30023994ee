// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <mutex>

#include "jobprogress.h"

namespace Akari
{

class Job;

/**
 * \brief State shared between a Job (GUI thread) and its work (worker thread).
 *
 * The Job may be destroyed while its work still runs; it then clears \c owner under the
 * mutex, and the worker, which posts to the owner only under the same mutex, stops
 * delivering. This is what lets a running job be deleted without blocking the GUI thread.
 */
class JobShared final
{
public:
    std::atomic_bool cancelRequested{false};
    std::mutex mutex;
    Job *owner = nullptr;                 // guarded by mutex
    JobProgress latestProgress;           // guarded by mutex
    bool progressDeliveryPending = false; // guarded by mutex
};

} // namespace Akari
