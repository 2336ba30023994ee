// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentlayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "pythoninterpreter.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

QString clean(const QString &path)
{
    return QDir::cleanPath(path);
}

// Forward slashes on every OS: a Windows interpreter's paths may be compared on Linux (tests, targets).
QString slashes(QString path)
{
    return clean(path.replace(u'\\', u'/'));
}

// \a path below \a prefix, relative ("lib/python3.11/site-packages"); empty when it is not below it.
QString relativeTo(const QString &prefix, const QString &path)
{
    if (prefix.isEmpty() || path.isEmpty())
        return {};
    const QString base = slashes(prefix);
    const QString full = slashes(path);
    if (!full.startsWith(base + u'/'))
        return {};
    return full.mid(base.size() + 1);
}

EnvironmentLayout make(TargetPlatform::Os os, const QString &minor, const QString &root, const QString &finalRoot,
                       const QString &purelibRelative, const QString &platlibRelative, const QString &scriptsRelative)
{
    const bool windows = os == TargetPlatform::Os::Windows;
    EnvironmentLayout layout;
    layout.root = clean(root);
    layout.finalRoot = clean(finalRoot.isEmpty() ? root : finalRoot);
    layout.os = os;
    layout.pythonMinor = minor;
    const QString scripts = !scriptsRelative.isEmpty() ? scriptsRelative : windows ? u"Scripts"_s : u"bin"_s;
    const QString purelib = !purelibRelative.isEmpty() ? purelibRelative
                            : windows                  ? u"Lib/site-packages"_s
                                                       : u"lib/python%1/site-packages"_s.arg(minor);
    const QString platlib = !platlibRelative.isEmpty() ? platlibRelative : purelib;
    const QString include = windows ? u"Include/site/python%1"_s : u"include/site/python%1"_s;
    const QString python = windows ? u"python.exe"_s : u"python"_s;
    layout.scripts = layout.root + u'/' + scripts;
    layout.purelib = layout.root + u'/' + purelib;
    layout.platlib = layout.root + u'/' + platlib;
    layout.includeRoot = layout.root + u'/' + include.arg(minor);
    layout.data = layout.root;
    layout.python = layout.scripts + u'/' + python;
    layout.finalPython = layout.finalRoot + u'/' + scripts + u'/' + python;
    return layout;
}

TargetPlatform::Os hostPosixOs()
{
#ifdef Q_OS_MACOS
    return TargetPlatform::Os::MacOs;
#else
    return TargetPlatform::Os::Linux;
#endif
}

// "3.11.2" → "3.11"; empty when the text does not start with two numbers.
QString minorOf(const QString &version)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\.(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(version);
    return match.hasMatch() ? match.captured(1) + u'.' + match.captured(2) : QString();
}

QString configVersion(const QString &configPath)
{
    QFile config(configPath);
    if (!config.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString version;
    QString versionInfo;
    while (!config.atEnd()) {
        const QString line = QString::fromUtf8(config.readLine());
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed().toLower();
        if (key == u"version_info"_s)
            versionInfo = line.mid(equals + 1).trimmed();
        else if (key == u"version"_s)
            version = line.mid(equals + 1).trimmed();
    }
    const QString minor = minorOf(versionInfo);
    return minor.isEmpty() ? minorOf(version) : minor;
}

} // namespace

EnvironmentLayout EnvironmentLayout::forInterpreter(const PythonInterpreter &interpreter, const QString &root,
                                                    const QString &finalRoot)
{
    // The interpreter's own "venv" scheme paths, rebased: they know layouts like PyPy's.
    const QString purelib = relativeTo(interpreter.prefix, interpreter.paths.purelib);
    const QString platlib = relativeTo(interpreter.prefix, interpreter.paths.platlib);
    const QString scripts = relativeTo(interpreter.prefix, interpreter.paths.scripts);
    return make(interpreter.target.os, interpreter.minorVersion(), root, finalRoot, purelib, platlib, scripts);
}

Result<EnvironmentLayout> EnvironmentLayout::forExisting(const QString &root)
{
    const QDir dir(root);
    if (!dir.exists()) {
        return fail(Error(Error::Code::NotFound,
                          tr("The environment folder “%1” does not exist.").arg(QDir::toNativeSeparators(root)), root));
    }
    // Scripts/ without bin/ is the Windows layout, whatever OS reads it.
    const bool windows = dir.exists(u"Scripts"_s) && !dir.exists(u"bin"_s);
    const TargetPlatform::Os os = windows ? TargetPlatform::Os::Windows : hostPosixOs();
    QString minor = configVersion(dir.filePath(u"pyvenv.cfg"_s));
    if (minor.isEmpty() && !windows) {
        static const QRegularExpression versionFolder(u"^python(\\d+\\.\\d+)$"_s);
        QStringList found;
        for (const QString &name : QDir(dir.filePath(u"lib"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QRegularExpressionMatch match = versionFolder.match(name);
            if (match.hasMatch())
                found.append(match.captured(1));
        }
        if (found.size() == 1)
            minor = found.constFirst();
    }
    if (minor.isEmpty()) {
        return fail(Error(Error::Code::Parse,
                          tr("Cannot tell which Python the environment “%1” is for: its pyvenv.cfg names no version "
                             "and it has no single lib/pythonX.Y folder.")
                              .arg(QDir::toNativeSeparators(root)),
                          dir.filePath(u"pyvenv.cfg"_s)));
    }
    return make(os, minor, QFileInfo(root).absoluteFilePath(), {}, {}, {}, {});
}

EnvironmentLayout EnvironmentLayout::relocated(const QString &newRoot) const
{
    EnvironmentLayout moved = *this;
    const QString target = clean(newRoot);
    const auto move = [this, &target](const QString &path) -> QString {
        if (path == root)
            return target;
        if (path.startsWith(root + u'/'))
            return target + path.mid(root.size());
        return path;
    };
    moved.root = target;
    moved.scripts = move(scripts);
    moved.purelib = move(purelib);
    moved.platlib = move(platlib);
    moved.includeRoot = move(includeRoot);
    moved.data = move(data);
    moved.python = move(python);
    return moved;
}

} // namespace Akari
