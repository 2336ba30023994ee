// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test of core/pep against Debian's python3-packaging, an independent implementation
// of PEP 440 and PEP 508. From a fixed seed (printed; AKARI_DIFFERENTIAL_SEED overrides it) it
// generates tens of thousands of random but realistic versions, ordering pairs, specifier sets and
// membership pairs, markers evaluated against random environments, and requirements; writes them
// as one JSON file; has packaging_oracle.py answer all of them in one Python process; and compares
// Akari's answers field by field. Any disagreement fails with a list of the first 50.
//
// The cases come from differentialcases.h, which also explains the restrictions R1..R13 that keep
// the generator to behaviour packaging 23.0 (Debian 12) and 26 (Akari's reference) share.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/pep/marker.h"
#include "core/pep/markerenvironment.h"
#include "core/pep/requirement.h"
#include "core/pep/specifierset.h"
#include "core/pep/version.h"
#include "differentialcases.h"
#include "differentialcomparison.h"
#include "differentialdice.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Marker;
using Akari::MarkerEnvironment;
using Akari::Requirement;
using Akari::Result;
using Akari::SpecifierSet;
using Akari::Version;

namespace
{

constexpr quint64 DefaultSeed = 20250611;
constexpr int OracleTimeoutMs = 300'000;

} // namespace

using namespace Akari::Differential;

class TestPackagingDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionsParseLikePackaging();
    void versionsOrderLikePackaging();
    void specifierSetsParseAndPrintLikePackaging();
    void specifierSetMembershipMatchesPackaging();
    void markersParseAndPrintLikePackaging();
    void markersEvaluateLikePackaging();
    void requirementsParseLikePackaging();
    void comparesAtLeastTwentyThousandCases();

private:
    [[nodiscard]] QJsonArray answers(const QString &key) const { return m_answers.value(key).toArray(); }

    Cases m_cases;
    QJsonObject m_answers;
};

void TestPackagingDifferential::initTestCase()
{
    bool seeded = false;
    const quint64 requested = qEnvironmentVariable("AKARI_DIFFERENTIAL_SEED").toULongLong(&seeded);
    const quint64 seed = seeded ? requested : DefaultSeed;
    qInfo("seed %llu (set AKARI_DIFFERENTIAL_SEED to choose another)", static_cast<unsigned long long>(seed));
    Dice dice(seed);
    generateVersions(m_cases, dice);
    generateSpecifiers(m_cases, dice);
    generateMarkers(m_cases, dice);
    generateRequirements(m_cases, dice);

    QJsonArray markers;
    for (const GenMarker &marker : std::as_const(m_cases.markers))
        markers.append(marker.text);
    QJsonArray environments;
    for (const GenEnvironment &env : std::as_const(m_cases.environments))
        environments.append(env.values);
    QJsonArray evaluations;
    for (const auto &[marker, env] : std::as_const(m_cases.evaluations))
        evaluations.append(QJsonArray{marker, env});
    const QJsonObject input{
        {u"versions"_s, QJsonArray::fromStringList(m_cases.versions)},
        {u"orderings"_s, pairs(m_cases.orderings)},
        {u"specifierSets"_s, QJsonArray::fromStringList(m_cases.sets)},
        {u"memberships"_s, pairs(m_cases.memberships)},
        {u"markers"_s, markers},
        {u"environments"_s, environments},
        {u"evaluations"_s, evaluations},
        {u"requirements"_s, QJsonArray::fromStringList(m_cases.requirements)},
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString inputPath = dir.filePath(u"cases.json"_s);
    const QString outputPath = dir.filePath(u"answers.json"_s);
    QFile inputFile(inputPath);
    QVERIFY(inputFile.open(QIODevice::WriteOnly));
    inputFile.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    inputFile.close();

    const QString python = QStringLiteral(AKARI_PACKAGING_PYTHON);
    QProcess oracle;
    oracle.start(python, {QStringLiteral(AKARI_PACKAGING_ORACLE), inputPath, outputPath});
    QVERIFY2(oracle.waitForStarted(),
             qPrintable(u"cannot run "_s + python + u" ("_s + oracle.errorString() +
                        u"): the differential test needs Debian's python3 with python3-packaging "
                        u"(apt install python3-packaging), or -DAKARI_PACKAGING_PYTHON=<python with packaging>"_s));
    QVERIFY2(oracle.waitForFinished(OracleTimeoutMs), "packaging_oracle.py did not finish in time");
    const QString oracleErrors = QString::fromUtf8(oracle.readAllStandardError());
    QVERIFY2(oracle.exitStatus() == QProcess::NormalExit && oracle.exitCode() == 0,
             qPrintable(u"packaging_oracle.py failed (exit code "_s + QString::number(oracle.exitCode()) +
                        u"); is Debian's python3-packaging installed for "_s + python + u"?\n"_s + oracleErrors));
    QFile outputFile(outputPath);
    QVERIFY(outputFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    m_answers = QJsonDocument::fromJson(outputFile.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QString packagingVersion = m_answers.value(u"packaging"_s).toString();
    QVERIFY2(
        packagingVersion.section(u'.', 0, 0).toInt() >= 23,
        qPrintable(u"packaging "_s + packagingVersion + u" is older than 23.0, which this test is built around"_s));
    qInfo("oracle: packaging %s on Python %s; %lld cases left out by the restrictions", qPrintable(packagingVersion),
          qPrintable(m_answers.value(u"python"_s).toString()), static_cast<long long>(m_cases.restricted));
    for (const QString &key : {u"versions"_s, u"orderings"_s, u"specifierSets"_s, u"memberships"_s, u"markers"_s,
                               u"evaluations"_s, u"requirements"_s})
        QCOMPARE(answers(key).size(), input.value(key).toArray().size());
}

void TestPackagingDifferential::versionsParseLikePackaging()
{
    const QJsonArray expected = answers(u"versions"_s);
    Disagreements disagreements;
    qsizetype valid = 0;
    for (qsizetype i = 0; i < m_cases.versions.size(); ++i) {
        const QString &text = m_cases.versions.at(i);
        const QJsonValue answer = expected.at(i);
        const Result<Version> parsed = Version::parse(text);
        const QString subject = u"Version "_s + quoted(text);
        if (Version::isValid(text) != parsed.has_value())
            disagreements.add(subject + u": isValid() and parse() disagree"_s);
        if (answer.isNull() != !parsed) {
            disagreements.add(subject + u": packaging "_s + (answer.isNull() ? u"rejects"_s : u"accepts"_s) +
                              u" it, Akari "_s + (parsed ? u"accepts"_s : errorText(parsed.error())));
            continue;
        }
        const QString generated = m_cases.expectedNormalised.at(i);
        if (!generated.isEmpty() && answer.toObject().value(u"str"_s).toString() != generated)
            disagreements.add(subject + u": the generator expected "_s + quoted(generated) + u", packaging gives "_s +
                              shown(answer.toObject().value(u"str"_s)) + u" (a generator bug)"_s);
        if (!parsed)
            continue;
        ++valid;
        const QJsonObject mine = versionRecord(*parsed);
        const QJsonObject theirs = answer.toObject();
        for (auto it = theirs.begin(); it != theirs.end(); ++it)
            if (mine.value(it.key()) != it.value())
                disagreements.add(subject + u" ."_s + it.key() + u": packaging "_s + shown(it.value()) + u", Akari "_s +
                                  shown(mine.value(it.key())));
    }
    qInfo("%lld versions, %lld of them valid", static_cast<long long>(m_cases.versions.size()),
          static_cast<long long>(valid));
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.versions.size()).constData());
}

void TestPackagingDifferential::versionsOrderLikePackaging()
{
    const QJsonArray expected = answers(u"orderings"_s);
    Disagreements disagreements;
    for (qsizetype i = 0; i < m_cases.orderings.size(); ++i) {
        const QStringList &pair = m_cases.orderings.at(i);
        const Result<Version> a = Version::parse(pair.at(0));
        const Result<Version> b = Version::parse(pair.at(1));
        const QString subject = u"compare("_s + quoted(pair.at(0)) + u", "_s + quoted(pair.at(1)) + u')';
        if (!expected.at(i).isDouble() || !a || !b) {
            disagreements.add(subject + u": packaging "_s + shown(expected.at(i)) + u", Akari parses "_s +
                              (a ? u"the first"_s : u"not the first"_s) +
                              (b ? u" and the second"_s : u" nor the second"_s));
            continue;
        }
        const int order = a->compare(*b);
        const int mine = order < 0 ? -1 : (order > 0 ? 1 : 0);
        if (mine != expected.at(i).toInt() || (mine == 0) != (*a == *b) || (mine == 0 && qHash(*a) != qHash(*b)))
            disagreements.add(subject + u": packaging "_s + QString::number(expected.at(i).toInt()) + u", Akari "_s +
                              QString::number(mine) + (mine == 0 ? u" (hash or == inconsistent?)"_s : QString()));
    }
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.orderings.size()).constData());
}

void TestPackagingDifferential::specifierSetsParseAndPrintLikePackaging()
{
    const QJsonArray expected = answers(u"specifierSets"_s);
    Disagreements disagreements;
    for (qsizetype i = 0; i < m_cases.sets.size(); ++i) {
        const Result<SpecifierSet> parsed = SpecifierSet::parse(m_cases.sets.at(i));
        const QJsonValue answer = expected.at(i);
        const QString subject = u"SpecifierSet "_s + quoted(m_cases.sets.at(i));
        if (answer.isNull() != !parsed)
            disagreements.add(subject + u": packaging "_s + (answer.isNull() ? u"rejects"_s : u"accepts"_s) +
                              u" it, Akari "_s + (parsed ? u"accepts"_s : errorText(parsed.error())));
        else if (parsed && m_cases.setsPrintAlike.at(i) && parsed->toString() != answer.toString())
            disagreements.add(subject + u": packaging prints "_s + shown(answer) + u", Akari "_s +
                              quoted(parsed->toString()));
    }
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.sets.size()).constData());
}

void TestPackagingDifferential::specifierSetMembershipMatchesPackaging()
{
    const QJsonArray expected = answers(u"memberships"_s);
    Disagreements disagreements;
    qsizetype admitted = 0;
    for (qsizetype i = 0; i < m_cases.memberships.size(); ++i) {
        const QStringList &pair = m_cases.memberships.at(i);
        const Result<SpecifierSet> set = SpecifierSet::parse(pair.at(0));
        const QString subject =
            u"SpecifierSet("_s + quoted(pair.at(0)) + u").contains("_s + quoted(pair.at(1)) + u", prereleases=True)"_s;
        if (!expected.at(i).isBool() || !set) {
            disagreements.add(subject + u": packaging "_s + shown(expected.at(i)) + u", Akari "_s +
                              (set ? u"parses the set"_s : errorText(set.error())));
            continue;
        }
        // Both of Akari's entry points: the text, and a parsed version.
        const Result<Version> version = Version::parse(pair.at(1));
        const bool mine =
            i % 2 == 0 || !version ? set->contains(QStringView(pair.at(1)), true) : set->contains(*version, true);
        admitted += expected.at(i).toBool() ? 1 : 0;
        if (mine != expected.at(i).toBool())
            disagreements.add(subject + u": packaging "_s + shown(expected.at(i)) + u", Akari "_s +
                              (mine ? u"true"_s : u"false"_s));
    }
    qInfo("%lld membership checks, %lld of them admitted", static_cast<long long>(m_cases.memberships.size()),
          static_cast<long long>(admitted));
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.memberships.size()).constData());
}

void TestPackagingDifferential::markersParseAndPrintLikePackaging()
{
    const QJsonArray expected = answers(u"markers"_s);
    Disagreements disagreements;
    for (qsizetype i = 0; i < m_cases.markers.size(); ++i) {
        const GenMarker &marker = m_cases.markers.at(i);
        const Result<Marker> parsed = Marker::parse(marker.text);
        const QJsonValue answer = expected.at(i);
        const QString subject = u"Marker "_s + quoted(marker.text);
        if (answer.isNull() != !parsed || marker.valid == answer.isNull())
            disagreements.add(subject + u": packaging "_s + (answer.isNull() ? u"rejects"_s : u"accepts"_s) +
                              u" it, Akari "_s + (parsed ? u"accepts"_s : errorText(parsed.error())) +
                              u", the generator meant it "_s + (marker.valid ? u"valid"_s : u"invalid"_s));
        else if (parsed && marker.printsAlike && parsed->toString() != answer.toString())
            disagreements.add(subject + u": packaging prints "_s + shown(answer) + u", Akari "_s +
                              quoted(parsed->toString()));
    }
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.markers.size()).constData());
}

void TestPackagingDifferential::markersEvaluateLikePackaging()
{
    const QJsonArray expected = answers(u"evaluations"_s);
    QList<MarkerEnvironment> environments;
    for (const GenEnvironment &env : std::as_const(m_cases.environments))
        environments.append(akariEnvironment(env.values));
    Disagreements disagreements;
    qsizetype undefined = 0;
    qsizetype satisfied = 0;
    for (qsizetype i = 0; i < m_cases.evaluations.size(); ++i) {
        const auto [markerIndex, envIndex] = m_cases.evaluations.at(i);
        const QString &text = m_cases.markers.at(markerIndex).text;
        const QJsonValue answer = expected.at(i);
        const Result<Marker> marker = Marker::parse(text);
        const QString subject =
            u"Marker("_s + quoted(text) + u").evaluate("_s +
            QString::fromUtf8(QJsonDocument(m_cases.environments.at(envIndex).values).toJson(QJsonDocument::Compact)) +
            u')';
        if (!marker || (!answer.isBool() && answer != QJsonValue(u"undefined"_s))) {
            disagreements.add(subject + u": packaging "_s + shown(answer) + u", Akari "_s +
                              (marker ? u"parses it"_s : errorText(marker.error())));
            continue;
        }
        const Result<bool> mine = marker->evaluate(environments.at(envIndex));
        undefined += answer.isBool() ? 0 : 1;
        satisfied += answer.isBool() && answer.toBool() ? 1 : 0;
        if (answer.isBool() ? (!mine || *mine != answer.toBool()) : mine.has_value())
            disagreements.add(subject + u": packaging "_s + shown(answer) + u", Akari "_s +
                              (mine ? (*mine ? u"true"_s : u"false"_s) : errorText(mine.error())));
    }
    qInfo("%lld marker evaluations: %lld true, %lld undefined comparisons",
          static_cast<long long>(m_cases.evaluations.size()), static_cast<long long>(satisfied),
          static_cast<long long>(undefined));
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.evaluations.size()).constData());
}

void TestPackagingDifferential::requirementsParseLikePackaging()
{
    const QJsonArray expected = answers(u"requirements"_s);
    Disagreements disagreements;
    qsizetype valid = 0;
    for (qsizetype i = 0; i < m_cases.requirements.size(); ++i) {
        const QString &text = m_cases.requirements.at(i);
        const Result<Requirement> parsed = Requirement::parse(text);
        const QJsonValue answer = expected.at(i);
        const QString subject = u"Requirement "_s + quoted(text);
        if (answer.isNull() != !parsed) {
            disagreements.add(subject + u": packaging "_s + (answer.isNull() ? u"rejects"_s : u"accepts"_s) +
                              u" it, Akari "_s + (parsed ? u"accepts"_s : errorText(parsed.error())));
            continue;
        }
        if (!parsed)
            continue;
        ++valid;
        const QJsonObject theirs = answer.toObject();
        QJsonObject mine{
            {u"name"_s, parsed->name()},
            {u"extras"_s, QJsonArray::fromStringList(parsed->extras())},
            {u"url"_s, parsed->url().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parsed->url())},
        };
        if (m_cases.requirementSpecifiersPrintAlike.at(i))
            mine.insert(u"specifier"_s, parsed->specifier().toString());
        if (m_cases.requirementMarkersPrintAlike.at(i))
            mine.insert(u"marker"_s,
                        parsed->marker() ? QJsonValue(parsed->marker()->toString()) : QJsonValue(QJsonValue::Null));
        if (m_cases.requirementsPrintAlike.at(i))
            mine.insert(u"str"_s, parsed->toString());
        for (auto it = mine.begin(); it != mine.end(); ++it)
            if (theirs.value(it.key()) != it.value())
                disagreements.add(subject + u" ."_s + it.key() + u": packaging "_s + shown(theirs.value(it.key())) +
                                  u", Akari "_s + shown(it.value()));
    }
    qInfo("%lld requirements, %lld of them valid", static_cast<long long>(m_cases.requirements.size()),
          static_cast<long long>(valid));
    QVERIFY2(disagreements.isEmpty(), disagreements.report(m_cases.requirements.size()).constData());
}

void TestPackagingDifferential::comparesAtLeastTwentyThousandCases()
{
    const qsizetype cases = m_cases.versions.size() + m_cases.orderings.size() + m_cases.sets.size() +
                            m_cases.memberships.size() + m_cases.markers.size() + m_cases.evaluations.size() +
                            m_cases.requirements.size();
    qInfo("%lld cases in all", static_cast<long long>(cases));
    QVERIFY2(cases >= 20'000, "the generator produced fewer cases than the differential test promises");
}

QTEST_GUILESS_MAIN(TestPackagingDifferential)
#include "tst_packagingdifferential.moc"
