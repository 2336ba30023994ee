// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "jobprogress.h"

namespace Akari
{

class JobShared;

/**
 * \brief What a job's work function sees on its worker thread.
 *
 * The work polls isCancelled() between steps and returns promptly once it is true; it
 * reports progress as often as it likes: only the newest report is delivered to the
 * GUI thread, so frequent reports cost nothing there.
 */
class JobContext final
{
public:
    explicit JobContext(std::shared_ptr<JobShared> shared);

    [[nodiscard]] bool isCancelled() const;
    void reportProgress(const JobProgress &progress);

private:
    std::shared_ptr<JobShared> m_shared;
};

} // namespace Akari
