// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"

#include <QDir>
#include <QThreadPool>

#include "core/jobs/jobtracker.h"
#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

QString writeProject(const QString &parent, const QString &name, const QByteArray &toml)
{
    const QString directory = QDir(parent).filePath(name);
    return writeFile(QDir(directory).filePath(u"pyproject.toml"_s), toml) ? directory : QString();
}

QString createVirtualEnvironment(const QString &projectDirectory)
{
    const QString python = QStringLiteral(AKARI_TEST_PYTHON);
    const ProcessResult result =
        runProcess(python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, QDir(projectDirectory).filePath(u".venv"_s)},
                   QProcessEnvironment::systemEnvironment());
    if (result.exitCode != 0)
        return u"%1 -m venv failed (%2): %3"_s.arg(python).arg(result.exitCode).arg(result.err);
    return {};
}

bool allowParallelJobs(JobTracker *tracker, int count)
{
    // The tracker's pool is its child; sized by the core count, it may hold a single thread.
    auto *pool = tracker->findChild<QThreadPool *>();
    if (!pool)
        return false;
    pool->setMaxThreadCount(std::max(count, pool->maxThreadCount()));
    return true;
}

} // namespace Akari::Test
