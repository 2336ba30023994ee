// SPDX-License-Identifier: GPL-3.0-or-later
#include "conformancereport.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

void ConformanceReport::check(bool agreed, const QString &section, const QString &record, const QString &detail)
{
    if (agreed) {
        ++m_passed;
        return;
    }
    ++m_failed;
    m_failures.append(detail.isEmpty() ? u"%1: %2"_s.arg(section, record)
                                       : u"%1: %2 -> %3"_s.arg(section, record, detail));
}

void ConformanceReport::exclude(const QString &section, const QString &record, const QString &reason)
{
    m_exclusions.append(u"%1: %2 (%3)"_s.arg(section, record, reason));
}

} // namespace Akari::Conformance
