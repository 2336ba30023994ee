// SPDX-License-Identifier: GPL-3.0-or-later
#include "amdbackendtable.h"

#include "../hardware/amdarchitecture.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// The columns of uv's table, newest first.
constexpr QStringView Columns[] = {u"rocm7.2",   u"rocm7.1", u"rocm7.0", u"rocm6.4", u"rocm6.3",
                                   u"rocm6.2.4", u"rocm6.2", u"rocm6.1", u"rocm6.0"};

struct RawRow
{
    QStringView architecture;
    QStringView built; ///< one 'Y' or '-' per column: whether that ROCm build includes the architecture
};

// uv's LINUX_AMD_GPU_DRIVERS (backend.rs L1094, 93 pairs), one row per architecture.
constexpr RawRow RawRows[] = {
    {u"gfx900", u"YYYYYYYYY"},  {u"gfx906", u"YYYYYYYYY"},  {u"gfx908", u"YYYYYYYYY"},  {u"gfx90a", u"YYYYYYYYY"},
    {u"gfx942", u"YYYYYYYYY"},  {u"gfx950", u"YYY------"},  {u"gfx1030", u"YYYYYYYYY"}, {u"gfx1100", u"YYYYYYYYY"},
    {u"gfx1101", u"YYYYYY-Y-"}, {u"gfx1102", u"YYYYYY---"}, {u"gfx1150", u"Y--------"}, {u"gfx1151", u"Y--------"},
    {u"gfx1200", u"YYYYYY---"}, {u"gfx1201", u"YYYYYY---"},
};

} // namespace

const QList<AmdBackendTable::Row> &AmdBackendTable::rows()
{
    static const QList<Row> table = [] {
        QList<Row> list;
        // Walk the architectures in uv's enum order so the two lists cannot drift apart silently.
        for (const QString &architecture : AmdArchitecture::known()) {
            Row row{architecture, {}};
            for (const RawRow &raw : RawRows) {
                if (raw.architecture != architecture)
                    continue;
                for (qsizetype column = 0; column < raw.built.size() && column < qsizetype(std::size(Columns));
                     ++column) {
                    if (raw.built[column] == u'Y')
                        row.backends.append(Columns[column].toString());
                }
            }
            list.append(row);
        }
        return list;
    }();
    return table;
}

QStringList AmdBackendTable::backendsFor(QStringView architecture)
{
    for (const Row &row : rows()) {
        if (row.architecture == architecture)
            return row.backends;
    }
    return {};
}

} // namespace Akari
