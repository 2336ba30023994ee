// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexpage.h"

namespace Akari
{

IndexPage::ProjectStatus::State IndexPage::ProjectStatus::stateFromString(QStringView text)
{
    const QStringView status = text.trimmed();
    if (status.compare(u"archived", Qt::CaseInsensitive) == 0)
        return State::Archived;
    if (status.compare(u"quarantined", Qt::CaseInsensitive) == 0)
        return State::Quarantined;
    if (status.compare(u"deprecated", Qt::CaseInsensitive) == 0)
        return State::Deprecated;
    return State::Active; // "active", and whatever this version does not know yet
}

} // namespace Akari
