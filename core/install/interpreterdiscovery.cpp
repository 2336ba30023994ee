// SPDX-License-Identifier: GPL-3.0-or-later
#include "interpreterdiscovery.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#ifdef Q_OS_WIN
#include <QSettings>
#endif

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "../resolve/interpreterquerycache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

using Source = PythonInterpreter::Source;

#ifdef Q_OS_WIN
const QString ExeSuffix = u".exe"_s;
#else
const QString ExeSuffix;
#endif

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

QString home()
{
    return QDir::homePath();
}

// Compares names as people read versions: digit runs by value ("3.9" < "3.10").
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            const qulonglong numberA = a.mid(startA, i - startA).toULongLong();
            const qulonglong numberB = b.mid(startB, j - startB).toULongLong();
            if (numberA != numberB)
                return numberA < numberB;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// Folder entries sorted newest-looking first ("3.12.4" before "3.9.1"), hidden ones left out.
QStringList subfoldersNewestFirst(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    names.removeIf([](const QString &name) { return name.startsWith(u'.'); });
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return naturalLess(b, a); });
    return names;
}

// The Python names in one folder: python3, python3.N (newest first), python.
QStringList pythonNamesIn(const QString &directory)
{
    static const QRegularExpression minorName(u"^python3\\.(\\d+)$"_s);
    QList<std::pair<int, QString>> minors;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList(QDir::Files | QDir::System)) {
        QString name = entry;
        if (!ExeSuffix.isEmpty()) {
            if (!name.endsWith(ExeSuffix, Qt::CaseInsensitive))
                continue;
            name.chop(ExeSuffix.size());
        }
        const QRegularExpressionMatch match = minorName.match(name);
        if (match.hasMatch())
            minors.append({match.captured(1).toInt(), entry});
    }
    std::sort(minors.begin(), minors.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names{u"python3"_s + ExeSuffix};
    for (const auto &minor : std::as_const(minors))
        names.append(minor.second);
    names.append(u"python"_s + ExeSuffix);
    return names;
}

// pyenv's shims are scripts that pick a version by the current folder: never an interpreter.
bool isPyenvShims(const QString &directory, const QString &pyenvRoot)
{
    const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(directory));
    if (!cleaned.endsWith(u"/shims"_s))
        return false;
    const QString parent = cleaned.left(cleaned.size() - 6);
    if (!pyenvRoot.isEmpty() && QFileInfo(parent) == QFileInfo(pyenvRoot))
        return true;
    return parent.contains(u"pyenv"_s, Qt::CaseInsensitive);
}

// Where a venv's python lives under its root, if \a path is one: the venv's folder, else empty.
QString venvRootOf(const QString &path)
{
    const QDir bin = QFileInfo(path).absoluteDir();
    if (bin.exists(u"pyvenv.cfg"_s))
        return bin.canonicalPath();
    QDir up = bin;
    if (up.cdUp() && up.exists(u"pyvenv.cfg"_s))
        return up.canonicalPath();
    return {};
}

class CandidateList
{
public:
    void add(const QString &path, Source source)
    {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isExecutable())
            return;
        // A venv's python links to its base, yet it is another interpreter (another prefix).
        const QString venv = venvRootOf(path);
        const QString key = venv.isEmpty() ? info.canonicalFilePath() : venv + u'\n' + info.canonicalFilePath();
        if (key.isEmpty() || m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_list.append({QDir::cleanPath(info.absoluteFilePath()), source});
    }

    void addFolder(const QString &directory, Source source)
    {
        if (directory.isEmpty())
            return;
        for (const QString &name : pythonNamesIn(directory))
            add(QDir(directory).filePath(name), source);
    }

    [[nodiscard]] QList<InterpreterDiscovery::Candidate> list() const { return m_list; }

private:
    QList<InterpreterDiscovery::Candidate> m_list;
    QSet<QString> m_seen;
};

QString installedPython(const QString &prefix, const QString &posixName)
{
#ifdef Q_OS_WIN
    Q_UNUSED(posixName)
    return QDir(prefix).filePath(u"python.exe"_s);
#else
    return QDir(prefix).filePath(u"bin/"_s + posixName);
#endif
}

#ifdef Q_OS_WIN
// PEP 514: HKCU and HKLM (64- and 32-bit views) Software\Python\<Company>\<Tag>\InstallPath.
void addRegistryInterpreters(CandidateList &list)
{
    const QList<std::pair<QString, QSettings::Format>> hives{
        {u"HKEY_CURRENT_USER\\Software\\Python"_s, QSettings::NativeFormat},
        {u"HKEY_LOCAL_MACHINE\\Software\\Python"_s, QSettings::Registry64Format},
        {u"HKEY_LOCAL_MACHINE\\Software\\Python"_s, QSettings::Registry32Format}};
    for (const auto &[hive, format] : hives) {
        QSettings settings(hive, format);
        for (const QString &company : settings.childGroups()) {
            // PEP 514 reserves "PyLauncher" for the launcher itself.
            if (company.compare(u"PyLauncher"_s, Qt::CaseInsensitive) == 0)
                continue;
            settings.beginGroup(company);
            for (const QString &tag : settings.childGroups()) {
                settings.beginGroup(tag + u"/InstallPath"_s);
                QString executable = settings.value(u"ExecutablePath"_s).toString();
                if (executable.isEmpty()) {
                    const QString installPath = settings.value(u"Default"_s).toString();
                    if (!installPath.isEmpty())
                        executable = QDir(installPath).filePath(u"python.exe"_s);
                }
                settings.endGroup();
                if (!executable.isEmpty())
                    list.add(QDir::fromNativeSeparators(executable), Source::PyLauncher);
            }
            settings.endGroup();
        }
    }
}
#endif

struct VersionRequest
{
    QString implementation; // lower-case "cpython", "pypy"; empty: any
    QList<quint64> parts;   // 1 to 3 numbers
};

std::optional<VersionRequest> parseVersionRequest(const QString &request)
{
    static const QRegularExpression pattern(u"^(?:(cpython|cp|pypy|pp|python|py)-?)?(\\d+(?:\\.\\d+){0,2})$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(request.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    VersionRequest parsed;
    const QString name = match.captured(1).toLower();
    if (name == u"cpython"_s || name == u"cp"_s)
        parsed.implementation = u"cpython"_s;
    else if (name == u"pypy"_s || name == u"pp"_s)
        parsed.implementation = u"pypy"_s;
    for (const QString &part : match.captured(2).split(u'.'))
        parsed.parts.append(part.toULongLong());
    return parsed;
}

bool matches(const PythonInterpreter &interpreter, const VersionRequest &request)
{
    if (!request.implementation.isEmpty() &&
        interpreter.implementation.compare(request.implementation, Qt::CaseInsensitive) != 0) {
        return false;
    }
    const std::span<const quint64> release = interpreter.version.release();
    for (qsizetype i = 0; i < request.parts.size(); ++i) {
        if (size_t(i) >= release.size() || release[size_t(i)] != request.parts.at(i))
            return false;
    }
    return true;
}

bool looksLikePath(const QString &request)
{
    return request.contains(u'/') || request.contains(u'\\') || request.startsWith(u'.') || request.startsWith(u'~') ||
           QFileInfo::exists(request);
}

// A folder given for --python: a venv or an installation; the python inside it.
QString pythonInFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &relative : {u"bin/python3"_s, u"bin/python"_s, u"Scripts/python.exe"_s, u"python.exe"_s}) {
        const QFileInfo info(dir.filePath(relative));
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

QString foundList(const QList<PythonInterpreter> &found)
{
    QStringList descriptions;
    for (const PythonInterpreter &interpreter : found)
        descriptions.append(interpreter.description());
    return descriptions.join(u"; "_s);
}

} // namespace

InterpreterDiscovery::Options InterpreterDiscovery::defaultOptions()
{
    Options options;
    for (const QString &directory : environment("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        options.pathDirectories.append(QDir::fromNativeSeparators(directory));
#ifndef Q_OS_WIN
    options.systemDirectories = {u"/usr/bin"_s, u"/usr/local/bin"_s};
#endif
    const QString pyenvRoot = environment("PYENV_ROOT");
    options.pyenvRoot = !pyenvRoot.isEmpty() ? pyenvRoot : home() + u"/.pyenv"_s;

    const QString uvDirectory = environment("UV_PYTHON_INSTALL_DIR");
    if (!uvDirectory.isEmpty()) {
        options.uvPythonDirectory = uvDirectory;
    } else {
        const QString dataHome = environment("XDG_DATA_HOME");
#ifdef Q_OS_WIN
        const QString fallback = environment("APPDATA");
#else
        const QString fallback = home() + u"/.local/share"_s;
#endif
        options.uvPythonDirectory = (!dataHome.isEmpty() ? dataHome : fallback) + u"/uv/python"_s;
    }

    QStringList condaRoots;
    const QString condaPrefix = environment("CONDA_PREFIX");
    if (!condaPrefix.isEmpty())
        condaRoots.append(condaPrefix);
    const QString condaExe = environment("CONDA_EXE");
    if (!condaExe.isEmpty()) {
        QDir installation = QFileInfo(condaExe).absoluteDir(); // <root>/bin or <root>/Scripts
        if (installation.cdUp())
            condaRoots.append(installation.absolutePath());
    }
    for (const QString &name : {u"miniconda3"_s, u"anaconda3"_s, u"miniforge3"_s, u"mambaforge"_s})
        condaRoots.append(home() + u'/' + name);
    for (const QString &root : std::as_const(condaRoots)) {
        const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(root));
        if (!options.condaRoots.contains(cleaned))
            options.condaRoots.append(cleaned);
    }
    return options;
}

QList<InterpreterDiscovery::Candidate> InterpreterDiscovery::candidates(const Options &options)
{
    CandidateList list;
    for (const QString &directory : options.pathDirectories) {
        if (!isPyenvShims(directory, options.pyenvRoot))
            list.addFolder(directory, Source::Path);
    }
    for (const QString &directory : options.systemDirectories)
        list.addFolder(directory, Source::System);
    if (!options.pyenvRoot.isEmpty()) {
        const QString versions = options.pyenvRoot + u"/versions"_s;
        for (const QString &name : subfoldersNewestFirst(versions))
            list.add(installedPython(versions + u'/' + name, u"python3"_s), Source::Pyenv);
    }
    if (!options.uvPythonDirectory.isEmpty()) {
        for (const QString &name : subfoldersNewestFirst(options.uvPythonDirectory))
            list.add(installedPython(options.uvPythonDirectory + u'/' + name, u"python3"_s), Source::UvManaged);
    }
    for (const QString &root : options.condaRoots) {
        list.add(installedPython(root, u"python"_s), Source::Conda);
        QStringList environments = QDir(root + u"/envs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : std::as_const(environments))
            list.add(installedPython(root + u"/envs/"_s + name, u"python"_s), Source::Conda);
    }
#ifdef Q_OS_WIN
    if (options.useWindowsRegistry)
        addRegistryInterpreters(list);
#endif
    return list.list();
}

Result<InterpreterDiscovery::Report> InterpreterDiscovery::discover(const Options &options, JobContext *context)
{
    const InterpreterQueryCache cache(options.cacheDirectory);
    const QList<Candidate> found = candidates(options);
    Report report;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (context && context->isCancelled())
            return fail(Error::cancelled());
        const Candidate &candidate = found.at(i);
        if (context) {
            context->reportProgress({.phase = tr("Finding Python interpreters"),
                                     .item = QDir::toNativeSeparators(candidate.path),
                                     .stepsDone = i,
                                     .stepsTotal = found.size()});
        }
        Result<PythonInterpreter> interpreter = PythonInterpreter::query(candidate.path, candidate.source, cache);
        if (interpreter)
            report.interpreters.append(std::move(*interpreter));
        else
            report.skipped.append(interpreter.error());
    }
    return report;
}

Result<PythonInterpreter> InterpreterDiscovery::find(const QString &request, const Options &options,
                                                     JobContext *context)
{
    const InterpreterQueryCache cache(options.cacheDirectory);
    const QString trimmed = request.trimmed();
    std::optional<VersionRequest> version;
    if (!trimmed.isEmpty()) {
        version = parseVersionRequest(trimmed);
        if (!version && looksLikePath(trimmed)) {
            QString path = trimmed;
            if (path.startsWith(u'~'))
                path = home() + path.mid(1);
            if (QFileInfo(path).isDir()) {
                const QString inside = pythonInFolder(path);
                if (inside.isEmpty()) {
                    return fail(Error(Error::Code::NotFound,
                                      tr("The folder “%1” holds no Python interpreter (looked for bin/python3, "
                                         "bin/python and Scripts/python.exe).")
                                          .arg(QDir::toNativeSeparators(path)),
                                      path));
                }
                path = inside;
            }
            return PythonInterpreter::query(path, Source::Explicit, cache);
        }
        if (!version) {
            return fail(Error(
                Error::Code::InvalidArgument,
                tr("“%1” is neither a path to a Python interpreter nor a Python version such as 3.12.").arg(trimmed)));
        }
    }

    // Candidates are asked in order and only until one fits: most requests stop at the first.
    QList<PythonInterpreter> found;
    QList<Error> skipped;
    for (const Candidate &candidate : candidates(options)) {
        if (context && context->isCancelled())
            return fail(Error::cancelled());
        Result<PythonInterpreter> interpreter = PythonInterpreter::query(candidate.path, candidate.source, cache);
        if (!interpreter) {
            skipped.append(interpreter.error());
            continue;
        }
        if (!version || matches(*interpreter, *version))
            return std::move(*interpreter);
        found.append(std::move(*interpreter));
    }
    if (trimmed.isEmpty()) {
        return fail(Error(Error::Code::NotFound,
                          skipped.isEmpty()
                              ? tr("No Python interpreter was found on PATH or in the usual places.")
                              : tr("No usable Python interpreter was found: %1").arg(skipped.constFirst().message())));
    }
    if (found.isEmpty()) {
        return fail(Error(Error::Code::NotFound,
                          tr("No Python interpreter matches “%1”, and none was found at all.").arg(trimmed)));
    }
    return fail(Error(Error::Code::NotFound,
                      tr("No Python interpreter matches “%1”. Found: %2.").arg(trimmed, foundList(found))));
}

Job *InterpreterDiscovery::discoverJob(Options options, QObject *parent)
{
    return Job::create<Report>(
        tr("Finding Python interpreters"),
        [options = std::move(options)](JobContext &context) { return discover(options, &context); }, parent);
}

} // namespace Akari
