// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Akari::CliOutput
{

void printOut(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fputs(qUtf8Printable(u"akari-cli: "_s + text + u'\n'), stderr);
}

} // namespace Akari::CliOutput
