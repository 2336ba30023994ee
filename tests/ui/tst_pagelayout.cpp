// SPDX-License-Identifier: GPL-3.0-or-later
// Every page at the default window size, in English and Japanese, at 100 %, 125 % and 150 %
// text scale (what desktop scaling does to fonts), with a real project from ../shared open:
// no text is clipped and no widgets overlap.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "core/jobs/jobtracker.h"
#include "core/logging/logbuffer.h"
#include "mainwindow.h"
#include "projectfixture.h"
#include "testenvironment.h"
#include "textfitcheck.h"

using namespace Qt::Literals::StringLiterals;
using Akari::MainWindow;

namespace
{
QByteArray corpusFile(const QString &name)
{
    QFile file(Akari::Test::sharedPath(u"corpus/pyprojects/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldFitEveryPage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("project");
        for (const auto &[language, name] :
             {std::pair{Akari::Language::English, "en"}, {Akari::Language::Japanese, "ja"}}) {
            for (const double scale : {1.0, 1.25, 1.5}) {
                // A matrix with a warning, and variants with kept packages.
                for (const char *project : {"08-nari-labs-dia.toml", "01-karpathy-nanochat.toml"})
                    QTest::addRow("%s %d%% %s", name, int(scale * 100), project)
                        << int(language) << scale << QString::fromLatin1(project);
            }
        }
    }

    void shouldFitEveryPage()
    {
        QFETCH(int, language);
        QFETCH(double, scale);
        QFETCH(QString, project);
        const QFont original = QApplication::font();
        QFont scaled = original;
        scaled.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(scaled);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });

        Akari::LanguageManager languages;
        QVERIFY(languages.apply(Akari::Language(language), {}).has_value());
        Akari::Test::IsolatedProfile profile;
        Akari::LogBuffer log;
        QTemporaryDir dir;
        const QByteArray toml = corpusFile(project);
        QVERIFY(!toml.isEmpty());
        const QString folder = Akari::Test::writeProject(dir.path(), u"demo"_s, toml);
        MainWindow window(&profile.settings(), &profile.state(), &log);
        window.show();
        QCOMPARE(window.size(), QSize(1000, 680)); // the default size
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(folder);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!window.jobs()->isBusy());
        QStringList problems; // every page's, so one run shows them all
        for (const MainWindow::PageId page : {MainWindow::PageId::Hardware, MainWindow::PageId::Project,
                                              MainWindow::PageId::Environment, MainWindow::PageId::Log}) {
            window.showPage(page);
            QTRY_VERIFY(!window.jobs()->isBusy());
            QApplication::processEvents();
            const QString where = MainWindow::pageName(page) + u": "_s;
            for (const QString &problem : Akari::Test::clippedTexts(&window) + Akari::Test::overlappingWidgets(&window))
                problems.append(where + problem);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
