// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/unifieddiff.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::UnifiedDiff;

namespace
{
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (text.endsWith('\n'))
        lines.removeLast();
    return lines;
}

QByteArray joined(const QList<QByteArray> &lines, bool finalNewline = true)
{
    QByteArray text = lines.join('\n');
    if (finalNewline && !lines.isEmpty())
        text += '\n';
    return text;
}

QByteArray readShared(const QString &name)
{
    QFile file(Akari::Test::sharedPath(u"corpus/pyprojects/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_diff;
    QString m_patch;

    // diff translates its "No newline at end of file" marker; the tests also run under ja_JP.
    static QProcessEnvironment untranslated()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.remove(u"LANGUAGE"_s);
        return environment;
    }

    // The oracle: GNU diff's own unified output, with fixed labels instead of file times.
    QString gnuDiff(const QByteArray &before, const QByteArray &after, int context, bool stripCr, bool minimal = false)
    {
        const QString a = m_dir.filePath(u"a.toml"_s);
        const QString b = m_dir.filePath(u"b.toml"_s);
        for (const auto &[path, bytes] : {std::pair{a, before}, std::pair{b, after}}) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
                return u"<cannot write %1>"_s.arg(path);
        }
        QStringList arguments{u"-U"_s,      QString::number(context), u"--label"_s, u"old/pyproject.toml"_s,
                              u"--label"_s, u"new/pyproject.toml"_s};
        if (stripCr)
            arguments.append(u"--strip-trailing-cr"_s);
        if (minimal)
            arguments.append(u"--minimal"_s);
        arguments << a << b;
        QProcess process;
        process.setProcessEnvironment(untranslated());
        process.start(m_diff, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1)
            return u"<diff failed: %1>"_s.arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The second oracle: GNU patch applies \a diff to \a before, with no fuzz allowed.
    QByteArray patched(const QByteArray &before, const QString &diff)
    {
        const QString original = m_dir.filePath(u"original.toml"_s);
        const QString output = m_dir.filePath(u"patched.toml"_s);
        QFile file(original);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(before) != before.size())
            return "<cannot write>";
        file.close();
        QFile::remove(output);
        QProcess process;
        process.setProcessEnvironment(untranslated());
        process.start(m_patch,
                      {u"--silent"_s, u"--force"_s, u"--fuzz=0"_s, u"--reject-file=-"_s, u"-o"_s, output, original});
        process.write(diff.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return "<patch failed: " + process.readAllStandardOutput() + process.readAllStandardError() + '>';
        QFile result(output);
        return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
    }

    static int changedLines(const QString &diff)
    {
        int count = 0;
        const QStringList lines = diff.split(u'\n');
        for (const QString &line : lines) {
            if ((line.startsWith(u'+') && !line.startsWith(u"+++ "_s)) ||
                (line.startsWith(u'-') && !line.startsWith(u"--- "_s)))
                ++count;
        }
        return count;
    }

    void compareWithGnu(const QByteArray &before, const QByteArray &after, int context, bool stripCr = false)
    {
        const QString ours =
            UnifiedDiff::make(before, after, u"old/pyproject.toml"_s, u"new/pyproject.toml"_s, context);
        const QString expected = gnuDiff(before, after, context, stripCr);
        if (ours != expected)
            qWarning().noquote() << "ours:\n" << ours << "\nGNU diff:\n" << expected;
        QCOMPARE(ours, expected);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_diff = QStandardPaths::findExecutable(u"diff"_s);
        m_patch = QStandardPaths::findExecutable(u"patch"_s);
    }

    // Independent of any oracle: the format spelled out by hand.
    void handWritten()
    {
        const QByteArray before = "[project]\nname = \"demo\"\nversion = \"1\"\n";
        const QByteArray after = "[project]\nname = \"demo\"\nversion = \"2\"\ndependencies = []";
        QCOMPARE(UnifiedDiff::make(before, after, u"a"_s, u"b"_s),
                 u"--- a\n+++ b\n@@ -1,3 +1,4 @@\n [project]\n name = \"demo\"\n-version = \"1\"\n"
                 "+version = \"2\"\n+dependencies = []\n\\ No newline at end of file\n"_s);
        QCOMPARE(UnifiedDiff::make({}, "x\n", u"a"_s, u"b"_s), u"--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n"_s);
        QCOMPARE(UnifiedDiff::make("x\ny\n", {}, u"a"_s, u"b"_s), u"--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n"_s);
        QCOMPARE(UnifiedDiff::make(before, before, u"a"_s, u"b"_s), QString());
        QCOMPARE(UnifiedDiff::make({}, {}, u"a"_s, u"b"_s), QString());
    }

    void crlfComparesLikeLf()
    {
        const QByteArray lf = "a = 1\nb = 2\nc = 3\n";
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QCOMPARE(UnifiedDiff::make(crlf, lf, u"a"_s, u"b"_s), QString());
        QCOMPARE(UnifiedDiff::make(crlf, "a = 1\r\nb = 5\r\nc = 3\r\n", u"a"_s, u"b"_s),
                 u"--- a\n+++ b\n@@ -1,3 +1,3 @@\n a = 1\n-b = 2\n+b = 5\n c = 3\n"_s);
    }

    void corpusEdits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<bool>("crlf");

        // Small and large files, with and without a final line break.
        const QStringList names{u"01-karpathy-nanochat.toml"_s, u"11-rewaifu-resselt.toml"_s,
                                u"24-GeoffreyCoulaud-subtitles-ocr.toml"_s, u"02-invoke-ai-InvokeAI.toml"_s};
        for (const QString &name : names) {
            const QByteArray text = readShared(name);
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            const bool finalNewline = text.endsWith('\n');
            const QList<QByteArray> lines = linesOf(text);
            const qsizetype n = lines.size();
            QVERIFY(n > 20);
            const auto row = [&](const char *what, const QByteArray &after, int context = 3, bool crlf = false) {
                QTest::addRow("%s %s U%d", qPrintable(name), what, context) << text << after << context << crlf;
            };
            const auto edited = [&](auto change) {
                QList<QByteArray> copy = lines;
                change(copy);
                return joined(copy, finalNewline);
            };
            for (const auto &[where, at] :
                 {std::pair{"start", qsizetype(0)}, std::pair{"middle", n / 2}, std::pair{"end", n - 1}}) {
                const QByteArray insertText = QByteArray("insert ") + where;
                row(qPrintable(u"insert at %1"_s.arg(QLatin1StringView(where))),
                    edited([&](QList<QByteArray> &l) { l.insert(at, "inserted = true"); }));
                row(qPrintable(u"append after %1"_s.arg(QLatin1StringView(where))),
                    edited([&](QList<QByteArray> &l) { l.insert(at + 1, "appended = true"); }));
                row(qPrintable(u"delete at %1"_s.arg(QLatin1StringView(where))),
                    edited([&](QList<QByteArray> &l) { l.removeAt(at); }));
                row(qPrintable(u"replace at %1"_s.arg(QLatin1StringView(where))),
                    edited([&](QList<QByteArray> &l) { l[at] = "replaced = 1"; }));
                for (int context : {0, 1, 5})
                    row(qPrintable(u"replace at %1"_s.arg(QLatin1StringView(where))),
                        edited([&](QList<QByteArray> &l) { l[at] = "replaced = 1"; }), context);
            }
            // Two changes 5, 6, 7 and 8 lines apart: one hunk up to 2 * context lines between them.
            for (int gap : {5, 6, 7, 8}) {
                row(qPrintable(u"two changes %1 apart"_s.arg(gap)), edited([&](QList<QByteArray> &l) {
                        l[4] = "first = 1";
                        l[5 + gap] = "second = 2";
                    }));
            }
            row("delete a block", edited([&](QList<QByteArray> &l) { l.remove(3, 6); }));
            row("insert a block and a blank line", edited([&](QList<QByteArray> &l) {
                    l.insert(n / 3, "");
                    l.insert(n / 3, "[tool.extra]");
                    l.insert(n / 3 + 1, "key = \"value\"");
                }));
            // Whole tables end in blank lines, so where a removed or added one begins is ambiguous.
            QList<qsizetype> headers;
            for (qsizetype i = 0; i < n; ++i) {
                if (lines[i].startsWith('['))
                    headers.append(i);
            }
            QVERIFY(headers.size() >= 3);
            row("remove the second table",
                edited([&](QList<QByteArray> &l) { l.remove(headers[1], headers[2] - headers[1]); }));
            row("add a table before the third", edited([&](QList<QByteArray> &l) {
                    l.insert(headers[2], "");
                    l.insert(headers[2], "key = 1");
                    l.insert(headers[2], "[tool.new]");
                }));
            row("add a table at the end", edited([&](QList<QByteArray> &l) {
                    l.append("");
                    l.append("[tool.new]");
                    l.append("key = 1");
                }));
            row("duplicate a line", edited([&](QList<QByteArray> &l) { l.insert(n / 2, l[n / 2]); }));
            row("swap two lines", edited([&](QList<QByteArray> &l) { l.swapItemsAt(2, 3); }));
            row("toggle the final line break", joined(lines, !finalNewline));
            row("toggle the final line break and edit the last line",
                edited([&](QList<QByteArray> &l) { l.last() += " # edited"; }) +
                    (finalNewline ? QByteArray() : QByteArray("\n")));
            row("to empty", QByteArray());
            row("identical", text);
            QByteArray crlf = text;
            crlf.replace("\n", "\r\n");
            QTest::addRow("%s crlf identical", qPrintable(name)) << crlf << text << 3 << true;
            QTest::addRow("%s crlf edited", qPrintable(name))
                << crlf << edited([&](QList<QByteArray> &l) { l[n / 2] = "changed = true"; }) << 3 << true;
            QTest::addRow("%s from empty", qPrintable(name)) << QByteArray() << text << 3 << false;
        }
        QTest::addRow("only a line break") << QByteArray("\n") << QByteArray() << 3 << false;
        QTest::addRow("no line break either side") << QByteArray("a") << QByteArray("b") << 3 << false;
        QTest::addRow("line break added to one line") << QByteArray("a") << QByteArray("a\n") << 3 << false;
    }

    void corpusEdits()
    {
        if (m_diff.isEmpty())
            QSKIP("GNU diff is not installed: the oracle is missing");
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(int, context);
        QFETCH(bool, crlf);
        compareWithGnu(before, after, context, crlf);
    }

    // Texts of few distinct lines have many equally short edit scripts, and dtl may pick
    // another than diff: then the diff must still turn one text into the other (patch is the
    // judge) with as few changed lines as `diff --minimal`.
    void ambiguousTexts()
    {
        if (m_diff.isEmpty() || m_patch.isEmpty())
            QSKIP("GNU diff or patch is not installed: the oracles are missing");
        QRandomGenerator random(20250101);
        const QList<QByteArray> alphabet{"a", "b", "", "]", "[x]", "c = 1"};
        const auto text = [&] {
            QList<QByteArray> lines;
            const int count = random.bounded(0, 14);
            for (int i = 0; i < count; ++i)
                lines.append(alphabet[random.bounded(alphabet.size())]);
            return joined(lines, random.bounded(4) != 0);
        };
        QList<std::pair<QByteArray, QByteArray>> pairs;
        const QByteArray corpus = readShared(u"11-rewaifu-resselt.toml"_s);
        const QList<QByteArray> corpusLines = linesOf(corpus);
        pairs.append({corpus, joined(QList<QByteArray>(corpusLines.crbegin(), corpusLines.crend()))});
        for (int round = 0; round < 400; ++round) {
            const QByteArray before = text();
            QByteArray after = random.bounded(3) == 0 ? text() : before;
            if (after == before && !after.isEmpty())
                after.insert(random.bounded(after.size()), alphabet[random.bounded(alphabet.size())] + '\n');
            pairs.append({before, after});
        }
        int sameAsDiff = 0;
        for (const auto &[before, after] : std::as_const(pairs)) {
            const int context = random.bounded(0, 4);
            const QString ours =
                UnifiedDiff::make(before, after, u"old/pyproject.toml"_s, u"new/pyproject.toml"_s, context);
            const QString gnu = gnuDiff(before, after, context, false, true);
            QCOMPARE(ours.isEmpty(), before == after);
            QCOMPARE(changedLines(ours), changedLines(gnu));
            QCOMPARE(patched(before, ours), after);
            if (ours == gnuDiff(before, after, context, false))
                ++sameAsDiff;
        }
        // Nearly all are the same as diff's (without moving runs like diff does, a sixth differ).
        QVERIFY2(sameAsDiff * 10 >= pairs.size() * 9, qPrintable(QString::number(sameAsDiff)));
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
