// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeenvironment.h"

#include <QDir>

#include "../system/systemprobe.h"
#include "probecache.h"
#include "processcommandrunner.h"
#include "windowsdevicelist.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

ProbeEnvironment ProbeEnvironment::system()
{
    // One runner for the whole process: it holds no state, and probes on worker threads share it.
    static const std::shared_ptr<const CommandRunner> runner = std::make_shared<const ProcessCommandRunner>();
    ProbeEnvironment environment;
    environment.root = u"/"_s;
    environment.environment = QProcessEnvironment::systemEnvironment();
    environment.runner = runner;
    environment.useNvml = true;
    return environment;
}

QString ProbeEnvironment::path(const QString &absolutePath) const
{
    if (root.isEmpty() || root == u"/"_s)
        return absolutePath;
    return QDir::cleanPath(root + u'/' + absolutePath);
}

bool ProbeEnvironment::isSystemRoot() const
{
    return root.isEmpty() || SystemProbe::isSystemRoot(root);
}

Result<QStringList> ProbeEnvironment::displayAdapters() const
{
    return cache ? cache->displayAdapters() : WindowsDeviceList::presentDisplayAdapters();
}

} // namespace Akari
