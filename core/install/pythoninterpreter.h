// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include "../error.h"
#include "../pep/version.h"
#include "../resolve/targetenvironment.h"

namespace Akari
{

class InterpreterQueryCache;

/**
 * \brief One Python interpreter as it answered when asked (once, then from
 *        InterpreterQueryCache until the file changes): version, implementation, the marker
 *        environment and tags it accepts, and its sysconfig install paths.
 */
struct PythonInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PythonInterpreter)

public:
    /// Where discovery found it; the order is the order of preference.
    enum class Source : quint8
    {
        Explicit,  ///< a path the user gave (`--python PATH`)
        Path,      ///< a `python3`/`python3.X`/`python` on PATH
        System,    ///< /usr/bin, /usr/local/bin
        Pyenv,     ///< `$PYENV_ROOT/versions/*` (default ~/.pyenv)
        UvManaged, ///< `$UV_PYTHON_INSTALL_DIR` (default `$XDG_DATA_HOME/uv/python/*`)
        Conda,     ///< a conda installation's base and `envs/*`
        PyLauncher ///< Windows: the `py` launcher's registry entries (PEP 514)
    };

    /// The sysconfig "venv"-relevant install paths of this interpreter (its own prefix).
    struct Paths
    {
        QString purelib;
        QString platlib;
        QString scripts;
        QString include;
        QString data;
    };

    QString path;         ///< as found (may be a symlink, e.g. /usr/bin/python3)
    QString resolvedPath; ///< sys.executable's target after symlinks: the file that runs
    Source source = Source::Explicit;
    Version version;                   ///< full, e.g. 3.11.2
    QString implementation;            ///< "CPython", "PyPy"
    QString prefix;                    ///< sys.prefix
    QString basePrefix;                ///< sys.base_prefix
    bool isVirtualEnvironment = false; ///< prefix != base_prefix
    /// The interpreter a venv made from this one should run: resolvedPath, or for a venv's
    /// own python the base interpreter it runs on (sys._base_executable, resolved).
    QString baseExecutable;
    bool is64Bit = true; ///< sys.maxsize > 2**32 (venv adds lib64 → lib then)
    Paths paths;
    TargetEnvironment target; ///< markers and tags, for resolving

    /// "3.11"
    [[nodiscard]] QString minorVersion() const;
    /// "CPython 3.11.2 (/usr/bin/python3)", translated.
    [[nodiscard]] QString description() const;
    /// "PATH", "pyenv", "uv", "conda"... translated where it is a word.
    [[nodiscard]] static QString sourceName(Source source);

    /**
     * \brief Asks \a path (through \a cache: one process per interpreter file, ever). Blocking;
     *        call it from a Job. Errors name the interpreter and say what went wrong (not
     *        executable, timed out, not Python, too old: Python 3.8 is the oldest accepted).
     */
    [[nodiscard]] static Result<PythonInterpreter> query(const QString &path, Source source,
                                                         const InterpreterQueryCache &cache);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::PythonInterpreter)
