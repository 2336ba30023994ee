// SPDX-License-Identifier: GPL-3.0-or-later
// requirements.json: PEP 508 dependency specifiers (core/pep/requirement.h).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "conformancereport.h"
#include "core/pep/requirement.h"
#include "recordtext.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{

QString optionalText(const QJsonValue &value)
{
    return value.isNull() ? u"null"_s : shown(value.toString());
}

/// The parts of a parsed requirement, written like the vectors write them.
QString partsText(const Requirement &requirement)
{
    QStringList extras;
    for (const QString &extra : requirement.extras())
        extras.append(shown(extra));
    return u"name=%1 extras=[%2] url=%3 specifier=%4 marker=%5"_s.arg(
        shown(requirement.name()), extras.join(u", "_s),
        requirement.url().isEmpty() ? u"null"_s : shown(requirement.url()), shown(requirement.specifier().toString()),
        requirement.marker() ? shown(requirement.marker()->toString()) : u"null"_s);
}

void checkParse(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString input = record.value(u"input"_s).toString();
        const Result<Requirement> requirement = Requirement::parse(input);
        bool agreed = requirement.has_value();
        if (agreed) {
            QStringList extras;
            for (const QJsonValue &extra : record.value(u"extras"_s).toArray())
                extras.append(extra.toString());
            const QJsonValue url = record.value(u"url"_s);
            const QJsonValue marker = record.value(u"marker"_s);
            agreed =
                requirement->name() == record.value(u"name"_s).toString() && requirement->extras() == extras &&
                (url.isNull() ? requirement->url().isEmpty() : requirement->url() == url.toString()) &&
                requirement->specifier().toString() == record.value(u"specifier"_s).toString() &&
                (marker.isNull() ? !requirement->marker()
                                 : requirement->marker() && requirement->marker()->toString() == marker.toString());
        }
        const QString expected = u"name=%1 extras=%2 url=%3 specifier=%4 marker=%5"_s.arg(
            shown(record.value(u"name"_s).toString()),
            QString::fromUtf8(QJsonDocument(record.value(u"extras"_s).toArray()).toJson(QJsonDocument::Compact)),
            optionalText(record.value(u"url"_s)), shown(record.value(u"specifier"_s).toString()),
            optionalText(record.value(u"marker"_s)));
        report.check(agreed, u"requirements.parse"_s, shown(input) + u" → "_s + expected,
                     requirement ? partsText(*requirement) : requirement.error().message());
    }
}

void checkInvalid(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const QString input = record.value(u"input"_s).toString();
        const QString error = record.value(u"error"_s).toString();
        const Result<Requirement> requirement = Requirement::parse(input);
        // Every message is compared, also where packaging's own tests only check that it raises.
        const bool agreed =
            !requirement && requirement.error().code() == Error::Code::Parse && requirement.error().message() == error;
        report.check(agreed, u"requirements.invalid"_s, shown(input) + u" → "_s + shown(error),
                     requirement ? u"accepted as "_s + shown(requirement->toString())
                                 : shown(requirement.error().message()));
    }
}

void checkString(const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const QString input = record.at(0).toString();
        const Result<Requirement> requirement = Requirement::parse(input);
        const QString expected = record.at(1).toString();
        // The normalised form must also read back as an equal requirement.
        const Result<Requirement> again = requirement ? Requirement::parse(requirement->toString()) : requirement;
        report.check(requirement && requirement->toString() == expected && again && *again == *requirement,
                     u"requirements.str"_s, shown(input),
                     requirement ? shown(requirement->toString()) : requirement.error().message());
    }
}

void checkPairs(const QString &key, const QJsonArray &records, ConformanceReport &report)
{
    for (const QJsonValue &value : records) {
        const QJsonArray record = value.toArray();
        const Result<Requirement> a = Requirement::parse(record.at(0).toString());
        const Result<Requirement> b = Requirement::parse(record.at(1).toString());
        bool agreed = a && b;
        if (agreed) {
            if (key == u"different") {
                agreed = *a != *b;
            } else {
                agreed = *a == *b && qHash(*a) == qHash(*b);
                if (key == u"equivalent_unequal_strings")
                    agreed = agreed && a->toString() != b->toString();
            }
        }
        report.check(agreed, u"requirements."_s + key,
                     u"%1, %2"_s.arg(shown(record.at(0).toString()), shown(record.at(1).toString())),
                     a && b
                         ? u"%1 / %2, equal: %3"_s.arg(a->toString(), b->toString(), *a == *b ? u"true"_s : u"false"_s)
                         : u"did not parse"_s);
    }
}

void checkRequirementVectors(const QJsonObject &vectors, ConformanceReport &report)
{
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        const QString key = it.key();
        const QJsonArray records = it.value().toArray();
        if (key == u"parse")
            checkParse(records, report);
        else if (key == u"invalid")
            checkInvalid(records, report);
        else if (key == u"str")
            checkString(records, report);
        else if (key == u"equal" || key == u"equivalent_unequal_strings" || key == u"different")
            checkPairs(key, records, report);
    }
}

const bool registered = registerSuite(u"requirements.json"_s, &checkRequirementVectors);

} // namespace

} // namespace Akari::Conformance
