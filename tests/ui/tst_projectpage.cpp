// SPDX-License-Identifier: GPL-3.0-or-later
// The Project page: a summary fills its facts and dependency list; Reload asks for a fresh read.
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "pages/projectpage.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ProjectPage;
using Akari::PyProjectSummary;

namespace
{
PyProjectSummary demoSummary()
{
    PyProjectSummary summary;
    summary.directory = u"/work/demo"_s;
    summary.filePath = u"/work/demo/pyproject.toml"_s;
    summary.name = u"demo-app"_s;
    summary.version = u"1.2.3"_s;
    summary.requiresPython = u">=3.12"_s;
    summary.dependencies = {u"torch>=2.7.0"_s, u"numpy"_s, u"pillow<12"_s};
    summary.extras = {u"cpu"_s, u"cu128"_s};
    summary.indexNames = {u"pytorch-cu128"_s};
    summary.sourcedPackages = {u"torch"_s, u"torchvision"_s};
    summary.lineCount = 12;
    return summary;
}

QString fact(const ProjectPage &page, const QString &id)
{
    const auto *label = page.findChild<QLabel *>(id);
    return label ? label->text() : u"<no row %1>"_s.arg(id);
}
} // namespace

class TestProjectPage : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        // English plural forms ("1 line", "2 lines") come from Akari's English catalog.
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
    }

    void shouldShowNothingBeforeASummary()
    {
        ProjectPage page;
        QVERIFY(!page.summary());
        QCOMPARE(page.title(), u"Project"_s);
        QCOMPARE(fact(page, u"projectName"_s), u"—"_s);
        QCOMPARE(page.findChild<QListWidget *>(u"dependencyList"_s)->count(), 0);
        QVERIFY(!page.findChild<QPushButton *>(u"reloadButton"_s)->isEnabled()); // nothing to reload
    }

    void shouldFillTheFactsFromTheSummary()
    {
        ProjectPage page;
        const PyProjectSummary summary = demoSummary();
        page.setSummary(summary);
        const QLocale locale;
        QCOMPARE(fact(page, u"projectName"_s), u"demo-app"_s);
        QCOMPARE(fact(page, u"projectVersion"_s), u"1.2.3"_s);
        QCOMPARE(fact(page, u"requiresPython"_s), u">=3.12"_s);
        QCOMPARE(fact(page, u"projectFile"_s), u"%1 (12 lines)"_s.arg(QDir::toNativeSeparators(summary.filePath)));
        QCOMPARE(fact(page, u"dependencyCount"_s), u"3 packages"_s);
        QCOMPARE(fact(page, u"extras"_s), locale.createSeparatedList(summary.extras));
        QCOMPARE(fact(page, u"indexes"_s), u"pytorch-cu128"_s);
        QCOMPARE(fact(page, u"sources"_s), locale.createSeparatedList(summary.sourcedPackages));
        QVERIFY(page.summary());
        QCOMPARE(page.summary()->name, summary.name);
    }

    void shouldCountInTheRightPluralForm_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("dependencies");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("count");
        QTest::newRow("one of each") << 1 << 1 << u"/p/pyproject.toml (1 line)"_s << u"1 package"_s;
        QTest::newRow("none") << 0 << 0 << u"/p/pyproject.toml (0 lines)"_s << u"0 packages"_s;
        QTest::newRow("many") << 240 << 2 << u"/p/pyproject.toml (240 lines)"_s << u"2 packages"_s;
    }

    void shouldCountInTheRightPluralForm()
    {
        QFETCH(int, lines);
        QFETCH(int, dependencies);
        QFETCH(QString, file);
        QFETCH(QString, count);
        PyProjectSummary summary;
        summary.name = u"p"_s;
        summary.filePath = u"/p/pyproject.toml"_s;
        summary.lineCount = lines;
        for (int index = 0; index < dependencies; ++index)
            summary.dependencies.append(u"package%1"_s.arg(index));
        ProjectPage page;
        page.setSummary(summary);
        QCOMPARE(fact(page, u"projectFile"_s), QDir::toNativeSeparators(file));
        QCOMPARE(fact(page, u"dependencyCount"_s), count);
        QCOMPARE(fact(page, u"extras"_s), u"—"_s); // an empty list reads as a dash
    }

    void shouldListEveryDependency()
    {
        ProjectPage page;
        page.setSummary(demoSummary());
        auto *list = page.findChild<QListWidget *>(u"dependencyList"_s);
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            shown.append(list->item(row)->text());
        QCOMPARE(shown, demoSummary().dependencies);

        // A second summary replaces the list rather than adding to it.
        PyProjectSummary smaller = demoSummary();
        smaller.dependencies = {u"rich"_s};
        page.setSummary(smaller);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"rich"_s);
    }

    void shouldNameTheProjectInTheTitle()
    {
        ProjectPage page;
        page.setSummary(demoSummary());
        QVERIFY(page.title().contains(u"demo-app"_s));
        auto *heading = page.findChild<QLabel *>(u"pageTitle"_s);
        QVERIFY(heading);
        QCOMPARE(heading->text(), page.title());

        PyProjectSummary unnamed = demoSummary();
        unnamed.name.clear();
        page.setSummary(unnamed);
        QCOMPARE(heading->text(), u"Project"_s);
    }

    void shouldAskForAReloadFromTheButton()
    {
        ProjectPage page;
        page.show();
        auto *button = page.findChild<QPushButton *>(u"reloadButton"_s);
        QSignalSpy reload(&page, &ProjectPage::reloadRequested);
        QTest::mouseClick(button, Qt::LeftButton); // disabled: no project yet
        QCOMPARE(reload.count(), 0);
        page.setSummary(demoSummary());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reload.count(), 1);
    }
};

QTEST_MAIN(TestProjectPage)
#include "tst_projectpage.moc"
