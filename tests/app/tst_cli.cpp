// SPDX-License-Identifier: GPL-3.0-or-later
// akari-cli as a user runs it: exit codes 0/1/2, messages on the right stream, both languages.
#include <QRegularExpression>
#include <QTest>

#include "processrunner.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
Akari::Test::ProcessResult runCli(const QStringList &arguments, const QString &lang = u"en_US.UTF-8"_s)
{
    return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), arguments,
                                   Akari::Test::environmentWithLanguage(lang), {}, 30000);
}

bool hasJapanese(const QString &text)
{
    static const QRegularExpression kana(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    return text.contains(kana);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintVersionAndSucceed()
    {
        const Akari::Test::ProcessResult run = runCli({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QRegularExpression(u"^akari-cli \\d+\\.\\d+\\.\\d+ \\(Qt 6\\.\\d+"_s)),
                 qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void shouldPrintHelpAndSucceed()
    {
        const Akari::Test::ProcessResult run = runCli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--version"_s));
        QVERIFY(run.out.contains(u"Exit codes"_s));
    }

    void shouldRejectBadUsageWithExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << u"No command given."_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command “frobnicate”."_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    }

    void shouldRejectBadUsageWithExitCodeTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Akari::Test::ProcessResult run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

    void shouldSpeakJapaneseUnderJapaneseLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("onStdout");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << true;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << false;
        QTest::newRow("no command") << QStringList() << 2 << false;
    }

    void shouldSpeakJapaneseUnderJapaneseLocale()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(bool, onStdout);
        const Akari::Test::ProcessResult english = runCli(arguments);
        const Akari::Test::ProcessResult japanese = runCli(arguments, u"ja_JP.UTF-8"_s);
        QCOMPARE(japanese.exitCode, exitCode);
        const QString text = onStdout ? japanese.out : japanese.err;
        QVERIFY2(hasJapanese(text), qPrintable(text));
        QVERIFY(text != (onStdout ? english.out : english.err));
        // Qt's own strings (the help's option descriptions) are Japanese too.
        if (onStdout) {
            QVERIFY2(!text.contains(u"Show this help"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"Usage:"_s), qPrintable(text));   // Qt's own heading, from qtbase_ja
            QVERIFY2(!text.contains(u"Displays"_s), qPrintable(text)); // no untranslated built-in option
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
