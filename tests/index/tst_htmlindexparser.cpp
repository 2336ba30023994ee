// SPDX-License-Identifier: GPL-3.0-or-later

#include <random>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/index/htmlindexparser.h"
#include "core/index/jsonindexparser.h"
#include "indexpagechecks.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::HtmlIndexParser;
using Akari::IndexFile;
using Akari::IndexPage;
using Akari::JsonIndexParser;
using MetadataState = Akari::IndexFile::MetadataState;
using State = Akari::IndexPage::ProjectStatus::State;

namespace
{
const QString Sha = u"6088930bfe239f0e6710546ab9c19c9ef35e29792895fed6e6e31a023a182a61"_s;
} // namespace

class TestHtmlIndexParser final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseProjectPagesLikeUv_data();
    void shouldParseProjectPagesLikeUv();
    void shouldListProjectsLikeUv_data();
    void shouldListProjectsLikeUv();
    void shouldReadPytorchNightlyExcerpt();
    void shouldAgreeWithJsonFormOfReconstructedPages_data();
    void shouldAgreeWithJsonFormOfReconstructedPages();
    void shouldDecodeCharacterReferences_data();
    void shouldDecodeCharacterReferences();
    void shouldTolerateSloppyHtml_data();
    void shouldTolerateSloppyHtml();
    void shouldReadHashFragments_data();
    void shouldReadHashFragments();
    void shouldReadYankedAndCoreMetadata_data();
    void shouldReadYankedAndCoreMetadata();
    void shouldResolveLinksAgainstPageAndBase_data();
    void shouldResolveLinksAgainstPageAndBase();
    void shouldReadProjectNameAndApiVersion();
    void shouldReportUnsupportedHashWithPosition();
    void shouldRefuseNewerApiMajorVersion();
    void shouldSurviveHostileInput();
    void shouldParseThousandsOfAnchors();
};

// ---- The uv corpus -------------------------------------------------------------------------

void TestHtmlIndexParser::shouldParseProjectPagesLikeUv_data()
{
    addUvCaseRows(u"SimpleDetailHTML"_s, 24);
}

void TestHtmlIndexParser::shouldParseProjectPagesLikeUv()
{
    QFETCH(QJsonObject, testCase);
    const QUrl baseUrl(testCase.value(u"base_url").toString());
    const Akari::Result<IndexPage> result =
        HtmlIndexParser::parse(testCase.value(u"html").toString().toUtf8(), baseUrl);

    if (testCase.value(u"expect_error").toBool()) {
        QVERIFY2(!result, "uv rejects this page");
        QCOMPARE(result.error().code(), Error::Code::Parse);
        QCOMPARE(result.error().file(), baseUrl.toString());
        QVERIFY(result.error().line() > 0);
        // uv's message quotes the offending fragment; so does ours.
        const QString fragment = testCase.value(u"expected_error").toString().section(u'`', -2, -2);
        QVERIFY2(!fragment.isEmpty() && result.error().message().contains(fragment),
                 qPrintable(result.error().message()));
        return;
    }
    QVERIFY2(result, describe(result).constData());
    compareWithUvSnapshot(*result, testCase); // last: a failure inside needs no check here
}

void TestHtmlIndexParser::shouldListProjectsLikeUv_data()
{
    addUvCaseRows(u"SimpleIndexHtml"_s, 6);
}

void TestHtmlIndexParser::shouldListProjectsLikeUv()
{
    QFETCH(QJsonObject, testCase);
    QVERIFY(!testCase.value(u"expect_error").toBool());
    QCOMPARE(testCase.value(u"snapshot_of").toString(), u"result"_s);
    const Akari::Result<QStringList> projects = HtmlIndexParser::parseProjectList(
        testCase.value(u"html").toString().toUtf8(), QUrl(u"https://pypi.org/simple/"_s));
    QVERIFY2(projects, describe(projects).constData());
    QStringList expected;
    for (const QJsonValue &name : testCase.value(u"expected").toObject().value(u"projects").toArray())
        expected.append(name.toString());
    QCOMPARE(*projects, expected);
}

void TestHtmlIndexParser::shouldReadPytorchNightlyExcerpt()
{
    const QString base = corpusPath(u"pytorch-whl-nightly-torch-excerpt"_s);
    const QByteArray html = readAll(base + u".html"_s);
    const QJsonObject expected = readJson(base + u".expected.json"_s);
    QVERIFY2(!html.isEmpty() && !expected.isEmpty(), qPrintable(base));

    const Akari::Result<IndexPage> page = HtmlIndexParser::parse(html, QUrl(expected.value(u"base_url").toString()));
    QVERIFY2(page, describe(page).constData());
    QCOMPARE(page->projectName, u"torch"_s);
    const QJsonObject asserted = expected.value(u"asserted_by_test").toObject();
    QCOMPARE(page->files.size(), asserted.value(u"count").toInteger());
    QCOMPARE(page->files.first().url.toString(QUrl::FullyEncoded), asserted.value(u"first_url").toString());
    const QJsonArray anchors = expected.value(u"anchors").toArray();
    QCOMPARE(page->files.size(), anchors.size());
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const QJsonObject anchor = anchors[i].toObject();
        QCOMPARE(page->files[i].filename, anchor.value(u"text").toString());
        QCOMPARE(page->files[i].url.toString(QUrl::FullyEncoded), anchor.value(u"resolved_url").toString());
        QVERIFY(page->files[i].hashes.isEmpty()); // nightly pages carry no checksum
    }
}

void TestHtmlIndexParser::shouldAgreeWithJsonFormOfReconstructedPages_data()
{
    QTest::addColumn<QString>("htmlPath");
    const QDir dir(reconstructedDir());
    const QStringList pages = dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= 13, qPrintable(u"expected the reconstructed pages in %1"_s.arg(dir.path())));
    for (const QString &name : pages)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestHtmlIndexParser::shouldAgreeWithJsonFormOfReconstructedPages()
{
    QFETCH(QString, htmlPath);
    QString jsonPath = htmlPath;
    jsonPath.replace(u".html"_s, u".pep691.json"_s);
    const QByteArray html = readAll(htmlPath);
    const QByteArray json = readAll(jsonPath);
    QVERIFY2(!html.isEmpty() && !json.isEmpty(), qPrintable(jsonPath));

    // whl_nightly_rocm6.4_torch.html is https://download.pytorch.org/whl/nightly/rocm6.4/torch/
    const QString variant = reconstructedVariant(QFileInfo(htmlPath).fileName());
    const QUrl pageUrl(u"https://download.pytorch.org/whl/%1/torch/"_s.arg(variant));

    const Akari::Result<IndexPage> fromHtml = HtmlIndexParser::parse(html, pageUrl);
    const Akari::Result<IndexPage> fromJson = JsonIndexParser::parse(json, pageUrl);
    QVERIFY2(fromHtml, describe(fromHtml).constData());
    QVERIFY2(fromJson, describe(fromJson).constData());
    QCOMPARE(fromHtml->projectName, fromJson->projectName);
    QCOMPARE(fromHtml->files.size(), html.count("<a href="));
    compareWithJsonForm(fromHtml->files, fromJson->files); // last: a failure inside needs no check here
}

// ---- Details of the HTML reading -----------------------------------------------------------

void TestHtmlIndexParser::shouldDecodeCharacterReferences_data()
{
    QTest::addColumn<QByteArray>("attribute");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named gt") << QByteArray("&gt;=3.8") << u">=3.8"_s;
    QTest::newRow("decimal") << QByteArray("&#62;=3.8") << u">=3.8"_s;
    QTest::newRow("hex lower") << QByteArray("&#x3e;=3.8") << u">=3.8"_s;
    QTest::newRow("hex upper") << QByteArray("&#X3E;=3.8") << u">=3.8"_s;
    QTest::newRow("lt and gt") << QByteArray("&lt;4,&gt;=3.9") << u"<4,>=3.9"_s;
    QTest::newRow("punctuation names") << QByteArray("&gt;&equals;3.8&comma;&excl;&equals;3.9&period;&ast;")
                                       << u">=3.8,!=3.9.*"_s;
    QTest::newRow("amp") << QByteArray("a&amp;b") << u"a&b"_s;
    QTest::newRow("quot and apos") << QByteArray("&quot;&apos;") << u"\"'"_s;
    QTest::newRow("numeric without semicolon") << QByteArray("&#62=3.8") << u">=3.8"_s;
    QTest::newRow("legacy name without semicolon") << QByteArray("&gt 3.8") << u"> 3.8"_s;
    QTest::newRow("legacy name before equals stays") << QByteArray("&gt=3.8") << u"&gt=3.8"_s;
    QTest::newRow("unknown name stays") << QByteArray("&bogus;3") << u"&bogus;3"_s;
    QTest::newRow("bare ampersand") << QByteArray("a & b") << u"a & b"_s;
    QTest::newRow("null becomes replacement") << QByteArray("&#0;") << u"\uFFFD"_s;
    QTest::newRow("surrogate becomes replacement") << QByteArray("&#xD800;") << u"\uFFFD"_s;
    QTest::newRow("too large becomes replacement") << QByteArray("&#x110000;") << u"\uFFFD"_s;
    QTest::newRow("huge number saturates") << QByteArray("&#99999999999999999999;") << u"\uFFFD"_s;
    QTest::newRow("windows-1252 range") << QByteArray("&#128;") << u"\u20AC"_s;
    QTest::newRow("astral") << QByteArray("&#x1F47B;") << u"\U0001F47B"_s;
    QTest::newRow("utf-8 passes") << QByteArray("\xE2\x89\xA5") << u"\u2265"_s;
    QTest::newRow("outer space trimmed") << QByteArray("  &gt;=3.8 ") << u">=3.8"_s;
}

void TestHtmlIndexParser::shouldDecodeCharacterReferences()
{
    QFETCH(QByteArray, attribute);
    QFETCH(QString, expected);
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(
        htmlPage("<a href=\"x-1.0.tar.gz\" data-requires-python=\"" + attribute + "\">x</a>"), PageUrl);
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->files.size(), 1);
    QCOMPARE(result->files[0].requiresPython, expected);
}

void TestHtmlIndexParser::shouldTolerateSloppyHtml_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("upper case") << QByteArray("<A HREF=\"a-1.whl\">a</A>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("mixed case") << QByteArray("<a HrEf=\"a-1.whl\">a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("single quotes") << QByteArray("<a href='a-1.whl'>a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("unquoted") << QByteArray("<a href=a-1.whl>a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("unquoted with slash") << QByteArray("<a href=/f/a-1.whl>a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("spaces around equals") << QByteArray("<a  href = \"a-1.whl\" >a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("newlines in tag") << QByteArray("<a\nhref=\"a-1.whl\"\n>a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("self closing") << QByteArray("<a href=\"a-1.whl\"/>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("no end tags") << QByteArray("<a href=\"a-1.whl\">a<a href=\"b-1.whl\">b")
                                 << QStringList{u"a-1.whl"_s, u"b-1.whl"_s};
    QTest::newRow("first duplicate wins")
        << QByteArray("<a href=\"a-1.whl\" href=\"b-1.whl\">a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("comment hides anchor")
        << QByteArray("<!-- <a href=\"no-1.whl\">no</a> --><a href=\"a-1.whl\">a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("short comments") << QByteArray("<!--><a href=\"a-1.whl\">a</a><!---><a href=\"b-1.whl\">b</a>")
                                    << QStringList{u"a-1.whl"_s, u"b-1.whl"_s};
    QTest::newRow("unclosed comment") << QByteArray("<a href=\"a-1.whl\">a</a><!-- <a href=\"no-1.whl\">")
                                      << QStringList{u"a-1.whl"_s};
    QTest::newRow("script hides anchor")
        << QByteArray("<script>var s = '<a href=\"no-1.whl\">';</script><a href=\"a-1.whl\">a</a>")
        << QStringList{u"a-1.whl"_s};
    QTest::newRow("style and upper-case end")
        << QByteArray("<STYLE>a[href=\"<a href='no-1.whl'>\"]{}</STYLE ><a href=\"a-1.whl\">a</a>")
        << QStringList{u"a-1.whl"_s};
    QTest::newRow("processing instruction and doctype")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x><a href=\"a-1.whl\">a</a>") << QStringList{u"a-1.whl"_s};
    QTest::newRow("less-than in text") << QByteArray("1 < 2 <a href=\"a-1.whl\">a</a> < a href=\"no-1.whl\">")
                                       << QStringList{u"a-1.whl"_s};
    QTest::newRow("other tags with href")
        << QByteArray("<abbr href=\"no-1.whl\"></abbr><link href=\"no-2.whl\">") << QStringList{};
    QTest::newRow("data-href is no href") << QByteArray("<a data-href=\"no-1.whl\">no</a>") << QStringList{};
    QTest::newRow("href without value") << QByteArray("<a href>no</a>") << QStringList{};
    QTest::newRow("folder link") << QByteArray("<a href=\"../\">up</a><a href=\"sub/\">sub</a>") << QStringList{};
    QTest::newRow("encoded slash is no file") << QByteArray("<a href=\"..%2F..%2Fevil.whl\">evil</a>") << QStringList{};
    QTest::newRow("encoded filename") << QByteArray("<a href=\"a-1.0%2Bcpu.whl\">a</a>")
                                      << QStringList{u"a-1.0+cpu.whl"_s};
    QTest::newRow("entity in href") << QByteArray("<a href=\"a-1.0&#43;cpu.whl?x=1&amp;y=2\">a</a>")
                                    << QStringList{u"a-1.0+cpu.whl"_s};
    QTest::newRow("unclosed tag runs on")
        << QByteArray("<a href=\"a-1.whl\">a</a><a href=\"b-1.whl\"\n<br>") << QStringList{u"a-1.whl"_s, u"b-1.whl"_s};
    QTest::newRow("quote never closed") << QByteArray("<a href=\"a-1.whl\">a</a><a href=\"b-1.whl>b</a>")
                                        << QStringList{u"a-1.whl"_s};
    QTest::newRow("invalid utf-8") << QByteArray("<a href=\"a-\xFF\xFE.whl\">a</a>")
                                   << QStringList{u"a-\uFFFD\uFFFD.whl"_s};
    QTest::newRow("egg fragment") << QByteArray("<a href=\"a-1.tar.gz#egg=a\">a</a>") << QStringList{u"a-1.tar.gz"_s};
    QTest::newRow("several fragment pairs")
        << QByteArray("<a href=\"a-1.tar.gz#sha256=ab&amp;egg=a&amp;x-source=git\">a</a>")
        << QStringList{u"a-1.tar.gz"_s};
}

void TestHtmlIndexParser::shouldTolerateSloppyHtml()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(htmlPage(body), PageUrl);
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(filenames(*result), expected);
}

void TestHtmlIndexParser::shouldReadHashFragments_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<QString>("expected"); ///< "algorithm=digest,..." or "error"
    QTest::newRow("sha256") << QByteArray("#sha256=ab12") << u"sha256=ab12"_s;
    QTest::newRow("upper-case name") << QByteArray("#SHA256=AB12") << u"sha256=AB12"_s;
    QTest::newRow("percent-encoded") << QByteArray("#sha256%3Dab12") << u"sha256=ab12"_s;
    QTest::newRow("md5") << QByteArray("#md5=cd") << u"md5=cd"_s;
    QTest::newRow("sha3") << QByteArray("#sha3_256=ef") << u"sha3_256=ef"_s;
    QTest::newRow("two hashes") << QByteArray("#sha256=ab&amp;md5=cd") << u"md5=cd,sha256=ab"_s;
    QTest::newRow("hash and unknown pair") << QByteArray("#sha256=ab&x-source=git") << u"sha256=ab"_s;
    QTest::newRow("egg") << QByteArray("#egg=demo") << QString();
    QTest::newRow("subdirectory") << QByteArray("#subdirectory=src") << QString();
    QTest::newRow("anchor name") << QByteArray("#main") << QString();
    QTest::newRow("empty") << QByteArray("#") << QString();
    QTest::newRow("empty digest") << QByteArray("#sha256=") << QString();
    QTest::newRow("unknown algorithm") << QByteArray("#blake2=ab") << u"error"_s;
    QTest::newRow("unknown algorithm encoded") << QByteArray("#whirlpool%3Dab") << u"error"_s;
}

void TestHtmlIndexParser::shouldReadHashFragments()
{
    QFETCH(QByteArray, fragment);
    QFETCH(QString, expected);
    const Akari::Result<IndexPage> result =
        HtmlIndexParser::parse(htmlPage("<a href=\"x-1.whl" + fragment + "\">x</a>"), PageUrl);
    if (expected == u"error") {
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Parse);
        return;
    }
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->files.size(), 1);
    QStringList hashes;
    for (auto it = result->files[0].hashes.cbegin(); it != result->files[0].hashes.cend(); ++it)
        hashes.append(it.key() + u'=' + it.value());
    QCOMPARE(hashes.join(u','), expected);
    QCOMPARE(result->files[0].url.toString(), u"https://example.org/simple/demo/x-1.whl"_s);
}

void TestHtmlIndexParser::shouldReadYankedAndCoreMetadata_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<bool>("yanked");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<MetadataState>("metadata");
    QTest::addColumn<QString>("metadataSha256");
    const auto unspecified = MetadataState::Unspecified;
    const auto available = MetadataState::Available;
    QTest::newRow("plain") << QByteArray() << false << QString() << unspecified << QString();
    QTest::newRow("yanked bare") << QByteArray("data-yanked") << true << QString() << unspecified << QString();
    QTest::newRow("yanked empty") << QByteArray("data-yanked=\"\"") << true << QString() << unspecified << QString();
    QTest::newRow("yanked reason") << QByteArray("data-yanked=\"bad &amp; broken\"") << true << u"bad & broken"_s
                                   << unspecified << QString();
    QTest::newRow("core true") << QByteArray("data-core-metadata=\"true\"") << false << QString() << available
                               << QString();
    QTest::newRow("core false upper") << QByteArray("data-core-metadata=\"FALSE\"") << false << QString()
                                      << MetadataState::Unavailable << QString();
    QTest::newRow("core bare") << QByteArray("data-core-metadata") << false << QString() << available << QString();
    QTest::newRow("core hash") << QByteArray("data-core-metadata=\"sha256=abc123\"") << false << QString() << available
                               << u"abc123"_s;
    QTest::newRow("dist-info hash") << QByteArray("data-dist-info-metadata=\"sha256=abc123\"") << false << QString()
                                    << available << u"abc123"_s;
    QTest::newRow("core wins over dist-info")
        << QByteArray("data-dist-info-metadata=\"sha256=old\" data-core-metadata=\"sha256=new\"") << false << QString()
        << available << u"new"_s;
    QTest::newRow("unknown metadata hash")
        << QByteArray("data-core-metadata=\"blake2=xx\"") << false << QString() << available << QString();
}

void TestHtmlIndexParser::shouldReadYankedAndCoreMetadata()
{
    QFETCH(QByteArray, attributes);
    QFETCH(bool, yanked);
    QFETCH(QString, reason);
    QFETCH(MetadataState, metadata);
    QFETCH(QString, metadataSha256);
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(
        htmlPage("<a href=\"x-1.whl#sha256=" + Sha.toLatin1() + "\" " + attributes + ">x</a>"), PageUrl);
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->files.size(), 1);
    const IndexFile &file = result->files[0];
    QCOMPARE(file.hashes.value(u"sha256"_s), Sha);
    QCOMPARE(file.yanked, yanked);
    QCOMPARE(file.yankedReason, reason);
    QCOMPARE(file.coreMetadata, metadata);
    QCOMPARE(file.hasCoreMetadata(), metadata == MetadataState::Available);
    QCOMPARE(file.coreMetadataHashes.value(u"sha256"_s), metadataSha256);
}

void TestHtmlIndexParser::shouldResolveLinksAgainstPageAndBase_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative") << QByteArray("<a href=\"x-1.whl\">x</a>")
                              << u"https://example.org/simple/demo/x-1.whl"_s;
    QTest::newRow("dot dot") << QByteArray("<a href=\"../../packages/x-1.whl\">x</a>")
                             << u"https://example.org/packages/x-1.whl"_s;
    QTest::newRow("absolute path") << QByteArray("<a href=\"/files/x-1.whl\">x</a>")
                                   << u"https://example.org/files/x-1.whl"_s;
    QTest::newRow("scheme relative") << QByteArray("<a href=\"//cdn.example.net/x-1.whl\">x</a>")
                                     << u"https://cdn.example.net/x-1.whl"_s;
    QTest::newRow("absolute") << QByteArray("<a href=\"http://other.example/x-1.whl\">x</a>")
                              << u"http://other.example/x-1.whl"_s;
    QTest::newRow("query kept") << QByteArray("<a href=\"x-1.whl?project=legacy#md5=abc\">x</a>")
                                << u"https://example.org/simple/demo/x-1.whl?project=legacy"_s;
    QTest::newRow("encoded plus kept") << QByteArray("<a href=\"x-1%2Bcpu.whl\">x</a>")
                                       << u"https://example.org/simple/demo/x-1%2Bcpu.whl"_s;
    QTest::newRow("base") << QByteArray("<base href=\"https://mirror.example/\"><a href=\"/f/x-1.whl\">x</a>")
                          << u"https://mirror.example/f/x-1.whl"_s;
    QTest::newRow("relative base") << QByteArray("<base href=\"../files/\"><a href=\"x-1.whl\">x</a>")
                                   << u"https://example.org/simple/files/x-1.whl"_s;
    QTest::newRow("base after the anchor")
        << QByteArray("<a href=\"x-1.whl\">x</a><base href=\"https://m.example/d/\">")
        << u"https://m.example/d/x-1.whl"_s;
    QTest::newRow("first base wins")
        << QByteArray("<BASE HREF='https://one.example/'><base href=\"https://two.example/\"><a href=\"x-1.whl\">x</a>")
        << u"https://one.example/x-1.whl"_s;
    QTest::newRow("base without href") << QByteArray("<base target=\"_top\"><a href=\"x-1.whl\">x</a>")
                                       << u"https://example.org/simple/demo/x-1.whl"_s;
}

void TestHtmlIndexParser::shouldResolveLinksAgainstPageAndBase()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(htmlPage(body), PageUrl);
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->files.size(), 1);
    QCOMPARE(result->files[0].url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(result->files[0].filename.left(2), u"x-"_s);
}

void TestHtmlIndexParser::shouldReadProjectNameAndApiVersion()
{
    const QByteArray html = "<html><head><meta name=\"pypi:repository-version\" content=\"1.4\">"
                            "<title>Links for Foo.Bar</title></head><body><h1>Links for other</h1></body></html>";
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(html, PageUrl);
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->projectName, u"Foo.Bar"_s);
    QCOMPARE(result->apiVersion, u"1.4"_s);
    QVERIFY(!result->projectStatus.has_value());
    QCOMPARE(result->effectiveStatus().state, State::Active);

    const Akari::Result<IndexPage> headingOnly = HtmlIndexParser::parse("<h1>Links for torch</h1>", PageUrl);
    QVERIFY(headingOnly);
    QCOMPARE(headingOnly->projectName, u"torch"_s);
    const Akari::Result<IndexPage> noName = HtmlIndexParser::parse("<h1>Index of /</h1>", PageUrl);
    QVERIFY(noName);
    QVERIFY(noName->projectName.isEmpty());
    QVERIFY(noName->apiVersion.isEmpty());
}

void TestHtmlIndexParser::shouldReportUnsupportedHashWithPosition()
{
    const QByteArray html = "<html>\n<body>\n  <a href=\"ok-1.whl#sha256=ab\">ok</a>\n"
                            "  <a href=\"x-1.whl#whirlpool=abcd\">x</a>\n</body>\n";
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(html, PageUrl);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Parse);
    QCOMPARE(result.error().file(), PageUrl.toString());
    QCOMPARE(result.error().line(), 4);
    QCOMPARE(result.error().column(), 3);
    QVERIFY2(result.error().message().contains(u"whirlpool=abcd"_s), qPrintable(result.error().message()));
}

void TestHtmlIndexParser::shouldRefuseNewerApiMajorVersion()
{
    const QByteArray html = "<meta name=\"pypi:repository-version\" content=\"2.0\"><a href=\"x-1.whl\">x</a>";
    const Akari::Result<IndexPage> result = HtmlIndexParser::parse(html, PageUrl);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Parse);
    QVERIFY2(result.error().message().contains(u"2.0"_s), qPrintable(result.error().message()));
    const Akari::Result<QStringList> list = HtmlIndexParser::parseProjectList(html, PageUrl);
    QVERIFY(!list);
    QCOMPARE(list.error().code(), Error::Code::Parse);
}

void TestHtmlIndexParser::shouldSurviveHostileInput()
{
    // Every prefix of a rich page, then random mutations of it: a result or an error, never a
    // crash, and every file found has a name and an absolute URL.
    const QByteArray html =
        htmlPage("<base href=\"https://m.example/\"><!-- c --><A HREF='/x-1.whl#sha256=ab' "
                 "data-requires-python=\"&gt;=3.8\" DATA-YANKED data-core-metadata=\"sha256=cd\">"
                 "x</A><br/><script>'<a href=\"y\">'</script><a href=x-2.tar.gz#md5=ef>x</a>"
                 "<a href=\"&#43;&#x2F;&amp;&gt\">z</a><meta name=pypi:project-status content=archived>");
    const auto check = [](QByteArrayView input) {
        const Akari::Result<IndexPage> result = HtmlIndexParser::parse(input, PageUrl);
        if (!result)
            return result.error().code() == Error::Code::Parse && result.error().line() >= 0;
        for (const IndexFile &file : result->files) {
            if (file.filename.isEmpty() || file.url.isRelative())
                return false;
        }
        return static_cast<bool>(HtmlIndexParser::parseProjectList(input, PageUrl));
    };
    for (qsizetype length = 0; length <= html.size(); ++length)
        QVERIFY2(check(html.first(length)), qPrintable(u"prefix of %1 bytes"_s.arg(length)));

    std::mt19937 random(20240611);
    for (int round = 0; round < 3000; ++round) {
        const QByteArray mutated = mutateHtml(html, random);
        QVERIFY2(check(mutated), mutated.constData());
    }
    // Pathological shapes stay linear: deep nesting of unclosed anchors, endless attributes.
    QVERIFY(check(QByteArray(200000, '<')));
    QVERIFY(check(QByteArray("<a " + QByteArray(200000, 'x'))));
    QVERIFY(check(QByteArray("<a href=x.whl>").repeated(20000)));
    QVERIFY(check(QByteArray("<a href=\"" + QByteArray("&#x41;").repeated(40000) + ".whl\">")));
}

void TestHtmlIndexParser::shouldParseThousandsOfAnchors()
{
    // Every reconstructed PyTorch page, repeated until the page is as large as the real
    // download.pytorch.org/whl/torch/ (several thousand anchors). Not a timed test: the time
    // is printed for the record, the check is that every anchor is read.
    const QDir dir(reconstructedDir());
    QByteArray anchors;
    qsizetype perRound = 0;
    for (const QString &name : dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name)) {
        const QByteArray html = readAll(dir.filePath(name));
        const qsizetype begin = html.indexOf("<a ");
        const qsizetype end = html.lastIndexOf("</a>");
        if (begin >= 0 && end > begin) {
            anchors += html.sliced(begin, end + 4 - begin) + '\n';
            perRound += html.count("<a ");
        }
    }
    QVERIFY(perRound > 300);
    const int rounds = 30;
    const QByteArray html = htmlPage(anchors.repeated(rounds));
    QElapsedTimer timer;
    timer.start();
    const Akari::Result<IndexPage> result =
        HtmlIndexParser::parse(html, QUrl(u"https://download.pytorch.org/whl/torch/"_s));
    const qint64 elapsed = timer.nsecsElapsed();
    QVERIFY2(result, describe(result).constData());
    QCOMPARE(result->files.size(), perRound * rounds);
    qInfo("%lld anchors (%lld KiB) in %.1f ms", static_cast<long long>(result->files.size()),
          static_cast<long long>(html.size() / 1024), static_cast<double>(elapsed) / 1e6);
}

QTEST_GUILESS_MAIN(TestHtmlIndexParser)
#include "tst_htmlindexparser.moc"
