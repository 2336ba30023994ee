// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/index/httpcache.h"
#include "core/index/indexsession.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HttpClient;
using Akari::IndexSession;

class TestIndexSession final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void shouldReadOptionsFromEnvironment_data();
    void shouldReadOptionsFromEnvironment();
    void shouldShareOneClientUntilReset();
    void shouldGoOfflineWhenAsked();
};

void TestIndexSession::cleanup()
{
    IndexSession::setOffline(false);
    IndexSession::reset();
}

void TestIndexSession::shouldReadOptionsFromEnvironment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("retries");
    const HttpClient::Options defaults;
    QTest::newRow("nothing set") << QStringList() << false << defaults.timeoutMs << defaults.retries;
    QTest::newRow("UV_OFFLINE=1") << QStringList{u"UV_OFFLINE=1"_s} << true << defaults.timeoutMs << defaults.retries;
    QTest::newRow("UV_OFFLINE=true") << QStringList{u"UV_OFFLINE=TRUE"_s} << true << defaults.timeoutMs
                                     << defaults.retries;
    QTest::newRow("UV_OFFLINE=0") << QStringList{u"UV_OFFLINE=0"_s} << false << defaults.timeoutMs << defaults.retries;
    QTest::newRow("uv timeout") << QStringList{u"UV_HTTP_TIMEOUT=5"_s} << false << 5000 << defaults.retries;
    QTest::newRow("Akari's timeout wins")
        << QStringList{u"UV_HTTP_TIMEOUT=5"_s, u"AKARI_HTTP_TIMEOUT=7"_s} << false << 7000 << defaults.retries;
    QTest::newRow("bad timeout ignored") << QStringList{u"UV_HTTP_TIMEOUT=soon"_s} << false << defaults.timeoutMs
                                         << defaults.retries;
    QTest::newRow("retries") << QStringList{u"UV_HTTP_RETRIES=0"_s} << false << defaults.timeoutMs << 0;
    QTest::newRow("negative retries ignored")
        << QStringList{u"UV_HTTP_RETRIES=-2"_s} << false << defaults.timeoutMs << defaults.retries;
}

void TestIndexSession::shouldReadOptionsFromEnvironment()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, offline);
    QFETCH(int, timeoutMs);
    QFETCH(int, retries);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    const HttpClient::Options options = IndexSession::optionsFrom(environment);
    QCOMPARE(options.offline, offline);
    QCOMPARE(options.timeoutMs, timeoutMs);
    QCOMPARE(options.retries, retries);
    QVERIFY(options.userAgent.startsWith("akari/"));
}

void TestIndexSession::shouldShareOneClientUntilReset()
{
    const Akari::Test::IsolatedProfile profile; // the cache goes below its XDG_CACHE_HOME
    const auto first = IndexSession::shared();
    QVERIFY(first);
    QCOMPARE(IndexSession::shared(), first);
    QVERIFY(first->http()->options().cache);
    QCOMPARE(first->http()->options().cache->directory(), Akari::HttpCache::defaultDirectory());
    QVERIFY(first->http()->options().cache->directory().startsWith(profile.root()));
    IndexSession::reset();
    const auto second = IndexSession::shared();
    QVERIFY(second);
    QVERIFY(second != first);
}

void TestIndexSession::shouldGoOfflineWhenAsked()
{
    const Akari::Test::IsolatedProfile profile;
    IndexSession::reset();
    QVERIFY(!IndexSession::shared()->http()->options().offline || qEnvironmentVariableIsSet("UV_OFFLINE"));
    IndexSession::setOffline(true);
    IndexSession::reset();
    QVERIFY(IndexSession::shared()->http()->options().offline);
}

QTEST_GUILESS_MAIN(TestIndexSession)
#include "tst_indexsession.moc"
