// SPDX-License-Identifier: GPL-3.0-or-later
#include "differentialcases.h"

#include "differentialspecifiers.h"
#include "differentialversions.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Differential
{

void generateVersions(Cases &cases, Dice &dice)
{
    for (int i = 0; i < 8000; ++i) {
        const GenVersion v = randomVersion(dice, true);
        const QString text = spell(v, dice, true);
        bool mutated = dice.percent(15);
        QString mutation = mutated ? mutate(text, dice) : text;
        if (mutated && hasHugeNumber(mutation)) {
            ++cases.restricted;
            mutated = false;
            mutation = text;
        }
        cases.versions.append(mutation);
        cases.expectedNormalised.append(mutated ? QString() : v.normalised());
    }
    for (int i = 0; i < 5000; ++i) {
        const GenVersion a = randomVersion(dice, true);
        const GenVersion b = dice.percent(35) ? randomVersion(dice, true) : tweak(a, dice, true);
        cases.orderings.append({spell(a, dice, false), spell(b, dice, false)});
    }
}

void generateSpecifiers(Cases &cases, Dice &dice)
{
    static const QStringList invalidClauses = {u"1.0"_s,    u"=1.0"_s,      u"=>1.0"_s,       u"~=1"_s,
                                               u"<1.0.*"_s, u">=1.0+abc"_s, u"==1.0.*+abc"_s, u"~=1.0.*"_s,
                                               u"=="_s,     u"==1.0a1.*"_s, u"<>1.0"_s,       u">=1.0 2"_s,
                                               u"!==1.0"_s, u"== 1.*.0"_s,  u"~= 1.0+x"_s,    u">=1.0.*"_s};
    for (int i = 0; i < 2500; ++i) {
        const GenVersion anchor = randomVersion(dice, false);
        QList<GenClause> clauses;
        const qsizetype count = dice.percent(4) ? 0 : 1 + dice.index(4);
        for (qsizetype c = 0; c < count; ++c)
            clauses.append(clauseNear(anchor, dice, true));
        QString text = joinClauses(clauses, dice);
        if (dice.percent(4))
            text += dice.pick({u","_s, u", ,"_s, u" "_s});
        const bool invalid = dice.percent(6);
        if (invalid)
            text += (text.isEmpty() ? QString() : u","_s) + dice.pick(invalidClauses);
        cases.sets.append(text);
        cases.setsPrintAlike.append(printsAlike(clauses));
        if (invalid)
            continue;
        for (int m = 0; m < 4; ++m) {
            for (int attempt = 0; attempt < 12; ++attempt) {
                const GenVersion &base =
                    clauses.isEmpty() || dice.percent(30) ? anchor : clauses.at(dice.index(clauses.size())).version;
                const GenVersion candidate = dice.percent(10) ? randomVersion(dice, true) : tweak(base, dice, true);
                if (membershipRestricted(clauses, candidate)) {
                    ++cases.restricted;
                    continue;
                }
                cases.memberships.append({text, candidate.normalised()}); // R5
                break;
            }
        }
    }
}

void generateMarkers(Cases &cases, Dice &dice)
{
    for (int i = 0; i < 300; ++i)
        cases.environments.append(randomEnvironment(dice));
    for (int i = 0; i < 2500; ++i) {
        cases.markers.append(randomMarker(dice));
        if (!cases.markers.last().valid)
            continue;
        for (int e = 0; e < 3; ++e) {
            const qsizetype environment = dice.index(cases.environments.size());
            if (evaluationRestricted(cases.markers.last(), cases.environments.at(environment)))
                ++cases.restricted;
            else
                cases.evaluations.append({cases.markers.size() - 1, environment});
        }
    }
}

void generateRequirements(Cases &cases, Dice &dice)
{
    static const QStringList names = {u"torch"_s,
                                      u"numpy"_s,
                                      u"Typing_Extensions"_s,
                                      u"zope.interface"_s,
                                      u"nvidia-cudnn-cu12"_s,
                                      u"A"_s,
                                      u"x_1"_s,
                                      u"Django"_s,
                                      u"PyYAML"_s,
                                      u"scikit-learn"_s,
                                      u"backports.zoneinfo"_s,
                                      u"flash-attn"_s};
    static const QStringList urls = {
        u"https://download.pytorch.org/whl/cu128/torch-2.8.0%2Bcu128-cp312-cp312-linux_x86_64.whl"_s,
        u"https://files.example.com/packages/demo-1.0.tar.gz#sha256=abc123"_s,
        u"git+https://github.com/org/repo.git@v1.0#egg=repo"_s, u"file:///tmp/wheels/demo-1.0-py3-none-any.whl"_s};
    static const QStringList odd = {u"name>=1.0 os_name == 'a'"_s,
                                    u"name[extra"_s,
                                    u"name[a b]"_s,
                                    u"-name"_s,
                                    u"name>="_s,
                                    u"name @ "_s,
                                    u"name;"_s,
                                    u"name ; os_name == 'a' junk"_s,
                                    u"name (>=1.0"_s,
                                    u"name==1.0.*.*"_s,
                                    u"name>=1.0.*"_s,
                                    u"name<1.0+local"_s,
                                    u"name[]]"_s,
                                    u"name,"_s,
                                    u"name 1.0"_s,
                                    u"name[a,]"_s,
                                    u"name===1.0,<2"_s};
    for (int i = 0; i < 3500; ++i) {
        if (dice.percent(6)) {
            cases.requirements.append(dice.pick(odd)); // mostly invalid
            cases.requirementsPrintAlike.append(false);
            cases.requirementSpecifiersPrintAlike.append(false);
            cases.requirementMarkersPrintAlike.append(false);
            continue;
        }
        QString text = whitespace(dice, false) + dice.pick(names);
        if (dice.percent(25)) {
            QStringList extras;
            const qsizetype count = dice.index(4);
            for (qsizetype e = 0; e < count; ++e)
                extras.append(dice.pick(markerVariables().last().values));
            text += whitespace(dice, false) + u'[' + whitespace(dice, false) +
                    extras.join(whitespace(dice, false) + u',' + whitespace(dice, false)) + whitespace(dice, false) +
                    u']';
        }
        const bool url = dice.percent(8);
        bool specifiersAlike = true;
        if (url) {
            text += whitespace(dice, false) + u'@' + whitespace(dice, false) + dice.pick(urls);
        } else if (dice.percent(70)) {
            const GenVersion anchor = randomVersion(dice, false);
            QList<GenClause> clauses;
            const qsizetype count = 1 + dice.index(3);
            for (qsizetype c = 0; c < count; ++c)
                clauses.append(clauseNear(anchor, dice, false)); // R12: no `===`
            specifiersAlike = printsAlike(clauses);
            const QString clauseText = joinClauses(clauses, dice).trimmed();
            text += whitespace(dice, false) + (dice.percent(20) ? u"("_s + clauseText + u")"_s : clauseText);
        }
        bool markerAlike = true;
        if (dice.percent(35)) {
            GenMarker marker;
            do
                marker = randomMarker(dice);
            while (!marker.valid);
            markerAlike = marker.printsAlike;
            text += whitespace(dice, url) + u';' + whitespace(dice, false) + marker.text;
        }
        cases.requirements.append(text + whitespace(dice, false));
        cases.requirementsPrintAlike.append(!url && specifiersAlike && markerAlike);
        cases.requirementSpecifiersPrintAlike.append(specifiersAlike);
        cases.requirementMarkersPrintAlike.append(markerAlike);
    }
}

} // namespace Akari::Differential
