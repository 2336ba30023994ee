// SPDX-License-Identifier: GPL-3.0-or-later
#include "installeddistribution.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../pep/coremetadata.h"
#include "environmentlayout.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// The first line of a small text file, trimmed; empty when the file is absent.
QString firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

} // namespace

Result<QList<InstalledDistribution>> InstalledDistribution::scan(const EnvironmentLayout &layout)
{
    QList<InstalledDistribution> result;
    QStringList folders;
    for (const QString &folder : {layout.purelib, layout.platlib}) {
        if (folder.isEmpty())
            continue;
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (!canonical.isEmpty() && !folders.contains(canonical))
            folders.append(canonical);
    }

    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList({u"*.dist-info"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString distInfo = entry.absoluteFilePath();
            const QString metadataPath = distInfo + u"/METADATA"_s;
            QFile metadataFile(metadataPath);
            if (!metadataFile.open(QIODevice::ReadOnly))
                return fail(Error(Error::Code::Io,
                                  tr("Cannot read the metadata of the installed distribution in %1: %2")
                                      .arg(distInfo, metadataFile.errorString()),
                                  metadataPath));
            const Result<CoreMetadata> metadata = CoreMetadata::parse(metadataFile.readAll(), metadataPath);
            if (!metadata)
                return fail(metadata.error());
            const Result<Version> version = Version::parse(metadata->version());
            if (!version)
                return fail(Error(Error::Code::Parse,
                                  tr("The installed distribution in %1 has an invalid version: %2")
                                      .arg(distInfo, version.error().message()),
                                  metadataPath));

            InstalledDistribution distribution;
            distribution.name = PackageName::fromUnvalidated(metadata->name());
            distribution.version = *version;
            distribution.distInfoPath = distInfo;
            distribution.installer = firstLine(distInfo + u"/INSTALLER"_s);
            distribution.requested = QFileInfo::exists(distInfo + u"/REQUESTED"_s);
            distribution.archiveSha256 = firstLine(distInfo + u"/akari-wheel"_s);
            result.append(std::move(distribution));
        }
    }

    std::ranges::stable_sort(result, [](const InstalledDistribution &a, const InstalledDistribution &b) {
        return a.name.canonical() < b.name.canonical();
    });
    return result;
}

} // namespace Akari
