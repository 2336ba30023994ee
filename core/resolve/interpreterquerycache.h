// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "../error.h"

namespace Akari
{

/**
 * \brief Runs a short script with a Python interpreter and keeps its answer on disk, so each
 *        interpreter is asked once and not on every resolve (starting Python costs more than
 *        the rest of a warm resolve).
 *
 * The script prints one JSON object on stdout; it is run as `PYTHON -I -S -c SCRIPT`. Answers
 * live in `directory()/<sha256>.json` (written atomically), one file per interpreter path and
 * script. An answer is used only while the interpreter is the same file: its path as given,
 * where its symlinks lead, the size and the modification and change times of the file run,
 * and those of a `pyvenv.cfg` beside it or one folder up (a venv's answer depends on it).
 * Anything else (a changed or replaced interpreter, an unreadable or corrupt cache file, a
 * different script) means the interpreter is asked again. Failed runs are not cached.
 *
 * Blocking (runs a process): call it from a Job or a command-line tool. Safe to use from
 * several threads and processes at once (the last writer wins; every writer is right).
 */
class InterpreterQueryCache final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::InterpreterQueryCache)

public:
    /// How long an interpreter may take to answer.
    static constexpr int TimeoutMs = 5000;

    struct Answer
    {
        QJsonObject facts;
        bool fromCache = false;
    };

    /// A cache in \a directory (created on first store); empty: defaultDirectory().
    explicit InterpreterQueryCache(const QString &directory = {});

    /// `interpreters` beside HttpCache::defaultDirectory(): `$XDG_CACHE_HOME/akari/interpreters`.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }

    /// \a script's answer from \a interpreter: the cached one while it is still valid, else a
    /// fresh one (then stored). Errors name the interpreter.
    [[nodiscard]] Result<Answer> query(const QString &interpreter, const QByteArray &script) const;

    /// The cached answer, or nullopt when there is none, it is stale, or its file is unreadable.
    [[nodiscard]] std::optional<QJsonObject> cached(const QString &interpreter, const QByteArray &script) const;

    /// Forgets the cached answer (for callers that found it unusable).
    void remove(const QString &interpreter, const QByteArray &script) const;

    /// Runs \a script with \a interpreter without the cache.
    [[nodiscard]] static Result<QJsonObject> run(const QString &interpreter, const QByteArray &script);

private:
    [[nodiscard]] QString entryPath(const QString &absolutePath, const QByteArray &script) const;
    void store(const QString &interpreter, const QByteArray &script, const QJsonObject &facts) const;

    QString m_directory;
};

} // namespace Akari
