// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Akari
{

void ThreadPriority::makeCurrentThreadBackground()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread (PRIO_PROCESS with a thread id); Qt's priorities do
    // nothing under the default scheduling policy there. Failure only means no change.
    const auto thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, thread, current + BackgroundNice);
#else
    if (QThread *thread = QThread::currentThread())
        thread->setPriority(QThread::LowPriority);
#endif
}

} // namespace Akari
