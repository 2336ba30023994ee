// SPDX-License-Identifier: GPL-3.0-or-later
// RecordFile against Python's csv module: the same rows from the same bytes, the same bytes
// from the same rows, on the RECORDs of Debian's wheels and on rows made to be awkward.
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "core/install/recordfile.h"

using namespace Akari;
using namespace Qt::Literals::StringLiterals;

namespace
{

/// Python reads \a text with csv.reader and writes the rows back with csv.writer ("\n" line ends).
const char *const CsvOracle = "import base64, csv, io, json, sys\n"
                              "text = sys.stdin.buffer.read().decode('utf-8')\n"
                              "rows = [r for r in csv.reader(io.StringIO(text, newline='')) if r]\n"
                              "out = io.StringIO()\n"
                              "writer = csv.writer(out, lineterminator='\\n')\n"
                              "for r in rows: writer.writerow(r)\n"
                              "print(json.dumps({'rows': rows, 'written': out.getvalue()}))\n";

QJsonObject python(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(AKARI_PYTHON3), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject csvOracle(const QByteArray &text)
{
    return python({u"-c"_s, QString::fromLatin1(CsvOracle)}, text);
}

QList<RecordEntry> entriesFromRows(const QJsonArray &rows)
{
    QList<RecordEntry> entries;
    for (const QJsonValue &row : rows) {
        const QJsonArray fields = row.toArray();
        RecordEntry entry;
        entry.path = fields.at(0).toString();
        entry.hash = fields.at(1).toString();
        const QString size = fields.at(2).toString();
        entry.size = size.isEmpty() ? -1 : size.toLongLong();
        entries.append(entry);
    }
    return entries;
}

} // namespace

class TestRecordFile : public QObject
{
    Q_OBJECT

private slots:
    void realRecordsMatchPython_data();
    void realRecordsMatchPython();
    void awkwardTextParsesAsPython_data();
    void awkwardTextParsesAsPython();
    void awkwardRowsWriteAsPython_data();
    void awkwardRowsWriteAsPython();
    void rejectsMalformedRows_data();
    void rejectsMalformedRows();
    void hashMatchesPython_data();
    void hashMatchesPython();
};

void TestRecordFile::realRecordsMatchPython_data()
{
    QTest::addColumn<QString>("wheel");
    const QDir wheels(u"/usr/share/python-wheels"_s);
    const QStringList files = wheels.entryList({u"*.whl"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "Debian's python3-*-whl packages are a test dependency");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << wheels.filePath(file);
}

void TestRecordFile::realRecordsMatchPython()
{
    QFETCH(QString, wheel);
    const QJsonObject record = python({u"-c"_s,
                                       u"import sys, zipfile\n"
                                       "z = zipfile.ZipFile(sys.argv[1])\n"
                                       "name = [n for n in z.namelist() if n.endswith('.dist-info/RECORD')][0]\n"
                                       "import json; print(json.dumps({'text': z.read(name).decode()}))\n"_s,
                                       wheel},
                                      {});
    const QByteArray text = record.value(u"text"_s).toString().toUtf8();
    QVERIFY(text.size() > 100);
    const QJsonObject oracle = csvOracle(text);
    const Result<QList<RecordEntry>> parsed = RecordFile::parse(text, u"RECORD"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, entriesFromRows(oracle.value(u"rows"_s).toArray()));
    QCOMPARE(QString::fromUtf8(RecordFile::write(*parsed)), oracle.value(u"written"_s).toString());
    // Debian's wheels were written with "\n"; what we write is then the file itself.
    QCOMPARE(RecordFile::write(*parsed), text);
}

void TestRecordFile::awkwardTextParsesAsPython_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("crlf") << QByteArray("a.py,sha256=x,1\r\nb.py,sha256=y,2\r\n");
    QTest::newRow("lone cr") << QByteArray("a.py,sha256=x,1\rb.py,,\r");
    QTest::newRow("no final newline") << QByteArray("a.py,sha256=x,1\nb.py,,");
    QTest::newRow("blank lines") << QByteArray("\n\na.py,sha256=x,1\n\n\r\nb.py,,\n\n");
    QTest::newRow("comma in path") << QByteArray("\"a,b.py\",sha256=x,10\n");
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\".py\",sha256=x,10\n");
    QTest::newRow("newline in quoted path") << QByteArray("\"two\nlines.py\",,\nc.py,,3\n");
    QTest::newRow("crlf in quoted path") << QByteArray("\"two\r\nlines.py\",,\r\nc.py,,3\r\n");
    QTest::newRow("quote inside unquoted") << QByteArray("a\"b.py,sha256=x,1\n");
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b.py,sha256=x,1\n");
    QTest::newRow("quoted size and hash") << QByteArray("a.py,\"sha256=x\",\"12\"\n");
    QTest::newRow("unicode path") << QByteArray("données/ファイル.py,sha256=x,7\n");
    QTest::newRow("spaces kept") << QByteArray(" a.py ,sha256=x,1\n");
}

void TestRecordFile::awkwardTextParsesAsPython()
{
    QFETCH(QByteArray, text);
    const QJsonObject oracle = csvOracle(text);
    const QJsonArray rows = oracle.value(u"rows"_s).toArray();
    QVERIFY(!rows.isEmpty());
    // Rows that are not (path, hash, size) are errors here; the oracle must agree on the fields first.
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toArray().size(), 3);
    const Result<QList<RecordEntry>> parsed = RecordFile::parse(text, u"RECORD"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, entriesFromRows(rows));
}

void TestRecordFile::awkwardRowsWriteAsPython_data()
{
    QTest::addColumn<QList<RecordEntry>>("entries");
    QTest::newRow("plain") << QList<RecordEntry>{{u"pkg/__init__.py"_s, u"sha256=abc"_s, 12}, {u"RECORD"_s, {}, -1}};
    QTest::newRow("comma") << QList<RecordEntry>{{u"pkg/a,b.py"_s, u"sha256=abc"_s, 0}};
    QTest::newRow("quote") << QList<RecordEntry>{{u"pkg/\"q\".py"_s, u"sha256=abc"_s, 3}};
    QTest::newRow("newline") << QList<RecordEntry>{{u"pkg/a\nb.py"_s, {}, 3}};
    QTest::newRow("unicode") << QList<RecordEntry>{{u"pkg/ü ñ.py"_s, u"sha256=-_x"_s, 1}};
    QTest::newRow("dotdot") << QList<RecordEntry>{{u"../../bin/tool"_s, u"sha256=x"_s, 99}};
}

void TestRecordFile::awkwardRowsWriteAsPython()
{
    QFETCH(QList<RecordEntry>, entries);
    const QByteArray written = RecordFile::write(entries);
    // Python writes back exactly what it read, so its output checks our quoting.
    const QJsonObject oracle = csvOracle(written);
    QCOMPARE(entriesFromRows(oracle.value(u"rows"_s).toArray()), entries);
    QCOMPARE(QString::fromUtf8(written), oracle.value(u"written"_s).toString());
    const Result<QList<RecordEntry>> back = RecordFile::parse(written, u"RECORD"_s);
    QVERIFY(back);
    QCOMPARE(*back, entries);
}

void TestRecordFile::rejectsMalformedRows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("two fields") << QByteArray("a.py,,1\nb.py,sha256=x\n") << 2;
    QTest::newRow("four fields") << QByteArray("a.py,,1,extra\n") << 1;
    QTest::newRow("size not a number") << QByteArray("a.py,,1\n\nb.py,,12kB\n") << 3;
    QTest::newRow("negative size") << QByteArray("a.py,,-1\n") << 1;
    QTest::newRow("empty path") << QByteArray("a.py,,1\n,sha256=x,1\n") << 2;
    QTest::newRow("after a quoted newline") << QByteArray("\"a\nb\",,1\r\nc,,\"x\"\n") << 3;
    // Python reads this as one field holding the rest of the file.
    QTest::newRow("unclosed quote at end") << QByteArray("a.py,,1\n\"b.py,,\n") << 2;
    QTest::newRow("nul") << QByteArray("a.py,,1\nb\0.py,,1\n", 18) << 2;
}

void TestRecordFile::rejectsMalformedRows()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const Result<QList<RecordEntry>> parsed = RecordFile::parse(text, u"pkg-1.0.dist-info/RECORD"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().file(), u"pkg-1.0.dist-info/RECORD"_s);
    QCOMPARE(parsed.error().line(), line);
}

void TestRecordFile::hashMatchesPython_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("import os\n");
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919) & 0xff));
    QTest::newRow("binary") << bytes;
}

void TestRecordFile::hashMatchesPython()
{
    QFETCH(QByteArray, data);
    const QJsonObject oracle =
        python({u"-c"_s, u"import base64, hashlib, json, sys\n"
                         "d = hashlib.sha256(sys.stdin.buffer.read()).digest()\n"
                         "print(json.dumps({'h': 'sha256=' + base64.urlsafe_b64encode(d).rstrip(b'=').decode()}))\n"_s},
               data);
    QVERIFY(!oracle.value(u"h"_s).toString().isEmpty());
    QCOMPARE(RecordFile::hashOf(data), oracle.value(u"h"_s).toString());
    QCOMPARE(RecordFile::hashFromDigest(QCryptographicHash::hash(data, QCryptographicHash::Sha256)),
             oracle.value(u"h"_s).toString());
}

QTEST_GUILESS_MAIN(TestRecordFile)
#include "tst_recordfile.moc"
