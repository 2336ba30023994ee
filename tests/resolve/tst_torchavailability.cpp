// SPDX-License-Identifier: GPL-3.0-or-later
// TorchAvailability against a loopback index serving the reconstructed download.pytorch.org
// pages of shared/corpus/index-pages; pypa/packaging (system Python) says independently which
// versions have a wheel for each platform and Python.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/job.h"
#include "core/resolve/torchavailability.h"
#include "jobrun.h"
#include "loopbackhttpserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Job;
using Akari::TargetPlatform;
using Akari::TorchAvailability;
using Akari::Test::LoopbackHttpServer;

namespace
{

const QStringList Pythons{u"3.9"_s, u"3.10"_s, u"3.11"_s, u"3.12"_s, u"3.13"_s, u"3.14"_s};
const QList<std::pair<QString, TargetPlatform::Os>> Platforms{
    {u"linux"_s, TargetPlatform::Os::Linux},
    {u"windows"_s, TargetPlatform::Os::Windows},
    {u"macos"_s, TargetPlatform::Os::MacOs},
};

// The oracle: for every variant, platform and Python, the public versions with a wheel whose
// tags packaging accepts for CPython on uv's default targets (manylinux_2_28 x86_64, win_amd64,
// macOS 13 arm64), pre-releases left out.
const QString OracleScript = u"import json, sys\n"
                             "from packaging.tags import cpython_tags, compatible_tags, mac_platforms\n"
                             "from packaging.utils import parse_wheel_filename\n"
                             "from packaging.version import Version\n"
                             "data = json.load(sys.stdin)\n"
                             "legacy = {17: 'manylinux2014', 12: 'manylinux2010', 5: 'manylinux1'}\n"
                             "linux = []\n"
                             "for minor in range(28, 4, -1):\n"
                             "    linux.append('manylinux_2_%d_x86_64' % minor)\n"
                             "    if minor in legacy:\n"
                             "        linux.append(legacy[minor] + '_x86_64')\n"
                             "linux.append('linux_x86_64')\n"
                             "platforms = {'linux': linux, 'windows': ['win_amd64'],\n"
                             "             'macos': list(mac_platforms(version=(13, 0), arch='arm64'))}\n"
                             "result = {}\n"
                             "for variant, names in data['files'].items():\n"
                             "    for platform, tags_of_platform in platforms.items():\n"
                             "        for python in data['pythons']:\n"
                             "            version = tuple(int(part) for part in python.split('.'))\n"
                             "            tags = set(cpython_tags(version, platforms=tags_of_platform))\n"
                             "            tags |= set(compatible_tags(version, platforms=tags_of_platform))\n"
                             "            found = set()\n"
                             "            for name in names:\n"
                             "                _, wheel_version, _, wheel_tags = parse_wheel_filename(name)\n"
                             "                if not wheel_version.is_prerelease and wheel_tags & tags:\n"
                             "                    found.add(Version(wheel_version.public))\n"
                             "            key = '%s/%s/%s' % (variant, platform, python)\n"
                             "            result[key] = [str(v) for v in sorted(found, reverse=True)]\n"
                             "print(json.dumps(result))\n"_s;

QByteArray readCorpus(const QString &name)
{
    QFile file(Akari::Test::sharedPath(u"corpus/index-pages/reconstructed/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LoopbackHttpServer::Response page(const QByteArray &body, const QByteArray &type)
{
    return LoopbackHttpServer::Response{200, body, {{"Content-Type", type}}, -1, 0};
}

const QByteArray JsonType = "application/vnd.pypi.simple.v1+json";
const QByteArray HtmlType = "text/html";

QByteArray jsonPage(const QString &name, const QJsonArray &files)
{
    return QJsonDocument(QJsonObject{{u"meta"_s, QJsonObject{{u"api-version"_s, u"1.1"_s}}},
                                     {u"name"_s, name},
                                     {u"files"_s, files}})
        .toJson();
}

QJsonObject jsonFile(const QString &filename, const QJsonObject &extra = {})
{
    QJsonObject file{{u"filename"_s, filename},
                     {u"url"_s, QString(u"files/"_s + filename)},
                     {u"hashes"_s, QJsonObject{{u"sha256"_s, QString(64, u'0')}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        file.insert(it.key(), it.value());
    return file;
}

} // namespace

class TestTorchAvailability : public QObject
{
    Q_OBJECT

private:
    LoopbackHttpServer m_server;
    std::shared_ptr<Akari::SimpleIndexClient> m_client;
    QJsonObject m_oracle;
    QHash<QString, QStringList> m_filenames; ///< variant → wheel names on its page

    [[nodiscard]] TorchAvailability::Query query(const QStringList &backends) const
    {
        TorchAvailability::Query query;
        query.backends = backends;
        query.pythonVersions = Pythons;
        query.platforms = {TargetPlatform::Os::Linux, TargetPlatform::Os::Windows, TargetPlatform::Os::MacOs};
        for (const QString &backend : backends)
            query.indexOverrides.append({backend, m_server.url(u"/%1"_s.arg(backend)).toString()});
        return query;
    }

    [[nodiscard]] Akari::Test::JobOutcome run(const TorchAvailability::Query &query)
    {
        // The server answers on this thread, so the blocking check runs as a job.
        std::unique_ptr<Job> job(TorchAvailability::checkJob(query, m_client));
        return Akari::Test::runToEnd(job.get(), 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        Akari::HttpClient::Options options;
        options.retries = 0;
        options.timeoutMs = 10000;
        m_client = std::make_shared<Akari::SimpleIndexClient>(std::make_shared<Akari::HttpClient>(options),
                                                              Akari::IndexCredentials());
        // Both page formats: HTML for cu118 and cpu, PEP 691 JSON for cu128.
        const QList<std::tuple<QString, QString, QByteArray>> served{{u"cu118"_s, u"html"_s, HtmlType},
                                                                     {u"cu128"_s, u"pep691.json"_s, JsonType},
                                                                     {u"cpu"_s, u"html"_s, HtmlType}};
        QJsonObject files;
        for (const auto &[variant, extension, type] : served) {
            const QByteArray body = readCorpus(u"whl_%1_torch.%2"_s.arg(variant, extension));
            QVERIFY2(!body.isEmpty(), qPrintable(variant));
            m_server.setResponse("/" + variant.toUtf8() + "/torch/", page(body, type));
            // The wheel names come from the JSON twin of each page.
            const QJsonArray listed = QJsonDocument::fromJson(readCorpus(u"whl_%1_torch.pep691.json"_s.arg(variant)))
                                          .object()[u"files"_s]
                                          .toArray();
            QStringList names;
            for (const QJsonValue &file : listed)
                names.append(file[u"filename"_s].toString());
            QVERIFY(!names.isEmpty());
            m_filenames.insert(variant, names);
            files.insert(variant, QJsonArray::fromStringList(names));
        }

        QProcess python;
        python.start(QStringLiteral(AKARI_PYTHON3), {u"-c"_s, OracleScript});
        QVERIFY(python.waitForStarted());
        python.write(
            QJsonDocument(QJsonObject{{u"files"_s, files}, {u"pythons"_s, QJsonArray::fromStringList(Pythons)}})
                .toJson());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        m_oracle = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QVERIFY(!m_oracle.isEmpty());
    }

    void matchesPackaging_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("python");
        for (const QString &backend : {u"cu118"_s, u"cu128"_s, u"cpu"_s}) {
            for (const auto &[platform, os] : Platforms) {
                for (const QString &python : Pythons)
                    QTest::addRow("%s/%s/%s", qPrintable(backend), qPrintable(platform), qPrintable(python))
                        << backend << platform << python;
            }
        }
    }

    void matchesPackaging()
    {
        QFETCH(QString, backend);
        QFETCH(QString, platform);
        QFETCH(QString, python);
        static std::optional<TorchAvailability::Report> report;
        if (!report) {
            TorchAvailability::Query all = query({u"cu118"_s, u"cu128"_s, u"cpu"_s});
            all.packages = {u"torch"_s};
            const Akari::Test::JobOutcome outcome = run(all);
            QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
            report = outcome.value.value<TorchAvailability::Report>();
            QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        }
        const TorchAvailability::Cell *cell =
            report->cell(u"torch"_s, backend, python, TargetPlatform::fromName(platform)->os);
        QVERIFY(cell);
        QCOMPARE(cell->versions, m_oracle[u"%1/%2/%3"_s.arg(backend, platform, python)].toVariant().toStringList());
    }

    void showsWhereBackendsStop()
    {
        // What the view is for: "cu118 stops at torch 2.7" and "no wheels for Python 3.14".
        const Akari::Test::JobOutcome outcome = run(query({u"cu118"_s}));
        QVERIFY(!outcome.error);
        const auto report = outcome.value.value<TorchAvailability::Report>();
        const TorchAvailability::Cell *linux312 =
            report.cell(u"torch"_s, u"cu118"_s, u"3.12"_s, TargetPlatform::Os::Linux);
        QVERIFY(linux312);
        QCOMPARE(linux312->versions.value(0), u"2.7.1"_s);
        for (const auto &[name, os] : Platforms) {
            const TorchAvailability::Cell *cell = report.cell(u"torch"_s, u"cu118"_s, u"3.14"_s, os);
            QVERIFY(cell);
            QVERIFY2(cell->versions.isEmpty(), qPrintable(name));
        }
        // torchvision and torchaudio are not served: the index has no wheels for them (404).
        const TorchAvailability::Cell *vision =
            report.cell(u"torchvision"_s, u"cu118"_s, u"3.12"_s, TargetPlatform::Os::Linux);
        QVERIFY(vision);
        QVERIFY(vision->versions.isEmpty());
        QCOMPARE(report.cells.size(), 3 * Pythons.size() * Platforms.size());
    }

    void filtersFiles_data()
    {
        QTest::addColumn<QJsonArray>("files");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QStringList>("expected");
        const QString linux = u"-cp312-cp312-manylinux_2_28_x86_64.whl"_s;
        QTest::newRow("newest first, local labels dropped")
            << QJsonArray{jsonFile(u"demo-1.0+cu1"_s + linux), jsonFile(u"demo-1.10+cu1"_s + linux),
                          jsonFile(u"demo-1.2+cu1"_s + linux), jsonFile(u"demo-1.2+cu2"_s + linux)}
            << u"3.12"_s << QStringList{u"1.10"_s, u"1.2"_s, u"1.0"_s};
        QTest::newRow("yanked files left out")
            << QJsonArray{jsonFile(u"demo-1.0"_s + linux), jsonFile(u"demo-2.0"_s + linux, {{u"yanked"_s, true}})}
            << u"3.12"_s << QStringList{u"1.0"_s};
        QTest::newRow("pre-releases left out")
            << QJsonArray{jsonFile(u"demo-1.0"_s + linux), jsonFile(u"demo-2.0rc1"_s + linux),
                          jsonFile(u"demo-2.0.dev3"_s + linux)}
            << u"3.12"_s << QStringList{u"1.0"_s};
        QTest::newRow("requires-python")
            << QJsonArray{jsonFile(u"demo-1.0-py3-none-any.whl"_s, {{u"requires-python"_s, u">=3.8"_s}}),
                          jsonFile(u"demo-2.0-py3-none-any.whl"_s, {{u"requires-python"_s, u">=3.13"_s}}),
                          jsonFile(u"demo-3.0-py3-none-any.whl"_s, {{u"requires-python"_s, u">=three"_s}})}
            << u"3.12"_s << QStringList{u"1.0"_s};
        QTest::newRow("sdists, other projects and other tags left out")
            << QJsonArray{jsonFile(u"demo-1.0.tar.gz"_s),
                          jsonFile(u"other-2.0"_s + linux),
                          jsonFile(u"demo-3.0-cp311-cp311-manylinux_2_28_x86_64.whl"_s),
                          jsonFile(u"demo-4.0-cp312-cp312-manylinux_2_34_x86_64.whl"_s),
                          jsonFile(u"demo-5.0-cp312-cp312-musllinux_1_2_x86_64.whl"_s),
                          jsonFile(u"demo-6.0-cp312-cp312-manylinux_2_28_aarch64.whl"_s),
                          jsonFile(u"demo-7.0-cp312-abi3-manylinux2014_x86_64.whl"_s)}
            << u"3.12"_s << QStringList{u"7.0"_s};
        QTest::newRow("abi3 for later Pythons")
            << QJsonArray{jsonFile(u"demo-1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"_s)} << u"3.13"_s
            << QStringList{u"1.0"_s};
    }

    void filtersFiles()
    {
        QFETCH(QJsonArray, files);
        QFETCH(QString, python);
        QFETCH(QStringList, expected);
        const QByteArray path = "/filters-" + QByteArray::number(qHash(QTest::currentDataTag())) + "/demo/";
        m_server.setResponse(path, page(jsonPage(u"demo"_s, files), JsonType));
        TorchAvailability::Query filtered;
        filtered.backends = {u"cpu"_s};
        filtered.packages = {u"demo"_s};
        filtered.pythonVersions = {python};
        filtered.platforms = {TargetPlatform::Os::Linux};
        filtered.indexOverrides = {{u"cpu"_s, m_server.url(QString::fromUtf8(path.chopped(6))).toString()}};
        const Akari::Test::JobOutcome outcome = run(filtered);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        const auto report = outcome.value.value<TorchAvailability::Report>();
        const TorchAvailability::Cell *cell = report.cell(u"demo"_s, u"cpu"_s, python, TargetPlatform::Os::Linux);
        QVERIFY(cell);
        QCOMPARE(cell->versions, expected);
    }

    void unreadableIndexIsAWarning()
    {
        m_server.setResponse("/broken/torch/", LoopbackHttpServer::Response{500, "oops", {}, -1, 0});
        TorchAvailability::Query mixed = query({u"cu118"_s, u"cu126"_s});
        mixed.packages = {u"torch"_s};
        mixed.indexOverrides[1].second = m_server.url(u"/broken"_s).toString();
        const Akari::Test::JobOutcome outcome = run(mixed);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        const auto report = outcome.value.value<TorchAvailability::Report>();
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(m_server.url(u"/broken"_s).toString(QUrl::StripTrailingSlash)),
                 qPrintable(report.warnings.first()));
        // Unknown is not "no wheels": the unreadable backend has no cells at all.
        QVERIFY(!report.cell(u"torch"_s, u"cu126"_s, u"3.12"_s, TargetPlatform::Os::Linux));
        QVERIFY(report.cell(u"torch"_s, u"cu118"_s, u"3.12"_s, TargetPlatform::Os::Linux));
    }

    void nothingReadableFails()
    {
        m_server.setResponse("/broken/torch/", LoopbackHttpServer::Response{500, "oops", {}, -1, 0});
        TorchAvailability::Query broken = query({u"cu126"_s});
        broken.packages = {u"torch"_s};
        broken.indexOverrides = {{u"cu126"_s, m_server.url(u"/broken"_s).toString()}};
        const Akari::Test::JobOutcome outcome = run(broken);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code(), Error::Code::Network);
    }

    void readsLocalMirror()
    {
        // A mirror on disk: <dir>/<name>/index.html, as uv reads file: indexes.
        QTemporaryDir mirror;
        QVERIFY(mirror.isValid());
        QVERIFY(QDir(mirror.path()).mkpath(u"torch"_s));
        QVERIFY(Akari::Test::writeFile(mirror.filePath(u"torch/index.html"_s), readCorpus(u"whl_cpu_torch.html"_s)));
        TorchAvailability::Query local;
        local.backends = {u"cpu"_s};
        local.packages = {u"torch"_s};
        local.pythonVersions = Pythons;
        local.platforms = {TargetPlatform::Os::Linux, TargetPlatform::Os::Windows, TargetPlatform::Os::MacOs};
        local.indexOverrides = {{u"cpu"_s, mirror.path()}};
        const Akari::Test::JobOutcome outcome = run(local);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        const auto report = outcome.value.value<TorchAvailability::Report>();
        for (const auto &[name, os] : Platforms) {
            for (const QString &python : Pythons) {
                const TorchAvailability::Cell *cell = report.cell(u"torch"_s, u"cpu"_s, python, os);
                QVERIFY(cell);
                QCOMPARE(cell->versions, m_oracle[u"cpu/%1/%2"_s.arg(name, python)].toVariant().toStringList());
            }
        }
    }

    void rejectsBadQueries_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("package");
        QTest::newRow("unknown backend") << u"cu999"_s << u"3.12"_s << u"torch"_s;
        QTest::newRow("python without minor") << u"cpu"_s << u"3"_s << u"torch"_s;
        QTest::newRow("python not a version") << u"cpu"_s << u"three"_s << u"torch"_s;
        QTest::newRow("bad package name") << u"cpu"_s << u"3.12"_s << u"-torch"_s;
    }

    void rejectsBadQueries()
    {
        QFETCH(QString, backend);
        QFETCH(QString, python);
        QFETCH(QString, package);
        TorchAvailability::Query bad;
        bad.backends = {backend};
        bad.pythonVersions = {python};
        bad.packages = {package};
        const qsizetype before = m_server.requests().size();
        const Akari::Result<TorchAvailability::Report> report = TorchAvailability::check(bad, m_client);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), Error::Code::InvalidArgument);
        QVERIFY(report.error().message().contains(backend == u"cpu"_s ? (python == u"3.12"_s ? package : python)
                                                                      : backend));
        QCOMPARE(m_server.requests().size(), before); // refused before asking anything
    }

    void limitsPythonsToRequiresPython_data()
    {
        QTest::addColumn<QString>("requiresPython");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("none") << QString() << QStringList{u"3.10"_s, u"3.13"_s} << QStringList{u"3.7"_s};
        QTest::newRow("lower bound") << u">=3.11"_s << QStringList{u"3.11"_s, u"3.12"_s} << QStringList{u"3.10"_s};
        QTest::newRow("patch bound keeps the minor")
            << u">=3.10.2"_s << QStringList{u"3.10"_s} << QStringList{u"3.9"_s};
        QTest::newRow("upper bound") << u">=3.9,<3.12"_s << QStringList{u"3.9"_s, u"3.11"_s}
                                     << QStringList{u"3.12"_s, u"3.13"_s};
        QTest::newRow("one minor") << u"==3.11.*"_s << QStringList{u"3.11"_s} << QStringList{u"3.10"_s, u"3.12"_s};
        QTest::newRow("invalid admits all") << u">=three"_s << QStringList{u"3.10"_s, u"3.13"_s} << QStringList{};
    }

    void limitsPythonsToRequiresPython()
    {
        QFETCH(QString, requiresPython);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        const QStringList all = TorchAvailability::supportedPythons();
        const QStringList pythons = TorchAvailability::supportedPythons(requiresPython);
        for (const QString &python : included)
            QVERIFY2(pythons.contains(python), qPrintable(pythons.join(u' ')));
        for (const QString &python : excluded)
            QVERIFY2(!pythons.contains(python), qPrintable(pythons.join(u' ')));
        for (const QString &python : pythons)
            QVERIFY(all.contains(python));
        // Oldest first, as columns are shown.
        QList<int> minors;
        for (const QString &python : pythons)
            minors.append(python.section(u'.', 1).toInt());
        QVERIFY(std::ranges::is_sorted(minors));
    }

    void reportsProgress()
    {
        std::unique_ptr<Job> job(TorchAvailability::checkJob(query({u"cu118"_s, u"cu128"_s}), m_client));
        QList<Akari::JobProgress> seen;
        connect(job.get(), &Job::progressChanged, this,
                [&seen](const Akari::JobProgress &progress) { seen.append(progress); });
        const Akari::Test::JobOutcome outcome = Akari::Test::runToEnd(job.get(), 20000);
        QVERIFY(!outcome.error);
        QVERIFY(!seen.isEmpty());
        // Two backends × three packages; only the newest report is delivered, so check the bounds.
        for (const Akari::JobProgress &progress : std::as_const(seen)) {
            QCOMPARE(progress.stepsTotal, 6);
            QVERIFY(progress.stepsDone >= 0 && progress.stepsDone <= 6);
        }
        QCOMPARE(job->progress().stepsDone, 6);
    }

    void cancels()
    {
        m_server.setResponse("/slow/torch/",
                             LoopbackHttpServer::Response{200, "{}", {{"Content-Type", JsonType}}, -1, 8000});
        TorchAvailability::Query slow = query({u"cu126"_s});
        slow.packages = {u"torch"_s};
        slow.indexOverrides = {{u"cu126"_s, m_server.url(u"/slow"_s).toString()}};
        std::unique_ptr<Job> job(TorchAvailability::checkJob(slow, m_client));
        job->start();
        QTRY_VERIFY(std::ranges::any_of(m_server.requests(), [](const LoopbackHttpServer::Request &request) {
            return request.path.startsWith("/slow/");
        }));
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 5000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestTorchAvailability)
#include "tst_torchavailability.moc"
