// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "core/settings/settings.h"
#include "core/settings/windowstate.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Settings;
using Akari::WindowState;
using Akari::Test::IsolatedProfile;

namespace
{
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Bytes as QWidget::saveGeometry() makes them: binary, with NULs and high bytes.
QByteArray binaryBlob()
{
    QByteArray blob;
    for (int i = 0; i < 256; ++i)
        blob.append(static_cast<char>(i));
    return blob;
}
} // namespace

class TestWindowState final : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeEmptyForUnknownWindows();
    void shouldRoundTripAcrossInstances();
    void shouldKeepWindowsApart();
    void shouldUseAnotherFileThanSettings();
    void shouldLeaveSettingsFileUntouched();
    void shouldNotBeTouchedBySettings();
};

void TestWindowState::shouldBeEmptyForUnknownWindows()
{
    const IsolatedProfile profile;
    QVERIFY(profile.state().geometry(u"MainWindow"_s).isEmpty());
    QVERIFY(profile.state().layout(u"MainWindow"_s).isEmpty());
    QVERIFY(profile.state().currentPage().isEmpty());
}

void TestWindowState::shouldRoundTripAcrossInstances()
{
    const IsolatedProfile profile;
    profile.state().setGeometry(u"MainWindow"_s, binaryBlob());
    profile.state().setLayout(u"MainWindow"_s, "splitter\0state"_ba);
    profile.state().setCurrentPage(u"environment"_s);
    QCOMPARE(profile.state().geometry(u"MainWindow"_s), binaryBlob());
    profile.state().sync();

    const WindowState reopened(profile.stateFile());
    QCOMPARE(reopened.geometry(u"MainWindow"_s), binaryBlob());
    QCOMPARE(reopened.layout(u"MainWindow"_s), "splitter\0state"_ba);
    QCOMPARE(reopened.currentPage(), u"environment"_s);
}

void TestWindowState::shouldKeepWindowsApart()
{
    const IsolatedProfile profile;
    profile.state().setGeometry(u"MainWindow"_s, "main"_ba);
    profile.state().setGeometry(u"AboutDialog"_s, "about"_ba);
    profile.state().setLayout(u"AboutDialog"_s, "about layout"_ba);
    QCOMPARE(profile.state().geometry(u"MainWindow"_s), "main"_ba);
    QCOMPARE(profile.state().geometry(u"AboutDialog"_s), "about"_ba);
    QVERIFY(profile.state().layout(u"MainWindow"_s).isEmpty());
}

void TestWindowState::shouldUseAnotherFileThanSettings()
{
    const IsolatedProfile profile;
    QVERIFY(QFileInfo(profile.stateFile()).absoluteFilePath() != QFileInfo(profile.settingsFile()).absoluteFilePath());
    profile.state().setCurrentPage(u"log"_s);
    profile.state().sync();
    QVERIFY(QFileInfo::exists(profile.stateFile()));
    QVERIFY2(!QFileInfo::exists(profile.settingsFile()), "saving window state created the settings file");
}

void TestWindowState::shouldLeaveSettingsFileUntouched()
{
    const IsolatedProfile profile;
    profile.settings().setMaxRecentProjects(4);
    profile.settings().addRecentProject(u"/p/a"_s);
    QVERIFY(profile.settings().sync());
    const QByteArray before = fileHash(profile.settingsFile());
    QVERIFY(!before.isEmpty());
    const QDateTime modified = QFileInfo(profile.settingsFile()).lastModified();

    profile.state().setGeometry(u"MainWindow"_s, binaryBlob());
    profile.state().setCurrentPage(u"project"_s);
    profile.state().sync();

    QCOMPARE(fileHash(profile.settingsFile()), before);
    QCOMPARE(QFileInfo(profile.settingsFile()).lastModified(), modified);
    const Settings reopened(profile.settingsFile());
    QCOMPARE(reopened.maxRecentProjects(), 4);
    QCOMPARE(reopened.recentProjects(), QStringList{u"/p/a"_s});
}

void TestWindowState::shouldNotBeTouchedBySettings()
{
    const IsolatedProfile profile;
    profile.state().setCurrentPage(u"project"_s);
    profile.state().sync();
    const QByteArray before = fileHash(profile.stateFile());

    profile.settings().setShowDebugMessages(true);
    profile.settings().reset(Settings::Key::MaxRecentProjects);
    QVERIFY(profile.settings().sync());

    QCOMPARE(fileHash(profile.stateFile()), before);
    QCOMPARE(WindowState(profile.stateFile()).currentPage(), u"project"_s);
}

QTEST_GUILESS_MAIN(TestWindowState)
#include "tst_windowstate.moc"
