// SPDX-License-Identifier: GPL-3.0-or-later
// WheelArchive's path rules and the readers of WHEEL and entry_points.txt (checked against
// importlib.metadata), below WheelCache; tst_wheelcache covers unpacking end to end.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/wheelarchive.h"
#include "core/install/wheelmetadatafiles.h"

using namespace Akari;
using namespace Qt::Literals::StringLiterals;

class TestWheelArchive : public QObject
{
    Q_OBJECT

private slots:
    void pathRules_data();
    void pathRules();
    void entryPointsAsImportlib_data();
    void entryPointsAsImportlib();
    void wheelFile_data();
    void wheelFile();
    void unpacksIntoFolder();
    void fileTypesRefusedBeforeWriting_data();
    void fileTypesRefusedBeforeWriting();

private:
    QTemporaryDir m_work;
    QJsonArray m_manifest;
};

void TestWheelArchive::pathRules_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file") << u"pkg/__init__.py"_s << true;
    QTest::newRow("folder") << u"pkg/sub/"_s << true;
    QTest::newRow("dots in names") << u"pkg/..hidden/a..b"_s << true;
    QTest::newRow("colon later") << u"pkg/a:b"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("root") << u"/"_s << false;
    QTest::newRow("dotdot") << u"../x"_s << false;
    QTest::newRow("dotdot inside") << u"pkg/../../x"_s << false;
    QTest::newRow("dotdot last") << u"pkg/.."_s << false;
    QTest::newRow("dot") << u"./pkg/x"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("drive") << u"C:/x"_s << false;
    QTest::newRow("drive relative") << u"c:x"_s << false;
    QTest::newRow("backslash") << u"pkg\\x.py"_s << false;
    QTest::newRow("empty component") << u"pkg//x.py"_s << false;
    QTest::newRow("control") << u"pkg/a\nb"_s << false;
    QTest::newRow("reserved") << u".akari-wheel.json"_s << false;
}

void TestWheelArchive::pathRules()
{
    QFETCH(QString, member);
    QFETCH(bool, safe);
    QCOMPARE(WheelArchive::unsafePathReason(member).isEmpty(), safe);
}

void TestWheelArchive::entryPointsAsImportlib_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("pip-like") << QByteArray("[console_scripts]\npip = pip._internal.cli.main:main\n"
                                            "pip3 = pip._internal.cli.main:main\n");
    QTest::newRow("gui, extras, comments") << QByteArray("# comment\n[gui_scripts]\n  app = pkg.gui : run [qt]\n"
                                                         "# other comment\n[console_scripts]\nmod-only = pkg.cli\n");
    QTest::newRow("other groups ignored") << QByteArray("[pytest11]\nplug = x.y:z\n[console_scripts]\n"
                                                        "a.b = pkg.sub.mod:obj.attr\r\n");
    QTest::newRow("empty") << QByteArray();
}

void TestWheelArchive::entryPointsAsImportlib()
{
    QFETCH(QByteArray, text);
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3),
                 {u"-c"_s, u"import importlib.metadata as m, json, sys\n"
                           "eps = m.EntryPoints._from_text(sys.stdin.read())\n"
                           "print(json.dumps([[e.name, e.module, e.attr or '', e.group == 'gui_scripts'] for e in eps\n"
                           "    if e.group in ('console_scripts', 'gui_scripts')]))\n"_s});
    QVERIFY(python.waitForStarted());
    python.write(text);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished());
    QCOMPARE(python.exitCode(), 0);
    QList<EntryPoint> expected;
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &row : rows) {
        const QJsonArray r = row.toArray();
        expected.append(EntryPoint{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toBool()});
    }
    const Result<QList<EntryPoint>> parsed = WheelMetadataFiles::parseEntryPoints(text, u"entry_points.txt"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, expected);
}

void TestWheelArchive::wheelFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("major");
    QTest::addColumn<bool>("purelib");
    QTest::newRow("pure") << QByteArray("Wheel-Version: 1.0\nGenerator: bdist_wheel\nRoot-Is-Purelib: true\n") << true
                          << 1 << true;
    QTest::newRow("platlib crlf") << QByteArray("Wheel-Version: 1.9\r\nRoot-Is-Purelib: false\r\nTag: cp312\r\n")
                                  << true << 1 << false;
    QTest::newRow("future") << QByteArray("Wheel-Version: 2.0\n") << true << 2 << true;
    QTest::newRow("no version") << QByteArray("Root-Is-Purelib: true\n") << false << 0 << false;
    QTest::newRow("bad version") << QByteArray("Wheel-Version: one\n") << false << 0 << false;
    QTest::newRow("not a header") << QByteArray("Wheel-Version: 1.0\nnonsense\n") << false << 0 << false;
}

void TestWheelArchive::wheelFile()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    const Result<WheelFileInfo> info = WheelMetadataFiles::parseWheel(text, u"WHEEL"_s);
    QCOMPARE(bool(info), ok);
    if (!ok) {
        QCOMPARE(info.error().code(), Error::Code::Parse);
        return;
    }
    QTEST(info->majorVersion, "major");
    QTEST(info->rootIsPurelib, "purelib");
}

void TestWheelArchive::unpacksIntoFolder()
{
    QTemporaryDir work;
    QProcess script;
    script.start(QStringLiteral(AKARI_PYTHON3), {QStringLiteral(AKARI_MALICIOUS_WHEELS), u"--out"_s, work.path()});
    QVERIFY(script.waitForFinished(60000));
    QCOMPARE(script.exitCode(), 0);
    const QString target = work.filePath(u"tree"_s);
    QVERIFY(QDir().mkpath(target));
    const Result<UnpackedWheel> wheel =
        WheelArchive::unpackInto(work.filePath(u"ok_valid-1.0-py3-none-any.whl"_s), target, WheelUnpackLimits{});
    QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().toString()));
    QCOMPARE(wheel->root, target);
    QCOMPARE(wheel->distInfo, u"ok_valid-1.0.dist-info"_s);
    QCOMPARE(wheel->dataDir, u"ok_valid-1.0.data"_s);
    QCOMPARE(wheel->entryPoints, (QList<EntryPoint>{{u"ok_valid-tool"_s, u"ok_valid.tool"_s, u"main"_s, false}}));
    QCOMPARE(wheel->fileCount, 7);
    const QFileInfo script2(target + u"/ok_valid-1.0.data/scripts/ok_valid-run"_s);
    QVERIFY(script2.isExecutable());
    QVERIFY(!QFileInfo(target + u"/ok_valid/tool.py"_s).isExecutable());
}

void TestWheelArchive::fileTypesRefusedBeforeWriting_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("member");
    if (m_manifest.isEmpty()) {
        QProcess script;
        script.start(QStringLiteral(AKARI_PYTHON3),
                     {QStringLiteral(AKARI_MALICIOUS_WHEELS), u"--out"_s, m_work.path()});
        QVERIFY(script.waitForFinished(60000));
        QCOMPARE(script.exitCode(), 0);
        m_manifest = QJsonDocument::fromJson(script.readAllStandardOutput()).array();
    }
    // The rules whose flaw is only in the zip's Unix mode bits (external attributes).
    const QStringList rules{u"symlink"_s, u"char-device"_s, u"block-device"_s, u"fifo"_s, u"socket"_s};
    QStringList found;
    for (const QJsonValue &entry : std::as_const(m_manifest)) {
        const QString rule = entry[u"rule"_s].toString();
        if (!rules.contains(rule))
            continue;
        found.append(rule);
        QTest::newRow(qPrintable(rule)) << entry[u"file"_s].toString() << entry[u"member"_s].toString();
    }
    QCOMPARE(found.size(), rules.size());
}

void TestWheelArchive::fileTypesRefusedBeforeWriting()
{
    QFETCH(QString, archive);
    QFETCH(QString, member);
    QTemporaryDir target;
    const Result<UnpackedWheel> wheel = WheelArchive::unpackInto(archive, target.path(), WheelUnpackLimits{});
    QVERIFY(!wheel);
    QCOMPARE(wheel.error().code(), Error::Code::Parse);
    const QString message = wheel.error().message();
    QVERIFY2(message.contains(QFileInfo(archive).fileName()) && message.contains(member), qPrintable(message));
    // Refused by the listing pass: not one file or folder was written.
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());
}

QTEST_GUILESS_MAIN(TestWheelArchive)
#include "tst_wheelarchive.moc"
