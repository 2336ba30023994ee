// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/indexconfiguration.h"
#include "core/project/tomldocument.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::IndexConfiguration;
using Akari::MarkerEnvironment;
using Akari::PackageIndex;
using Akari::PackageName;
using Akari::TomlDocument;
using Platform = MarkerEnvironment::TargetPlatform;

namespace
{
const QString Https = u"https://"_s;
const QString PyPI = u"https://pypi.org/simple"_s;

template<typename T>
QByteArray describe(const Akari::Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Akari::Result<IndexConfiguration> readText(const QByteArray &text, const QProcessEnvironment &environment = {},
                                           const QString &path = u"/project/pyproject.toml"_s)
{
    const Akari::Result<TomlDocument> document = TomlDocument::parse(text, path);
    if (!document)
        return std::unexpected(document.error());
    return IndexConfiguration::read(*document, environment);
}

QStringList urlsOf(const QList<PackageIndex> &indexes)
{
    QStringList urls;
    for (const PackageIndex &index : indexes)
        urls.append(index.url.toString());
    return urls;
}

MarkerEnvironment target(Platform platform, const QString &extra = {}, const QString &group = {})
{
    MarkerEnvironment environment = MarkerEnvironment::forTarget(platform, Akari::Version::parse(u"3.12").value());
    environment.setExtra(extra);
    environment.setExtras(extra.isEmpty() ? QStringList() : QStringList{extra});
    environment.setDependencyGroups(group.isEmpty() ? QStringList() : QStringList{group});
    return environment;
}

PackageName package(const QString &name)
{
    return PackageName::fromUnvalidated(name);
}

QStringList pinned(const IndexConfiguration &configuration, const QString &name, const MarkerEnvironment &markers)
{
    const Akari::Result<QList<PackageIndex>> indexes = configuration.indexesFor(package(name), markers);
    return indexes ? urlsOf(*indexes) : QStringList{u"error: "_s + indexes.error().message()};
}

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>> &values)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : values)
        environment.insert(name, value);
    return environment;
}

const QByteArray TwoIndexes = "[project]\nname = \"demo\"\n\n"
                              "[[tool.uv.index]]\nname = \"pytorch-cpu\"\n"
                              "url = \"https://download.pytorch.org/whl/cpu\"\nexplicit = true\n\n"
                              "[[tool.uv.index]]\nname = \"extra\"\nurl = \"https://extra.example/simple\"\n";
} // namespace

class TestIndexConfiguration final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir corpus(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
        for (const QString &name : corpus.entryList({u"*.toml"_s}, QDir::Files, QDir::Name))
            m_files.append(corpus.filePath(name));
        QVERIFY2(m_files.size() >= 20, qPrintable(corpus.path()));
        // Hand-written projects for the rules the corpus does not show, read by the oracle too.
        const QList<std::pair<QString, QByteArray>> written = {
            {u"local/pyproject.toml"_s,
             "[[tool.uv.index]]\nname = \"wheels\"\nurl = \"./wheels\"\nformat = \"flat\"\n"
             "[[tool.uv.index]]\nname = \"up\"\nurl = \"../shared-wheels\"\nexplicit = true\n"
             "[[tool.uv.index]]\nname = \"abs\"\nurl = \"file:///opt/wheels\"\n"
             "[tool.uv.sources]\nlocalpkg = { index = \"up\" }\n"},
            {u"deprecated/pyproject.toml"_s,
             "[tool.uv]\nindex-url = \"https://mirror.example/simple\"\n"
             "extra-index-url = [\"https://one.example/simple\", \"https://two.example/simple\"]\n"
             "[[tool.uv.index]]\nname = \"first\"\nurl = \"https://first.example/simple\"\n"},
            {u"defaults/pyproject.toml"_s,
             "[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a.example/simple\"\n"
             "[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example/simple\"\ndefault = true\n"
             "[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a-again.example/simple\"\n"
             "[[tool.uv.index]]\nname = \"later\"\nurl = \"https://later.example/simple\"\ndefault = true\n"
             "[tool.uv]\nindex-url = \"https://ignored.example/simple\"\nindex-strategy = \"unsafe-best-match\"\n"},
            {u"groups/pyproject.toml"_s,
             "[dependency-groups]\ncuda = [\"torch\"]\ncpu = [\"torch\"]\n"
             "[[tool.uv.index]]\nname = \"cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\nexplicit = true\n"
             "[[tool.uv.index]]\nname = \"cu128\"\nurl = \"https://download.pytorch.org/whl/cu128\"\nexplicit = true\n"
             "[tool.uv.sources]\n"
             "torch = [{ index = \"cpu\", group = \"CPU\" }, { index = \"cu128\", group = \"cuda\", "
             "marker = \"sys_platform == 'linux'\" }, { git = \"https://github.com/pytorch/pytorch\", "
             "group = \"cuda\", marker = \"sys_platform == 'win32'\" }]\n"
             "Triton_Lang = { path = \"../triton\" }\n"},
        };
        for (const auto &[name, text] : written) {
            const QString path = m_dir.filePath(name);
            QVERIFY(Akari::Test::writeFile(path, text));
            m_files.append(path);
        }

        QProcess python;
        python.start(QStringLiteral(AKARI_PYTHON3), QStringList{QStringLiteral(AKARI_INDEX_ORACLE), PyPI} + m_files);
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        m_oracle = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(m_oracle.size(), m_files.size());
    }

    void agreesWithOracle_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : std::as_const(m_files))
            QTest::newRow(qPrintable(QDir(m_dir.path()).relativeFilePath(path).startsWith(u".."_s)
                                         ? QFileInfo(path).fileName()
                                         : QDir(m_dir.path()).relativeFilePath(path)))
                << path;
    }

    // indexes(), strategy(), sources() and indexesFor() on every target against the oracle.
    void agreesWithOracle()
    {
        QFETCH(QString, path);
        const QJsonObject expected = m_oracle.value(path).toObject();
        QVERIFY(!expected.isEmpty());
        const Akari::Result<IndexConfiguration> configuration = readText(readAll(path), {}, path);
        QVERIFY2(configuration, describe(configuration).constData());

        const QList<PackageIndex> indexes = configuration->indexes();
        const QJsonArray expectedIndexes = expected.value(u"indexes"_s).toArray();
        QCOMPARE(urlsOf(indexes).size(), expectedIndexes.size());
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const QJsonObject want = expectedIndexes[i].toObject();
            const PackageIndex &index = indexes[i];
            QCOMPARE(index.name, want.value(u"name"_s).toString());
            QCOMPARE(index.url, QUrl(want.value(u"url"_s).toString()));
            QCOMPARE(index.isExplicit, want.value(u"explicit"_s).toBool());
            QCOMPARE(index.isDefault, want.value(u"default"_s).toBool());
            if (want.contains(u"format"_s)) {
                QCOMPARE(index.format == PackageIndex::Format::Flat, want.value(u"format"_s).toString() == u"flat"_s);
                QCOMPARE(int(index.authenticate), QStringList({u"auto"_s, u"always"_s, u"never"_s})
                                                      .indexOf(want.value(u"authenticate"_s).toString()));
                QList<int> codes;
                for (const QJsonValue &code : want.value(u"ignoreErrorCodes"_s).toArray())
                    codes.append(code.toInt());
                QCOMPARE(index.ignoreErrorCodes, codes);
                QCOMPARE(QString::fromLatin1(index.apiCacheControl), want.value(u"api"_s).toString());
                QCOMPARE(QString::fromLatin1(index.filesCacheControl), want.value(u"files"_s).toString());
            }
            if (!index.name.isEmpty())
                QCOMPARE(configuration->indexNamed(index.name)->url, index.url);
        }

        const QStringList strategies{u"first-index"_s, u"unsafe-first-match"_s, u"unsafe-best-match"_s};
        QCOMPARE(strategies.value(int(configuration->strategy())), expected.value(u"strategy"_s).toString());

        const QJsonObject sources = expected.value(u"sources"_s).toObject();
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            const QList<IndexConfiguration::Source> mine = configuration->sources(package(it.key()));
            const QJsonArray want = it.value().toArray();
            QCOMPARE(mine.size(), want.size());
            for (qsizetype i = 0; i < mine.size(); ++i) {
                const QJsonObject entry = want[i].toObject();
                QCOMPARE(mine[i].kind == IndexConfiguration::Source::Kind::Index,
                         entry.value(u"kind"_s).toString() == u"index"_s);
                QCOMPARE(mine[i].indexName, entry.value(u"index"_s).toString());
                QCOMPARE(mine[i].description, entry.value(u"description"_s).toString());
                QCOMPARE(mine[i].extra, entry.value(u"extra"_s).toString());
                QCOMPARE(mine[i].group, entry.value(u"group"_s).toString());
                QCOMPARE(mine[i].marker.has_value(), !entry.value(u"marker"_s).toString().trimmed().isEmpty());
            }
        }

        const QHash<QString, Platform> platforms{
            {u"linux"_s, Platform::Linux}, {u"windows"_s, Platform::Windows}, {u"macos"_s, Platform::MacOS}};
        for (const QJsonValue &value : expected.value(u"selections"_s).toArray()) {
            const QJsonObject selection = value.toObject();
            const MarkerEnvironment markers =
                target(platforms.value(selection.value(u"platform"_s).toString()),
                       selection.value(u"extra"_s).toString(), selection.value(u"group"_s).toString());
            const QJsonObject pins = selection.value(u"pins"_s).toObject();
            for (auto it = pins.begin(); it != pins.end(); ++it) {
                const Akari::Result<QList<PackageIndex>> mine = configuration->indexesFor(package(it.key()), markers);
                const QString where = it.key() + u" on "_s + selection.value(u"platform"_s).toString() + u" extra="_s +
                                      selection.value(u"extra"_s).toString() + u" group="_s +
                                      selection.value(u"group"_s).toString();
                if (it.value().isString()) { // "unsupported"
                    QVERIFY2(!mine, qPrintable(where));
                    QCOMPARE(mine.error().code(), Akari::Error::Code::InvalidArgument);
                    continue;
                }
                QVERIFY2(mine, qPrintable(where + u": "_s + QString::fromUtf8(describe(mine))));
                QStringList want;
                for (const QJsonValue &url : it.value().toArray())
                    want.append(QUrl(url.toString()).toString());
                QVERIFY2(urlsOf(*mine) == want, qPrintable(where + u": "_s + urlsOf(*mine).join(u' ')));
            }
        }
    }

    void environmentIndexesFirst()
    {
        const auto environment =
            environmentWith({{u"UV_INDEX"_s, u"  corp=https://corp.example/simple\thttps://plain.example/simple  "_s}});
        const Akari::Result<IndexConfiguration> configuration = readText(TwoIndexes, environment);
        QVERIFY2(configuration, describe(configuration).constData());
        QCOMPARE(urlsOf(configuration->indexes()),
                 QStringList({Https + u"corp.example/simple"_s, Https + u"plain.example/simple"_s,
                              Https + u"download.pytorch.org/whl/cpu"_s, Https + u"extra.example/simple"_s, PyPI}));
        QCOMPARE(configuration->indexes().first().name, u"corp"_s);
        QCOMPARE(configuration->indexes().last().isDefault, true);
        // Unpinned packages skip the explicit index.
        QCOMPARE(pinned(*configuration, u"numpy"_s, target(Platform::Linux)),
                 QStringList({Https + u"corp.example/simple"_s, Https + u"plain.example/simple"_s,
                              Https + u"extra.example/simple"_s, PyPI}));
    }

    void environmentNameShadowsProject()
    {
        const auto environment = environmentWith({{u"UV_INDEX"_s, u"extra=https://env.example/simple"_s}});
        const Akari::Result<IndexConfiguration> configuration = readText(TwoIndexes, environment);
        QVERIFY(configuration);
        QCOMPARE(urlsOf(configuration->indexes()),
                 QStringList({Https + u"env.example/simple"_s, Https + u"download.pytorch.org/whl/cpu"_s, PyPI}));
        // Sources name the project's own index.
        QCOMPARE(configuration->indexNamed(u"extra"_s)->url, QUrl(Https + u"extra.example/simple"_s));
    }

    void defaultIndexFromEnvironment()
    {
        const QByteArray text = TwoIndexes +
                                "[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example/simple\"\n"
                                "default = true\n[tool.uv.sources]\nnumpy = { index = \"corp\" }\n";
        const Akari::Result<IndexConfiguration> plain = readText(text);
        QVERIFY(plain);
        QCOMPARE(plain->indexes().last().name, u"corp"_s);
        QVERIFY(!urlsOf(plain->indexes()).contains(PyPI));

        const Akari::Result<IndexConfiguration> configuration =
            readText(text, environmentWith({{u"UV_DEFAULT_INDEX"_s, u"https://mirror.example/simple"_s}}));
        QVERIFY(configuration);
        const QList<PackageIndex> indexes = configuration->indexes();
        QCOMPARE(indexes.last().url, QUrl(Https + u"mirror.example/simple"_s));
        QVERIFY(indexes.last().isDefault);
        QVERIFY(!urlsOf(indexes).contains(Https + u"corp.example/simple"_s));
        // A package pinned to the replaced default still reaches it.
        QCOMPARE(pinned(*configuration, u"numpy"_s, target(Platform::Linux)),
                 QStringList{Https + u"corp.example/simple"_s});

        // UV_DEFAULT_INDEX wins over the deprecated UV_INDEX_URL.
        const Akari::Result<IndexConfiguration> both = IndexConfiguration::fromEnvironment(
            environmentWith({{u"UV_INDEX_URL"_s, u"https://old.example/simple"_s},
                             {u"UV_DEFAULT_INDEX"_s, u"https://new.example/simple"_s}}));
        QVERIFY(both);
        QCOMPARE(urlsOf(both->indexes()), QStringList{Https + u"new.example/simple"_s});
    }

    void explicitDefaultDropsPyPI()
    {
        const Akari::Result<IndexConfiguration> configuration =
            readText("[[tool.uv.index]]\nname = \"internal\"\nurl = \"https://internal.example/simple\"\n"
                     "explicit = true\ndefault = true\n[tool.uv.sources]\ntorch = { index = \"internal\" }\n");
        QVERIFY(configuration);
        QCOMPARE(urlsOf(configuration->indexes()), QStringList{Https + u"internal.example/simple"_s});
        QCOMPARE(pinned(*configuration, u"torch"_s, target(Platform::Linux)),
                 QStringList{Https + u"internal.example/simple"_s});
        QCOMPARE(pinned(*configuration, u"numpy"_s, target(Platform::Linux)), QStringList());
    }

    void extraSources()
    {
        const QByteArray text = "[[tool.uv.index]]\nname = \"cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\n"
                                "explicit = true\n[[tool.uv.index]]\nname = \"cu128\"\n"
                                "url = \"https://download.pytorch.org/whl/cu128\"\nexplicit = true\n"
                                "[tool.uv.sources]\ntorch = [\n  { index = \"cpu\", extra = \"CPU\" },\n"
                                "  { index = \"cu128\", extra = \"cu128\" },\n]\n";
        const Akari::Result<IndexConfiguration> configuration = readText(text);
        QVERIFY(configuration);
        QCOMPARE(configuration->sources(package(u"Torch"_s)).first().extra, u"cpu"_s);
        QCOMPARE(pinned(*configuration, u"torch"_s, target(Platform::Linux, u"cu128"_s)),
                 QStringList{Https + u"download.pytorch.org/whl/cu128"_s});
        QCOMPARE(pinned(*configuration, u"torch"_s, target(Platform::Windows, u"cpu"_s)),
                 QStringList{Https + u"download.pytorch.org/whl/cpu"_s});
        QCOMPARE(pinned(*configuration, u"torch"_s, target(Platform::Linux)), QStringList{PyPI});
        // Active through the `extras` set alone, as for a lock-file environment.
        MarkerEnvironment markers = target(Platform::MacOS);
        markers.setExtras({u"Cu128"_s, u"other"_s});
        QCOMPARE(pinned(*configuration, u"torch"_s, markers), QStringList{Https + u"download.pytorch.org/whl/cu128"_s});
    }

    void markerSources_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("linux") << int(Platform::Linux) << QString() << u"cu128"_s;
        QTest::newRow("linux aarch64") << int(Platform::Linux) << u"aarch64"_s << u"cpu"_s;
        QTest::newRow("windows") << int(Platform::Windows) << QString() << u"cu128"_s;
        QTest::newRow("macos") << int(Platform::MacOS) << QString() << u"pypi"_s;
    }

    void markerSources()
    {
        QFETCH(int, platform);
        QFETCH(QString, machine);
        QFETCH(QString, expected);
        const QByteArray text =
            "[[tool.uv.index]]\nname = \"cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\nexplicit = true\n"
            "[[tool.uv.index]]\nname = \"cu128\"\nurl = \"https://download.pytorch.org/whl/cu128\"\nexplicit = true\n"
            "[tool.uv.sources]\ntorch = [\n"
            "  { index = \"cu128\", marker = \"(sys_platform == 'linux' and platform_machine == 'x86_64') or "
            "sys_platform == 'win32'\" },\n"
            "  { index = \"cpu\", marker = \"sys_platform == 'linux' and platform_machine == 'aarch64'\" },\n]\n";
        const Akari::Result<IndexConfiguration> configuration = readText(text);
        QVERIFY2(configuration, describe(configuration).constData());
        const MarkerEnvironment markers =
            MarkerEnvironment::forTarget(Platform(platform), Akari::Version::parse(u"3.12").value(), machine);
        const QStringList urls = pinned(*configuration, u"torch"_s, markers);
        QCOMPARE(urls, QStringList{expected == u"pypi"_s ? PyPI : Https + u"download.pytorch.org/whl/"_s + expected});
    }

    void unsupportedSources()
    {
        const Akari::Result<IndexConfiguration> configuration = readText(
            "[tool.uv.sources]\ntorch = { git = \"https://github.com/pytorch/pytorch\", tag = \"v2.8.0\" }\n"
            "mylib = { path = \"../mylib\", editable = true }\nmember = { workspace = true }\n"
            "wheel = [{ url = \"https://files.example/wheel-1.0-py3-none-any.whl\", marker = \"os_name == 'nt'\" }]\n");
        QVERIFY2(configuration, describe(configuration).constData());
        QCOMPARE(configuration->sources(package(u"torch"_s)).first().description, u"git"_s);
        QCOMPARE(configuration->sources(package(u"mylib"_s)).first().description, u"path"_s);
        QCOMPARE(configuration->sources(package(u"member"_s)).first().description, u"workspace"_s);
        for (const QString &name : {u"torch"_s, u"mylib"_s, u"member"_s}) {
            const auto result = configuration->indexesFor(package(name), target(Platform::Linux));
            QVERIFY(!result);
            QCOMPARE(result.error().code(), Akari::Error::Code::InvalidArgument);
            QVERIFY2(result.error().message().contains(name), qPrintable(result.error().message()));
        }
        QVERIFY(!configuration->indexesFor(package(u"wheel"_s), target(Platform::Windows)));
        // The url source's marker is false on Linux: the package is unpinned there.
        QCOMPARE(pinned(*configuration, u"wheel"_s, target(Platform::Linux)), QStringList{PyPI});
    }

    void indexFields()
    {
        const Akari::Result<IndexConfiguration> configuration =
            readText("[[tool.uv.index]]\nname = \"priv\"\nurl = \"https://user:tok@priv.example/simple\"\n"
                     "authenticate = \"always\"\nignore-error-codes = [401, 403]\n"
                     "cache-control = { api = \"max-age=600\", files = \"max-age=365000000, immutable\" }\n"
                     "publish-url = \"https://priv.example/upload\"\n");
        QVERIFY2(configuration, describe(configuration).constData());
        const PackageIndex index = *configuration->indexNamed(u"priv"_s);
        QCOMPARE(index.authenticate, PackageIndex::Authenticate::Always);
        QCOMPARE(index.ignoreErrorCodes, QList<int>({401, 403}));
        QCOMPARE(index.apiCacheControl, QByteArray("max-age=600"));
        QCOMPARE(index.filesCacheControl, QByteArray("max-age=365000000, immutable"));
        QCOMPARE(index.url.password(), u"tok"_s);
        QCOMPARE(index.displayUrl(), Https + u"priv.example/simple"_s);
        QVERIFY(index.ignoresStatus(401));
        QVERIFY(index.ignoresStatus(404));
        QVERIFY(!index.ignoresStatus(500));
    }

    void ignoresStatus_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ignored");
        const QString pytorch = Https + u"download.pytorch.org/whl/cu128"_s;
        const QString other = Https + u"other.example/simple"_s;
        QTest::newRow("404 anywhere") << other << QList<int>() << 404 << true;
        QTest::newRow("404 despite codes") << other << QList<int>{403} << 404 << true;
        QTest::newRow("403 elsewhere") << other << QList<int>() << 403 << false;
        QTest::newRow("403 on pytorch") << pytorch << QList<int>() << 403 << true;
        QTest::newRow("403 on pytorch host case")
            << Https + u"Download.PyTorch.org/whl/cpu"_s << QList<int>() << 403 << true;
        QTest::newRow("401 on pytorch") << pytorch << QList<int>() << 401 << false;
        QTest::newRow("codes replace pytorch rule") << pytorch << QList<int>{401} << 403 << false;
        QTest::newRow("codes") << other << QList<int>{401, 403} << 403 << true;
        QTest::newRow("500") << other << QList<int>() << 500 << false;
        QTest::newRow("200 is no miss") << other << QList<int>() << 200 << false;
        QTest::newRow("pytorch lookalike")
            << Https + u"download.pytorch.org.evil.example/whl"_s << QList<int>() << 403 << false;
    }

    void ignoresStatus()
    {
        QFETCH(QString, url);
        QFETCH(QList<int>, codes);
        QFETCH(int, status);
        QFETCH(bool, ignored);
        PackageIndex index;
        index.url = QUrl(url);
        index.ignoreErrorCodes = codes;
        QCOMPARE(index.ignoresStatus(status), ignored);
    }

    void strategyFromEnvironment()
    {
        const QByteArray text = "[tool.uv]\nindex-strategy = \"unsafe-first-match\"\n";
        QCOMPARE(readText(text)->strategy(), IndexConfiguration::Strategy::UnsafeFirstMatch);
        const auto best = readText(text, environmentWith({{u"UV_INDEX_STRATEGY"_s, u"unsafe-best-match"_s}}));
        QVERIFY(best);
        QCOMPARE(best->strategy(), IndexConfiguration::Strategy::UnsafeBestMatch);
        QCOMPARE(readText("")->strategy(), IndexConfiguration::Strategy::FirstIndex);
    }

    void environmentErrors_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("bad strategy") << u"UV_INDEX_STRATEGY"_s << u"best"_s;
        QTest::newRow("bad index name") << u"UV_INDEX"_s << u"bad name!=https://x.example/simple"_s;
        QTest::newRow("empty index name") << u"UV_INDEX"_s << u"=https://x.example/simple"_s;
        QTest::newRow("unsupported scheme") << u"UV_INDEX"_s << u"ftp://x.example/simple"_s;
        QTest::newRow("unsupported scheme, credentials") << u"UV_INDEX"_s << u"ftp://bob:hunter2@x.example/s"_s;
        QTest::newRow("bad default") << u"UV_DEFAULT_INDEX"_s << u"name=ssh://host/simple"_s;
    }

    void environmentErrors()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const auto result = IndexConfiguration::fromEnvironment(environmentWith({{variable, value}}));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Akari::Error::Code::InvalidArgument);
        QVERIFY2(result.error().message().contains(variable), qPrintable(result.error().message()));
        QVERIFY2(!result.error().message().contains(u"hunter2"_s), qPrintable(result.error().message()));
        QVERIFY(!readText(TwoIndexes, environmentWith({{variable, value}})));
    }

    void environmentOnly()
    {
        const auto none = IndexConfiguration::fromEnvironment({});
        QVERIFY(none);
        QCOMPARE(urlsOf(none->indexes()), QStringList{PyPI});
        QVERIFY(none->indexes().first().isDefault);
        // A query string with `=` is a URL, not a name (uv: a name has no `:`).
        const auto query = IndexConfiguration::fromEnvironment(
            environmentWith({{u"UV_INDEX"_s, u"https://q.example/simple?token=abc wheels"_s}}));
        QVERIFY2(query, describe(query).constData());
        QCOMPARE(query->indexes().first().name, QString());
        QCOMPARE(query->indexes().first().url.query(), u"token=abc"_s);
        QCOMPARE(query->indexes().at(1).url, QUrl::fromLocalFile(QDir::current().filePath(u"wheels"_s)));
    }

    void programmatic()
    {
        IndexConfiguration configuration;
        PackageIndex cpu;
        cpu.name = u"cpu"_s;
        cpu.url = QUrl(Https + u"download.pytorch.org/whl/cpu"_s);
        cpu.isExplicit = true;
        configuration.addIndex(cpu);
        PackageIndex mirror;
        mirror.url = QUrl(Https + u"mirror.example/simple"_s);
        configuration.setDefaultIndex(mirror);
        IndexConfiguration::Source source;
        source.indexName = u"cpu"_s;
        source.marker = Akari::Marker::parse(u"sys_platform != 'darwin'").value();
        configuration.setSources(package(u"TORCH"_s), {source});
        QCOMPARE(urlsOf(configuration.indexes()), QStringList({cpu.url.toString(), mirror.url.toString()}));
        QVERIFY(configuration.indexes().last().isDefault);
        QCOMPARE(pinned(configuration, u"torch"_s, target(Platform::Linux)), QStringList{cpu.url.toString()});
        QCOMPARE(pinned(configuration, u"torch"_s, target(Platform::MacOS)), QStringList{mirror.url.toString()});
        source.indexName = u"nowhere"_s;
        configuration.setSources(package(u"torch"_s), {source});
        QVERIFY(!configuration.indexesFor(package(u"torch"_s), target(Platform::Linux)));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");

        const QByteArray cpu = "[[tool.uv.index]]\nname = \"cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\n";
        QTest::newRow("undefined index") << cpu + "\n[tool.uv.sources]\ntorch = { index = \"pytorch-cu128\" }\n"
                                         << 6 << 19 << u"pytorch-cu128"_s;
        QTest::newRow("undefined index in list")
            << cpu +
                   "[tool.uv.sources]\ntorch = [\n  { index = \"cpu\" },\n  { index = \"cuda\", extra = \"gpu\" },\n]\n"
            << 7 << 13 << u"cuda"_s;
        QTest::newRow("index without url")
            << QByteArray("[project]\nname = \"x\"\n\n[[tool.uv.index]]\nname = \"a\"\n") << 4 << 1 << u"url"_s;
        QTest::newRow("explicit not bool") << cpu + "explicit = \"yes\"\n" << 4 << 12 << u"explicit"_s;
        QTest::newRow("bad format") << cpu + "format = \"wheels\"\n" << 4 << 10 << u"format"_s;
        QTest::newRow("bad authenticate") << cpu + "authenticate = \"sometimes\"\n" << 4 << 16 << u"authenticate"_s;
        QTest::newRow("status out of range") << cpu + "ignore-error-codes = [403, 700]\n" << 4 << 28 << u"599"_s;
        QTest::newRow("status not a number") << cpu + "ignore-error-codes = [\"403\"]\n" << 4 << 23 << u"599"_s;
        QTest::newRow("cache-control not a table") << cpu + "cache-control = \"max-age=1\"\n"
                                                   << 4 << 17 << u"cache-control"_s;
        QTest::newRow("bad index name") << QByteArray(
                                               "[[tool.uv.index]]\nname = \"has space\"\nurl = \"https://x.example\"\n")
                                        << 2 << 8 << u"name"_s;
        QTest::newRow("unsupported scheme")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"ftp://x.example/simple\"\n") << 3 << 7
            << u"ftp://x.example/simple"_s;
        QTest::newRow("unsupported scheme, credentials hidden")
            << QByteArray("[[tool.uv.index]]\nurl = \"ftp://bob:hunter2@x.example/simple\"\n") << 2 << 7
            << u"“ftp://***@x.example/simple”"_s;
        QTest::newRow("bad index-url") << QByteArray("[tool.uv]\nindex-url = \"gopher://x.example\"\n") << 2 << 13
                                       << u"index-url"_s;
        QTest::newRow("bad extra-index-url entry")
            << QByteArray("[tool.uv]\nextra-index-url = [\"https://ok.example\", 5]\n") << 2 << 42
            << u"extra-index-url"_s;
        QTest::newRow("url not a string") << QByteArray("[[tool.uv.index]]\nurl = 3\n") << 2 << 7 << u"string"_s;
        QTest::newRow("index not a list")
            << QByteArray("[tool.uv]\nindex = \"https://x.example\"\n") << 2 << 9 << u"[[tool.uv.index]]"_s;
        QTest::newRow("bad marker")
            << cpu + "[tool.uv.sources]\ntorch = { index = \"cpu\", marker = \"sys_platform = 'linux'\" }\n"
            << 5 << 35 << u"marker"_s;
        QTest::newRow("empty source list") << QByteArray("[tool.uv.sources]\n\ntorch = []\n") << 3 << 9 << u"torch"_s;
        QTest::newRow("source kinds mixed")
            << cpu + "[tool.uv.sources]\ntorch = { index = \"cpu\", url = \"https://x/t.whl\" }\n"
            << 5 << 9 << u"index"_s;
        QTest::newRow("source without kind")
            << QByteArray("[tool.uv.sources]\ntorch = { marker = \"os_name == 'nt'\" }\n") << 2 << 9 << u"torch"_s;
        QTest::newRow("sources not a table")
            << QByteArray("[tool.uv]\nsources = [1]\n") << 2 << 11 << u"[tool.uv.sources]"_s;
        QTest::newRow("bad package name")
            << QByteArray("[tool.uv.sources]\n\"-torch\" = { git = \"https://x\" }\n") << 2 << 1 << u"-torch"_s;
        QTest::newRow("duplicate package")
            << QByteArray("[tool.uv.sources]\ntorch = { path = \"a\" }\nTorch = { path = \"b\" }\n") << 3 << 1
            << u"torch"_s;
        QTest::newRow("bad strategy") << QByteArray("[tool.uv]\n\nindex-strategy = \"fastest\"\n") << 3 << 18
                                      << u"index-strategy"_s;
        QTest::newRow("bad extra") << cpu + "[tool.uv.sources]\ntorch = { index = \"cpu\", extra = 5 }\n"
                                   << 5 << 34 << u"extra"_s;
        QTest::newRow("extra-index-url not a list")
            << QByteArray("[tool.uv]\nextra-index-url = \"https://x.example\"\n") << 2 << 19 << u"extra-index-url"_s;
        QTest::newRow("non-ascii before the error")
            << QByteArray("# \xE3\x83\x88\xE3\x83\xBC\xE3\x83\x81\n[[tool.uv.index]]\nname = \"\xC3\xA4\"\nurl = "
                          "\"https://x\"\n")
            << 3 << 8 << u"name"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const QString path = u"/work/demo/pyproject.toml"_s;
        const Akari::Result<IndexConfiguration> configuration = readText(text, {}, path);
        QVERIFY(!configuration);
        const Akari::Error &error = configuration.error();
        QCOMPARE(error.code(), Akari::Error::Code::Parse);
        QCOMPARE(error.file(), path);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QCOMPARE(error.line(), line);
        QCOMPARE(error.column(), column);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    QJsonObject m_oracle;
};

QTEST_GUILESS_MAIN(TestIndexConfiguration)
#include "tst_indexconfiguration.moc"
