// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtext.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

QString shown(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            result += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        else
            result += c;
    }
    return u'"' + result + u'"';
}

} // namespace Akari::Conformance
