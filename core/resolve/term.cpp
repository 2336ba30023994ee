// SPDX-License-Identifier: GPL-3.0-or-later
#include "term.h"

namespace Akari
{

Term Term::intersected(const Term &other) const
{
    if (positive && other.positive)
        return {package, true, set.intersected(other.set), {}};
    if (positive)
        return {package, true, set.subtracted(other.set), {}};
    if (other.positive)
        return {package, true, other.set.subtracted(set), {}};
    return {package, false, set.united(other.set), {}};
}

Term Term::united(const Term &other) const
{
    if (positive && other.positive)
        return {package, true, set.united(other.set), {}};
    if (positive)
        return {package, false, other.set.subtracted(set), {}};
    if (other.positive)
        return {package, false, set.subtracted(other.set), {}};
    return {package, false, set.intersected(other.set), {}};
}

bool Term::isSubsetOf(const Term &other) const
{
    if (positive && other.positive)
        return set.isSubsetOf(other.set);
    if (positive)
        return set.isDisjointFrom(other.set);
    if (other.positive)
        return false; // a negative term allows "not selected", a positive one does not
    return other.set.isSubsetOf(set);
}

bool Term::isDisjointFrom(const Term &other) const
{
    if (positive && other.positive)
        return set.isDisjointFrom(other.set);
    if (positive)
        return set.isSubsetOf(other.set);
    if (other.positive)
        return other.set.isSubsetOf(set);
    return false; // both allow "not selected"
}

Term::Relation Term::relationFrom(const Term &accumulated) const
{
    if (accumulated.isSubsetOf(*this))
        return Relation::Satisfied;
    if (accumulated.isDisjointFrom(*this))
        return Relation::Contradicted;
    return Relation::Inconclusive;
}

} // namespace Akari
