// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientchecks.h"

#include <QDir>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

QStringList systemWheels()
{
    const QDir directory(u"/usr/share/python-wheels"_s);
    QStringList wheels;
    for (const QString &name : directory.entryList({u"*.whl"_s}, QDir::Files, QDir::Name))
        wheels.append(directory.filePath(name));
    return wheels;
}

QByteArray runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), QStringList{u"-c"_s, script} + arguments);
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning() << "python failed:" << python.readAllStandardError();
        return {};
    }
    return python.readAllStandardOutput();
}

QByteArray zipfileMetadata(const QString &wheelPath)
{
    const QString script =
        u"import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "names = [n for n in z.namelist() if n.count('/') == 1 and n.endswith('.dist-info/METADATA')]\n"
        "assert len(names) == 1, names\n"
        "sys.stdout.buffer.write(z.read(names[0]))\n"_s;
    return runPython(script, {wheelPath});
}

} // namespace Akari::Test
