// SPDX-License-Identifier: GPL-3.0-or-later
// StreamingFileWriter: digests equal to Python's hashlib, continuing a kept file, starting
// over, and the errors of a full disk (/dev/full) and of a file that cannot be created.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/streamingfilewriter.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::StreamingFileWriter;

namespace
{
/// Python's hashlib over \a path, as an independent oracle.
QString pythonSha256(const QString &path)
{
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s,
        {u"-c"_s, u"import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())"_s, path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QString::fromLatin1(python.readAllStandardOutput().trimmed());
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestStreamingFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAndHashes_data();
    void writesAndHashes();
    void continuesAKeptFile();
    void restartEmpties();
    void fullDiskFails();
    void uncreatableFileFails();
};

void TestStreamingFileWriter::writesAndHashes_data()
{
    QTest::addColumn<QString>("source");
    const QStringList wheels = QDir(u"/usr/share/python-wheels"_s).entryList({u"*.whl"_s}, QDir::Files);
    for (const QString &wheel : wheels)
        QTest::newRow(qPrintable(wheel)) << u"/usr/share/python-wheels/"_s + wheel;
    QTest::newRow("pyproject") << Akari::Test::sharedPath(u"corpus/pyprojects"_s);
}

void TestStreamingFileWriter::writesAndHashes()
{
    QFETCH(QString, source);
    QString file = source;
    if (QFileInfo(source).isDir()) { // the first pyproject.toml found below it
        const QFileInfoList found = QDir(source).entryInfoList(QDir::Files, QDir::Name);
        if (found.isEmpty())
            QSKIP("no files in the corpus folder");
        file = found.constFirst().filePath();
    }
    const QByteArray data = fileContents(file);
    QVERIFY(!data.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StreamingFileWriter writer(dir.filePath(u"out.part"_s));
    QVERIFY(writer.open(false));
    // Uneven chunks, as a network delivers them.
    for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step * 3 % 65521 + 1)
        QVERIFY(writer.write(data.mid(at, step)));
    QCOMPARE(writer.size(), data.size());
    const QString digest = writer.sha256();
    writer.close();
    QCOMPARE(digest, pythonSha256(file));
    QVERIFY(fileContents(writer.path()) == data);
}

void TestStreamingFileWriter::continuesAKeptFile()
{
    const QString source = u"/usr/share/python-wheels/wheel-0.38.4-py3-none-any.whl"_s;
    const QByteArray data = fileContents(source);
    if (data.isEmpty())
        QSKIP("the wheel package's wheel is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"w.whl.part"_s);
    QVERIFY(Akari::Test::writeFile(path, data.left(data.size() / 3)));

    StreamingFileWriter writer(path);
    QVERIFY(writer.open(true));
    QCOMPARE(writer.size(), data.size() / 3);
    QVERIFY(writer.write(data.mid(data.size() / 3)));
    QCOMPARE(writer.sha256(), pythonSha256(source));
    writer.close();
    QVERIFY(fileContents(path) == data);
}

void TestStreamingFileWriter::restartEmpties()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"x.part"_s);
    QVERIFY(Akari::Test::writeFile(path, "stale bytes from an older download"));
    StreamingFileWriter writer(path);
    QVERIFY(writer.open(true));
    QVERIFY(writer.size() > 0);
    QVERIFY(writer.restart());
    QCOMPARE(writer.size(), 0);
    QVERIFY(writer.write("fresh"));
    QCOMPARE(writer.sha256(),
             QString::fromLatin1(QCryptographicHash::hash("fresh", QCryptographicHash::Sha256).toHex()));
    writer.close();
    QCOMPARE(fileContents(path), QByteArray("fresh"));
    writer.remove();
    QVERIFY(!QFile::exists(path));
}

void TestStreamingFileWriter::fullDiskFails()
{
    // Writes to /dev/full fail with ENOSPC, like a full disk.
    const QString full = u"/dev/full"_s;
    if (!QFile::exists(full))
        QSKIP("/dev/full does not exist here");
    StreamingFileWriter writer(full);
    QVERIFY(writer.open(false));
    const QByteArray chunk(64 * 1024, 'x');
    const auto written = writer.write(chunk);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::Io);
    QCOMPARE(written.error().file(), full);
    QVERIFY2(written.error().message().contains(full), qPrintable(written.error().message()));
    QCOMPARE(writer.size(), 0);
    writer.remove();
    QVERIFY(QFile::exists(full)); // a device is never deleted
}

void TestStreamingFileWriter::uncreatableFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no/such/folder/x.whl.part"_s);
    StreamingFileWriter writer(path);
    const auto opened = writer.open(false);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::Io);
    QCOMPARE(opened.error().file(), path);
    QVERIFY2(opened.error().message().contains(path), qPrintable(opened.error().message()));
    QVERIFY(!writer.write("x"));
}

QTEST_GUILESS_MAIN(TestStreamingFileWriter)
#include "tst_streamingfilewriter.moc"
