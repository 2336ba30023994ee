// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirespython.h"

namespace Akari
{

bool RequiresPython::admits(const SpecifierSet &requiresPython, const Version &python)
{
    const Version release = Version::parse(python.baseVersion()).value_or(python);
    for (const Specifier &clause : requiresPython) {
        const Version &bound = clause.parsedVersion();
        switch (clause.op()) {
        case Specifier::Operator::GreaterEqual:
        case Specifier::Operator::Equal: // `==3.8.*` and `==3.8` start at 3.8
        case Specifier::Operator::Compatible:
            if (release < bound)
                return false;
            break;
        case Specifier::Operator::Greater:
            if (release <= bound)
                return false;
            break;
        case Specifier::Operator::Less:
        case Specifier::Operator::LessEqual:
        case Specifier::Operator::NotEqual:
        case Specifier::Operator::Arbitrary:
            break;
        }
    }
    return true;
}

bool RequiresPython::admits(QStringView requiresPython, const Version &python)
{
    const Result<SpecifierSet> set = SpecifierSet::parse(requiresPython);
    return !set || admits(*set, python);
}

} // namespace Akari
