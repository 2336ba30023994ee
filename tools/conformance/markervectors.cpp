// SPDX-License-Identifier: GPL-3.0-or-later
// markers.json: PEP 508 environment markers (core/pep/marker.h, markerenvironment.h).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/marker.h"
#include "core/pep/markerenvironment.h"
#include "recordtext.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

using Variable = MarkerEnvironment::Variable;

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

/**
 * The environment a record describes. packaging merges the record over the evaluating host's
 * default environment; the records that relied on the host write a full Linux CPython 3.12
 * environment, so the same stands in for the keys a record leaves out. Keys that name no marker
 * variable (`{"a": "a"}` for `"b" > "a"`) have no place in Akari's environment: Akari compares
 * two quoted strings with each other, which gives packaging's answer for such a record.
 */
MarkerEnvironment environmentOf(const QJsonObject &record)
{
    MarkerEnvironment env =
        MarkerEnvironment::forTarget(MarkerEnvironment::TargetPlatform::Linux, Version::parse(u"3.12.3").value());
    env.setValue(Variable::PlatformRelease, u"6.8.0-generic"_s);
    env.setValue(Variable::PlatformVersion, u"#1 SMP PREEMPT_DYNAMIC"_s);
    for (auto it = record.begin(); it != record.end(); ++it) {
        const std::optional<Variable> variable = MarkerEnvironment::variableFromName(it.key());
        if (!variable)
            continue;
        if (it.value().isArray()) {
            QStringList names;
            for (const QJsonValue &name : it.value().toArray())
                names.append(name.toString());
            if (*variable == Variable::Extras)
                env.setExtras(names);
            else if (*variable == Variable::DependencyGroups)
                env.setDependencyGroups(names);
        } else {
            env.setValue(*variable, it.value().toString());
        }
    }
    return env;
}

void checkValid(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Marker> marker = Marker::parse(value.toString());
        report.check(marker.has_value(), u"markers."_s + key, shown(value.toString()),
                     marker ? QString() : marker.error().message());
    }
}

void checkInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const Result<Marker> marker = Marker::parse(value.toString());
        const bool agreed = !marker && marker.error().code() == Error::Code::Parse && marker.error().column() > 0;
        report.check(agreed, u"markers.invalid"_s, shown(value.toString()),
                     marker ? u"accepted as "_s + shown(marker->toString()) : marker.error().message());
    }
}

void checkString(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const Result<Marker> marker = Marker::parse(input);
        const QString expected = record.at(1).toString();
        // The normalised form must also read back as the same marker.
        const Result<Marker> again = marker ? Marker::parse(marker->toString()) : marker;
        report.check(marker && marker->toString() == expected && again && *again == *marker, u"markers.str"_s,
                     shown(input), marker ? shown(marker->toString()) : marker.error().message());
    }
}

void checkNotEqual(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const Result<Marker> a = Marker::parse(record.at(0).toString());
        const Result<Marker> b = Marker::parse(record.at(1).toString());
        report.check(a && b && *a != *b && *a == *a, u"markers.not_equal"_s,
                     u"%1, %2"_s.arg(shown(record.at(0).toString()), shown(record.at(1).toString())),
                     a && b ? u"equal"_s : u"did not parse"_s);
    }
}

void checkEvaluate(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString text = record.value(u"marker"_s).toString();
        const QJsonObject environment = record.value(u"environment"_s).toObject();
        const bool expected = record.value(u"expected"_s).toBool();
        const Result<Marker> marker = Marker::parse(text);
        const Result<bool> answer = marker ? marker->evaluate(environmentOf(environment)) : fail(marker.error());
        const QString description = u"%1 in %2"_s.arg(
            shown(text), QString::fromUtf8(QJsonDocument(environment).toJson(QJsonDocument::Compact)));
        report.check(answer && *answer == expected, u"markers."_s + key, description,
                     answer ? boolText(*answer) : answer.error().message());
    }
}

// [value, serialised]: the value as a marker prints it, read through a marker that holds it.
void checkValueSerialize(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString raw = record.at(0).toString();
        const QString quote = raw.contains(u'\'') ? u"\""_s : u"'"_s;
        const Result<Marker> marker = Marker::parse(QString(u"os_name == "_s + quote + raw + quote));
        const QString expected = u"os_name == "_s + record.at(1).toString();
        report.check(marker && marker->toString() == expected, u"markers.value_serialize"_s, shown(raw),
                     marker ? shown(marker->toString()) : marker.error().message());
    }
}

void checkMarkerVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        const QString key = it.key();
        const QJsonArray records = it.value().toArray();
        if (key == u"valid" || key == u"valid_legacy_pep345" || key == u"valid_legacy_setuptools")
            checkValid(key, records, report);
        else if (key == u"invalid")
            checkInvalid(records, report);
        else if (key == u"str")
            checkString(records, report);
        else if (key == u"not_equal")
            checkNotEqual(records, report);
        else if (key == u"evaluate" || key == u"evaluate_sets")
            checkEvaluate(key, records, report);
        else if (key == u"value_serialize")
            checkValueSerialize(records, report);
    }
}

const bool registered = registerSuite(u"markers.json"_s, &checkMarkerVectors);

} // namespace

} // namespace Akari::Conformance
