// SPDX-License-Identifier: GPL-3.0-or-later
// The wheel cache end to end: Debian's wheels unpack to what Python's zipfile extracts, a warm
// cache opens no zip, every wheel of tests/tools/malicious_wheels.py is refused without a trace,
// and limits, cancellation, concurrent unpacking and peak memory hold.
#include <atomic>
#include <thread>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/wheelcache.h"
#include "core/system/processmemory.h"

using namespace Akari;
using namespace Qt::Literals::StringLiterals;

namespace
{

QByteArray runPython(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(AKARI_PYTHON3), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

/// Relative path -> sha256 of every file below \a root (folders left out), and the executable ones.
QMap<QString, QByteArray> treeOf(const QString &root, QStringList *executables = nullptr)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        const QString relative = QDir(root).relativeFilePath(path);
        files.insert(relative, hash.result().toHex());
        if (executables && it.fileInfo().isExecutable())
            executables->append(relative);
    }
    return files;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

/// What is in the cache's unpacked/ folder (empty when nothing was left behind).
QStringList unpackedEntries(const WheelCache &cache)
{
    return QDir(cache.directory() + u"/unpacked"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QString debianWheel(const QString &prefix)
{
    const QStringList found = QDir(u"/usr/share/python-wheels"_s).entryList({prefix + u"-*.whl"_s}, QDir::Files);
    return found.isEmpty() ? QString() : u"/usr/share/python-wheels/"_s + found.first();
}

} // namespace

class TestWheelCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void peakMemoryOfBigWheel();
    void debianWheelsMatchZipfile_data();
    void debianWheelsMatchZipfile();
    void warmCacheOpensNoZip();
    void maliciousWheelsRefused_data();
    void maliciousWheelsRefused();
    void zipBombStopsAtLimits_data();
    void zipBombStopsAtLimits();
    void cancellation_data();
    void cancellation();
    void concurrentUnpack();
    void paths();

private:
    QTemporaryDir m_work;
    QJsonArray m_manifest;
};

void TestWheelCache::initTestCase()
{
    QVERIFY(m_work.isValid());
    qputenv("XDG_CACHE_HOME", m_work.filePath(u"xdg-cache"_s).toUtf8());
    const QByteArray manifest =
        runPython({QStringLiteral(AKARI_MALICIOUS_WHEELS), u"--out"_s, m_work.filePath(u"wheels"_s), u"--bomb"_s});
    m_manifest = QJsonDocument::fromJson(manifest).array();
    QVERIFY(m_manifest.size() > 20);
}

void TestWheelCache::peakMemoryOfBigWheel()
{
    // First, so that no earlier test has raised the high-water mark already.
    QTemporaryDir big;
    const QJsonArray manifest =
        QJsonDocument::fromJson(
            runPython({QStringLiteral(AKARI_MALICIOUS_WHEELS), u"--out"_s, big.path(), u"--big"_s, u"300"_s}, 300000))
            .array();
    QString archive;
    for (const QJsonValue &entry : manifest) {
        if (entry[u"rule"_s].toString() == u"valid-big"_s)
            archive = entry[u"file"_s].toString();
    }
    QVERIFY(QFileInfo(archive).size() > (qint64(300) << 20));
    // Linux: "5" resets the resident set's high-water mark to the current size.
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
        QSKIP("Cannot reset the peak resident size here");
    clearRefs.close();
    const qint64 before = peakResidentBytes();
    QVERIFY(before > 0);
    const WheelCache cache(big.filePath(u"cache"_s));
    qint64 lastDone = 0;
    qint64 reportedTotal = 0;
    // No digest given: the cache computes it, also in blocks.
    const Result<UnpackedWheel> wheel = cache.unpack(archive, {}, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        reportedTotal = total;
    });
    QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().toString()));
    const qint64 growth = peakResidentBytes() - before;
    qInfo("Peak resident growth while unpacking a 300 MiB wheel: %lld KiB", growth / 1024);
    QVERIFY2(growth < (qint64(64) << 20), qPrintable(QString::number(growth)));
    QCOMPARE(wheel->sha256, sha256Of(archive));
    QCOMPARE(QFileInfo(wheel->root + u"/big_random/blob.bin"_s).size(), qint64(300) << 20);
    QCOMPARE(lastDone, wheel->unpackedBytes);
    QCOMPARE(reportedTotal, wheel->unpackedBytes);
}

void TestWheelCache::debianWheelsMatchZipfile_data()
{
    QTest::addColumn<QString>("archive");
    for (const QString &project : {u"pip"_s, u"setuptools"_s, u"wheel"_s}) {
        const QString path = debianWheel(project);
        QVERIFY2(!path.isEmpty(), "Debian's python3-*-whl packages are a test dependency");
        QTest::newRow(qPrintable(project)) << path;
    }
}

void TestWheelCache::debianWheelsMatchZipfile()
{
    QFETCH(QString, archive);
    const QString reference = m_work.filePath(u"reference/"_s + QFileInfo(archive).fileName());
    // zipfile's view: the extracted tree, the executable members, metadata and entry points.
    const QJsonObject python =
        QJsonDocument::fromJson(
            runPython({u"-c"_s,
                       u"import email.parser, importlib.metadata as m, json, sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1])\n"
                       "z.extractall(sys.argv[2])\n"
                       "di = [n.split('/')[0] for n in z.namelist() if n.split('/')[0].endswith('.dist-info')][0]\n"
                       "d = m.PathDistribution(zipfile.Path(z, di + '/'))\n"
                       "w = email.parser.Parser().parsestr(z.read(di + '/WHEEL').decode())\n"
                       "print(json.dumps({'name': d.metadata['Name'], 'version': d.version, 'distInfo': di,\n"
                       "  'purelib': w['Root-Is-Purelib'].strip().lower() == 'true',\n"
                       "  'exec': sorted(i.filename for i in z.infolist() if (i.external_attr >> 16) & 0o111 and not "
                       "i.is_dir()),\n"
                       "  'eps': [[e.name, e.module, e.attr or '', e.group == 'gui_scripts'] for e in d.entry_points\n"
                       "          if e.group in ('console_scripts', 'gui_scripts')],\n"
                       "  'bytes': sum(i.file_size for i in z.infolist()),\n"
                       "  'files': sum(1 for i in z.infolist() if not i.is_dir())}))\n"_s,
                       archive, reference}))
            .object();
    QVERIFY(!python.isEmpty());
    const WheelCache cache(m_work.filePath(u"debian-cache/"_s + QFileInfo(archive).fileName()));
    const QString digest = sha256Of(archive);
    const Result<UnpackedWheel> wheel = cache.unpack(archive, digest);
    QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().toString()));

    QStringList executables;
    QMap<QString, QByteArray> ours = treeOf(wheel->root, &executables);
    QVERIFY(ours.remove(u".akari-wheel.json"_s) == 1);
    executables.removeAll(u".akari-wheel.json"_s);
    QCOMPARE(ours, treeOf(reference));
    executables.sort();
    QStringList expectedExecutables;
    for (const QJsonValue &name : python[u"exec"_s].toArray())
        expectedExecutables.append(name.toString());
    QCOMPARE(executables, expectedExecutables);

    QCOMPARE(wheel->sha256, digest);
    QCOMPARE(wheel->filename, QFileInfo(archive).fileName());
    QCOMPARE(wheel->root, cache.directory() + u"/unpacked/"_s + digest);
    QCOMPARE(wheel->name.original(), python[u"name"_s].toString());
    QCOMPARE(wheel->version.toString(), python[u"version"_s].toString());
    QCOMPARE(wheel->distInfo, python[u"distInfo"_s].toString());
    QCOMPARE(wheel->rootIsPurelib, python[u"purelib"_s].toBool());
    QVERIFY(wheel->dataDir.isEmpty());
    QCOMPARE(wheel->unpackedBytes, qint64(python[u"bytes"_s].toDouble()));
    QCOMPARE(wheel->fileCount, python[u"files"_s].toInt());
    QCOMPARE(wheel->record.size(), python[u"files"_s].toInt()); // every file, RECORD included
    QList<EntryPoint> expectedEntryPoints;
    for (const QJsonValue &row : python[u"eps"_s].toArray()) {
        const QJsonArray r = row.toArray();
        expectedEntryPoints.append(EntryPoint{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toBool()});
    }
    QCOMPARE(wheel->entryPoints, expectedEntryPoints);
    QCOMPARE(unpackedEntries(cache), QStringList{digest});
}

void TestWheelCache::warmCacheOpensNoZip()
{
    const QString original = debianWheel(u"wheel"_s);
    const WheelCache cache(m_work.filePath(u"warm-cache"_s));
    const QString digest = sha256Of(original);
    const QString archive = cache.archivePath(digest, QFileInfo(original).fileName());
    QVERIFY(QFile::copy(original, archive));
    const Result<UnpackedWheel> cold = cache.unpack(archive, digest);
    QVERIFY(cold);
    QVERIFY(!cache.unpacked(QString(64, u'0')));
    const std::optional<UnpackedWheel> found = cache.unpacked(digest);
    QVERIFY(found);
    QCOMPARE(found->record, cold->record);
    QCOMPARE(found->entryPoints, cold->entryPoints);
    QCOMPARE(found->name, cold->name);
    QCOMPARE(found->version, cold->version);
    QCOMPARE(found->unpackedBytes, cold->unpackedBytes);
    // With the archive gone, only the cached tree can answer.
    QVERIFY(QFile::remove(archive));
    int progressCalls = 0;
    const Result<UnpackedWheel> warm = cache.unpack(archive, digest, {}, [&](qint64, qint64) { ++progressCalls; });
    QVERIFY2(warm, qPrintable(warm ? QString() : warm.error().toString()));
    QCOMPARE(warm->root, cold->root);
    QCOMPARE(warm->record, cold->record);
    QCOMPARE(progressCalls, 0);
    // A different digest is not in the cache, and its archive is missing.
    const Result<UnpackedWheel> missing = cache.unpack(archive, QString(64, u'1'));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    QVERIFY(cache.clear());
    QVERIFY(!cache.unpacked(digest));
}

void TestWheelCache::maliciousWheelsRefused_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("member");
    for (const QJsonValue &entry : std::as_const(m_manifest)) {
        const QString rule = entry[u"rule"_s].toString();
        if (rule != u"zip-bomb"_s)
            QTest::newRow(qPrintable(rule)) << entry[u"file"_s].toString() << rule << entry[u"member"_s].toString();
    }
}

void TestWheelCache::maliciousWheelsRefused()
{
    QFETCH(QString, archive);
    QFETCH(QString, rule);
    QFETCH(QString, member);
    QTemporaryDir folder;
    const WheelCache cache(folder.path());
    const Result<UnpackedWheel> wheel = cache.unpack(archive, sha256Of(archive));
    if (rule == u"valid"_s) {
        // The generator without a flaw: rejections below come from the flaws.
        QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().toString()));
        QCOMPARE(unpackedEntries(cache).size(), 1);
        return;
    }
    QVERIFY2(!wheel, qPrintable(rule));
    QCOMPARE(wheel.error().code(), Error::Code::Parse);
    const QString message = wheel.error().message();
    QVERIFY2(message.contains(QFileInfo(archive).fileName()), qPrintable(message));
    // libarchive hands out a backslash in a member name as '/'; the '..' is refused either way.
    const QString named = rule == u"backslash"_s ? QString(member).replace(u'\\', u'/') : member;
    QVERIFY2(message.contains(named), qPrintable(message));
    QCOMPARE(unpackedEntries(cache), QStringList());
}

void TestWheelCache::zipBombStopsAtLimits_data()
{
    QTest::addColumn<qint64>("maxMemberBytes");
    QTest::addColumn<qint64>("maxTotalBytes");
    QTest::addColumn<int>("maxMembers");
    QTest::addColumn<bool>("ok");
    const qint64 mib = qint64(1) << 20;
    QTest::newRow("defaults") << (qint64(8) << 30) << (qint64(32) << 30) << 1000000 << true;
    QTest::newRow("member limit") << 16 * mib << (qint64(32) << 30) << 1000000 << false;
    QTest::newRow("total limit") << (qint64(8) << 30) << 16 * mib << 1000000 << false;
    QTest::newRow("just enough") << 64 * mib << 65 * mib << 7 << true;
    QTest::newRow("count limit") << (qint64(8) << 30) << (qint64(32) << 30) << 3 << false;
}

void TestWheelCache::zipBombStopsAtLimits()
{
    QFETCH(qint64, maxMemberBytes);
    QFETCH(qint64, maxTotalBytes);
    QFETCH(int, maxMembers);
    QFETCH(bool, ok);
    const QString archive = m_work.filePath(u"wheels/mal_zip_bomb-1.0-py3-none-any.whl"_s);
    QVERIFY(QFileInfo(archive).size() < (qint64(1) << 20));
    QTemporaryDir folder;
    const WheelCache cache(folder.path());
    const Result<UnpackedWheel> wheel =
        cache.unpack(archive, sha256Of(archive), {}, {}, WheelUnpackLimits{maxMemberBytes, maxTotalBytes, maxMembers});
    QCOMPARE(bool(wheel), ok);
    if (ok) {
        QCOMPARE(QFileInfo(wheel->root + u"/mal_zip_bomb/zeros.bin"_s).size(), qint64(64) << 20);
        return;
    }
    QCOMPARE(wheel.error().code(), Error::Code::Parse);
    QVERIFY2(wheel.error().message().contains(u"limit"_s), qPrintable(wheel.error().message()));
    QCOMPARE(unpackedEntries(cache), QStringList());
}

void TestWheelCache::cancellation_data()
{
    QTest::addColumn<int>("cancelAtPoll");
    // First poll (listing), during the listing, while writing, and the last polls.
    for (const int poll : {1, 50, 1200, 1600, 1950})
        QTest::newRow(qPrintable(QString::number(poll))) << poll;
}

void TestWheelCache::cancellation()
{
    QFETCH(int, cancelAtPoll);
    const QString archive = debianWheel(u"pip"_s);
    QTemporaryDir folder;
    const WheelCache cache(folder.path());
    int polls = 0;
    const Result<UnpackedWheel> counted = cache.unpack(archive, sha256Of(archive), [&] {
        ++polls;
        return false;
    });
    QVERIFY(counted);
    QVERIFY2(polls > cancelAtPoll, qPrintable(QString::number(polls)));
    QVERIFY(cache.clear());

    int seen = 0;
    const Result<UnpackedWheel> wheel =
        cache.unpack(archive, sha256Of(archive), [&] { return ++seen >= cancelAtPoll; });
    QVERIFY(!wheel);
    QCOMPARE(wheel.error().code(), Error::Code::Cancelled);
    QCOMPARE(unpackedEntries(cache), QStringList());
}

void TestWheelCache::concurrentUnpack()
{
    const QString archive = debianWheel(u"setuptools"_s);
    const QString digest = sha256Of(archive);
    QTemporaryDir folder;
    const WheelCache cache(folder.path());
    std::atomic<int> ready = 0;
    Result<UnpackedWheel> results[2];
    const auto worker = [&](int index) {
        ++ready;
        while (ready < 2) {
        }
        results[index] = cache.unpack(archive, digest);
    };
    std::thread first(worker, 0);
    std::thread second(worker, 1);
    first.join();
    second.join();
    QVERIFY2(results[0], qPrintable(results[0] ? QString() : results[0].error().toString()));
    QVERIFY2(results[1], qPrintable(results[1] ? QString() : results[1].error().toString()));
    QCOMPARE(results[0]->root, results[1]->root);
    QCOMPARE(results[0]->record, results[1]->record);
    QCOMPARE(unpackedEntries(cache), QStringList{digest});
    QStringList executables;
    const QMap<QString, QByteArray> tree = treeOf(results[0]->root, &executables);
    QCOMPARE(tree.size(), results[0]->fileCount + 1);
}

void TestWheelCache::paths()
{
    QCOMPARE(WheelCache::defaultDirectory(), m_work.filePath(u"xdg-cache/akari/wheels"_s));
    QCOMPARE(WheelCache().directory(), WheelCache::defaultDirectory());
    const WheelCache cache(m_work.filePath(u"paths"_s));
    const QString digest = QString(64, u'a');
    const QString path = cache.archivePath(digest, u"pip-23.0.1-py3-none-any.whl"_s);
    QCOMPARE(path, cache.directory() + u"/archives/"_s + digest + u"/pip-23.0.1-py3-none-any.whl"_s);
    QVERIFY(QFileInfo(path).dir().exists());
    const QString url = u"http://127.0.0.1:1/files/x-1.0-py3-none-any.whl"_s;
    const QString keyed = cache.archivePath({}, u"x-1.0-py3-none-any.whl"_s, url);
    const QString urlKey =
        QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(keyed, cache.directory() + u"/archives/"_s + urlKey + u"/x-1.0-py3-none-any.whl"_s);
    // A file name cannot choose another folder.
    QCOMPARE(QFileInfo(cache.archivePath(digest, u"../../evil.whl"_s)).dir().dirName(), digest);
}

QTEST_GUILESS_MAIN(TestWheelCache)
#include "tst_wheelcache.moc"
