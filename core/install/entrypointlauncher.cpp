// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypointlauncher.h"

#include <algorithm>

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

bool isIdentifier(QStringView part)
{
    if (part.isEmpty() || part.front().isDigit())
        return false;
    return std::ranges::all_of(part, [](QChar c) { return c == u'_' || c.isLetterOrNumber(); });
}

bool isDottedName(const QString &name)
{
    const QStringList parts = name.split(u'.');
    return std::ranges::all_of(parts, [](const QString &part) { return isIdentifier(part); });
}

// A path inside double quotes for /bin/sh: only these four keep a meaning there.
QByteArray shellQuoted(const QByteArray &path)
{
    QByteArray quoted = "\"";
    for (const char c : path) {
        if (c == '"' || c == '\\' || c == '$' || c == '`')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

QByteArray EntryPointLauncher::shebang(const QString &python)
{
    const QByteArray path = python.toUtf8();
    const QByteArray simple = "#!" + path;
    if (simple.size() <= MaxShebangBytes && !path.contains(' ') && !path.contains('\t'))
        return simple + '\n';
    // The kernel cannot run this interpreter line, so sh runs Python on the file; for Python the
    // second and third lines are one string literal and do nothing.
    return "#!/bin/sh\n'''exec' " + shellQuoted(path) + " \"$0\" \"$@\"\n' '''\n";
}

Result<QString> EntryPointLauncher::fileName(const EntryPoint &entryPoint, TargetPlatform::Os os)
{
    const QString &name = entryPoint.name;
    const bool plain = !name.isEmpty() && name != u"."_s && name != u".."_s && !name.contains(u'/') &&
                       !name.contains(u'\\') && !name.contains(u':') && !name.contains(QChar(0)) &&
                       name.trimmed() == name;
    if (!plain)
        return fail(Error(Error::Code::InvalidArgument,
                          tr("The entry point name \"%1\" is not a valid script file name.").arg(name)));
    if (os == TargetPlatform::Os::Windows)
        return name + (entryPoint.gui ? u"-script.pyw"_s : u"-script.py"_s);
    return name;
}

Result<QByteArray> EntryPointLauncher::script(const EntryPoint &entryPoint, const QString &python)
{
    if (!isDottedName(entryPoint.module) || !isDottedName(entryPoint.object))
        return fail(Error(Error::Code::InvalidArgument,
                          tr("The entry point \"%1\" does not name a module and an object (module:object): \"%2:%3\".")
                              .arg(entryPoint.name, entryPoint.module, entryPoint.object)));
    const QByteArray root = entryPoint.object.section(u'.', 0, 0).toUtf8();
    QByteArray text = shebang(python);
    text += "# -*- coding: utf-8 -*-\n";
    text += "import sys\n";
    text += "from " + entryPoint.module.toUtf8() + " import " + root + "\n";
    text += "if __name__ == \"__main__\":\n";
    text += "    for suffix in (\"-script.pyw\", \".exe\"):\n";
    text += "        if sys.argv[0].endswith(suffix):\n";
    text += "            sys.argv[0] = sys.argv[0][: -len(suffix)]\n";
    text += "            break\n";
    text += "    sys.exit(" + entryPoint.object.toUtf8() + "())\n";
    return text;
}

} // namespace Akari
