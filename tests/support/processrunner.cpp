// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrunner.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                         const QString &workingDirectory, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QProcessEnvironment environmentWithLanguage(const QString &lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"QT_LOGGING_RULES"_s})
        environment.remove(variable);
    environment.insert(u"LANG"_s, lang);
    return environment;
}

} // namespace Akari::Test
