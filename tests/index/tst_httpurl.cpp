// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/index/httpurl.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HttpUrl;

class TestHttpUrl final : public QObject
{
    Q_OBJECT

private slots:
    void withoutCredentials_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user and password")
            << u"https://bob:hunter2@x.example/simple/"_s << u"https://x.example/simple/"_s;
        QTest::newRow("user only") << u"https://bob@x.example/simple/"_s << u"https://x.example/simple/"_s;
        QTest::newRow("fragment") << u"https://x.example/f.whl#sha256=ab"_s << u"https://x.example/f.whl"_s;
        QTest::newRow("encoding kept") << u"https://u:p@x.example/torch-2.7.0%2Bcpu.whl?a=1"_s
                                       << u"https://x.example/torch-2.7.0%2Bcpu.whl?a=1"_s;
        QTest::newRow("port kept") << u"http://u:p@127.0.0.1:8080/"_s << u"http://127.0.0.1:8080/"_s;
    }

    void withoutCredentials()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QUrl stripped = HttpUrl::withoutCredentials(QUrl(url));
        QCOMPARE(stripped.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(stripped.userInfo(), QString());
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("paths differ") << u"https://x.example/simple/"_s << u"https://x.example/files/a.whl"_s << true;
        QTest::newRow("https default port") << u"https://x.example/"_s << u"https://x.example:443/"_s << true;
        QTest::newRow("http default port") << u"http://x.example/"_s << u"http://x.example:80/"_s << true;
        QTest::newRow("host case") << u"https://X.Example/"_s << u"https://x.example/"_s << true;
        QTest::newRow("userinfo ignored") << u"https://a:b@x.example/"_s << u"https://x.example/"_s << true;
        QTest::newRow("scheme differs") << u"http://x.example/"_s << u"https://x.example/"_s << false;
        QTest::newRow("http on 443") << u"http://x.example:443/"_s << u"https://x.example/"_s << false;
        QTest::newRow("port differs") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8081/"_s << false;
        QTest::newRow("host differs") << u"http://127.0.0.1/"_s << u"http://localhost/"_s << false;
        QTest::newRow("subdomain") << u"https://x.example/"_s << u"https://files.x.example/"_s << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(HttpUrl::sameOrigin(QUrl(a), QUrl(b)), same);
        QCOMPARE(HttpUrl::sameOrigin(QUrl(b), QUrl(a)), same);
    }

    void redactedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user and password") << u"ftp://bob:hunter2@x.example/s"_s << u"ftp://***@x.example/s"_s;
        QTest::newRow("at sign in password") << u"https://bob:a@b@x.example/s"_s << u"https://***@x.example/s"_s;
        QTest::newRow("invalid url") << u"https://bob:pw@bad host/s"_s << u"https://***@bad host/s"_s;
        QTest::newRow("none") << u"https://x.example/s"_s << u"https://x.example/s"_s;
        QTest::newRow("at sign in path") << u"https://x.example/a@b"_s << u"https://x.example/a@b"_s;
        QTest::newRow("at sign in query") << u"https://x.example?to=a@b"_s << u"https://x.example?to=a@b"_s;
        QTest::newRow("a path") << u"./wheels/a@b"_s << u"./wheels/a@b"_s;
    }

    void redactedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HttpUrl::redactedText(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestHttpUrl)
#include "tst_httpurl.moc"
