// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "pythoninterpreter.h"

class QObject;

namespace Akari
{

class Job;
class JobContext;

/**
 * \brief Finds the Python interpreters on this machine, like uv's discovery: PATH first, then
 *        the system folders, pyenv, uv-managed Pythons, conda environments and (Windows only)
 *        the `py` launcher's registry entries.
 *
 * Every place to look is an Option so tests can point discovery at fake trees. Interpreters
 * are de-duplicated by the file they resolve to (the first place found wins). Each one is
 * queried through InterpreterQueryCache, so a second discovery runs no process at all.
 */
class InterpreterDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::InterpreterDiscovery)

public:
    struct Options
    {
        QStringList pathDirectories;   ///< PATH's folders in order
        QStringList systemDirectories; ///< /usr/bin, /usr/local/bin
        QString pyenvRoot;             ///< has versions/<name>/bin/python3
        QString uvPythonDirectory;     ///< has <name>/bin/python3 (Windows: <name>/python.exe)
        QStringList condaRoots;        ///< each has bin/python and envs/<name>/bin/python
        bool useWindowsRegistry = true;
        QString cacheDirectory; ///< InterpreterQueryCache's; empty: its default
    };

    /// A place an interpreter might be, before it is asked.
    struct Candidate
    {
        QString path;
        PythonInterpreter::Source source = PythonInterpreter::Source::Path;
    };

    /// What a discovery found, and what it could not use (for a verbose listing).
    struct Report
    {
        QList<PythonInterpreter> interpreters; ///< in order of preference
        QList<Error> skipped;                  ///< candidates that failed to answer
    };

    /// The places this process's environment names (PATH, PYENV_ROOT, UV_PYTHON_INSTALL_DIR,
    /// XDG_DATA_HOME, CONDA_PREFIX, CONDA_EXE, ~/miniconda3, ~/anaconda3, ~/miniforge3...).
    [[nodiscard]] static Options defaultOptions();

    /// The executables that exist in those places, in order, without duplicates (by the file
    /// they resolve to). Reads directories only; runs nothing.
    [[nodiscard]] static QList<Candidate> candidates(const Options &options);

    /// Queries every candidate. Blocking; \a context (optional) is polled for cancellation.
    [[nodiscard]] static Result<Report> discover(const Options &options, JobContext *context = nullptr);

    /**
     * \brief `--python` as uv reads it: a path to an interpreter (or to a venv folder), or a
     *        version request "3", "3.12", "3.12.4" (also "python3.12", "cpython3.12") matched
     *        against the discovered interpreters in order; an empty request means the first
     *        one found. Errors list what was found instead.
     */
    [[nodiscard]] static Result<PythonInterpreter> find(const QString &request, const Options &options,
                                                        JobContext *context = nullptr);

    /// discover() as a Job (result: Report).
    [[nodiscard]] static Job *discoverJob(Options options, QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::InterpreterDiscovery::Report)
