// SPDX-License-Identifier: GPL-3.0-or-later
#include "debugmessages.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

void setDebugMessagesEnabled(bool enabled)
{
    QLoggingCategory::setFilterRules(enabled ? u"akari.*.debug=true"_s : u"akari.*.debug=false"_s);
}

} // namespace Akari
