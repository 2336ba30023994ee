// SPDX-License-Identifier: GPL-3.0-or-later
#include "amdarchitecture.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::AmdArchitecture
{

const QStringList &known()
{
    // uv's AmdGpuArchitecture enum order; "smallest" means first in this list.
    static const QStringList architectures{u"gfx900"_s,  u"gfx906"_s,  u"gfx908"_s,  u"gfx90a"_s,  u"gfx942"_s,
                                           u"gfx950"_s,  u"gfx1030"_s, u"gfx1100"_s, u"gfx1101"_s, u"gfx1102"_s,
                                           u"gfx1150"_s, u"gfx1151"_s, u"gfx1200"_s, u"gfx1201"_s};
    return architectures;
}

int rank(QStringView architecture)
{
    const QStringList &list = known();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i) == architecture)
            return int(i);
    }
    return -1;
}

} // namespace Akari::AmdArchitecture
