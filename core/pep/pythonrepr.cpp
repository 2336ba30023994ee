// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonrepr.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString pythonRepr(QStringView text)
{
    const QChar quote = (text.contains(u'\'') && !text.contains(u'"')) ? QChar(u'"') : QChar(u'\'');
    QString result;
    result.reserve(text.size() + 2);
    result += quote;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == quote || u == u'\\') {
            result += u'\\';
            result += c;
        } else if (u == u'\n') {
            result += u"\\n"_s;
        } else if (u == u'\r') {
            result += u"\\r"_s;
        } else if (u == u'\t') {
            result += u"\\t"_s;
        } else if (u < 0x20 || (u >= 0x7f && u < 0xa0)) {
            result += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        } else {
            result += c;
        }
    }
    result += quote;
    return result;
}

} // namespace Akari
