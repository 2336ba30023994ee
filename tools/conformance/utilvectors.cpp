// SPDX-License-Identifier: GPL-3.0-or-later
// utils.json: packaging.utils' name and version canonicalisation and wheel/sdist file names.
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/packagename.h"
#include "core/pep/sdistfilename.h"
#include "core/pep/versionstring.h"
#include "core/pep/wheelfilename.h"
#include "recordtext.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

QString buildText(const std::optional<WheelFileName::BuildTag> &build)
{
    if (!build)
        return u"[]"_s;
    return u"[%1, \"%2\"]"_s.arg(build->number).arg(build->suffix);
}

void checkCanonicalizeName(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString name = record.at(0).toString();
        const QString expected = record.at(1).toString();
        const QString canonical = PackageName::canonicalize(name);
        const auto validated = PackageName::canonicalizeValidated(name);
        const bool agreed = canonical == expected && validated && *validated == expected;
        report.check(agreed, u"utils.canonicalize_name"_s, shown(name),
                     validated ? shown(canonical) : validated.error().message());
    }
}

void checkCanonicalizeNameInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString name = record.at(0).toString();
        const QString expected = record.at(1).toString();
        const QString canonical = PackageName::canonicalize(name);
        const auto validated = PackageName::canonicalizeValidated(name);
        const bool agreed = canonical == expected && !validated && !PackageName::isValid(name);
        report.check(agreed, u"utils.canonicalize_name_invalid"_s, shown(name),
                     validated ? u"accepted as "_s + shown(*validated) : shown(canonical));
    }
}

void checkIsNormalizedName(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString name = record.at(0).toString();
        const QString canonical = record.at(1).toString();
        const bool nameNormalized = PackageName::isNormalized(name);
        const bool agreed = PackageName::isNormalized(canonical) && nameNormalized == (name == canonical) &&
                            PackageName::canonicalize(name) == canonical;
        report.check(agreed, u"utils.is_normalized_name"_s, shown(name),
                     u"is_normalized(name) = %1, is_normalized(canonical) = %2"_s.arg(nameNormalized)
                         .arg(PackageName::isNormalized(canonical)));
    }
}

void checkCanonicalizeVersion(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString version = record.at(0).toString();
        const QString canonical = canonicalizeVersion(version);
        report.check(canonical == record.at(1).toString(), u"utils.canonicalize_version"_s, shown(version),
                     shown(canonical));
    }
}

void checkCanonicalizeVersionKeepZeros(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QString version = value.toString();
        const QString canonical = canonicalizeVersion(version, false);
        report.check(canonical == version, u"utils.canonicalize_version_keep_zeros"_s, shown(version),
                     shown(canonical));
    }
}

void checkWheelFilename(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString fileName = record.value(u"filename"_s).toString();
        const auto wheel = WheelFileName::parse(fileName);
        if (!wheel) {
            report.check(false, u"utils.wheel_filename"_s, shown(fileName), wheel.error().message());
            continue;
        }
        QStringList tags;
        for (const Tag &tag : wheel->tags())
            tags.append(tag.toString());
        tags.sort();
        QStringList expectedTags;
        for (const QJsonValue &tag : record.value(u"tags"_s).toArray())
            expectedTags.append(tag.toString());

        const QJsonArray build = record.value(u"build"_s).toArray();
        const std::optional<WheelFileName::BuildTag> expectedBuild =
            build.isEmpty() ? std::nullopt
                            : std::optional(WheelFileName::BuildTag{static_cast<quint64>(build.at(0).toInteger()),
                                                                    build.at(1).toString()});

        const bool agreed = wheel->name().canonical() == record.value(u"name"_s).toString() &&
                            wheel->version().toString() == record.value(u"version"_s).toString() &&
                            wheel->buildTag() == expectedBuild && tags == expectedTags;
        report.check(agreed, u"utils.wheel_filename"_s, shown(fileName),
                     u"name %1, version %2, build %3, tags %4"_s.arg(wheel->name().canonical(),
                                                                     wheel->version().toString(),
                                                                     buildText(wheel->buildTag()), tags.join(u' ')));
    }
}

void checkWheelFilenameInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QString fileName = value.toString();
        const auto wheel = WheelFileName::parse(fileName);
        report.check(!wheel, u"utils.wheel_filename_invalid"_s, shown(fileName),
                     wheel ? u"accepted as %1 %2"_s.arg(wheel->name().canonical(), wheel->version().toString())
                           : QString());
    }
}

void checkWheelFilenameUnsortedTags(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QString fileName = value.toString();
        const auto lenient = WheelFileName::parse(fileName);
        const auto strict = WheelFileName::parse(fileName, Tag::Order::Sorted);
        report.check(lenient && !strict, u"utils.wheel_filename_unsorted_tags"_s, shown(fileName),
                     lenient ? u"accepted with validate_order"_s : lenient.error().message());
    }
}

void checkSdistFilename(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString fileName = record.at(0).toString();
        const auto sdist = SdistFileName::parse(fileName);
        if (!sdist) {
            report.check(false, u"utils.sdist_filename"_s, shown(fileName), sdist.error().message());
            continue;
        }
        const bool agreed = sdist->name().canonical() == record.at(1).toString() &&
                            sdist->version().toString() == record.at(2).toString();
        report.check(agreed, u"utils.sdist_filename"_s, shown(fileName),
                     u"name %1, version %2"_s.arg(sdist->name().canonical(), sdist->version().toString()));
    }
}

void checkSdistFilenameInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QString fileName = value.toString();
        const auto sdist = SdistFileName::parse(fileName);
        report.check(!sdist, u"utils.sdist_filename_invalid"_s, shown(fileName),
                     sdist ? u"accepted as %1 %2"_s.arg(sdist->name().canonical(), sdist->version().toString())
                           : QString());
    }
}

void checkUtilVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    runKeyChecks(vectors, report,
                 {
                     {u"canonicalize_name"_s, &checkCanonicalizeName},
                     {u"canonicalize_name_invalid"_s, &checkCanonicalizeNameInvalid},
                     {u"is_normalized_name"_s, &checkIsNormalizedName},
                     {u"canonicalize_version"_s, &checkCanonicalizeVersion},
                     {u"canonicalize_version_keep_zeros"_s, &checkCanonicalizeVersionKeepZeros},
                     {u"wheel_filename"_s, &checkWheelFilename},
                     {u"wheel_filename_invalid"_s, &checkWheelFilenameInvalid},
                     {u"wheel_filename_unsorted_tags"_s, &checkWheelFilenameUnsortedTags},
                     {u"sdist_filename"_s, &checkSdistFilename},
                     {u"sdist_filename_invalid"_s, &checkSdistFilenameInvalid},
                 });
}

const bool registered = registerSuite(u"utils.json"_s, &checkUtilVectors);

} // namespace

} // namespace Akari::Conformance
