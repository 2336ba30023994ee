// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/indexconfiguration.h"
#include "core/index/simpleindexclient.h"
#include "core/resolve/indexcandidateprovider.h"
#include "pythonindexserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

using Usability = Candidate::Usability;

TargetEnvironment target(TargetPlatform::Os os, const QString &python, const QString &arch = {})
{
    return *TargetEnvironment::forPlatform(os, *Version::parse(python), arch);
}

PackageIndex index(const QString &name, const QUrl &url, bool isExplicit = false)
{
    PackageIndex result;
    result.name = name;
    result.url = url;
    result.isExplicit = isExplicit;
    return result;
}

QStringList versionsOf(const PackageCandidates &candidates)
{
    QStringList list;
    for (const Candidate &candidate : candidates.versions)
        list.append(candidate.version.toString());
    return list;
}

const Candidate *find(const PackageCandidates &candidates, const QString &version)
{
    for (const Candidate &candidate : candidates.versions) {
        if (candidate.version.toString() == version)
            return &candidate;
    }
    return nullptr;
}

} // namespace

class TestIndexCandidateProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstIndexTakesOnlyTheFirstIndexThatHasThePackage();
    void unsafeBestMatchMergesIndexes();
    void notFoundFallsThrough();
    void forbiddenStopsUnlessIgnored();
    void pinnedPackagesUseOnlyTheirIndex();
    void usability_data();
    void usability();
    void filesMatchTheManifest();
    void metadataMatchesTheWheel_data();
    void metadataMatchesTheWheel();
    void prefetchedMetadataIsFetchedOnce();
    void prefetchedPagesGiveTheSameCandidates();
    void cancellation();

private:
    // Versions (newest first, as the manifest's file names say) of a project on an index.
    [[nodiscard]] QStringList manifestVersions(const QString &indexKey, const QString &project) const;
    [[nodiscard]] QJsonArray manifestFiles(const QString &indexKey, const QString &project) const;
    [[nodiscard]] IndexConfiguration configuration(const QList<PackageIndex> &indexes) const;
    [[nodiscard]] std::shared_ptr<SimpleIndexClient> newClient() const;

    Test::PythonIndexServer m_server;
    QJsonObject m_manifest;
};

void TestIndexCandidateProvider::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QFile manifest(QDir(m_server.root()).filePath(u"manifest.json"_s));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    m_manifest = QJsonDocument::fromJson(manifest.readAll()).object().value(u"indexes"_s).toObject();
    QVERIFY(!m_manifest.isEmpty());
}

QJsonArray TestIndexCandidateProvider::manifestFiles(const QString &indexKey, const QString &project) const
{
    return m_manifest.value(indexKey).toObject().value(project).toObject().value(u"files"_s).toArray();
}

QStringList TestIndexCandidateProvider::manifestVersions(const QString &indexKey, const QString &project) const
{
    QList<Version> versions;
    for (const QJsonValue &file : manifestFiles(indexKey, project)) {
        const QString name = file.toObject().value(u"filename"_s).toString();
        const QString text = name.endsWith(u".whl"_s) ? name.section(u'-', 1, 1) : name.chopped(7).section(u'-', -1);
        const Version version = *Version::parse(text);
        if (!versions.contains(version))
            versions.append(version);
    }
    std::ranges::sort(versions, std::greater<>());
    QStringList list;
    for (const Version &version : versions)
        list.append(version.toString());
    return list;
}

IndexConfiguration TestIndexCandidateProvider::configuration(const QList<PackageIndex> &indexes) const
{
    IndexConfiguration configuration;
    for (const PackageIndex &entry : indexes)
        configuration.addIndex(entry);
    // Never PyPI itself: the loopback's PyPI-like index is the default.
    configuration.setDefaultIndex(index(u"pypi"_s, m_server.indexUrl(u"pypi"_s)));
    return configuration;
}

std::shared_ptr<SimpleIndexClient> TestIndexCandidateProvider::newClient() const
{
    HttpClient::Options options;
    options.retries = 0;
    return std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
}

void TestIndexCandidateProvider::firstIndexTakesOnlyTheFirstIndexThatHasThePackage()
{
    // The cu128 index mirrors only the oldest releases of filelock; PyPI has all of them.
    IndexCandidateProvider provider(newClient(), configuration({index(u"cu128"_s, m_server.indexUrl(u"cu128"_s))}),
                                    target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> filelock = provider.candidates(*PackageName::parse(u"filelock"));
    QVERIFY2(filelock, qPrintable(filelock ? QString() : filelock.error().toString()));
    QVERIFY(filelock->exists);
    QCOMPARE(versionsOf(*filelock), manifestVersions(u"whl/cu128"_s, u"filelock"_s));
    QVERIFY(versionsOf(*filelock) != manifestVersions(u"pypi"_s, u"filelock"_s));
    for (const Candidate &candidate : filelock->versions)
        QCOMPARE(candidate.file.indexName, u"cu128"_s);
    QVERIFY(filelock->source.contains(u"cu128"_s));
}

void TestIndexCandidateProvider::unsafeBestMatchMergesIndexes()
{
    IndexConfiguration merged = configuration({index(u"cu128"_s, m_server.indexUrl(u"cu128"_s))});
    merged.setStrategy(IndexConfiguration::Strategy::UnsafeBestMatch);
    IndexCandidateProvider provider(newClient(), merged, target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> filelock = provider.candidates(*PackageName::parse(u"filelock"));
    QVERIFY(filelock);
    QCOMPARE(versionsOf(*filelock), manifestVersions(u"pypi"_s, u"filelock"_s));
    // A version both have comes from the earlier index.
    const QString shared = manifestVersions(u"whl/cu128"_s, u"filelock"_s).first();
    QCOMPARE(find(*filelock, shared)->file.indexName, u"cu128"_s);
    QCOMPARE(find(*filelock, versionsOf(*filelock).first())->file.indexName, u"pypi"_s);
}

void TestIndexCandidateProvider::notFoundFallsThrough()
{
    // The cpu index does not mirror numpy (404): PyPI's numpy is used.
    IndexCandidateProvider provider(newClient(), configuration({index(u"cpu"_s, m_server.indexUrl(u"cpu"_s))}),
                                    target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> numpy = provider.candidates(*PackageName::parse(u"numpy"));
    QVERIFY2(numpy, qPrintable(numpy ? QString() : numpy.error().toString()));
    QVERIFY(manifestFiles(u"whl/cpu"_s, u"numpy"_s).isEmpty());
    QCOMPARE(versionsOf(*numpy), manifestVersions(u"pypi"_s, u"numpy"_s));
    QCOMPARE(numpy->versions.first().file.indexName, u"pypi"_s);

    const Result<PackageCandidates> missing = provider.candidates(*PackageName::parse(u"no-such-project"));
    QVERIFY(missing);
    QVERIFY(!missing->exists);
    QVERIFY(missing->versions.isEmpty());
    QVERIFY(provider.requestCount() >= 4);
}

void TestIndexCandidateProvider::forbiddenStopsUnlessIgnored()
{
    // /pt403/ answers 403 for projects it lacks, as download.pytorch.org does; on another host
    // uv stops there unless ignore-error-codes says otherwise.
    const PackageIndex forbidding = index(u"cpu403"_s, m_server.url(u"/pt403/whl/cpu/"_s));
    IndexCandidateProvider strict(newClient(), configuration({forbidding}),
                                  target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> refused = strict.candidates(*PackageName::parse(u"numpy"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::Network);
    QVERIFY2(refused.error().message().contains(u"403"_s), qPrintable(refused.error().message()));

    PackageIndex lenient = forbidding;
    lenient.ignoreErrorCodes = {403};
    IndexCandidateProvider relaxed(newClient(), configuration({lenient}), target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> numpy = relaxed.candidates(*PackageName::parse(u"numpy"));
    QVERIFY2(numpy, qPrintable(numpy ? QString() : numpy.error().toString()));
    QCOMPARE(numpy->versions.first().file.indexName, u"pypi"_s);
}

void TestIndexCandidateProvider::pinnedPackagesUseOnlyTheirIndex()
{
    IndexConfiguration pinned = configuration({index(u"cu128"_s, m_server.indexUrl(u"cu128"_s), true)});
    IndexConfiguration::Source source;
    source.indexName = u"cu128"_s;
    pinned.setSources(*PackageName::parse(u"torch"), {source});
    IndexCandidateProvider provider(newClient(), pinned, target(TargetPlatform::Os::Linux, u"3.12"_s));

    const Result<PackageCandidates> torch = provider.candidates(*PackageName::parse(u"torch"));
    QVERIFY2(torch, qPrintable(torch ? QString() : torch.error().toString()));
    QCOMPARE(versionsOf(*torch), manifestVersions(u"whl/cu128"_s, u"torch"_s));
    QVERIFY(versionsOf(*torch).contains(u"2.8.0+cu128"_s));
    for (const Candidate &candidate : torch->versions) {
        QVERIFY(candidate.version.local() == u"cu128"_s);
        QCOMPARE(candidate.file.indexName, u"cu128"_s);
    }
    // The explicit index serves nothing that is not pinned to it.
    const Result<PackageCandidates> filelock = provider.candidates(*PackageName::parse(u"filelock"));
    QVERIFY(filelock);
    QCOMPARE(versionsOf(*filelock), manifestVersions(u"pypi"_s, u"filelock"_s));
}

void TestIndexCandidateProvider::usability_data()
{
    QTest::addColumn<TargetPlatform::Os>("os");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("version");
    QTest::addColumn<Usability>("usability");
    QTest::addColumn<QString>("detail");      // a part of it
    QTest::addColumn<QString>("wheelSuffix"); // of the chosen wheel, for usable ones

    using Os = TargetPlatform::Os;
    QTest::newRow("linux torch") << Os::Linux << u"3.12"_s << u"torch"_s << u"2.8.0"_s << Usability::Usable << QString()
                                 << u"cp312-cp312-manylinux_2_28_x86_64.whl"_s;
    QTest::newRow("windows torch") << Os::Windows << u"3.12"_s << u"torch"_s << u"2.8.0"_s << Usability::Usable
                                   << QString() << u"cp312-cp312-win_amd64.whl"_s;
    QTest::newRow("macos torch") << Os::MacOs << u"3.11"_s << u"torch"_s << u"2.8.0"_s << Usability::Usable << QString()
                                 << u"cp311-cp311-macosx_11_0_arm64.whl"_s;
    QTest::newRow("no cp314 wheels") << Os::Linux << u"3.14"_s << u"torch"_s << u"2.8.0"_s
                                     << Usability::NoCompatibleWheel << u"cp31"_s << QString();
    QTest::newRow("older numpy for 3.13") << Os::Linux << u"3.13"_s << u"numpy"_s << u"1.26.4"_s
                                          << Usability::NoCompatibleWheel << u"cp310"_s << QString();
    QTest::newRow("pure python too new") << Os::Linux << u"3.10"_s << u"networkx"_s << u"3.5"_s
                                         << Usability::IncompatiblePython << u">=3.11"_s << QString();
    QTest::newRow("pure python fits") << Os::Linux << u"3.11"_s << u"networkx"_s << u"3.5"_s << Usability::Usable
                                      << QString() << u"py3-none-any.whl"_s;
    QTest::newRow("sdist only") << Os::Linux << u"3.12"_s << u"antlr4-python3-runtime"_s << u"4.9.3"_s
                                << Usability::SourceOnly << u"antlr4_python3_runtime-4.9.3.tar.gz"_s << QString();
    QTest::newRow("sdist-only release") << Os::Linux << u"3.12"_s << u"mpmath"_s << u"1.4.0"_s << Usability::SourceOnly
                                        << u".tar.gz"_s << QString();
    QTest::newRow("manylinux2014 numpy") << Os::Linux << u"3.12"_s << u"numpy"_s << u"1.26.4"_s << Usability::Usable
                                         << QString() << u"manylinux2014_x86_64.whl"_s;
}

void TestIndexCandidateProvider::usability()
{
    QFETCH(TargetPlatform::Os, os);
    QFETCH(QString, python);
    QFETCH(QString, package);
    QFETCH(QString, version);
    QFETCH(Usability, usability);
    QFETCH(QString, detail);
    QFETCH(QString, wheelSuffix);

    IndexCandidateProvider provider(newClient(), configuration({}), target(os, python));
    const Result<PackageCandidates> candidates = provider.candidates(*PackageName::parse(package));
    QVERIFY2(candidates, qPrintable(candidates ? QString() : candidates.error().toString()));
    const Candidate *candidate = find(*candidates, version);
    QVERIFY2(candidate, qPrintable(versionsOf(*candidates).join(u' ')));
    QCOMPARE(candidate->usability, usability);
    QVERIFY2(candidate->detail.contains(detail), qPrintable(candidate->detail));
    if (usability == Usability::Usable)
        QVERIFY2(candidate->file.filename.endsWith(wheelSuffix), qPrintable(candidate->file.filename));
    else
        QVERIFY(candidate->file.filename.isEmpty());
}

void TestIndexCandidateProvider::filesMatchTheManifest()
{
    IndexCandidateProvider provider(newClient(), configuration({}), target(TargetPlatform::Os::Linux, u"3.12"_s));
    const Result<PackageCandidates> pillow = provider.candidates(*PackageName::parse(u"pillow"));
    QVERIFY(pillow);
    QCOMPARE(versionsOf(*pillow), manifestVersions(u"pypi"_s, u"pillow"_s));
    int yanked = 0;
    for (const Candidate &candidate : pillow->versions) {
        QVERIFY(candidate.isUsable());
        bool listed = false;
        for (const QJsonValue &value : manifestFiles(u"pypi"_s, u"pillow"_s)) {
            const QJsonObject file = value.toObject();
            if (file.value(u"filename"_s).toString() != candidate.file.filename)
                continue;
            listed = true;
            QCOMPARE(candidate.file.sha256, file.value(u"sha256"_s).toString());
            QCOMPARE(candidate.file.size, qint64(file.value(u"size"_s).toDouble()));
            QCOMPARE(candidate.yanked, file.value(u"yanked"_s).isString());
            QCOMPARE(candidate.yankedReason, file.value(u"yanked"_s).toString());
        }
        QVERIFY2(listed, qPrintable(candidate.file.filename));
        QCOMPARE(candidate.file.url.path(), u"/files/pypi/"_s + candidate.file.filename);
        QCOMPARE(candidate.file.indexUrl, m_server.indexUrl(u"pypi"_s).toString());
        yanked += candidate.yanked ? 1 : 0;
    }
    QCOMPARE(yanked, 1);
}

void TestIndexCandidateProvider::metadataMatchesTheWheel_data()
{
    QTest::addColumn<QString>("indexName"); // empty: PyPI-like (PEP 658 files); else a torch index (ranges)
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("version");
    QTest::newRow("pypi torch") << QString() << u"torch"_s << u"2.8.0"_s;
    QTest::newRow("cu128 torch") << u"cu128"_s << u"torch"_s << u"2.8.0+cu128"_s;
    QTest::newRow("cu128 torchvision") << u"cu128"_s << u"torchvision"_s << u"0.23.0+cu128"_s;
    QTest::newRow("pypi sympy") << QString() << u"sympy"_s << u"1.14.0"_s;
}

void TestIndexCandidateProvider::metadataMatchesTheWheel()
{
    QFETCH(QString, indexName);
    QFETCH(QString, package);
    QFETCH(QString, version);
    QList<PackageIndex> indexes;
    if (!indexName.isEmpty())
        indexes.append(index(indexName, m_server.indexUrl(indexName)));
    IndexCandidateProvider provider(newClient(), configuration(indexes), target(TargetPlatform::Os::Linux, u"3.12"_s));
    const PackageName name = *PackageName::parse(package);
    const Result<PackageCandidates> candidates = provider.candidates(name);
    QVERIFY(candidates);
    const Candidate *candidate = find(*candidates, version);
    QVERIFY(candidate);
    const Result<CandidateMetadata> metadata = provider.metadata(name, *candidate);
    QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));

    // packaging reads the wheel's own METADATA from the served folder.
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3),
                 {u"-c"_s,
                  u"import sys, zipfile, email.parser, json\n"
                  "from packaging.requirements import Requirement\n"
                  "z = zipfile.ZipFile(sys.argv[1])\n"
                  "name = [n for n in z.namelist() if n.endswith('.dist-info/METADATA')][0]\n"
                  "m = email.parser.Parser().parsestr(z.read(name).decode())\n"
                  "print(json.dumps({'requires': [str(Requirement(r)) for r in m.get_all('Requires-Dist') or []],"
                  " 'python': m.get('Requires-Python') or '', 'extras': m.get_all('Provides-Extra') or []}))\n"_s,
                  QDir(m_server.root()).filePath(u"files/"_s + candidate->file.filename)});
    QVERIFY(python.waitForFinished(20000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject expected = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QStringList dependencies;
    for (const Requirement &requirement : metadata->requiresDist)
        dependencies.append(requirement.toString());
    QStringList expectedRequires;
    for (const QJsonValue &value : expected.value(u"requires"_s).toArray())
        expectedRequires.append(value.toString());
    QCOMPARE(dependencies, expectedRequires);
    QCOMPARE(metadata->requiresPython, expected.value(u"python"_s).toString());
    QCOMPARE(metadata->providesExtra.size(), expected.value(u"extras"_s).toArray().size());
    if (package == u"torch"_s) {
        QVERIFY(dependencies.join(u' ').contains(u"nvidia-"_s));
        QCOMPARE(metadata->providesExtra, (QStringList{u"opt-einsum"_s, u"optree"_s}));
    }
}

void TestIndexCandidateProvider::prefetchedMetadataIsFetchedOnce()
{
    IndexCandidateProvider provider(newClient(), configuration({}), target(TargetPlatform::Os::Linux, u"3.12"_s));
    const PackageName name = *PackageName::parse(u"fsspec");
    const Result<PackageCandidates> candidates = provider.candidates(name);
    QVERIFY(candidates);
    QVERIFY(candidates->versions.size() >= 3);
    m_server.clearRequestLog();
    const int before = provider.requestCount();
    provider.prefetch(name, candidates->versions);
    provider.prefetch(name, candidates->versions); // asked twice: fetched once
    for (const Candidate &candidate : candidates->versions) {
        const Result<CandidateMetadata> metadata = provider.metadata(name, candidate);
        QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
        QVERIFY(metadata->requiresPython.startsWith(u">="_s));
    }
    const int fetched = int(candidates->versions.size());
    QCOMPARE(provider.requestCount() - before, fetched);
    // The server logs a request after answering it: the last line may come a moment later.
    const auto metadataRequests = [this] {
        int count = 0;
        for (const Test::PythonIndexServer::LoggedRequest &request : m_server.requestLog())
            count += request.path.endsWith(u".metadata"_s) ? 1 : 0;
        return count;
    };
    QTRY_COMPARE(metadataRequests(), fetched);
}

void TestIndexCandidateProvider::prefetchedPagesGiveTheSameCandidates()
{
    // The cpu index first: numpy and jinja2 fall through to PyPI after a prefetched 404.
    const QList<PackageName> names{*PackageName::parse(u"torch"), *PackageName::parse(u"numpy"),
                                   *PackageName::parse(u"Jinja2"), *PackageName::parse(u"no-such-project")};
    const IndexConfiguration indexes = configuration({index(u"cpu"_s, m_server.indexUrl(u"cpu"_s))});
    const TargetEnvironment linux = target(TargetPlatform::Os::Linux, u"3.12"_s);

    IndexCandidateProvider plain(newClient(), indexes, linux);
    m_server.clearRequestLog();
    QList<PackageCandidates> expected;
    for (const PackageName &name : names) {
        const Result<PackageCandidates> candidates = plain.candidates(name);
        QVERIFY2(candidates, qPrintable(candidates ? QString() : candidates.error().toString()));
        expected.append(*candidates);
    }
    // Some fell through to the second index. The server logs a request after answering it.
    QVERIFY(plain.requestCount() > names.size());
    QTRY_COMPARE(m_server.requestLog().size(), qsizetype(plain.requestCount()));

    IndexCandidateProvider prefetching(newClient(), indexes, linux);
    m_server.clearRequestLog();
    prefetching.prefetchCandidates(names);
    prefetching.prefetchCandidates(names); // asked twice: fetched once
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Result<PackageCandidates> candidates = prefetching.candidates(names.at(i));
        QVERIFY2(candidates, qPrintable(candidates ? QString() : candidates.error().toString()));
        QCOMPARE(candidates->exists, expected.at(i).exists);
        QCOMPARE(candidates->source, expected.at(i).source);
        QCOMPARE(versionsOf(*candidates), versionsOf(expected.at(i)));
        for (qsizetype v = 0; v < candidates->versions.size(); ++v)
            QCOMPARE(candidates->versions.at(v).file.url, expected.at(i).versions.at(v).file.url);
    }
    // Already known: not fetched again.
    prefetching.prefetchCandidates(names);
    QCOMPARE(prefetching.requestCount(), plain.requestCount());
    QTRY_COMPARE(m_server.requestLog().size(), qsizetype(plain.requestCount()));
    QTest::qWait(100); // and no late extra request either
    QCOMPARE(m_server.requestLog().size(), qsizetype(plain.requestCount()));
}

void TestIndexCandidateProvider::cancellation()
{
    std::atomic<bool> cancelled = false;
    IndexCandidateProvider provider(newClient(), configuration({}), target(TargetPlatform::Os::Linux, u"3.12"_s),
                                    [&cancelled] { return cancelled.load(); });
    const PackageName name = *PackageName::parse(u"jinja2");
    const Result<PackageCandidates> candidates = provider.candidates(name);
    QVERIFY(candidates);
    cancelled = true;
    const Result<PackageCandidates> after = provider.candidates(*PackageName::parse(u"markupsafe"));
    QVERIFY(!after);
    QCOMPARE(after.error().code(), Error::Code::Cancelled);
    const Result<CandidateMetadata> metadata = provider.metadata(name, candidates->versions.first());
    QVERIFY(!metadata);
    QCOMPARE(metadata.error().code(), Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestIndexCandidateProvider)
#include "tst_indexcandidateprovider.moc"
