// SPDX-License-Identifier: GPL-3.0-or-later
#include "incompatibility.h"

namespace Akari
{

const Term *Incompatibility::termFor(int package) const
{
    for (const Term &term : terms) {
        if (term.package == package)
            return &term;
    }
    return nullptr;
}

} // namespace Akari
