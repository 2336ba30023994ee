// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome view: the recent projects from Settings, live, and the ways to open a project.
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"
#include "pages/welcomepage.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::WelcomePage;

namespace
{
QStringList folders(const QListWidget *list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result.append(list->item(row)->data(Qt::UserRole).toString());
    return result;
}

// A user's double click: the press of the first click selects the row the second one activates.
void doubleClick(QListWidget *list, const QListWidgetItem *item)
{
    const QPoint centre = list->visualItemRect(item).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
}
} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Akari::Test::IsolatedProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_projects;
    std::unique_ptr<WelcomePage> m_page;
    QListWidget *m_list = nullptr;

    [[nodiscard]] QString project(const QString &name) const
    {
        const QString directory = QDir(m_projects->path()).filePath(name);
        QDir().mkpath(directory);
        return directory;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<Akari::Test::IsolatedProfile>();
        m_projects = std::make_unique<QTemporaryDir>();
        m_page = std::make_unique<WelcomePage>(&m_profile->settings());
        m_page->resize(700, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_list = m_page->findChild<QListWidget *>(u"recentProjectList"_s);
        QVERIFY(m_list);
    }

    void cleanup()
    {
        m_page.reset();
        m_projects.reset();
        m_profile.reset();
    }

    void shouldShowADisabledPlaceholderWhenThereAreNoRecentProjects()
    {
        QCOMPARE(m_list->count(), 1);
        QListWidgetItem *placeholder = m_list->item(0);
        QCOMPARE(placeholder->text(), u"No recent projects yet."_s);
        QCOMPARE(placeholder->flags(), Qt::NoItemFlags); // neither enabled nor selectable
        QSignalSpy requested(m_page.get(), &WelcomePage::recentProjectRequested);
        doubleClick(m_list, placeholder);
        QCOMPARE(requested.count(), 0);
    }

    void shouldListRecentProjectsFromSettings()
    {
        const QString alpha = project(u"alpha"_s);
        m_profile->settings().addRecentProject(alpha);
        QCOMPARE(folders(m_list), QStringList{alpha}); // live, no reload needed
        QVERIFY(m_list->item(0)->text().contains(u"alpha"_s));
        QVERIFY(m_list->item(0)->text().contains(QDir::toNativeSeparators(alpha)));
        QCOMPARE(m_list->item(0)->toolTip(), QDir::toNativeSeparators(alpha));
        QVERIFY(m_list->item(0)->flags().testFlag(Qt::ItemIsEnabled));

        const QString beta = project(u"beta"_s);
        m_profile->settings().addRecentProject(beta);
        QCOMPARE(folders(m_list), m_profile->settings().recentProjects());
        QCOMPARE(folders(m_list).first(), beta); // newest first, as Settings keeps them

        m_profile->settings().removeRecentProject(beta);
        QCOMPARE(folders(m_list), QStringList{alpha});
        m_profile->settings().clearRecentProjects();
        QCOMPARE(m_list->count(), 1);
        QCOMPARE(m_list->item(0)->flags(), Qt::NoItemFlags);
    }

    void shouldRequestTheActivatedProject_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("double click") << false;
        QTest::newRow("return key") << true;
    }

    void shouldRequestTheActivatedProject()
    {
        QFETCH(bool, byKeyboard);
        const QString alpha = project(u"alpha"_s);
        const QString beta = project(u"beta"_s);
        m_profile->settings().addRecentProject(alpha);
        m_profile->settings().addRecentProject(beta);
        QCOMPARE(m_list->count(), 2);
        const int row = folders(m_list).indexOf(alpha);
        QVERIFY(row >= 0);
        QSignalSpy requested(m_page.get(), &WelcomePage::recentProjectRequested);
        if (byKeyboard) {
            m_list->setFocus();
            m_list->setCurrentRow(row);
            QTest::keyClick(m_list, Qt::Key_Return);
        } else {
            doubleClick(m_list, m_list->item(row));
        }
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), alpha);
    }

    void shouldRequestTheOpenDialogFromTheButton()
    {
        QSignalSpy requested(m_page.get(), &WelcomePage::openProjectRequested);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"openProjectButton"_s), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
