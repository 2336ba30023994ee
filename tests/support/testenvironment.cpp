// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/settings/settings.h"
#include "core/settings/windowstate.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

QString sharedDir()
{
    const QByteArray fromEnvironment = qgetenv("AKARI_SHARED_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(AKARI_SHARED_DIR_DEFAULT)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

QString sharedPath(const QString &relative)
{
    return QDir(sharedDir()).filePath(relative);
}

IsolatedProfile::IsolatedProfile()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = QDir(m_dir.path()).filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    m_settings = std::make_unique<Settings>(settingsFile());
    m_state = std::make_unique<WindowState>(stateFile());
}

IsolatedProfile::~IsolatedProfile() = default;

QString IsolatedProfile::settingsFile() const
{
    return QDir(m_dir.path()).filePath(u"config/akari.ini"_s);
}

QString IsolatedProfile::stateFile() const
{
    return QDir(m_dir.path()).filePath(u"state/state.ini"_s);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace Akari::Test
