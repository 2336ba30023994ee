// SPDX-License-Identifier: GPL-3.0-or-later
// The akari executable as a user runs it: --screenshot on every page and language, bad arguments.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
Akari::Test::ProcessResult runGui(const QStringList &arguments, const QString &home,
                                  const QString &workingDirectory = {})
{
    QProcessEnvironment environment = Akari::Test::environmentWithLanguage(u"en_US.UTF-8"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, QDir(home).filePath(u"cache"_s));
    return Akari::Test::runProcess(QStringLiteral(AKARI_GUI_PATH), arguments, environment,
                                   workingDirectory.isEmpty() ? home : workingDirectory);
}
} // namespace

class TestGuiProcess : public QObject
{
    Q_OBJECT

private slots:
    void shouldRenderEveryPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"ja"_s}) {
            for (const QString &page : {u"hardware"_s, u"project"_s, u"environment"_s, u"log"_s})
                QTest::addRow("%s-%s", qPrintable(page), qPrintable(language)) << page << language;
        }
    }

    void shouldRenderEveryPageInEveryLanguage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        QTemporaryDir home;
        const QString png = QDir(home.path()).filePath(u"shot.png"_s);
        const Akari::Test::ProcessResult run =
            runGui({u"--screenshot"_s, png, u"--page"_s, page, u"--lang"_s, language}, home.path());
        QCOMPARE(run.exitCode, 0);
        const QRegularExpressionMatch startup =
            QRegularExpression(u"^startup_ms=(\\d+)$"_s, QRegularExpression::MultilineOption).match(run.out);
        QVERIFY2(startup.hasMatch(), qPrintable(run.out));
        QVERIFY(startup.captured(1).toInt() > 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 680));
        // Not a blank frame: a real window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void shouldOpenProjectGivenOnCommandLine()
    {
        QTemporaryDir home;
        const QString project = QDir(home.path()).filePath(u"demo"_s);
        QVERIFY(Akari::Test::writeFile(
            QDir(project).filePath(u"pyproject.toml"_s),
            "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = [\"torch>=2.7\"]\n"));
        const QString png = QDir(home.path()).filePath(u"shot.png"_s);
        const Akari::Test::ProcessResult run = runGui({project, u"--screenshot"_s, png}, home.path());
        QCOMPARE(run.exitCode, 0);
        // Screenshot mode says which project ended up open, and keeps the user's settings untouched.
        QVERIFY2(run.out.contains(u"project=%1\n"_s.arg(project)), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(QDir(home.path()).filePath(u"config/akari/akari.ini"_s)));
        // And when the page was complete: after the first frame, once the project was read and previewed.
        const auto number = [&run](const QString &key) {
            return QRegularExpression(u"^%1=(\\d+)$"_s.arg(key), QRegularExpression::MultilineOption)
                .match(run.out)
                .captured(1)
                .toLongLong();
        };
        QVERIFY2(number(u"ready_ms"_s) >= number(u"startup_ms"_s) && number(u"startup_ms"_s) > 0, qPrintable(run.out));
    }

    void shouldShowTheRequestedPageWithAProjectOpen()
    {
        QTemporaryDir home;
        const QString project = QDir(home.path()).filePath(u"demo"_s);
        QVERIFY(Akari::Test::writeFile(QDir(project).filePath(u"pyproject.toml"_s), "[project]\nname = \"demo\"\n"));
        QList<QImage> images;
        for (const QString &page : {u"hardware"_s, u"project"_s, u"log"_s}) {
            const QString png = QDir(home.path()).filePath(page + u".png"_s);
            QCOMPARE(runGui({project, u"--page"_s, page, u"--screenshot"_s, png}, home.path()).exitCode, 0);
            images.append(QImage(png));
        }
        // Opening the project must not pull the window away from the page asked for.
        QVERIFY(images.at(0) != images.at(1));
        QVERIFY(images.at(0) != images.at(2));
        QVERIFY(images.at(1) != images.at(2));
        // And --lang changes what is drawn.
        const QString japanese = QDir(home.path()).filePath(u"hardware-ja.png"_s);
        QCOMPARE(runGui({project, u"--page"_s, u"hardware"_s, u"--lang"_s, u"ja"_s, u"--screenshot"_s, japanese},
                        home.path())
                     .exitCode,
                 0);
        QVERIFY(QImage(japanese) != images.at(0));
    }

    void shouldOpenWorkingDirectoryWithPyproject()
    {
        QTemporaryDir home;
        const QString project = QDir(home.path()).filePath(u"here"_s);
        QVERIFY(Akari::Test::writeFile(QDir(project).filePath(u"pyproject.toml"_s), "[project]\nname = \"here\"\n"));
        const Akari::Test::ProcessResult run =
            runGui({u"--screenshot"_s, QDir(home.path()).filePath(u"shot.png"_s)}, home.path(), project);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"project=%1\n"_s.arg(project)), qPrintable(run.out));
    }

    void shouldRejectBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("page") << QStringList{u"--page"_s, u"nowhere"_s} << u"Unknown page “nowhere”"_s;
        QTest::newRow("lang") << QStringList{u"--lang"_s, u"xx"_s} << u"Unknown language “xx”"_s;
        QTest::newRow("two projects") << QStringList{u"a"_s, u"b"_s} << u"Only one project"_s;
    }

    void shouldRejectBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        const Akari::Test::ProcessResult run = runGui(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void shouldFailWhenScreenshotCannotBeWritten()
    {
        QTemporaryDir home;
        const Akari::Test::ProcessResult run =
            runGui({u"--screenshot"_s, u"/nonexistent-folder/shot.png"_s}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Could not write the screenshot"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestGuiProcess)
#include "tst_guiprocess.moc"
