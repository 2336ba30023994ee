// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrun.h"

#include <QTest>

#include "core/jobs/job.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

JobOutcome runToEnd(Job *job, int timeoutMs)
{
    job->start();
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs))
        return {{}, Error(Error::Code::Internal, u"“%1” did not end in time"_s.arg(job->title()))};
    if (job->state() == Job::State::Succeeded)
        return {job->result(), std::nullopt};
    return {{}, job->error()};
}

} // namespace Akari::Test
