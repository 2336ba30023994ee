// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/pep/coremetadata.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::CoreMetadata;
using Akari::Error;

namespace
{
/// The error's text for a failed result, nothing for a good one (QVERIFY2 always evaluates it).
template<typename T>
QByteArray describe(const Akari::Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// The oracle: Python's email parser with the compat32 policy, which is how pypa/packaging
// (packaging.metadata.parse_email) and pip read METADATA. Text mode makes every line end "\n".
const QString EmailScript = uR"py(
import email.parser, email.policy, json, sys
answers = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        message = email.parser.Parser(policy=email.policy.compat32).parsestr(handle.read())
    answers[path] = {
        "fields": [[name, value.strip()] for name, value in message.items()],
        "body": message.get_payload(),
        "defects": len(message.defects),
    }
print(json.dumps(answers, ensure_ascii=True))
)py"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString metadataPath(const QString &name)
{
    return Akari::Test::sharedPath(u"corpus/metadata/"_s + name);
}

const QByteArray TorchMetadata = "torch-2.6.0.METADATA-synthesized-from-pypi-json";
const QByteArray EverythingMetadata = "pypa-packaging-everything.metadata";

// Well-formed inputs the oracle reads too, each a corner of the format.
const QList<std::pair<const char *, QByteArray>> Synthesized = {
    {"crlf", "Metadata-Version: 2.1\r\nName: demo\r\nVersion: 1.0\r\nSummary: A demo\r\n"
             "Requires-Dist: a>=1; extra == \"x\"\r\nProvides-Extra: x\r\n\r\nLine one\r\nLine two\r\n"},
    {"lone cr", "Name: demo\rVersion: 1.0\rLicense: first\r  second\r\rBody\r"},
    {"no space after colon", "Name:demo\nVersion:1.0\nRequires-Dist:b\n"},
    {"no body", "Name: demo\nVersion: 1.0\nRequires-Python: >=3.9"},
    {"case-insensitive names", "name: demo\nVERSION: 1.0\nrequires-dist: c\nRequires-Dist: d\n"},
    {"tab continuation", "Name: demo\nVersion: 1.0\nKeywords: one,\n\ttwo,\n\tthree\n\nbody"},
    {"same value twice", "Name: demo\nVersion: 1.0\nVersion: 1.0\n"},
    {"empty value", "Name: demo\nVersion: 1.0\nSummary:\nHome-page:   \n"},
    {"utf-8", "Name: demo\nVersion: 1.0\nAuthor: \xE5\xB0\x8F\xE6\x9E\x97 \xE3\x81\x82\xE3\x81\x8B\xE3\x82\x8A\n\n"
              "\xF0\x9F\x91\xBB\n"},
};
} // namespace

class TestCoreMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldReadLikePythonsEmailParser_data();
    void shouldReadLikePythonsEmailParser();
    void shouldMatchPypiJsonForTorch();
    void shouldReadEveryField();
    void shouldKeepPytorchRequirementsVerbatim_data();
    void shouldKeepPytorchRequirementsVerbatim();
    void shouldUndoDescriptionFieldIndent();
    void shouldRejectMalformedMetadata_data();
    void shouldRejectMalformedMetadata();

private:
    QTemporaryDir m_dir;
    QJsonObject m_oracle;
    QStringList m_files;
};

void TestCoreMetadata::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QByteArray &name : {EverythingMetadata, TorchMetadata}) {
        const QString path = metadataPath(QString::fromLatin1(name));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        m_files.append(path);
    }
    for (const auto &[name, text] : Synthesized) {
        const QString path = m_dir.filePath(QString::fromLatin1(name).replace(u' ', u'-') + u".METADATA"_s);
        QVERIFY(Akari::Test::writeFile(path, text));
        m_files.append(path);
    }
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), QStringList{u"-c"_s, EmailScript} + m_files);
    QVERIFY2(python.waitForFinished(60'000), "the email-parser oracle did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    QJsonParseError error;
    m_oracle = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_oracle.size(), m_files.size());
}

void TestCoreMetadata::shouldReadLikePythonsEmailParser_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : std::as_const(m_files))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCoreMetadata::shouldReadLikePythonsEmailParser()
{
    QFETCH(QString, path);
    const QJsonObject expected = m_oracle.value(path).toObject();
    QVERIFY2(!expected.isEmpty(), qPrintable(path));
    QCOMPARE(expected.value(u"defects").toInt(), 0); // the oracle itself read it cleanly

    const Akari::Result<CoreMetadata> metadata = CoreMetadata::parse(readAll(path), path);
    QVERIFY2(metadata, describe(metadata).constData());
    QList<CoreMetadata::Field> fields;
    for (const QJsonValue &field : expected.value(u"fields").toArray())
        fields.append({field[0].toString(), field[1].toString()});
    QCOMPARE(metadata->fields(), fields);
    QCOMPARE(metadata->body(), expected.value(u"body").toString());

    // The named getters are the first (or every) value of their field, case-insensitively.
    const auto oracleValues = [&fields](QStringView name) {
        QStringList values;
        for (const auto &[field, value] : fields) {
            if (field.compare(name, Qt::CaseInsensitive) == 0)
                values.append(value);
        }
        return values;
    };
    QCOMPARE(metadata->name(), oracleValues(u"Name").value(0));
    QCOMPARE(metadata->version(), oracleValues(u"Version").value(0));
    QCOMPARE(metadata->requiresPython(), oracleValues(u"Requires-Python").value(0));
    QCOMPARE(metadata->summary(), oracleValues(u"Summary").value(0));
    QCOMPARE(metadata->metadataVersion(), oracleValues(u"Metadata-Version").value(0));
    QCOMPARE(metadata->requiresDist(), oracleValues(u"Requires-Dist"));
    QCOMPARE(metadata->providesExtra(), oracleValues(u"Provides-Extra"));
    QVERIFY(!metadata->name().isEmpty());
    QVERIFY(!metadata->version().isEmpty());
}

void TestCoreMetadata::shouldMatchPypiJsonForTorch()
{
    const QJsonObject info = QJsonDocument::fromJson(readAll(metadataPath(u"torch-2.6.0.pypi-json-info.json"_s)))
                                 .object()
                                 .value(u"info")
                                 .toObject();
    QVERIFY(!info.isEmpty());
    const Akari::Result<CoreMetadata> metadata =
        CoreMetadata::parse(readAll(metadataPath(QString::fromLatin1(TorchMetadata))));
    QVERIFY2(metadata, describe(metadata).constData());
    QCOMPARE(metadata->name(), info.value(u"name").toString());
    QCOMPARE(metadata->version(), info.value(u"version").toString());
    QCOMPARE(metadata->requiresPython(), info.value(u"requires_python").toString());
    QCOMPARE(metadata->summary(), info.value(u"summary").toString());
    QStringList requiresDist;
    for (const QJsonValue &requirement : info.value(u"requires_dist").toArray())
        requiresDist.append(requirement.toString());
    QCOMPARE(requiresDist.size(), 23);
    QCOMPARE(metadata->requiresDist(), requiresDist);
    QVERIFY(info.value(u"provides_extra").isNull());
    QVERIFY(metadata->providesExtra().isEmpty());
}

void TestCoreMetadata::shouldReadEveryField()
{
    // Facts pypa/packaging's own test asserts for everything.metadata (tests/test_metadata.py).
    const Akari::Result<CoreMetadata> metadata =
        CoreMetadata::parse(readAll(metadataPath(QString::fromLatin1(EverythingMetadata))));
    QVERIFY2(metadata, describe(metadata).constData());
    QCOMPARE(metadata->metadataVersion(), u"2.6"_s);
    QCOMPARE(metadata->name(), u"BeagleVote"_s);
    QCOMPARE(metadata->version(), u"1.0a2"_s);
    QCOMPARE(metadata->requiresPython(), u">=3"_s);
    QCOMPARE(metadata->providesExtra(), QStringList{u"pdf"_s});
    QCOMPARE(metadata->requiresDist(),
             (QStringList{u"reportlab; extra == 'pdf'"_s, u"pkginfo"_s, u"PasteDeploy"_s, u"zope.interface (>3.5.0)"_s,
                          u"pywin32 >1.0; sys_platform == 'win32'"_s}));
    QCOMPARE(metadata->values(u"platform"), (QStringList{u"ObscureUnix"_s, u"RareDOS"_s}));
    QCOMPARE(metadata->value(u"Download-URL"), u"\u2026/BeagleVote-0.45.tgz"_s);
    QCOMPARE(metadata->value(u"License"), u"This software may only be obtained by sending the\n"
                                          u"        author a postcard, and then the user promises not\n"
                                          u"        to redistribute it."_s);
    QCOMPARE(metadata->value(u"ThisIsNotReal"), u"Hello!"_s);
    QCOMPARE(metadata->description(), u"This description intentionally left blank.\n"_s);
    QVERIFY(metadata->value(u"No-Such-Field").isEmpty());
}

void TestCoreMetadata::shouldKeepPytorchRequirementsVerbatim_data()
{
    QTest::addColumn<QStringList>("requirements");
    QTest::addColumn<QByteArray>("lineEnd");
    const QJsonObject variants =
        QJsonDocument::fromJson(readAll(metadataPath(u"pytorch-2.7dev-extra-requires-dist.json"_s)))
            .object()
            .value(u"requires_dist_extra")
            .toObject();
    QVERIFY2(variants.size() >= 4, "corpus file missing or changed");
    for (auto it = variants.constBegin(); it != variants.constEnd(); ++it) {
        QStringList requirements;
        for (const QJsonValue &requirement : it.value().toArray())
            requirements.append(requirement.toString());
        QTest::newRow(qPrintable(it.key() + u" LF"_s)) << requirements << QByteArray("\n");
        QTest::newRow(qPrintable(it.key() + u" CRLF"_s)) << requirements << QByteArray("\r\n");
    }
}

void TestCoreMetadata::shouldKeepPytorchRequirementsVerbatim()
{
    QFETCH(QStringList, requirements);
    QFETCH(QByteArray, lineEnd);
    QByteArray text = "Metadata-Version: 2.1" + lineEnd + "Name: torch" + lineEnd + "Version: 2.7.0" + lineEnd;
    for (const QString &requirement : requirements)
        text += "Requires-Dist: " + requirement.toUtf8() + lineEnd;
    text += lineEnd + "Tensors" + lineEnd;
    const Akari::Result<CoreMetadata> metadata = CoreMetadata::parse(text);
    QVERIFY2(metadata, describe(metadata).constData());
    QCOMPARE(metadata->requiresDist(), requirements);
    QCOMPARE(metadata->description(), u"Tensors\n"_s);
}

void TestCoreMetadata::shouldUndoDescriptionFieldIndent()
{
    const Akari::Result<CoreMetadata> metadata = CoreMetadata::parse("Name: demo\nVersion: 1\nDescription: Title\n"
                                                                     "       |\n"
                                                                     "       |  indented\n"
                                                                     "        plain\n");
    QVERIFY2(metadata, describe(metadata).constData());
    QCOMPARE(metadata->description(), u"Title\n\n  indented\nplain"_s);
    QVERIFY(metadata->body().isEmpty());
}

void TestCoreMetadata::shouldRejectMalformedMetadata_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("no name") << QByteArray("Metadata-Version: 2.1\nVersion: 1.0\n") << 0 << 0;
    QTest::newRow("empty name") << QByteArray("Name:\nVersion: 1.0\n") << 0 << 0;
    QTest::newRow("no version") << QByteArray("Name: demo\n\nVersion: 1.0 is in the body\n") << 0 << 0;
    QTest::newRow("not a header") << QByteArray("Name: demo\nVersion: 1.0\nThis is prose\n") << 3 << 1;
    QTest::newRow("continuation first") << QByteArray("  continued\nName: demo\nVersion: 1\n") << 1 << 1;
    QTest::newRow("field without name") << QByteArray("Name: demo\n: value\nVersion: 1\n") << 2 << 1;
    QTest::newRow("space in field name") << QByteArray("Name: demo\nHome page: x\nVersion: 1\n") << 2 << 5;
    QTest::newRow("control in field name") << QByteArray("Na\x01me: demo\nVersion: 1\n") << 1 << 3;
    QTest::newRow("two versions") << QByteArray("Name: demo\nVersion: 1.0\nVersion: 2.0\n") << 3 << 1;
    QTest::newRow("two names") << QByteArray("Name: demo\nVersion: 1.0\nname: other\n") << 3 << 1;
    QTest::newRow("two requires-python")
        << QByteArray("Name: demo\nVersion: 1\nRequires-Python: >=3.8\nRequires-Python: >=3.9\n") << 4 << 1;
    QTest::newRow("invalid utf-8 in header") << QByteArray("Name: demo\nSummary: \xFF\xFE\nVersion: 1\n") << 2 << 0;
    QTest::newRow("invalid utf-8 in body") << QByteArray("Name: demo\nVersion: 1\n\nfine\n\xC3(\n") << 5 << 0;
    QTest::newRow("binary") << QByteArray("\x7F"
                                          "ELF\x02\x01\x01\x00\x00\x00",
                                          10)
                            << 1 << 1;
}

void TestCoreMetadata::shouldRejectMalformedMetadata()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const Akari::Result<CoreMetadata> metadata = CoreMetadata::parse(text, u"demo/METADATA"_s);
    QVERIFY2(!metadata, text.constData());
    QCOMPARE(metadata.error().code(), Error::Code::Parse);
    QCOMPARE(metadata.error().file(), u"demo/METADATA"_s);
    QCOMPARE(metadata.error().line(), line);
    QCOMPARE(metadata.error().column(), column);
    QVERIFY(!metadata.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestCoreMetadata)
#include "tst_coremetadata.moc"
