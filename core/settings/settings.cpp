// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include "../logging/logcategories.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
struct Definition
{
    Settings::Key key;
    QString name;
    QMetaType type;
    QVariant defaultValue;
};

// The one table of preferences. Add a key here and to Settings::Key; nowhere else.
const QList<Definition> &definitions()
{
    static const QList<Definition> table{
        {Settings::Key::Language, u"General/Language"_s, QMetaType::fromType<QString>(), u"system"_s},
        {Settings::Key::RecentProjects, u"General/RecentProjects"_s, QMetaType::fromType<QStringList>(), QStringList()},
        {Settings::Key::MaxRecentProjects, u"General/MaxRecentProjects"_s, QMetaType::fromType<int>(), 10},
        {Settings::Key::ShowDebugMessages, u"Log/ShowDebugMessages"_s, QMetaType::fromType<bool>(), false},
    };
    return table;
}

const Definition &definition(Settings::Key key)
{
    for (const Definition &entry : definitions()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

constexpr int MaxRecentProjectsLimit = 50;

// QVariant turns any text but "", "0" and "false" into true; a flag must say what it means.
bool convertStrictly(QVariant &value, QMetaType type)
{
    if (type == QMetaType::fromType<bool>() && value.metaType() == QMetaType::fromType<QString>()) {
        const QString text = value.toString().trimmed().toLower();
        if (text != u"true" && text != u"false" && text != u"1" && text != u"0")
            return false;
    }
    return value.convert(type);
}
} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(u"akari/akari.ini"_s);
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const Definition &entry : definitions())
        keys.append(entry.key);
    return keys;
}

QString Settings::keyName(Key key)
{
    return definition(key).name;
}

QMetaType Settings::keyType(Key key)
{
    return definition(key).type;
}

QVariant Settings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

QString Settings::filePath() const
{
    return m_store->fileName();
}

QVariant Settings::value(Key key) const
{
    const Definition &entry = definition(key);
    QVariant stored = m_store->value(entry.name);
    if (!stored.isValid() || !convertStrictly(stored, entry.type))
        return entry.defaultValue;
    return stored;
}

void Settings::store(Key key, const QVariant &value)
{
    const Result<void> stored = setValue(key, value);
    Q_ASSERT_X(stored, "Settings::store", "a typed setter produced a value of the wrong type");
}

Result<void> Settings::setValue(Key key, const QVariant &value)
{
    const Definition &entry = definition(key);
    QVariant converted = value;
    if (!convertStrictly(converted, entry.type)) {
        const QString message = tr("“%1” is not a valid value for the setting %2.").arg(value.toString(), entry.name);
        qCWarning(lcSettings).noquote() << message;
        return fail({Error::Code::InvalidArgument, message, m_store->fileName()});
    }
    if (this->value(key) == converted)
        return {};
    m_store->setValue(entry.name, converted);
    emit changed(key);
    return {};
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_store->remove(definition(key).name);
    if (value(key) != before)
        emit changed(key);
}

Result<void> Settings::sync()
{
    m_store->sync();
    if (m_store->status() != QSettings::NoError) {
        const QString message = tr("Could not save the settings to %1.").arg(m_store->fileName());
        qCWarning(lcSettings).noquote() << message;
        return fail({Error::Code::Io, message, m_store->fileName()});
    }
    return {};
}

Language Settings::language() const
{
    return languageFromCode(value(Key::Language).toString()).value_or(Language::System);
}

void Settings::setLanguage(Language language)
{
    store(Key::Language, languageCode(language));
}

QStringList Settings::recentProjects() const
{
    return value(Key::RecentProjects).toStringList();
}

void Settings::addRecentProject(const QString &directory)
{
    const QString path = QDir::cleanPath(directory);
    QStringList list = recentProjects();
    list.removeAll(path);
    list.prepend(path);
    store(Key::RecentProjects, list.mid(0, maxRecentProjects()));
}

void Settings::removeRecentProject(const QString &directory)
{
    QStringList list = recentProjects();
    list.removeAll(QDir::cleanPath(directory));
    store(Key::RecentProjects, list);
}

void Settings::clearRecentProjects()
{
    store(Key::RecentProjects, QStringList());
}

int Settings::maxRecentProjects() const
{
    return std::clamp(value(Key::MaxRecentProjects).toInt(), 1, MaxRecentProjectsLimit);
}

void Settings::setMaxRecentProjects(int count)
{
    store(Key::MaxRecentProjects, std::clamp(count, 1, MaxRecentProjectsLimit));
    const QStringList list = recentProjects();
    if (list.size() > maxRecentProjects())
        store(Key::RecentProjects, list.mid(0, maxRecentProjects()));
}

bool Settings::showDebugMessages() const
{
    return value(Key::ShowDebugMessages).toBool();
}

void Settings::setShowDebugMessages(bool show)
{
    store(Key::ShowDebugMessages, show);
}

} // namespace Akari
