// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "syncindexserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;

namespace
{

struct Response
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 promised = -1; ///< Content-Length
};

/// A plain GET; the server is another process, so waiting here blocks nothing it needs.
Response get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response response{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->error(), reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()};
    reply->deleteLater();
    return response;
}

QJsonObject projectPage(const SyncIndexServer &server, const QString &project)
{
    const Response response =
        get(server.url(u"/sync/simple/%1/"_s.arg(project)), {{"Accept", "application/vnd.pypi.simple.v1+json"}});
    return QJsonDocument::fromJson(response.body).object();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// The environment pip runs in: no user configuration, HOME in \a home.
QProcessEnvironment pipEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith("PIP_"_L1) || key.endsWith("_proxy"_L1, Qt::CaseInsensitive))
            environment.remove(key);
    }
    environment.insert(u"HOME"_s, home);
    environment.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
    environment.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    environment.insert(u"PIP_NO_INPUT"_s, u"1"_s);
    return environment;
}

} // namespace

class TestSyncIndexServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesEveryFileWithItsHash_data();
    void servesEveryFileWithItsHash();
    void realWheelsAreServedAsTheyAre();
    void pipResolvesFromTheIndex_data();
    void pipResolvesFromTheIndex();
    void rangeRequests_data();
    void rangeRequests();
    void dieAfterPathCutsTheDownload();
    void dieAfterOptionCutsEveryDownload();
    void wrongHashOption();
    void extraWheelsAreListed();
    void rateLimit();
    void pyprojectIsValidToml();
    void logsRequests();

private:
    SyncIndexServer m_server;
    QTemporaryDir m_temp;
};

void TestSyncIndexServer::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSyncIndexServer::servesEveryFileWithItsHash_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("files");
    // Two torch releases and their companions; one file for every other project.
    QTest::newRow("torch") << u"torch"_s << 2;
    QTest::newRow("torchvision") << u"torchvision"_s << 2;
    QTest::newRow("torchaudio") << u"torchaudio"_s << 2;
    QTest::newRow("numpy") << u"numpy"_s << 1;
    QTest::newRow("nvidia-cudnn-cu12") << u"nvidia-cudnn-cu12"_s << 1;
    QTest::newRow("nvidia-cublas-cu12") << u"nvidia-cublas-cu12"_s << 1;
    QTest::newRow("pip") << u"pip"_s << 1;
    QTest::newRow("setuptools") << u"setuptools"_s << 1;
    QTest::newRow("wheel") << u"wheel"_s << 1;
}

void TestSyncIndexServer::servesEveryFileWithItsHash()
{
    QFETCH(QString, project);
    QFETCH(int, files);
    const QJsonArray entries = projectPage(m_server, project).value("files"_L1).toArray();
    QCOMPARE(entries.size(), files);
    const QJsonObject manifestFiles = m_server.manifest().value("files"_L1).toObject();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString fileName = entry.value("filename"_L1).toString();
        const Response file = get(m_server.url().resolved(QUrl(entry.value("url"_L1).toString())));
        QCOMPARE(file.status, 200);
        QCOMPARE(sha256(file.body), entry.value("hashes"_L1).toObject().value("sha256"_L1).toString());
        QCOMPARE(file.body.size(), entry.value("size"_L1).toInteger());
        QCOMPARE(manifestFiles.value(fileName).toObject().value("sha256"_L1).toString(), sha256(file.body));
        // The HTML form links the same file with the same hash.
        const Response html = get(m_server.url(u"/sync/simple/%1/"_s.arg(project)));
        QVERIFY2(html.body.contains((u"#sha256="_s + sha256(file.body)).toLatin1()), qPrintable(fileName));
    }
}

void TestSyncIndexServer::realWheelsAreServedAsTheyAre()
{
    const QStringList wheels = QDir(u"/usr/share/python-wheels"_s).entryList({u"*.whl"_s}, QDir::Files);
    if (wheels.isEmpty())
        QSKIP("Debian's python3-*-whl packages are not installed");
    int compared = 0;
    for (const QString &wheel : wheels) {
        const QString project = wheel.section(u'-', 0, 0);
        if (project != "pip"_L1 && project != "setuptools"_L1 && project != "wheel"_L1)
            continue;
        QFile original(u"/usr/share/python-wheels/"_s + wheel);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const Response served = get(m_server.fileUrl(wheel));
        QCOMPARE(served.status, 200);
        QVERIFY2(served.body == original.readAll(), qPrintable(wheel));
        ++compared;
    }
    QCOMPARE(compared, 3);
}

void TestSyncIndexServer::pipResolvesFromTheIndex_data()
{
    QTest::addColumn<QStringList>("request");
    QTest::addColumn<QStringList>("expected"); // name==version, sorted
    const QString cudnn = u"nvidia-cudnn-cu12==9.10.2.21"_s;
    const QString cublas = u"nvidia-cublas-cu12==12.8.4.1"_s;
    QTest::newRow("torch") << QStringList{u"torch"_s} << QStringList{cublas, cudnn, u"torch==2.8.0+cu128"_s};
    QTest::newRow("older torchvision pulls older torch")
        << QStringList{u"torchvision==0.22.1"_s}
        << QStringList{u"numpy==2.1.0"_s, cublas, cudnn, u"torch==2.7.1+cu128"_s, u"torchvision==0.22.1+cu128"_s};
    QTest::newRow("the three") << QStringList{u"torch"_s, u"torchvision"_s, u"torchaudio"_s}
                               << QStringList{u"numpy==2.1.0"_s,
                                              cublas,
                                              cudnn,
                                              u"torch==2.8.0+cu128"_s,
                                              u"torchaudio==2.8.0+cu128"_s,
                                              u"torchvision==0.23.0+cu128"_s};
    QTest::newRow("real wheels") << QStringList{u"pip"_s, u"wheel"_s}
                                 << QStringList{u"pip==23.0.1"_s, u"wheel==0.38.4"_s};
}

void TestSyncIndexServer::pipResolvesFromTheIndex()
{
    QFETCH(QStringList, request);
    QFETCH(QStringList, expected);
    if (!QFile::exists(u"/usr/bin/python3"_s))
        QSKIP("no /usr/bin/python3");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString report = work.filePath(u"report.json"_s);
    QProcess pip;
    pip.setProcessEnvironment(pipEnvironment(work.path()));
    pip.start(u"/usr/bin/python3"_s,
              QStringList{u"-m"_s, u"pip"_s, u"install"_s, u"--dry-run"_s, u"--ignore-installed"_s, u"--quiet"_s,
                          u"--no-cache-dir"_s, u"--report"_s, report, u"--index-url"_s,
                          m_server.indexUrl().toString()} +
                  request);
    QVERIFY(pip.waitForFinished(120000));
    QVERIFY2(pip.exitCode() == 0, pip.readAllStandardError().constData());
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList chosen;
    for (const QJsonValue &item : QJsonDocument::fromJson(file.readAll()).object().value("install"_L1).toArray()) {
        const QJsonObject metadata = item.toObject().value("metadata"_L1).toObject();
        chosen << metadata.value("name"_L1).toString() + u"=="_s + metadata.value("version"_L1).toString();
    }
    chosen.sort();
    // torch wants setuptools on Python >= 3.12 only (a marker); the rows expect an older Python.
    chosen.removeIf([](const QString &line) { return line.startsWith("setuptools=="_L1); });
    QCOMPARE(chosen, expected);
}

void TestSyncIndexServer::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length"); // -1: to the end
    QTest::newRow("start") << QByteArray("bytes=0-99") << qint64(0) << qint64(100);
    QTest::newRow("middle") << QByteArray("bytes=1000-1999") << qint64(1000) << qint64(1000);
    QTest::newRow("open end") << QByteArray("bytes=5000-") << qint64(5000) << qint64(-1);
    QTest::newRow("suffix") << QByteArray("bytes=-22") << qint64(-22) << qint64(22);
}

void TestSyncIndexServer::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    const QString fileName = projectPage(m_server, u"torch"_s)
                                 .value("files"_L1)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("filename"_L1)
                                 .toString();
    const Response whole = get(m_server.fileUrl(fileName));
    QCOMPARE(whole.status, 200);
    const Response part = get(m_server.fileUrl(fileName), {{"Range", range}});
    QCOMPARE(part.status, 206);
    const qint64 start = first < 0 ? whole.body.size() + first : first;
    QCOMPARE(part.body, whole.body.mid(start, length));
}

void TestSyncIndexServer::dieAfterPathCutsTheDownload()
{
    const QJsonObject entry = projectPage(m_server, u"torch"_s).value("files"_L1).toArray().first().toObject();
    const QString path = entry.value("url"_L1).toString();
    QVERIFY(path.startsWith("/files/sync/"_L1));
    const Response cut = get(m_server.url(u"/fault/die-after/4096"_s + path));
    // What the client saw of the reset (an error, or a reply cut short) is the client's
    // business; the fixture's is to promise the whole file and deliver at most 4096 bytes.
    if (cut.status != 0)
        QCOMPARE(cut.promised, entry.value("size"_L1).toInteger());
    QVERIFY2(cut.body.size() <= 4096, qPrintable(u"status %1, %2 bytes"_s.arg(cut.status).arg(cut.body.size())));
    // The same file without the prefix is whole.
    QCOMPARE(get(m_server.url(path)).body.size(), entry.value("size"_L1).toInteger());
}

void TestSyncIndexServer::dieAfterOptionCutsEveryDownload()
{
    SyncIndexServer dying;
    QVERIFY2(dying.start({u"--die-after-bytes"_s, u"10000"_s}), qPrintable(dying.errorString()));
    // Pages are whole; files are cut.
    const QJsonArray files = projectPage(dying, u"torch"_s).value("files"_L1).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &value : files) {
        const Response cut = get(dying.url(value.toObject().value("url"_L1).toString()));
        QVERIFY(cut.body.size() <= 10000);
    }
    const Response small = get(dying.fileUrl(u"numpy-2.1.0-py3-none-any.whl"_s));
    QCOMPARE(small.error, QNetworkReply::NoError); // smaller than the limit
}

void TestSyncIndexServer::wrongHashOption()
{
    SyncIndexServer wrong;
    QVERIFY2(wrong.start({u"--wrong-hash"_s, u"numpy"_s}), qPrintable(wrong.errorString()));
    const QJsonObject numpy = projectPage(wrong, u"numpy"_s).value("files"_L1).toArray().first().toObject();
    const Response file = get(wrong.url(numpy.value("url"_L1).toString()));
    QCOMPARE(file.status, 200);
    QVERIFY(sha256(file.body) != numpy.value("hashes"_L1).toObject().value("sha256"_L1).toString());
    // Other projects keep their right hashes.
    const QJsonObject pip = projectPage(wrong, u"pip"_s).value("files"_L1).toArray().first().toObject();
    QCOMPARE(sha256(get(wrong.url(pip.value("url"_L1).toString())).body),
             pip.value("hashes"_L1).toObject().value("sha256"_L1).toString());
}

void TestSyncIndexServer::extraWheelsAreListed()
{
    QTemporaryDir extra;
    QVERIFY(extra.isValid());
    QByteArray bytes = "PK\x05\x06"; // an empty zip: content does not matter to the index
    bytes.append(18, '\0');
    QFile file(extra.filePath(u"evil_pkg-1.0-py3-none-any.whl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    SyncIndexServer server;
    QVERIFY2(server.start({u"--extra-wheels"_s, extra.path()}), qPrintable(server.errorString()));
    const QJsonArray files = projectPage(server, u"evil-pkg"_s).value("files"_L1).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject entry = files.first().toObject();
    QCOMPARE(entry.value("hashes"_L1).toObject().value("sha256"_L1).toString(), sha256(bytes));
    QCOMPARE(get(server.url(entry.value("url"_L1).toString())).body, bytes);
}

void TestSyncIndexServer::rateLimit()
{
    // 1 MiB of nvidia-cublas at 4000 kB/s takes at least a quarter of a second.
    const QJsonObject entry =
        projectPage(m_server, u"nvidia-cublas-cu12"_s).value("files"_L1).toArray().first().toObject();
    const qint64 size = entry.value("size"_L1).toInteger();
    QVERIFY(size > 1000000);
    QElapsedTimer timer;
    timer.start();
    const Response slow = get(m_server.url(u"/fault/rate-kbps/4000"_s + entry.value("url"_L1).toString()));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(slow.body.size(), size);
    QVERIFY2(elapsed >= size / 4000 - 10, qPrintable(QString::number(elapsed)));
}

void TestSyncIndexServer::pyprojectIsValidToml()
{
    const QStringList dependencies{u"torch==2.8.0"_s, u"setuptools; python_version >= \"3.12\""_s};
    const QByteArray text = SyncIndexServer::pyproject(m_server.indexUrl(), dependencies, u"demo"_s);
    // Python's tomllib is the judge (pyenv's 3.11 has it).
    QProcess python;
    python.start(PythonIndexServer::python(),
                 {u"-c"_s, u"import json, sys, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))"_s});
    QVERIFY(python.waitForStarted());
    python.write(text);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished());
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject document = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonObject project = document.value("project"_L1).toObject();
    QCOMPARE(project.value("name"_L1).toString(), u"demo"_s);
    QCOMPARE(project.value("requires-python"_L1).toString(), u">=3.9"_s);
    QCOMPARE(project.value("dependencies"_L1).toVariant().toStringList(), dependencies);
    const QJsonArray indexes =
        document.value("tool"_L1).toObject().value("uv"_L1).toObject().value("index"_L1).toArray();
    QCOMPARE(indexes.size(), 1);
    QCOMPARE(indexes.first().toObject().value("name"_L1).toString(), u"sync"_s);
    QCOMPARE(indexes.first().toObject().value("url"_L1).toString(), m_server.indexUrl().toString());
    QCOMPARE(indexes.first().toObject().value("default"_L1).toBool(), true);
}

void TestSyncIndexServer::logsRequests()
{
    m_server.clearRequestLog();
    const QString path = u"/fault/die-after/10/files/sync/numpy-2.1.0-py3-none-any.whl"_s;
    (void)get(m_server.url(path), {{"Range", "bytes=0-99"}});
    QTRY_COMPARE(m_server.requestLog().size(), 1);
    const PythonIndexServer::LoggedRequest logged = m_server.requestLog().first();
    QCOMPARE(logged.path, path); // as asked, with the fault prefix
    QCOMPARE(logged.range, u"bytes=0-99"_s);
    QCOMPARE(logged.status, 206);
}

QTEST_GUILESS_MAIN(TestSyncIndexServer)
#include "tst_syncindexserver.moc"
