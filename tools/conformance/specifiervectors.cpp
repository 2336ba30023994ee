// SPDX-License-Identifier: GPL-3.0-or-later
// specifiers.json: PEP 440 specifiers and specifier sets (core/pep/specifier.h, specifierset.h).
#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/specifier.h"
#include "core/pep/specifierset.h"
#include "recordtext.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QString optionalText(std::optional<bool> value)
{
    return value ? (*value ? u"True"_s : u"False"_s) : u"None"_s;
}

QStringList strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QString listText(const QStringList &items)
{
    QStringList shownItems;
    for (const QString &item : items)
        shownItems.append(shown(item));
    return u'[' + shownItems.join(u", "_s) + u']';
}

SpecifierSet setOf(const QString &text)
{
    return SpecifierSet::parse(text).value_or(SpecifierSet());
}

void checkValid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Specifier> spec = Specifier::parse(value.toString());
        report.check(spec.has_value(), u"specifiers.valid"_s, shown(value.toString()),
                     spec ? QString() : spec.error().message());
    }
}

void checkInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Specifier> spec = Specifier::parse(value.toString());
        const Result<SpecifierSet> set = SpecifierSet::parse(value.toString());
        const bool agreed = !spec && spec.error().code() == Error::Code::Parse && spec.error().column() > 0 && !set;
        report.check(agreed, u"specifiers.invalid"_s, shown(value.toString()),
                     spec ? u"accepted as "_s + spec->toString() : u"error without a column, or the set accepts it"_s);
    }
}

void checkString(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        QString actual;
        if (key == u"specifier_str") {
            const Result<Specifier> spec = Specifier::parse(input);
            actual = spec ? spec->toString() : spec.error().message();
        } else {
            const Result<SpecifierSet> set = SpecifierSet::parse(input);
            actual = set ? set->toString() : set.error().message();
        }
        report.check(actual == record.at(1).toString(), u"specifiers."_s + key, shown(input), actual);
    }
}

template<typename T>
Result<T> parsed(const QString &text)
{
    return T::parse(text);
}

template<typename T>
void checkCompare(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const Result<T> a = parsed<T>(record.at(0).toString());
        const Result<T> b = parsed<T>(record.at(1).toString());
        const bool equalWanted = (record.at(2).toString() == u"==") == record.at(3).toBool();
        bool agreed = a && b && (*a == *b) == equalWanted && (*a != *b) == !equalWanted;
        if (agreed && equalWanted)
            agreed = qHash(*a) == qHash(*b);
        report.check(
            agreed, u"specifiers."_s + key,
            u"%1 %2 %3"_s.arg(shown(record.at(0).toString()), record.at(2).toString(), shown(record.at(1).toString())),
            a && b ? u"equal: %1"_s.arg(*a == *b) : u"does not parse"_s);
    }
}

void checkContains(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString spec = record.value(u"spec"_s).toString();
        const QString version = record.value(u"version"_s).toString();
        const std::optional<bool> prereleases = optionalBool(record.value(u"prereleases"_s));
        const std::optional<bool> containsPrereleases = optionalBool(record.value(u"contains_prereleases"_s));
        const bool installed = record.value(u"installed"_s).toBool(false);
        const bool expected = record.value(u"expected"_s).toBool();
        std::optional<bool> actual;
        if (record.value(u"kind"_s).toString() == u"Specifier") {
            if (const Result<Specifier> specifier = Specifier::parse(spec, prereleases)) {
                actual = specifier->contains(version, containsPrereleases);
                // A parsed version must give the same answer as its text (=== compares text).
                const Result<Version> parsedVersion = Version::parse(version);
                if (parsedVersion && specifier->op() != Specifier::Operator::Arbitrary &&
                    specifier->contains(*parsedVersion, containsPrereleases) != *actual)
                    actual.reset();
            }
        } else if (const Result<SpecifierSet> set = SpecifierSet::parse(spec, prereleases)) {
            actual = set->contains(version, containsPrereleases, installed);
            const Result<Version> parsedVersion = Version::parse(version);
            const bool arbitrary = std::ranges::any_of(
                set->specifiers(), [](const Specifier &s) { return s.op() == Specifier::Operator::Arbitrary; });
            if (parsedVersion && !arbitrary && set->contains(*parsedVersion, containsPrereleases, installed) != *actual)
                actual.reset();
        }
        report.check(actual == expected, u"specifiers.contains"_s,
                     u"%1(%2, prereleases=%3).contains(%4, prereleases=%5, installed=%6)"_s.arg(
                         record.value(u"kind"_s).toString(), shown(spec), optionalText(prereleases), shown(version),
                         optionalText(containsPrereleases), optionalText(optionalBool(record.value(u"installed"_s)))),
                     actual ? optionalText(actual) : u"no answer, or text and parsed version disagree"_s);
    }
}

void checkFilter(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString spec = record.value(u"spec"_s).toString();
        const std::optional<bool> prereleases = optionalBool(record.value(u"prereleases"_s));
        const std::optional<bool> filterPrereleases = optionalBool(record.value(u"filter_prereleases"_s));
        const QStringList input = strings(record.value(u"input"_s).toArray());
        const QStringList expected = strings(record.value(u"expected"_s).toArray());
        QStringList actual{u"(does not parse)"_s};
        if (record.value(u"kind"_s).toString() == u"Specifier") {
            if (const Result<Specifier> specifier = Specifier::parse(spec, prereleases))
                actual = specifier->filter(input, filterPrereleases);
        } else if (const Result<SpecifierSet> set = SpecifierSet::parse(spec, prereleases)) {
            actual = set->filter(input, filterPrereleases);
        }
        report.check(actual == expected, u"specifiers.filter"_s,
                     u"%1(%2, prereleases=%3).filter(%4, prereleases=%5)"_s.arg(
                         record.value(u"kind"_s).toString(), shown(spec), optionalText(prereleases), listText(input),
                         optionalText(filterPrereleases)),
                     listText(actual));
    }
}

void checkParts(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const Result<Specifier> spec = Specifier::parse(input);
        QString actual = u"(does not parse)"_s;
        QString expected = record.at(1).toString();
        if (spec && key == u"operator")
            actual = spec->operatorString();
        else if (spec && key == u"version")
            actual = spec->version();
        else if (spec) {
            actual = optionalText(spec->prereleases());
            expected = optionalText(optionalBool(record.at(1)));
        }
        report.check(actual == expected, u"specifiers."_s + key, shown(input), actual);
    }
}

void checkSize(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const Result<SpecifierSet> set = SpecifierSet::parse(input);
        bool agreed = false;
        QString actual = u"(does not parse)"_s;
        if (set && key == u"length") {
            agreed = set->size() == record.at(1).toInteger() && set->isEmpty() == (set->size() == 0);
            actual = QString::number(set->size());
        } else if (set) {
            QStringList members;
            for (const Specifier &spec : *set)
                members.append(spec.toString());
            members.sort();
            agreed = members == strings(record.at(1).toArray());
            actual = listText(members);
        }
        report.check(agreed, u"specifiers."_s + key, shown(input), actual);
    }
}

void checkCombine(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const Result<SpecifierSet> combined = setOf(record.at(0).toString()).combined(setOf(record.at(1).toString()));
        bool agreed = false;
        if (combined && key == u"combine")
            agreed = *combined == setOf(record.at(2).toString());
        else if (combined)
            agreed = combined->toString() == record.at(2).toString();
        report.check(agreed, u"specifiers."_s + key,
                     u"%1 & %2"_s.arg(shown(record.at(0).toString()), shown(record.at(1).toString())),
                     combined ? combined->toString() : combined.error().message());
    }
}

void checkRelation(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const SpecifierSet left = setOf(record.at(0).toString());
        const SpecifierSet right = setOf(record.at(1).toString());
        const Result<bool> answer = key == u"is_subset"     ? left.isSubset(right)
                                    : key == u"is_superset" ? left.isSuperset(right)
                                                            : left.isDisjoint(right);
        report.check(answer && *answer == record.at(2).toBool(), u"specifiers."_s + key,
                     u"%1, %2"_s.arg(shown(record.at(0).toString()), shown(record.at(1).toString())),
                     answer ? optionalText(*answer) : answer.error().message());
    }
}

void checkSatisfiable(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    const bool unsatisfiable = key == u"unsatisfiable";
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString spec = record.value(u"spec"_s).toString();
        const std::optional<bool> prereleases = optionalBool(record.value(u"prereleases"_s));
        const Result<SpecifierSet> set = SpecifierSet::parse(spec, prereleases);
        report.check(set && set->isUnsatisfiable() == unsatisfiable, u"specifiers."_s + key,
                     u"%1, prereleases=%2"_s.arg(shown(spec), optionalText(prereleases)),
                     set ? optionalText(set->isUnsatisfiable()) : set.error().message());
    }
}

void checkSpecifierVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        const QString key = it.key();
        const QJsonArray records = it.value().toArray();
        if (key == u"valid")
            checkValid(records, report);
        else if (key == u"invalid")
            checkInvalid(records, report);
        else if (key == u"specifier_str" || key == u"specifierset_str")
            checkString(key, records, report);
        else if (key == u"specifier_compare")
            checkCompare<Specifier>(key, records, report);
        else if (key == u"specifierset_compare")
            checkCompare<SpecifierSet>(key, records, report);
        else if (key == u"contains")
            checkContains(records, report);
        else if (key == u"filter")
            checkFilter(records, report);
        else if (key == u"operator" || key == u"version" || key == u"prereleases_detection")
            checkParts(key, records, report);
        else if (key == u"length" || key == u"iteration")
            checkSize(key, records, report);
        else if (key == u"combine" || key == u"combine_str")
            checkCombine(key, records, report);
        else if (key == u"is_subset" || key == u"is_superset" || key == u"is_disjoint")
            checkRelation(key, records, report);
        else if (key == u"unsatisfiable" || key == u"satisfiable")
            checkSatisfiable(key, records, report);
    }
}

const bool registered = registerSuite(u"specifiers.json"_s, &checkSpecifierVectors);

} // namespace

} // namespace Akari::Conformance
