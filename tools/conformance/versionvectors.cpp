// SPDX-License-Identifier: GPL-3.0-or-later
// version.json: PEP 440 parsing, normalisation, accessors and ordering (core/pep/version.h).
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/version.h"
#include "recordtext.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

QString numberText(const std::optional<quint64> &number)
{
    return number ? QString::number(*number) : u"null"_s;
}

QString preText(const std::optional<Version::PreRelease> &pre)
{
    return pre ? u"[\"%1\", %2]"_s.arg(pre->letter(), QString::number(pre->number)) : u"null"_s;
}

QString releaseText(std::span<const quint64> release)
{
    QStringList numbers;
    for (const quint64 number : release)
        numbers.append(QString::number(number));
    return u'[' + numbers.join(u", "_s) + u']';
}

QString jsonText(const QJsonValue &value)
{
    if (value.isNull())
        return u"null"_s;
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isString() ? u"\"%1\""_s.arg(item.toString()) : jsonText(item));
        return u'[' + items.join(u", "_s) + u']';
    }
    return u"?"_s;
}

/// The attribute packaging's Version exposes under \a name, written like the vectors write it.
QString attribute(const Version &version, const QString &name)
{
    if (name == u"public")
        return version.publicVersion();
    if (name == u"base_version")
        return version.baseVersion();
    if (name == u"local")
        return version.hasLocal() ? version.local() : u"null"_s;
    if (name == u"epoch")
        return QString::number(version.epoch());
    if (name == u"release")
        return releaseText(version.release());
    if (name == u"pre")
        return preText(version.pre());
    if (name == u"dev")
        return numberText(version.dev());
    if (name == u"post")
        return numberText(version.post());
    if (name == u"is_prerelease")
        return version.isPrerelease() ? u"true"_s : u"false"_s;
    if (name == u"is_devrelease")
        return version.isDevrelease() ? u"true"_s : u"false"_s;
    if (name == u"is_postrelease")
        return version.isPostrelease() ? u"true"_s : u"false"_s;
    return u"(unknown attribute)"_s;
}

void checkOrdering(const QJsonArray &records, ConformanceReport &report)
{
    QList<std::optional<Version>> versions;
    for (const QJsonValue &value : records) {
        const Result<Version> version = Version::parse(value.toString());
        versions.append(version ? std::optional<Version>(*version) : std::nullopt);
    }
    // One record per element: it must sort after every earlier one and before every later one.
    for (qsizetype i = 0; i < versions.size(); ++i) {
        QString problem;
        if (!versions[i]) {
            problem = u"does not parse"_s;
        } else {
            for (qsizetype j = 0; j < versions.size() && problem.isEmpty(); ++j) {
                if (!versions[j])
                    continue;
                const Version &a = *versions[i];
                const Version &b = *versions[j];
                const bool right = i < j   ? (a < b && a <= b && a != b && b > a && !(a >= b))
                                   : i > j ? (a > b && a >= b && a != b && b < a && !(a <= b))
                                           : (a == b && a <= b && a >= b && !(a < b));
                if (!right)
                    problem = u"misordered against %1"_s.arg(shown(records.at(j).toString()));
            }
        }
        report.check(problem.isEmpty(), u"version.ordering"_s, shown(records.at(i).toString()), problem);
    }
}

void checkValid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Version> version = Version::parse(value.toString());
        const bool agreed = version.has_value() && Version::isValid(value.toString());
        report.check(agreed, u"version.valid"_s, shown(value.toString()),
                     version ? u"isValid() disagrees"_s : version.error().message());
    }
}

void checkInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Version> version = Version::parse(value.toString());
        const bool agreed = !version && version.error().code() == Error::Code::Parse && version.error().column() > 0 &&
                            !Version::isValid(value.toString());
        report.check(agreed, u"version.invalid"_s, shown(value.toString()),
                     version ? u"accepted as "_s + version->toString() : u"error without a column"_s);
    }
}

void checkString(const QString &section, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const QString expected = record.at(1).toString();
        const Result<Version> version = Version::parse(input);
        // The normalised form must parse back to an equal version.
        const bool agreed =
            version && version->toString() == expected && Version::parse(expected).value_or(Version()) == *version;
        report.check(agreed, section, shown(input), version ? version->toString() : version.error().message());
    }
}

void checkAttribute(const QString &name, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const QString expected = jsonText(record.at(1));
        const Result<Version> version = Version::parse(input);
        const QString actual = version ? attribute(*version, name) : version.error().message();
        report.check(version && actual == expected, u"version."_s + name, shown(input), actual);
    }
}

void checkEqual(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const Result<Version> a = Version::parse(record.at(0).toString());
        const Result<Version> b = Version::parse(record.at(1).toString());
        const bool agreed = a && b && *a == *b && qHash(*a) == qHash(*b);
        report.check(agreed, u"version.equal"_s,
                     shown(record.at(0).toString()) + u" == "_s + shown(record.at(1).toString()));
    }
}

void checkFromParts(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QJsonObject components = record.at(0).toObject();
        const QString expected = record.at(1).toString();
        Version::Parts parts;
        for (const QJsonValue &number : components.value(u"release"_s).toArray())
            parts.release.append(quint64(number.toInteger()));
        if (components.value(u"epoch"_s).isDouble())
            parts.epoch = quint64(components.value(u"epoch"_s).toInteger());
        const QJsonArray pre = components.value(u"pre"_s).toArray();
        bool understood = true;
        if (!pre.isEmpty()) {
            const auto kind = Version::PreRelease::kindFromLetter(pre.at(0).toString());
            understood = kind.has_value();
            parts.pre =
                Version::PreRelease{kind.value_or(Version::PreRelease::Kind::Alpha), quint64(pre.at(1).toInteger())};
        }
        if (components.value(u"post"_s).isDouble())
            parts.post = quint64(components.value(u"post"_s).toInteger());
        if (components.value(u"dev"_s).isDouble())
            parts.dev = quint64(components.value(u"dev"_s).toInteger());
        parts.local = components.value(u"local"_s).toString();
        const Result<Version> built = Version::fromParts(parts);
        const Result<Version> parsed = Version::parse(expected);
        const bool agreed =
            understood && built && parsed && *built == *parsed && built->toString() == parsed->toString();
        report.check(agreed, u"version.from_parts"_s, shown(expected),
                     built ? built->toString() : built.error().message());
    }
}

void checkVersionVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    static const QStringList attributes = {u"public"_s,        u"base_version"_s,  u"local"_s,         u"epoch"_s,
                                           u"release"_s,       u"pre"_s,           u"dev"_s,           u"post"_s,
                                           u"is_prerelease"_s, u"is_devrelease"_s, u"is_postrelease"_s};
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        const QString key = it.key();
        const QJsonArray records = it.value().toArray();
        if (key == u"ordering")
            checkOrdering(records, report);
        else if (key == u"valid")
            checkValid(records, report);
        else if (key == u"invalid")
            checkInvalid(records, report);
        else if (key == u"normalized" || key == u"str")
            checkString(u"version."_s + key, records, report);
        else if (attributes.contains(key))
            checkAttribute(key, records, report);
        else if (key == u"equal")
            checkEqual(records, report);
        else if (key == u"from_parts")
            checkFromParts(records, report);
    }
}

const bool registered = registerSuite(u"version.json"_s, &checkVersionVectors);

} // namespace

} // namespace Akari::Conformance
