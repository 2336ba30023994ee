// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// pyvenv.cfg is "key = value" lines; keys are matched case-insensitively as CPython does.
QHash<QString, QString> readConfig(QFile &file)
{
    QHash<QString, QString> values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        values.insert(line.left(equals).trimmed().toLower(), line.mid(equals + 1).trimmed());
    }
    return values;
}

// "torch-2.7.0+cu128.dist-info" -> "torch 2.7.0+cu128" (names in dist-info folders never hold '-').
QString distributionFromFolder(const QString &folderName)
{
    QString stem = folderName.chopped(u".dist-info"_s.size());
    const qsizetype dash = stem.indexOf(u'-');
    if (dash < 0)
        return stem;
    return stem.left(dash) + u' ' + stem.mid(dash + 1);
}

QStringList installedDistributions(const QString &environmentPath)
{
    QStringList result;
    const QStringList sitePackagesPatterns{u"lib/python*/site-packages"_s, u"Lib/site-packages"_s};
    // Expand each pattern one path component at a time: site-packages sits at a known depth.
    for (const QString &pattern : sitePackagesPatterns) {
        const QStringList parts = pattern.split(u'/');
        QStringList candidates{environmentPath};
        for (const QString &part : parts) {
            QStringList next;
            for (const QString &base : std::as_const(candidates)) {
                const QDir dir(base);
                for (const QString &entry : dir.entryList({part}, QDir::Dirs | QDir::NoDotAndDotDot))
                    next.append(dir.filePath(entry));
            }
            candidates = next;
        }
        for (const QString &sitePackages : std::as_const(candidates)) {
            const QDir dir(sitePackages);
            for (const QString &entry : dir.entryList({u"*.dist-info"_s}, QDir::Dirs))
                result.append(distributionFromFolder(entry));
        }
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}
} // namespace

Result<VirtualEnvironmentInfo> VirtualEnvironment::inspect(const QString &environmentPath)
{
    VirtualEnvironmentInfo info;
    info.path = QDir::cleanPath(environmentPath);
    const QFileInfo folder(info.path);
    if (!folder.exists())
        return info; // no environment yet: a normal state, not an error
    if (!folder.isDir())
        return fail({Error::Code::InvalidArgument, tr("This is a file, not a virtual environment folder."), info.path});
    const QDir dir(info.path);

    QFile config(dir.filePath(u"pyvenv.cfg"_s));
    if (!config.exists())
        return fail({Error::Code::InvalidArgument,
                     tr("This folder is not a virtual environment: pyvenv.cfg is missing."), info.path});
    if (!config.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail({Error::Code::Io, tr("Could not read the file: %1").arg(config.errorString()), config.fileName()});

    info.exists = true;
    const QHash<QString, QString> values = readConfig(config);
    info.pythonVersion = values.value(u"version_info"_s, values.value(u"version"_s));
    info.home = values.value(u"home"_s);
    info.implementation = values.value(u"implementation"_s);
    info.systemSitePackages =
        values.value(u"include-system-site-packages"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (values.contains(u"akari"_s))
        info.createdBy = u"Akari "_s + values.value(u"akari"_s);
    else if (values.contains(u"uv"_s))
        info.createdBy = u"uv "_s + values.value(u"uv"_s);
    else if (values.contains(u"virtualenv"_s))
        info.createdBy = u"virtualenv "_s + values.value(u"virtualenv"_s);
    else if (values.contains(u"command"_s))
        info.createdBy = u"venv"_s;

    for (const QString &candidate : {u"bin/python"_s, u"Scripts/python.exe"_s}) {
        if (QFileInfo::exists(dir.filePath(candidate))) {
            info.interpreter = dir.filePath(candidate);
            break;
        }
    }
    info.packages = installedDistributions(info.path);
    return info;
}

Job *VirtualEnvironment::inspectJob(const QString &projectDirectory, QObject *parent)
{
    const QString environmentPath = QDir(projectDirectory).filePath(u".venv"_s);
    return Job::create<VirtualEnvironmentInfo>(
        tr("Inspecting the environment"),
        [environmentPath](JobContext &context) -> Result<VirtualEnvironmentInfo> {
            context.reportProgress({.phase = tr("Reading"), .item = environmentPath});
            return inspect(environmentPath);
        },
        parent);
}

} // namespace Akari
