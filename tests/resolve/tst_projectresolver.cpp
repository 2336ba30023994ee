// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/job.h"
#include "core/project/tomldocument.h"
#include "core/resolve/projectresolver.h"
#include "jobrun.h"
#include "pythonindexserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

TargetEnvironment target(TargetPlatform::Os os, const QString &python = u"3.12"_s)
{
    return *TargetEnvironment::forPlatform(os, *Version::parse(python));
}

const ResolvedPackage *package(const Resolution &resolution, const QString &name)
{
    for (const ResolvedPackage &resolved : resolution.packages) {
        if (resolved.name.canonical() == name)
            return &resolved;
    }
    return nullptr;
}

QStringList names(const Resolution &resolution)
{
    QStringList list;
    for (const ResolvedPackage &resolved : resolution.packages)
        list.append(resolved.name.canonical());
    return list;
}

} // namespace

class TestProjectResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinnedTorchFromItsIndexDependenciesFromTheDefault();
    void markersPerPlatform();
    void extrasChooseTheirSources_data();
    void extrasChooseTheirSources();
    void conflictingExtrasRefused();
    void unsatisfiableIsExplained();
    void jsonShape();
    void jobReportsProgressAndCancels();

private:
    /// A project whose indexes are the loopback server's; \a body follows the index tables.
    [[nodiscard]] QByteArray project(const QByteArray &dependencies, const QByteArray &body = {}) const;
    [[nodiscard]] Result<ProjectResolver::Outcome> resolve(const QByteArray &text, const TargetEnvironment &target,
                                                           const QStringList &extras = {}) const;
    [[nodiscard]] static std::shared_ptr<SimpleIndexClient> newClient();

    Test::PythonIndexServer m_server;
};

void TestProjectResolver::initTestCase()
{
    // Indexes come from the project only.
    for (const char *name : {"UV_INDEX", "UV_DEFAULT_INDEX", "UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_INDEX_STRATEGY"})
        qunsetenv(name);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::shared_ptr<SimpleIndexClient> TestProjectResolver::newClient()
{
    HttpClient::Options options;
    options.retries = 0;
    return std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
}

QByteArray TestProjectResolver::project(const QByteArray &dependencies, const QByteArray &body) const
{
    return "[project]\nname = \"demo\"\nversion = \"0.1\"\nrequires-python = \">=3.10\"\n"
           "dependencies = " +
           dependencies +
           "\n\n"
           "[[tool.uv.index]]\nname = \"loop-pypi\"\nurl = \"" +
           m_server.indexUrl(u"pypi"_s).toEncoded() +
           "\"\ndefault = true\n\n"
           "[[tool.uv.index]]\nname = \"pytorch-cu128\"\nurl = \"" +
           m_server.indexUrl(u"cu128"_s).toEncoded() +
           "\"\nexplicit = true\n\n"
           "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"" +
           m_server.indexUrl(u"cpu"_s).toEncoded() + "\"\nexplicit = true\n\n" + body;
}

Result<ProjectResolver::Outcome> TestProjectResolver::resolve(const QByteArray &text, const TargetEnvironment &target,
                                                              const QStringList &extras) const
{
    const Result<TomlDocument> document = TomlDocument::parse(text, u"/loopback/demo/pyproject.toml"_s);
    if (!document)
        return fail(document.error());
    ProjectResolver::Settings settings;
    settings.target = target;
    settings.extras = extras;
    return ProjectResolver::resolve(*document, settings, newClient());
}

void TestProjectResolver::pinnedTorchFromItsIndexDependenciesFromTheDefault()
{
    const QByteArray text =
        project("[\"torch==2.8.0\", \"torchvision\"]", "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cu128\" }]\n"
                                                       "torchvision = [{ index = \"pytorch-cu128\" }]\n");
    const Result<ProjectResolver::Outcome> outcome = resolve(text, target(TargetPlatform::Os::Linux));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    const Resolution &resolution = outcome->resolution;
    QVERIFY2(resolution.satisfiable, qPrintable(resolution.explanation));

    const ResolvedPackage *torch = package(resolution, u"torch"_s);
    QVERIFY(torch);
    QCOMPARE(torch->version.toString(), u"2.8.0+cu128"_s);
    QCOMPARE(torch->file.indexName, u"pytorch-cu128"_s);
    QVERIFY(torch->direct);
    QVERIFY(torch->file.filename.endsWith(u"cp312-cp312-manylinux_2_28_x86_64.whl"_s));
    const ResolvedPackage *vision = package(resolution, u"torchvision"_s);
    QVERIFY(vision);
    QCOMPARE(vision->version.toString(), u"0.23.0+cu128"_s);

    // torch 2.8.0's CUDA pins (manifest: CUDA_128) and triton, all from the default index:
    // the explicit index serves only what is pinned to it.
    int nvidia = 0;
    for (const ResolvedPackage &resolved : resolution.packages) {
        if (resolved.name.canonical() == u"torch"_s || resolved.name.canonical() == u"torchvision"_s)
            continue;
        QCOMPARE(resolved.file.indexName, u"loop-pypi"_s);
        QVERIFY(!resolved.direct);
        nvidia += resolved.name.canonical().startsWith(u"nvidia-"_s) ? 1 : 0;
    }
    QCOMPARE(nvidia, 6);
    QCOMPARE(package(resolution, u"nvidia-nccl-cu12"_s)->version.toString(), u"2.27.3"_s);
    QCOMPARE(package(resolution, u"triton"_s)->version.toString(), u"3.4.0"_s);
    QVERIFY(package(resolution, u"numpy"_s));
    QVERIFY(package(resolution, u"setuptools"_s)); // python_version >= "3.12"
    QVERIFY(!package(resolution, u"optree"_s));    // an extra nobody asked for
    QVERIFY(outcome->indexRequests > 10);
    QCOMPARE(outcome->projectPath, u"/loopback/demo/pyproject.toml"_s);
    QVERIFY(std::ranges::is_sorted(names(resolution)));
}

void TestProjectResolver::markersPerPlatform()
{
    const QByteArray text =
        project("[\"torch==2.8.0\"]", "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cu128\" }]\n");
    const Result<ProjectResolver::Outcome> linux = resolve(text, target(TargetPlatform::Os::Linux, u"3.11"_s));
    const Result<ProjectResolver::Outcome> windows = resolve(text, target(TargetPlatform::Os::Windows, u"3.11"_s));
    QVERIFY(linux && windows);
    QVERIFY(linux->resolution.satisfiable && windows->resolution.satisfiable);
    QCOMPARE(package(windows->resolution, u"torch"_s)->version.toString(), u"2.8.0+cu128"_s);
    QVERIFY(package(windows->resolution, u"torch"_s)->file.filename.endsWith(u"win_amd64.whl"_s));
    for (const QString &name : names(windows->resolution))
        QVERIFY2(!name.startsWith(u"nvidia-"_s) && name != u"triton"_s, qPrintable(name));
    QVERIFY(names(linux->resolution).contains(u"triton"_s));
    QVERIFY(!names(linux->resolution).contains(u"setuptools"_s)); // python_version >= "3.12" only
    // The cu128 index has no macOS wheels: nothing to install there.
    const Result<ProjectResolver::Outcome> mac = resolve(text, target(TargetPlatform::Os::MacOs));
    QVERIFY(mac);
    QVERIFY(!mac->resolution.satisfiable);
    QVERIFY2(mac->resolution.explanation.contains(u"torch"_s), qPrintable(mac->resolution.explanation));
}

void TestProjectResolver::extrasChooseTheirSources_data()
{
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("index");
    QTest::newRow("no extra") << QStringList() << u"2.8.0"_s << u"loop-pypi"_s;
    QTest::newRow("cpu") << QStringList{u"cpu"_s} << u"2.8.0+cpu"_s << u"pytorch-cpu"_s;
    QTest::newRow("cu128") << QStringList{u"cu128"_s} << u"2.8.0+cu128"_s << u"pytorch-cu128"_s;
}

void TestProjectResolver::extrasChooseTheirSources()
{
    QFETCH(QStringList, extras);
    QFETCH(QString, version);
    QFETCH(QString, index);
    const QByteArray text =
        project("[\"torch==2.8.0\"]", "[project.optional-dependencies]\ncpu = [\"torch==2.8.0\"]\n"
                                      "cu128 = [\"torch==2.8.0\"]\n\n"
                                      "[tool.uv]\nconflicts = [[{ extra = \"cpu\" }, { extra = \"cu128\" }]]\n\n"
                                      "[tool.uv.sources]\ntorch = [\n  { index = \"pytorch-cpu\", extra = \"cpu\" },\n"
                                      "  { index = \"pytorch-cu128\", extra = \"cu128\" },\n]\n");
    const Result<ProjectResolver::Outcome> outcome = resolve(text, target(TargetPlatform::Os::Linux), extras);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QVERIFY2(outcome->resolution.satisfiable, qPrintable(outcome->resolution.explanation));
    const ResolvedPackage *torch = package(outcome->resolution, u"torch"_s);
    QCOMPARE(torch->version.toString(), version);
    QCOMPARE(torch->file.indexName, index);
    // The CPU build needs no CUDA libraries.
    QCOMPARE(names(outcome->resolution).join(u' ').contains(u"nvidia-"_s), !version.endsWith(u"+cpu"_s));
}

void TestProjectResolver::conflictingExtrasRefused()
{
    const QByteArray text = project("[]", "[project.optional-dependencies]\ncpu = [\"torch\"]\ncu128 = [\"torch\"]\n\n"
                                          "[tool.uv]\nconflicts = [[{ extra = \"cpu\" }, { extra = \"cu128\" }]]\n");
    const Result<ProjectResolver::Outcome> both =
        resolve(text, target(TargetPlatform::Os::Linux), {u"cpu"_s, u"cu128"_s});
    QVERIFY(!both);
    QCOMPARE(both.error().code(), Error::Code::InvalidArgument);
    const Result<ProjectResolver::Outcome> unknown = resolve(text, target(TargetPlatform::Os::Linux), {u"rocm"_s});
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message().contains(u"rocm"_s));
}

void TestProjectResolver::unsatisfiableIsExplained()
{
    // torchvision 0.23.0 pins torch 2.8.0.
    const Result<ProjectResolver::Outcome> outcome =
        resolve(project("[\"torch==2.7.1\", \"torchvision==0.23.0\"]"), target(TargetPlatform::Os::Linux));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QVERIFY(!outcome->resolution.satisfiable);
    QVERIFY(outcome->resolution.packages.isEmpty());
    const QString explanation = outcome->resolution.explanation;
    QVERIFY2(explanation.contains(u"torchvision"_s) && explanation.contains(u"torch"_s), qPrintable(explanation));
    QVERIFY(outcome->resolution.conflictingPackages.contains(u"torchvision"_s));
}

void TestProjectResolver::jsonShape()
{
    const Result<ProjectResolver::Outcome> outcome =
        resolve(project("[\"jinja2\"]"), target(TargetPlatform::Os::Linux));
    QVERIFY(outcome);
    QVERIFY(outcome->resolution.satisfiable);
    const QByteArray json = ProjectResolver::toJson(*outcome);
    QCOMPARE(ProjectResolver::toJson(*outcome), json); // stable
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"project"_s).toString(), u"/loopback/demo/pyproject.toml"_s);
    QCOMPARE(root.value(u"satisfiable"_s).toBool(), true);
    QVERIFY(root.value(u"explanation"_s).isNull());
    const QJsonObject targetJson = root.value(u"target"_s).toObject();
    QCOMPARE(targetJson.value(u"python"_s).toString(), u"3.12"_s);
    QCOMPARE(targetJson.value(u"platform"_s).toString(), u"linux"_s);
    QCOMPARE(targetJson.value(u"arch"_s).toString(), u"x86_64"_s);
    const QJsonArray packages = root.value(u"packages"_s).toArray();
    QCOMPARE(packages.size(), 2);
    QCOMPARE(packages.at(0).toObject().value(u"name"_s).toString(), u"jinja2"_s);
    QCOMPARE(packages.at(1).toObject().value(u"name"_s).toString(), u"markupsafe"_s);
    for (const QJsonValue &value : packages) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(u"index"_s).toString(), u"loop-pypi"_s);
        QVERIFY(entry.value(u"hash"_s).toString().startsWith(u"sha256:"_s));
        QCOMPARE(entry.value(u"hash"_s).toString().size(), 7 + 64);
        QVERIFY(entry.value(u"size"_s).toDouble() > 0);
        QVERIFY(entry.value(u"url"_s).toString().startsWith(m_server.url(u"/files/pypi/"_s).toString()));
        QCOMPARE(entry.value(u"direct"_s).toBool(), entry.value(u"name"_s).toString() == u"jinja2"_s);
    }
    QCOMPARE(packages.at(0).toObject().value(u"version"_s).toString(), u"3.1.6"_s);

    ProjectResolver::Outcome failed = *outcome;
    failed.resolution.satisfiable = false;
    failed.resolution.packages.clear();
    failed.resolution.explanation = u"Because nothing fits, no solution exists."_s;
    const QJsonObject failedRoot = QJsonDocument::fromJson(ProjectResolver::toJson(failed)).object();
    QCOMPARE(failedRoot.value(u"explanation"_s).toString(), failed.resolution.explanation);
    QVERIFY(failedRoot.value(u"packages"_s).toArray().isEmpty());
}

void TestProjectResolver::jobReportsProgressAndCancels()
{
    ProjectResolver::Settings settings;
    settings.target = target(TargetPlatform::Os::Linux);
    const QByteArray text = project("[\"torch==2.8.0\", \"torchvision\"]");
    {
        std::unique_ptr<Job> job(ProjectResolver::resolveJob(text, u"demo.toml"_s, settings, newClient()));
        QSignalSpy progress(job.get(), &Job::progressChanged);
        const Test::JobOutcome outcome = Test::runToEnd(job.get(), 60000);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        const auto result = outcome.value.value<ProjectResolver::Outcome>();
        QVERIFY(result.resolution.satisfiable);
        QCOMPARE(package(result.resolution, u"torch"_s)->version.toString(), u"2.8.0"_s);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(job->progress().phase, u"Resolving"_s);
    }
    {
        // Cancelled while it works: it ends cancelled, not with a half resolution.
        std::unique_ptr<Job> job(ProjectResolver::resolveJob(text, u"demo.toml"_s, settings, newClient()));
        job->start();
        job->cancel();
        const Test::JobOutcome outcome = Test::runToEnd(job.get(), 30000);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code(), Error::Code::Cancelled);
        QCOMPARE(job->state(), Job::State::Cancelled);
    }
    {
        // A malformed file fails the job with the parser's place.
        std::unique_ptr<Job> job(ProjectResolver::resolveJob("[project\n", u"broken.toml"_s, settings, newClient()));
        const Test::JobOutcome outcome = Test::runToEnd(job.get(), 10000);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code(), Error::Code::Parse);
        QCOMPARE(outcome.error->file(), u"broken.toml"_s);
    }
}

QTEST_GUILESS_MAIN(TestProjectResolver)
#include "tst_projectresolver.moc"
