// SPDX-License-Identifier: GPL-3.0-or-later
#include "differentialspecifiers.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Differential
{

namespace
{

// R7: two clauses that 23 counts as one (it keeps the first), but with different text.
bool twins(const GenClause &a, const GenClause &b)
{
    if (a.op != b.op || a.wildcard || b.wildcard || a.arbitraryText || b.arbitraryText ||
        a.versionText == b.versionText)
        return false;
    const bool keepZeros = a.op == u"~=";
    return a.version.text(!keepZeros) == b.version.text(!keepZeros);
}

} // namespace

GenClause clauseNear(const GenVersion &anchor, Dice &dice, bool allowArbitrary)
{
    static const QStringList operators = {u">="_s, u">="_s, u">="_s,  u"<"_s,   u"<"_s,   u"<="_s,
                                          u">"_s,  u">"_s,  u"=="_s,  u"=="_s,  u"=="_s,  u"!="_s,
                                          u"~="_s, u"~="_s, u"==*"_s, u"==*"_s, u"!=*"_s, u"==="_s};
    GenClause clause;
    do
        clause.op = dice.pick(operators);
    while (clause.op == u"===" && !allowArbitrary);
    clause.wildcard = clause.op.endsWith(u'*');
    if (clause.wildcard)
        clause.op.chop(1);
    const bool local = (clause.op == u"==" || clause.op == u"!=") && !clause.wildcard;
    GenVersion v = dice.percent(75) ? tweak(anchor, dice, local) : randomVersion(dice, local);
    if (!local)
        v.local.clear();
    if (clause.wildcard || clause.op == u"~=") {
        v.epoch = 0; // R6
        if (clause.wildcard) {
            v.pre = -1;
            v.post.reset();
            v.dev.reset();
        }
    }
    if (clause.op == u"~=" && v.release.size() < 2)
        v.release.append(dice.below(3));
    clause.version = v;
    if (clause.wildcard) {
        clause.versionText = spell(v, dice, false) + u".*"_s;
    } else if (clause.op == u"===" && dice.percent(10)) {
        clause.arbitraryText = true;
        clause.versionText = dice.pick({u"foobar"_s, u"1.0-custom"_s, u"latest"_s});
    } else if (clause.op == u"~=" || clause.op == u"===") {
        clause.versionText = v.normalised(); // R4, R5
    } else {
        clause.versionText = spell(v, dice, false);
    }
    return clause;
}

bool printsAlike(const QList<GenClause> &clauses)
{
    for (qsizetype i = 0; i < clauses.size(); ++i)
        for (qsizetype j = i + 1; j < clauses.size(); ++j)
            if (twins(clauses.at(i), clauses.at(j)))
                return false;
    return true;
}

bool membershipRestricted(const QList<GenClause> &clauses, const GenVersion &candidate)
{
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const GenClause &clause = clauses.at(i);
        if ((clause.op == u"<" || clause.op == u">") && clause.version.sameBase(candidate) && candidate.hasSuffix())
            return true;
        if ((clause.wildcard || clause.op == u"~=") && candidate.epoch != 0)
            return true;
        for (qsizetype j = i + 1; j < clauses.size(); ++j)
            if (clause.op == u"===" && twins(clause, clauses.at(j))) // `===1.0` vs `===1.0.0`
                return true;
    }
    return false;
}

QString joinClauses(const QList<GenClause> &clauses, Dice &dice)
{
    QStringList items;
    for (const GenClause &clause : clauses)
        items.append((dice.percent(15) ? u" "_s : QString()) + clause.op + (dice.percent(15) ? u" "_s : QString()) +
                     clause.versionText + (dice.percent(15) ? u" "_s : QString()));
    return items.join(u',');
}

} // namespace Akari::Differential
