// SPDX-License-Identifier: GPL-3.0-or-later
// The inline message above a page: its text, its kind's colour (stable, never drifting) and its close button.
#include <QApplication>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>

#include "core/error.h"
#include "widgets/messagebanner.h"

using namespace Qt::Literals::StringLiterals;
using Akari::MessageBanner;

Q_DECLARE_METATYPE(MessageBanner::Kind)

namespace
{
// A shown window holding a banner, so visibility is real rather than "not hidden yet".
struct ShownBanner
{
    QWidget window;
    MessageBanner *banner = new MessageBanner(&window);

    explicit ShownBanner(const QColor &windowColour = {})
    {
        if (windowColour.isValid()) {
            QPalette palette = window.palette();
            palette.setColor(QPalette::Window, windowColour);
            window.setPalette(palette);
        }
        window.resize(400, 120);
        window.show();
    }

    [[nodiscard]] QColor colour() const { return banner->palette().color(QPalette::Window); }
};

QColor colourShownFor(MessageBanner::Kind kind, const QColor &windowColour = {})
{
    ShownBanner shown(windowColour);
    shown.banner->showMessage(kind, u"x"_s);
    return shown.colour();
}
} // namespace

class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartHidden()
    {
        ShownBanner shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QVERIFY(!shown.banner->isVisible());
    }

    void shouldShowTheTextOfItsKind_data()
    {
        QTest::addColumn<MessageBanner::Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("information") << MessageBanner::Kind::Information << u"The project was reloaded."_s;
        QTest::newRow("warning") << MessageBanner::Kind::Warning << u"The environment is older than the lock."_s;
        QTest::newRow("error") << MessageBanner::Kind::Error << u"Could not read the file."_s;
    }

    void shouldShowTheTextOfItsKind()
    {
        QFETCH(MessageBanner::Kind, kind);
        QFETCH(QString, text);
        ShownBanner shown;
        shown.banner->showMessage(kind, text);
        QVERIFY(shown.banner->isVisible());
        QCOMPARE(shown.banner->text(), text);
        QCOMPARE(shown.banner->kind(), kind);
    }

    void shouldShowAnErrorWithItsLocation()
    {
        ShownBanner shown;
        const Akari::Error error(Akari::Error::Code::Parse, u"Expected a value."_s, u"/p/pyproject.toml"_s, 3, 7);
        shown.banner->showError(error);
        QVERIFY(shown.banner->isVisible());
        QCOMPARE(shown.banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(shown.banner->text(), error.toString());
        QVERIFY(shown.banner->text().contains(u"Expected a value."_s));
        QVERIFY(shown.banner->text().contains(u"pyproject.toml"_s));
    }

    void shouldKeepItsColourMessageAfterMessage_data()
    {
        QTest::addColumn<MessageBanner::Kind>("kind");
        QTest::newRow("information") << MessageBanner::Kind::Information;
        QTest::newRow("warning") << MessageBanner::Kind::Warning;
        QTest::newRow("error") << MessageBanner::Kind::Error;
    }

    void shouldKeepItsColourMessageAfterMessage()
    {
        QFETCH(MessageBanner::Kind, kind);
        ShownBanner shown;
        shown.banner->showMessage(kind, u"first"_s);
        const QColor first = shown.colour();
        QVERIFY(first != shown.window.palette().color(QPalette::Window)); // tinted, not plain
        for (int index = 0; index < 8; ++index) {
            shown.banner->showMessage(kind, u"again %1"_s.arg(index));
            QCOMPARE(shown.colour(), first);
        }
        // Another kind in between does not shift it either.
        shown.banner->showMessage(kind == MessageBanner::Kind::Error ? MessageBanner::Kind::Information
                                                                     : MessageBanner::Kind::Error,
                                  u"other"_s);
        shown.banner->showError(Akari::Error(Akari::Error::Code::Io, u"disk"_s));
        shown.banner->showMessage(kind, u"last"_s);
        QCOMPARE(shown.colour(), first);
        // A fresh banner agrees: the colour depends on the kind and the theme only.
        QCOMPARE(colourShownFor(kind), first);
    }

    void shouldGiveEachKindItsOwnColour()
    {
        const QColor information = colourShownFor(MessageBanner::Kind::Information);
        const QColor warning = colourShownFor(MessageBanner::Kind::Warning);
        const QColor error = colourShownFor(MessageBanner::Kind::Error);
        QVERIFY(information != warning);
        QVERIFY(warning != error);
        QVERIFY(error != information);
    }

    void shouldFollowAThemeChangeWithoutDrifting_data()
    {
        QTest::addColumn<bool>("applicationWide");
        QTest::addColumn<bool>("textColourChanges");
        QTest::newRow("dark theme for the application") << true << true;
        QTest::newRow("dark theme for the window") << false << true;
        QTest::newRow("only the window colour changes") << false << false;
    }

    void shouldFollowAThemeChangeWithoutDrifting()
    {
        QFETCH(bool, applicationWide);
        QFETCH(bool, textColourChanges);
        const QPalette applicationPalette = QApplication::palette();
        const auto restore = qScopeGuard([&] { QApplication::setPalette(applicationPalette); });
        ShownBanner shown;
        shown.banner->showMessage(MessageBanner::Kind::Error, u"light"_s);
        const QColor onLight = shown.colour();

        // The theme changes while the banner is up.
        QPalette dark = applicationWide ? QApplication::palette() : shown.window.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x24));
        if (textColourChanges)
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        if (applicationWide)
            QApplication::setPalette(dark);
        else
            shown.window.setPalette(dark);
        // What a banner shown in the new theme from the start looks like.
        ShownBanner fresh;
        fresh.window.setPalette(shown.window.palette());
        fresh.banner->showMessage(MessageBanner::Kind::Error, u"dark"_s);
        const QColor expected = fresh.colour();
        QVERIFY(expected != onLight);

        QTRY_COMPARE_WITH_TIMEOUT(shown.colour(), expected, 1000);
        for (int index = 0; index < 5; ++index) {
            shown.banner->showMessage(MessageBanner::Kind::Error, u"dark %1"_s.arg(index));
            QCOMPARE(shown.colour(), expected);
        }
    }

    void shouldHideWhenClosed()
    {
        ShownBanner shown;
        shown.banner->showMessage(MessageBanner::Kind::Warning, u"dismiss me"_s);
        QVERIFY(shown.banner->isVisible());
        auto *close = shown.banner->findChild<QToolButton *>(u"messageBannerClose"_s);
        QVERIFY(close);
        QVERIFY(close->isVisible());
        QVERIFY(!close->toolTip().isEmpty());
        QVERIFY(!close->accessibleName().isEmpty());
        close->click();
        QVERIFY(!shown.banner->isVisible());
        shown.banner->showMessage(MessageBanner::Kind::Warning, u"back"_s);
        QVERIFY(shown.banner->isVisible());
        QCOMPARE(shown.banner->text(), u"back"_s);
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
