// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdistfilename.h"

#include <utility>

#include "pythonrepr.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

} // namespace

Result<SdistFileName> SdistFileName::parse(QStringView fileName)
{
    const auto invalid = [fileName](const QString &reason) {
        return fail({Error::Code::Parse, tr("Invalid sdist filename (%1): %2").arg(reason, pythonRepr(fileName))});
    };

    Format format = Format::TarGz;
    QStringView stem;
    if (fileName.endsWith(u".tar.gz")) {
        stem = fileName.chopped(7);
    } else if (fileName.endsWith(u".zip")) {
        stem = fileName.chopped(4);
        format = Format::Zip;
    } else {
        return invalid(tr("extension must be '.tar.gz' or '.zip'"));
    }

    // A PEP 440 version holds no "-", so the last one separates name and version.
    const qsizetype dash = stem.lastIndexOf(u'-');
    if (dash < 0)
        return invalid(tr("hyphen must separate name and version parts"));
    if (dash == 0)
        return invalid(tr("empty project name"));
    const QStringView namePart = stem.left(dash);
    const QStringView versionPart = stem.mid(dash + 1);

    Result<Version> version = Version::parse(versionPart);
    if (!version) {
        return invalid(tr("invalid version %1 at column %2: %3")
                           .arg(pythonRepr(versionPart))
                           .arg(dash + 2)
                           .arg(version.error().message()));
    }

    SdistFileName sdist;
    sdist.m_fileName = fileName.toString();
    sdist.m_name = PackageName::fromUnvalidated(namePart);
    sdist.m_version = std::move(*version);
    sdist.m_format = format;
    return sdist;
}

} // namespace Akari
