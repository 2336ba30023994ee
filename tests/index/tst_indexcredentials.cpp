// SPDX-License-Identifier: GPL-3.0-or-later

#include <QTest>

#include "core/index/indexcredentials.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HttpCredentials;
using Akari::IndexCredentials;
using Akari::NetrcFile;
using Akari::PackageIndex;

namespace
{
QString describe(const std::optional<HttpCredentials> &credentials)
{
    return credentials ? credentials->username + u':' + credentials->password : u"-"_s;
}

QProcessEnvironment environmentFrom(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}
} // namespace

class TestIndexCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void environmentName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"internal"_s << u"INTERNAL"_s;
        QTest::newRow("dash") << u"pytorch-cu128"_s << u"PYTORCH_CU128"_s;
        QTest::newRow("dot and underscore") << u"my.index_2"_s << u"MY_INDEX_2"_s;
        QTest::newRow("already upper") << u"ABC"_s << u"ABC"_s;
        QTest::newRow("non-ascii") << u"caf\u00e9"_s << u"CAF_"_s;
        QTest::newRow("astral character is one") << u"a\U0001F600b"_s << u"A_B"_s;
    }

    void environmentName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(IndexCredentials::environmentName(name), expected);
    }

    void forRequest_data()
    {
        QTest::addColumn<QString>("indexUrl");
        QTest::addColumn<QString>("indexName");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QByteArray>("netrc");
        QTest::addColumn<QString>("requestUrl");
        QTest::addColumn<QString>("expected");

        const QString https = u"https://"_s;
        const QString simple = https + u"idx.example/simple"_s;
        const QString page = https + u"idx.example/simple/torch/"_s;
        const QStringList noEnv;
        const QByteArray noNetrc;
        const QByteArray netrc = "machine idx.example login nuser password npass\n";

        QTest::newRow("nothing") << simple << u"internal"_s << noEnv << noNetrc << page << u"-"_s;
        QTest::newRow("url userinfo") << https + u"uu:up@idx.example/simple"_s << u"internal"_s
                                      << QStringList{u"UV_INDEX_INTERNAL_USERNAME=eu"_s,
                                                     u"UV_INDEX_INTERNAL_PASSWORD=ep"_s}
                                      << netrc << page << u"uu:up"_s;
        QTest::newRow("percent-encoded userinfo") << https + u"u%40corp:p%3Ass@idx.example/simple"_s << QString()
                                                  << noEnv << noNetrc << page << u"u@corp:p:ss"_s;
        QTest::newRow("environment before netrc")
            << simple << u"internal"_s
            << QStringList{u"UV_INDEX_INTERNAL_USERNAME=eu"_s, u"UV_INDEX_INTERNAL_PASSWORD=ep"_s} << netrc << page
            << u"eu:ep"_s;
        QTest::newRow("environment name mangled")
            << simple << u"pytorch-cu128"_s
            << QStringList{u"UV_INDEX_PYTORCH_CU128_USERNAME=eu"_s, u"UV_INDEX_PYTORCH_CU128_PASSWORD=ep"_s} << noNetrc
            << page << u"eu:ep"_s;
        QTest::newRow("environment of another index ignored")
            << simple << u"internal"_s << QStringList{u"UV_INDEX_OTHER_USERNAME=eu"_s, u"UV_INDEX_OTHER_PASSWORD=ep"_s}
            << netrc << page << u"nuser:npass"_s;
        QTest::newRow("unnamed index skips environment")
            << simple << QString() << QStringList{u"UV_INDEX__USERNAME=eu"_s, u"UV_INDEX__PASSWORD=ep"_s} << netrc
            << page << u"nuser:npass"_s;
        QTest::newRow("netrc by host") << simple << u"internal"_s << noEnv << netrc << page << u"nuser:npass"_s;
        QTest::newRow("netrc default") << simple << u"internal"_s << noEnv << QByteArray("default login d password dp")
                                       << page << u"d:dp"_s;
        QTest::newRow("username-only url, netrc password for that user")
            << https + u"nuser@idx.example/simple"_s << u"internal"_s << noEnv << netrc << page << u"nuser:npass"_s;
        QTest::newRow("username-only url, netrc for another user")
            << https + u"someone@idx.example/simple"_s << u"internal"_s << noEnv << netrc << page << u"someone:"_s;
        QTest::newRow("username-only url, environment password")
            << https + u"uu@idx.example/simple"_s << u"internal"_s << QStringList{u"UV_INDEX_INTERNAL_PASSWORD=ep"_s}
            << netrc << page << u"uu:ep"_s;
        QTest::newRow("username-only url, environment for another user")
            << https + u"uu@idx.example/simple"_s << u"internal"_s
            << QStringList{u"UV_INDEX_INTERNAL_USERNAME=other"_s, u"UV_INDEX_INTERNAL_PASSWORD=ep"_s} << noNetrc << page
            << u"uu:"_s;
        QTest::newRow("environment username, netrc password")
            << simple << u"internal"_s << QStringList{u"UV_INDEX_INTERNAL_USERNAME=nuser"_s} << netrc << page
            << u"nuser:npass"_s;
        QTest::newRow("other host gets none") << https + u"uu:up@idx.example/simple"_s << u"internal"_s << noEnv
                                              << netrc << https + u"files.example/torch.whl"_s << u"-"_s;
        QTest::newRow("other port gets none")
            << simple << u"internal"_s << noEnv << netrc << https + u"idx.example:8443/simple/torch/"_s << u"-"_s;
        QTest::newRow("explicit default port is the same origin")
            << simple << u"internal"_s << noEnv << netrc << https + u"idx.example:443/simple/torch/"_s
            << u"nuser:npass"_s;
        QTest::newRow("http downgrade gets none")
            << simple << u"internal"_s << noEnv << netrc << u"http://idx.example/simple/torch/"_s << u"-"_s;
        QTest::newRow("host case") << https + u"IDX.Example/simple"_s << u"internal"_s << noEnv << netrc << page
                                   << u"nuser:npass"_s;
    }

    void forRequest()
    {
        QFETCH(QString, indexUrl);
        QFETCH(QString, indexName);
        QFETCH(QStringList, environment);
        QFETCH(QByteArray, netrc);
        QFETCH(QString, requestUrl);
        QFETCH(QString, expected);

        const Akari::Result<NetrcFile> parsed = NetrcFile::parse(netrc);
        QVERIFY(parsed);
        const IndexCredentials credentials(environmentFrom(environment), *parsed);
        PackageIndex index;
        index.name = indexName;
        index.url = QUrl(indexUrl);
        QCOMPARE(describe(credentials.forRequest(index, QUrl(requestUrl))), expected);

        // Authenticate::Never: nothing, whatever is known.
        index.authenticate = PackageIndex::Authenticate::Never;
        QCOMPARE(describe(credentials.forRequest(index, QUrl(requestUrl))), u"-"_s);
        index.authenticate = PackageIndex::Authenticate::Always;
        QCOMPARE(describe(credentials.forRequest(index, QUrl(requestUrl))), expected);
    }
};

QTEST_GUILESS_MAIN(TestIndexCredentials)
#include "tst_indexcredentials.moc"
