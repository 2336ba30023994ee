// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include "../error.h"
#include "../i18n/language.h"

class QSettings;

namespace Akari
{

/**
 * \brief The user's preferences: one typed table of keys over one QSettings INI file.
 *
 * Every key is declared once (name, type, default) in settings.cpp; value() always
 * returns the declared type, and setValue() refuses a value that cannot become it. The
 * file path is injected so tests use a temporary file; QSettings writes INI files through
 * a temporary file and a rename, so a crash never leaves a half-written file. Window
 * geometry is not here but in WindowState, so resetting preferences keeps the layout.
 * Main thread only.
 */
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        Language,
        RecentProjects,
        MaxRecentProjects,
        ShowDebugMessages,
    };
    Q_ENUM(Key)

    /// \a filePath: the INI file to use; defaultFilePath() in the application.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    /// <config dir>/akari/akari.ini (XDG_CONFIG_HOME honoured on Linux).
    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] static QList<Key> allKeys();
    [[nodiscard]] static QString keyName(Key key);
    [[nodiscard]] static QMetaType keyType(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

    [[nodiscard]] QString filePath() const;
    /// The stored value converted to the key's type, or the default.
    [[nodiscard]] QVariant value(Key key) const;
    /// Stores \a value; an InvalidArgument error (and nothing stored) when it cannot be
    /// converted to the key's type.
    Result<void> setValue(Key key, const QVariant &value);
    void reset(Key key);
    /// Writes pending changes to disk now; an Io error naming the file when that fails.
    /// (A few hundred bytes: done on the calling thread by design.)
    Result<void> sync();

    // Typed accessors for the keys the application uses.
    [[nodiscard]] Language language() const;
    void setLanguage(Language language);
    [[nodiscard]] QStringList recentProjects() const;
    /// Moves \a directory to the front of the list, trimming it to MaxRecentProjects.
    void addRecentProject(const QString &directory);
    void removeRecentProject(const QString &directory);
    void clearRecentProjects();
    [[nodiscard]] int maxRecentProjects() const;
    void setMaxRecentProjects(int count);
    [[nodiscard]] bool showDebugMessages() const;
    void setShowDebugMessages(bool show);

signals:
    void changed(Akari::Settings::Key key);

private:
    /// setValue() for values the typed setters built, which always have the right type.
    void store(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace Akari
