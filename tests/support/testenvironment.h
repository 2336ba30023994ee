// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

namespace Akari
{
class Settings;
class WindowState;
} // namespace Akari

namespace Akari::Test
{

/// ../shared next to the checkout (AKARI_SHARED_DIR overrides), e.g. for the corpus.
[[nodiscard]] QString sharedDir();
/// A path below sharedDir(), e.g. sharedPath(u"corpus/pyprojects"_s).
[[nodiscard]] QString sharedPath(const QString &relative);

/**
 * \brief Settings and window state in a fresh temporary folder, removed afterwards.
 *
 * Also sets XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME below that folder and turns on
 * QStandardPaths' test mode, so nothing a test does reaches the user's real files.
 */
class IsolatedProfile final
{
public:
    IsolatedProfile();
    ~IsolatedProfile();
    IsolatedProfile(const IsolatedProfile &) = delete;
    IsolatedProfile &operator=(const IsolatedProfile &) = delete;

    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString settingsFile() const;
    [[nodiscard]] QString stateFile() const;
    [[nodiscard]] Settings &settings() const { return *m_settings; }
    [[nodiscard]] WindowState &state() const { return *m_state; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WindowState> m_state;
};

/// Writes \a contents to \a path (creating folders); fails the test through QVERIFY-style return.
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &contents);

} // namespace Akari::Test
