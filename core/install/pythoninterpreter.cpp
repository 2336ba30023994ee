// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythoninterpreter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include "../resolve/interpreterquerycache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// The oldest Python Akari installs into (as uv: 3.8).
constexpr quint64 OldestMinor = 8;

// Prints, as JSON on one line, the keys TargetEnvironment::fromFacts reads plus what a venv
// needs: prefixes, executables and the install paths of the "venv" scheme rebased onto this
// interpreter's own prefix. Older Pythons only say their version, so the refusal can name it.
// Run before TargetEnvironment::markerFactsScript(): old Pythons only say their version (so the
// refusal can name it), and a venv's sys.prefix is set by `site`, which -S skips.
const char *const QueryPrelude = R"PY(
import json, os, platform, sys
if sys.version_info < (3, 8):
    print(json.dumps({"python_full_version": platform.python_version(), "too_old": True}))
    sys.exit(0)
import sysconfig
if sys.flags.no_site:
    import site
    site.venv(None)
)PY";

// Run after it: prefixes, executables and the install paths of the "venv" scheme rebased onto
// this interpreter's own prefix, added to `facts`, then all of it printed as JSON on one line.
const char *const QueryEpilogue = R"PY(
prefix = sys.prefix
names = sysconfig.get_scheme_names()
scheme = "venv" if "venv" in names else ("nt" if os.name == "nt" else "posix_prefix")
bases = {"base": prefix, "platbase": prefix, "installed_base": prefix, "installed_platbase": prefix}
paths = sysconfig.get_paths(scheme, vars=bases)
facts.update({
    "prefix": prefix,
    "base_prefix": getattr(sys, "base_prefix", prefix),
    "executable": sys.executable,
    "base_executable": getattr(sys, "_base_executable", sys.executable),
    "scheme": scheme,
    "paths": {key: paths.get(key, "") for key in ("purelib", "platlib", "scripts", "include", "data")},
})
print(json.dumps(facts))
)PY";

Error interpreterError(Error::Code code, const QString &message, const QString &path)
{
    return Error(code, message, path);
}

QString canonicalOr(const QString &path, const QString &fallback)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? fallback : canonical;
}

// A venv made with copies runs its own file: the base is `home` of its pyvenv.cfg.
QString baseFromVenvConfig(const QString &prefix, const QString &minor)
{
    QFile config(QDir(prefix).filePath(u"pyvenv.cfg"_s));
    if (!config.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!config.atEnd()) {
        const QString line = QString::fromUtf8(config.readLine());
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0 || line.left(equals).trimmed().compare(u"home"_s, Qt::CaseInsensitive) != 0)
            continue;
        const QDir home(line.mid(equals + 1).trimmed());
        const QStringList names{QString(u"python"_s + minor), u"python3"_s, u"python"_s, u"python.exe"_s};
        for (const QString &name : names) {
            const QString canonical = QFileInfo(home.filePath(name)).canonicalFilePath();
            if (!canonical.isEmpty())
                return canonical;
        }
    }
    return {};
}

Result<PythonInterpreter> fromFacts(const QString &path, PythonInterpreter::Source source, const QJsonObject &facts)
{
    const QString versionText = facts.value(u"python_full_version"_s).toString();
    const Result<Version> version = Version::parse(versionText);
    if (versionText.isEmpty() || !version) {
        return fail(interpreterError(
            Error::Code::Parse,
            PythonInterpreter::tr("“%1” does not describe itself as a Python interpreter does.").arg(path), path));
    }
    const std::span<const quint64> release = version->release();
    const bool tooOld = facts.value(u"too_old"_s).toBool() || release.size() < 2 || release[0] < 3 ||
                        (release[0] == 3 && release[1] < OldestMinor);
    if (tooOld) {
        return fail(interpreterError(Error::Code::InvalidArgument,
                                     PythonInterpreter::tr("The Python interpreter “%1” is Python %2; Akari needs "
                                                           "Python 3.%3 or newer.")
                                         .arg(path, versionText)
                                         .arg(OldestMinor),
                                     path));
    }
    Result<TargetEnvironment> target = TargetEnvironment::fromFacts(path, facts);
    if (!target)
        return fail(target.error());
    const QJsonObject paths = facts.value(u"paths"_s).toObject();
    if (!facts.value(u"prefix"_s).isString() || paths.isEmpty()) {
        return fail(interpreterError(
            Error::Code::Parse,
            PythonInterpreter::tr("The Python interpreter “%1” did not say where it is installed.").arg(path), path));
    }

    PythonInterpreter interpreter;
    interpreter.path = path;
    interpreter.source = source;
    interpreter.version = *version;
    interpreter.implementation = facts.value(u"platform_python_implementation"_s).toString();
    interpreter.prefix = facts.value(u"prefix"_s).toString();
    interpreter.basePrefix = facts.value(u"base_prefix"_s).toString(interpreter.prefix);
    interpreter.isVirtualEnvironment = interpreter.prefix != interpreter.basePrefix;
    interpreter.is64Bit = facts.value(u"is_64bit"_s).toBool(true);
    interpreter.paths.purelib = paths.value(u"purelib"_s).toString();
    interpreter.paths.platlib = paths.value(u"platlib"_s).toString();
    interpreter.paths.scripts = paths.value(u"scripts"_s).toString();
    interpreter.paths.include = paths.value(u"include"_s).toString();
    interpreter.paths.data = paths.value(u"data"_s).toString();
    interpreter.target = std::move(*target);
    interpreter.resolvedPath = canonicalOr(path, facts.value(u"executable"_s).toString());
    interpreter.baseExecutable = canonicalOr(facts.value(u"base_executable"_s).toString(), interpreter.resolvedPath);
    if (interpreter.isVirtualEnvironment) {
        const QString prefix = QFileInfo(interpreter.prefix).canonicalFilePath();
        if (!prefix.isEmpty() && interpreter.baseExecutable.startsWith(prefix + u'/')) {
            const QString base = baseFromVenvConfig(interpreter.prefix, interpreter.minorVersion());
            if (!base.isEmpty())
                interpreter.baseExecutable = base;
        }
    }
    return interpreter;
}

} // namespace

QString PythonInterpreter::minorVersion() const
{
    const std::span<const quint64> release = version.release();
    if (release.empty())
        return {};
    return QString::number(release[0]) + u'.' + QString::number(release.size() > 1 ? release[1] : 0);
}

QString PythonInterpreter::description() const
{
    return tr("%1 %2 (%3)")
        .arg(implementation.isEmpty() ? u"Python"_s : implementation, version.toString(),
             QDir::toNativeSeparators(path));
}

QString PythonInterpreter::sourceName(Source source)
{
    switch (source) {
    case Source::Explicit:
        return tr("given");
    case Source::Path:
        return u"PATH"_s;
    case Source::System:
        return tr("system");
    case Source::Pyenv:
        return u"pyenv"_s;
    case Source::UvManaged:
        return u"uv"_s;
    case Source::Conda:
        return u"conda"_s;
    case Source::PyLauncher:
        return tr("py launcher");
    }
    return {};
}

Result<PythonInterpreter> PythonInterpreter::query(const QString &path, Source source,
                                                   const InterpreterQueryCache &cache)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(
            interpreterError(Error::Code::NotFound, tr("The Python interpreter “%1” does not exist.").arg(path), path));
    }
    if (!info.isFile() || !info.isExecutable()) {
        return fail(interpreterError(
            Error::Code::InvalidArgument,
            tr("“%1” is not an executable file, so it cannot be a Python interpreter.").arg(path), path));
    }
    const QByteArray script = QueryPrelude + TargetEnvironment::markerFactsScript() + QueryEpilogue;
    const Result<InterpreterQueryCache::Answer> answer = cache.query(path, script);
    if (!answer)
        return fail(answer.error());
    Result<PythonInterpreter> interpreter = fromFacts(path, source, answer->facts);
    if (!interpreter && answer->fromCache && interpreter.error().code() == Error::Code::Parse) {
        // A cached answer that does not make sense (hand-edited, or from an older Akari): ask again.
        cache.remove(path, script);
        const Result<InterpreterQueryCache::Answer> fresh = cache.query(path, script);
        if (!fresh)
            return fail(fresh.error());
        interpreter = fromFacts(path, source, fresh->facts);
    }
    return interpreter;
}

} // namespace Akari
