// SPDX-License-Identifier: GPL-3.0-or-later
// akari-cli as a user runs it: exit codes 0/1/2, messages on the right stream, both languages.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
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

// Detection with an empty PATH and the given overrides: no real vendor tool can answer, so
// only the variables (uv's steps 1 and 2) and this machine's files decide.
Akari::Test::ProcessResult runDetect(const QStringList &arguments, const QHash<QString, QString> &variables,
                                     const QString &lang = u"en_US.UTF-8"_s)
{
    static QTemporaryDir emptyPath;
    QProcessEnvironment environment = Akari::Test::environmentWithLanguage(lang);
    environment.insert(u"PATH"_s, emptyPath.path());
    for (const QString &name : {u"UV_CUDA_DRIVER_VERSION"_s, u"UV_AMD_GPU_ARCHITECTURE"_s, u"CUDA_VISIBLE_DEVICES"_s})
        environment.remove(name);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), QStringList{u"detect"_s} + arguments, environment,
                                   {}, 30000);
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
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

    // Expected lists are the derived vectors of UV-TORCH-FACTS.md §2.4 and the AMD table of §3.
    void detectJsonShouldListUvsBackends_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("primary");
        QTest::newRow("linux 550") << QStringList{u"--platform"_s, u"linux"_s} << u"UV_CUDA_DRIVER_VERSION"_s
                                   << u"550.144.03"_s << u"cu129"_s << 26 << u"cu129"_s;
        QTest::newRow("linux 580") << QStringList{u"--platform"_s, u"linux"_s} << u"UV_CUDA_DRIVER_VERSION"_s
                                   << u"580.65.06"_s << u"cu132"_s << 28 << u"cu132"_s;
        QTest::newRow("windows 528.32") << QStringList{u"--platform"_s, u"windows"_s} << u"UV_CUDA_DRIVER_VERSION"_s
                                        << u"528.32"_s << u"cu118"_s << 17 << u"cu118"_s;
        QTest::newRow("macos") << QStringList{u"--platform"_s, u"macos"_s} << u"UV_CUDA_DRIVER_VERSION"_s
                               << u"550.144.03"_s << u"cpu"_s << 1 << u"pypi"_s;
        QTest::newRow("gfx1101") << QStringList{u"--platform"_s, u"linux"_s} << u"UV_AMD_GPU_ARCHITECTURE"_s
                                 << u"gfx1101"_s << u"rocm7.2"_s << 8 << u"rocm7.2"_s;
        QTest::newRow("amd on windows") << QStringList{u"--platform"_s, u"windows"_s} << u"UV_AMD_GPU_ARCHITECTURE"_s
                                        << u"gfx1100"_s << u"cpu"_s << 1 << u"cpu"_s;
    }

    void detectJsonShouldListUvsBackends()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, first);
        QFETCH(int, count);
        QFETCH(QString, primary);
        const Akari::Test::ProcessResult run = runDetect(arguments + QStringList{u"--json"_s}, {{variable, value}});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out);
        const QJsonObject recommendation = json.value(u"recommendation"_s).toObject();
        const QJsonArray backends = recommendation.value(u"backends"_s).toArray();
        QCOMPARE(backends.size(), count);
        QCOMPARE(backends.first().toString(), first);
        QCOMPARE(backends.last().toString(), u"cpu"_s);
        QCOMPARE(json.value(u"uv"_s).toObject().value(u"source"_s).toString(), variable);
        QVERIFY(json.value(u"gpus"_s).isArray());
        QVERIFY(json.value(u"machine"_s).toObject().contains(u"glibc"_s));
        // Akari's primary and the programs started also depend on the GPUs this machine has
        // (an old GPU changes the primary; WSL's or ROCm's own folders hold tools). Without
        // GPUs, as on CI, they are exact: no program may start when no vendor tool is on PATH.
        if (json.value(u"gpus"_s).toArray().isEmpty()) {
            QCOMPARE(recommendation.value(u"primary"_s).toString(), primary);
            QCOMPARE(json.value(u"commands_run"_s).toArray().size(), 0);
        } else {
            qInfo("This machine has GPUs: the primary is %s",
                  qPrintable(recommendation.value(u"primary"_s).toString()));
        }
    }

    void detectShouldRejectBadInputWithExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("driver") << QStringList() << u"UV_CUDA_DRIVER_VERSION"_s << u"invalid"_s
                                << u"UV_CUDA_DRIVER_VERSION"_s;
        QTest::newRow("architecture") << QStringList() << u"UV_AMD_GPU_ARCHITECTURE"_s << u"invalid"_s
                                      << u"Unknown AMD GPU architecture"_s;
        QTest::newRow("platform") << QStringList{u"--platform"_s, u"beos"_s} << QString() << QString() << u"beos"_s;
        QTest::newRow("argument") << QStringList{u"extra"_s} << QString() << QString() << u"extra"_s;
    }

    void detectShouldRejectBadInputWithExitCodeTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QHash<QString, QString> variables;
        if (!variable.isEmpty())
            variables.insert(variable, value);
        const Akari::Test::ProcessResult run = runDetect(arguments, variables);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

    void detectTextShouldFollowTheLocale()
    {
        const QHash<QString, QString> variables{{u"UV_CUDA_DRIVER_VERSION"_s, u"550.144.03"_s}};
        const Akari::Test::ProcessResult english = runDetect({u"--platform"_s, u"linux"_s}, variables);
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(u"cu129, cu128"_s), qPrintable(english.out));
        QVERIFY2(english.out.contains(u"Recommendation for Linux"_s), qPrintable(english.out));
        const Akari::Test::ProcessResult japanese =
            runDetect({u"--platform"_s, u"linux"_s}, variables, u"ja_JP.UTF-8"_s);
        QCOMPARE(japanese.exitCode, 0);
        QVERIFY2(hasJapanese(japanese.out), qPrintable(japanese.out));
        QVERIFY2(japanese.out.contains(u"cu129, cu128"_s), qPrintable(japanese.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
