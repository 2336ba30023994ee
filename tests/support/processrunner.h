// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Akari::Test
{

/// What a finished program left: its exit code (-1 when it did not finish in time) and output.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs \a program to completion (killing it after \a timeoutMs) and collects its output as UTF-8.
[[nodiscard]] ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                       const QProcessEnvironment &environment, const QString &workingDirectory = {},
                                       int timeoutMs = 60000);

/// The system environment with LANG set to \a lang and every other language variable removed.
[[nodiscard]] QProcessEnvironment environmentWithLanguage(const QString &lang);

} // namespace Akari::Test
