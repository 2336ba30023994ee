// SPDX-License-Identifier: GPL-3.0-or-later
// tags.json: PEP 425 tag parsing and the ordered tag lists of packaging.tags (cpython_tags,
// compatible_tags, generic_tags, mac_platforms, _mac_binary_formats, _mac_arch).
#include <algorithm>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/supportedtags.h"
#include "core/pep/tag.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

QStringList texts(const QList<Tag> &tags)
{
    QStringList result;
    result.reserve(tags.size());
    for (const Tag &tag : tags)
        result.append(tag.toString());
    return result;
}

SupportedTags::PythonVersion pythonVersion(const QJsonValue &value)
{
    const QJsonArray parts = value.toArray();
    SupportedTags::PythonVersion version;
    version.major = parts.size() > 0 ? parts.at(0).toInt() : 3;
    version.minor = parts.size() > 1 ? parts.at(1).toInt() : -1;
    return version;
}

SupportedTags::OsVersion osVersion(const QJsonValue &value)
{
    const QJsonArray parts = value.toArray();
    return {parts.at(0).toInt(), parts.at(1).toInt()};
}

/// Compares two ordered lists, describing the first difference.
void checkList(ConformanceReport &report, const QString &section, const QString &record, const QStringList &actual,
               const QStringList &expected)
{
    if (actual == expected) {
        report.check(true, section, record);
        return;
    }
    qsizetype index = 0;
    while (index < actual.size() && index < expected.size() && actual.at(index) == expected.at(index))
        ++index;
    const QString got = index < actual.size() ? actual.at(index) : u"(end)"_s;
    const QString want = index < expected.size() ? expected.at(index) : u"(end)"_s;
    report.check(false, section, record,
                 u"%1 items, expected %2; first difference at %3: %4 instead of %5"_s.arg(actual.size())
                     .arg(expected.size())
                     .arg(index)
                     .arg(got, want));
}

/// The record's arguments, or a failed check when one packaging would take from the host is absent.
bool hasArguments(ConformanceReport &report, const QString &section, const QJsonObject &record,
                  const QStringList &names)
{
    const QJsonObject args = record.value(u"args"_s).toObject();
    for (const QString &name : names) {
        if (!args.contains(name) || args.value(name).isNull()) {
            report.check(false, section, compact(record.value(u"args"_s)),
                         u"argument %1 missing: it would come from the host"_s.arg(name));
            return false;
        }
    }
    return true;
}

void checkParseTag(const QJsonArray &records, ConformanceReport &report)
{
    const QString section = u"tags.parse_tag"_s;
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString text = record.at(0).toString();
        const auto tags = Tag::parseSet(text);
        if (!tags) {
            report.check(false, section, text, tags.error().message());
            continue;
        }
        QStringList actual = texts(*tags);
        actual.sort();
        checkList(report, section, text, actual, strings(record.at(1)));
    }
}

void checkParseTagInvalid(const QJsonArray &records, ConformanceReport &report)
{
    const QString section = u"tags.parse_tag_invalid"_s;
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString text = record.at(0).toString();
        const QString kind = record.at(1).toString();
        const auto tags = Tag::parseSet(text);
        if (tags) {
            report.check(false, section, text, u"accepted: "_s + texts(*tags).join(u' '));
            continue;
        }
        // The kind is packaging's wording inside its message ("has an empty component", ...).
        const bool agreed = tags.error().message().contains(kind);
        report.check(agreed, section, text, u"expected %1, got: %2"_s.arg(kind, tags.error().message()));
    }
}

// The records of one tag-list generator: each names its arguments and the expected tags, in order.
void checkTagList(const QJsonArray &records, ConformanceReport &report, const QString &section,
                  const QStringList &arguments, const std::function<QList<Tag>(const QJsonObject &)> &generate)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (!hasArguments(report, section, record, arguments))
            continue;
        const QJsonObject args = record.value(u"args"_s).toObject();
        checkList(report, section, compact(args), texts(generate(args)), strings(record.value(u"expected"_s)));
    }
}

void checkCpythonTags(const QJsonArray &records, ConformanceReport &report)
{
    checkTagList(records, report, u"tags.cpython_tags"_s, {u"python_version"_s, u"abis"_s, u"platforms"_s},
                 [](const QJsonObject &args) {
                     return SupportedTags::cpythonTags(pythonVersion(args.value(u"python_version"_s)),
                                                       strings(args.value(u"abis"_s)),
                                                       strings(args.value(u"platforms"_s)));
                 });
}

void checkCompatibleTags(const QJsonArray &records, ConformanceReport &report)
{
    checkTagList(records, report, u"tags.compatible_tags"_s, {u"python_version"_s, u"interpreter"_s, u"platforms"_s},
                 [](const QJsonObject &args) {
                     return SupportedTags::compatibleTags(pythonVersion(args.value(u"python_version"_s)),
                                                          args.value(u"interpreter"_s).toString(),
                                                          strings(args.value(u"platforms"_s)));
                 });
}

void checkGenericTags(const QJsonArray &records, ConformanceReport &report)
{
    checkTagList(records, report, u"tags.generic_tags"_s, {u"interpreter"_s, u"abis"_s, u"platforms"_s},
                 [](const QJsonObject &args) {
                     return SupportedTags::genericTags(args.value(u"interpreter"_s).toString(),
                                                       strings(args.value(u"abis"_s)),
                                                       strings(args.value(u"platforms"_s)));
                 });
}

void checkMacPlatforms(const QJsonArray &records, ConformanceReport &report)
{
    const QString section = u"tags.mac_platforms"_s;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (!hasArguments(report, section, record, {u"version"_s, u"arch"_s}))
            continue;
        const QJsonObject args = record.value(u"args"_s).toObject();
        const QStringList platforms =
            SupportedTags::macPlatforms(osVersion(args.value(u"version"_s)), args.value(u"arch"_s).toString());
        checkList(report, section, compact(args), platforms, strings(record.value(u"expected"_s)));
    }
}

void checkMacBinaryFormats(const QJsonArray &records, ConformanceReport &report)
{
    const QString section = u"tags.mac_binary_formats"_s;
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QStringList formats = SupportedTags::macBinaryFormats(osVersion(record.at(0)), record.at(1).toString());
        checkList(report, section, compact(record.at(0)) + u' ' + record.at(1).toString(), formats,
                  strings(record.at(2)));
    }
}

void checkMacArch(const QJsonArray &records, ConformanceReport &report)
{
    const QString section = u"tags.mac_arch"_s;
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString arch = SupportedTags::macArch(record.at(0).toString(), record.at(1).toBool());
        const QString expected = record.at(2).toString();
        report.check(arch == expected, section, compact(record), arch);
    }
}

void checkTagVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    runKeyChecks(vectors, report,
                 {
                     {u"parse_tag"_s, &checkParseTag},
                     {u"parse_tag_invalid"_s, &checkParseTagInvalid},
                     {u"cpython_tags"_s, &checkCpythonTags},
                     {u"compatible_tags"_s, &checkCompatibleTags},
                     {u"generic_tags"_s, &checkGenericTags},
                     {u"mac_platforms"_s, &checkMacPlatforms},
                     {u"mac_binary_formats"_s, &checkMacBinaryFormats},
                     {u"mac_arch"_s, &checkMacArch},
                 });
}

const bool registered = registerSuite(u"tags.json"_s, &checkTagVectors);

} // namespace

} // namespace Akari::Conformance
