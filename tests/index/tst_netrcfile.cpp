// SPDX-License-Identifier: GPL-3.0-or-later

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/netrcfile.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HttpCredentials;
using Akari::NetrcFile;

namespace
{
// "user:password" for a hit, "-" for none.
QString describe(const std::optional<HttpCredentials> &credentials)
{
    return credentials ? credentials->username + u':' + credentials->password : u"-"_s;
}
} // namespace

class TestNetrcFile final : public QObject
{
    Q_OBJECT

private slots:
    void credentials_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");

        const QByteArray classic = "machine pypi.example.com\n  login alice\n  password s3cret\n\n"
                                   "machine download.pytorch.org login bob password hunter2\n";
        QTest::newRow("multi-line entry") << classic << u"pypi.example.com"_s << u"alice:s3cret"_s;
        QTest::newRow("one-line entry") << classic << u"download.pytorch.org"_s << u"bob:hunter2"_s;
        QTest::newRow("host case-insensitive") << classic << u"PyPI.Example.COM"_s << u"alice:s3cret"_s;
        QTest::newRow("unknown host") << classic << u"other.example.com"_s << u"-"_s;

        const QByteArray oneLine = "machine a.example login ua password pa machine b.example login ub password pb";
        QTest::newRow("two machines one line, first") << oneLine << u"a.example"_s << u"ua:pa"_s;
        QTest::newRow("two machines one line, second") << oneLine << u"b.example"_s << u"ub:pb"_s;

        const QByteArray withDefault = "machine a.example login ua password pa\ndefault login anon password guest\n";
        QTest::newRow("default for others") << withDefault << u"z.example"_s << u"anon:guest"_s;
        QTest::newRow("machine before default") << withDefault << u"a.example"_s << u"ua:pa"_s;

        QTest::newRow("first entry wins") << QByteArray("machine h login first password one\n"
                                                        "machine h login second password two\n")
                                          << u"h"_s << u"first:one"_s;
        QTest::newRow("account ignored") << QByteArray("machine h login u account acct password p") << u"h"_s
                                         << u"u:p"_s;
        QTest::newRow("password before login") << QByteArray("machine h password p login u") << u"h"_s << u"u:p"_s;
        QTest::newRow("login only") << QByteArray("machine h login u") << u"h"_s << u"u:"_s;
        QTest::newRow("empty entry blocks default")
            << QByteArray("machine h\ndefault login d password dp") << u"h"_s << u"-"_s;

        QTest::newRow("comment lines") << QByteArray("# my credentials\n#machine h login no password no\n"
                                                     "machine h login yes password yes # trailing comment\n")
                                       << u"h"_s << u"yes:yes"_s;
        QTest::newRow("comment between pairs")
            << QByteArray("machine h login u # the user\n password p\n") << u"h"_s << u"u:p"_s;
        QTest::newRow("hash inside password")
            << QByteArray("machine h login u password pa#ss") << u"h"_s << u"u:pa#ss"_s;
        QTest::newRow("password starting with hash")
            << QByteArray("machine h login u password #secret") << u"h"_s << u"u:#secret"_s;

        QTest::newRow("quoted password with spaces")
            << QByteArray("machine h login \"my user\" password \"pass word\"") << u"h"_s << u"my user:pass word"_s;
        QTest::newRow("quoted escapes") << QByteArray("machine h login u password \"say \\\"hi\\\" \\\\o/\"") << u"h"_s
                                        << u"u:say \"hi\" \\o/"_s;
        QTest::newRow("quoted keyword is a value")
            << QByteArray("machine h login \"password\" password \"login\"") << u"h"_s << u"password:login"_s;

        const QByteArray macro = "machine a.example login ua password pa\n"
                                 "macdef init\ncd /pub\nmachine evil login x password y\nbinary\n\n"
                                 "machine b.example login ub password pb\n";
        QTest::newRow("macdef body skipped") << macro << u"evil"_s << u"-"_s;
        QTest::newRow("entry after macdef") << macro << u"b.example"_s << u"ub:pb"_s;
        QTest::newRow("entry before macdef") << macro << u"a.example"_s << u"ua:pa"_s;
        QTest::newRow("macdef ends at whitespace-only line")
            << QByteArray("macdef m\nline\n \t \nmachine h login u password p\n") << u"h"_s << u"u:p"_s;

        QTest::newRow("crlf and tabs") << QByteArray("machine\th\r\n\tlogin\tu\r\n\tpassword\tp\r\n") << u"h"_s
                                       << u"u:p"_s;
        QTest::newRow("unknown tokens skipped")
            << QByteArray("port 21 machine h login u password p") << u"h"_s << u"u:p"_s;
        QTest::newRow("utf-8 password") << QByteArray("machine h login u password p\xC3\xA4ss") << u"h"_s
                                        << u"u:p\u00e4ss"_s;
        QTest::newRow("empty file") << QByteArray() << u"h"_s << u"-"_s;
        QTest::newRow("only comments") << QByteArray("# nothing\n\n# here") << u"h"_s << u"-"_s;
    }

    void credentials()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, host);
        QFETCH(QString, expected);
        const Akari::Result<NetrcFile> netrc = NetrcFile::parse(text, u"test.netrc"_s);
        QVERIFY2(netrc, qPrintable(netrc ? QString() : netrc.error().toString()));
        QCOMPARE(describe(netrc->credentialsFor(host)), expected);
        QCOMPARE(netrc->isEmpty(), expected == u"-"_s && !text.contains("machine") && !text.contains("default"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keyword");

        QTest::newRow("machine without host") << QByteArray("machine") << 1 << u"machine"_s;
        QTest::newRow("login at end") << QByteArray("machine h\n  login") << 2 << u"login"_s;
        QTest::newRow("password at end") << QByteArray("machine h login u\n\n\npassword   \n") << 4 << u"password"_s;
        QTest::newRow("account at end") << QByteArray("machine h login u password p account") << 1 << u"account"_s;
        QTest::newRow("macdef without name") << QByteArray("# c\nmacdef") << 2 << u"macdef"_s;
        QTest::newRow("after crlf lines")
            << QByteArray("machine a\r\nlogin b\r\npassword c\r\nmachine ") << 4 << u"machine"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, keyword);
        const Akari::Result<NetrcFile> netrc = NetrcFile::parse(text, u"/home/u/.netrc"_s);
        QVERIFY(!netrc);
        QCOMPARE(netrc.error().code(), Akari::Error::Code::Parse);
        QCOMPARE(netrc.error().file(), u"/home/u/.netrc"_s);
        QCOMPARE(netrc.error().line(), line);
        QVERIFY2(netrc.error().message().contains(keyword), qPrintable(netrc.error().message()));
    }

    void load()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"absent"_s);
        const Akari::Result<NetrcFile> none = NetrcFile::load(missing);
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        const QString path = dir.filePath(u"netrc"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("machine files.example login me password mine\n");
        file.close();
        const Akari::Result<NetrcFile> loaded = NetrcFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(describe(loaded->credentialsFor(u"files.example"_s)), u"me:mine"_s);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("machine files.example login");
        file.close();
        const Akari::Result<NetrcFile> broken = NetrcFile::load(path);
        QVERIFY(!broken);
        QCOMPARE(broken.error().file(), path);
    }

    void defaultPath()
    {
        const QByteArray saved = qgetenv("NETRC");
        qputenv("NETRC", "/somewhere/my-netrc");
        QCOMPARE(NetrcFile::defaultPath(), u"/somewhere/my-netrc"_s);
        qunsetenv("NETRC");
        QVERIFY(NetrcFile::defaultPath().endsWith(u"/.netrc"_s) || NetrcFile::defaultPath().endsWith(u"/_netrc"_s));
        if (!saved.isNull())
            qputenv("NETRC", saved);
    }

    // Python's netrc module as an oracle for the texts both accept the same way.
    void agreesWithPython_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("classic") << QByteArray("machine a login ua password pa\nmachine b login ub password pb\n");
        QTest::newRow("one line") << QByteArray("machine a login ua password pa machine b login ub password pb");
        QTest::newRow("quoted") << QByteArray("machine a login \"u a\" password \"p \\\"q\\\"\"\n");
        QTest::newRow("macdef") << QByteArray("machine a login ua password pa\nmacdef m\nx y\n\n"
                                              "machine b login ub password pb\n");
        QTest::newRow("comments") << QByteArray("# top\nmachine a login ua # user\n password pa\n");
    }

    void agreesWithPython()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"netrc"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QProcess python;
        python.start(QStringLiteral(AKARI_PYTHON3),
                     {u"-c"_s,
                      u"import netrc,sys\nfor h,(l,a,p) in sorted(netrc.netrc(sys.argv[1]).hosts.items()): "
                      "print(h + '\\t' + l + '\\t' + p)"_s,
                      path});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const Akari::Result<NetrcFile> netrc = NetrcFile::parse(text);
        QVERIFY(netrc);
        const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(describe(netrc->credentialsFor(QString::fromUtf8(fields[0]))),
                     QString::fromUtf8(fields[1] + ':' + fields[2]));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetrcFile)
#include "tst_netrcfile.moc"
