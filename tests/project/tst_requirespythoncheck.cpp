// SPDX-License-Identifier: GPL-3.0-or-later
// RequiresPythonCheck: requires-python against PyTorch's release compatibility matrix, one
// warning per run of Pythons (issues(), what PyProjectValidator lists) or one for all of
// them (check()), pointing at the requires-python value.
#include <QTest>

#include "core/project/pyprojectvalidator.h"
#include "core/project/requirespythoncheck.h"
#include "core/project/tomldocument.h"

using namespace Qt::Literals::StringLiterals;
using Akari::RequiresPythonCheck;
using Akari::TomlDocument;
using Akari::ValidationIssue;

namespace
{
QByteArray project(const char *requiresPython, const char *dependencies)
{
    return QByteArray("[project]\nname = \"demo\"\nrequires-python = \"") + requiresPython + "\"\ndependencies = [" +
           dependencies + "]\n";
}

TomlDocument parsed(const QByteArray &text)
{
    const Akari::Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
    if (!document)
        qWarning().noquote() << document.error().toString();
    return document.value_or(TomlDocument());
}

// The versions a message names: "Python 3.8, 3.9," → {"3.8", "3.9"}; "Python 3.16 yet" → {"3.16"}.
QStringList pythonsIn(const QString &message)
{
    const qsizetype at = message.indexOf(u"Python "_s);
    if (at < 0)
        return {};
    QStringList versions;
    for (const QString &part : message.mid(at + 7).split(u", "_s)) {
        const QString version = part.section(u' ', 0, 0).remove(u',');
        if (!version.startsWith(u"3."_s))
            break;
        versions.append(version);
        if (part.contains(u' '))
            break; // the list ended inside this part
    }
    return versions;
}
} // namespace

class TestRequiresPythonCheck : public QObject
{
    Q_OBJECT

private slots:
    void issues_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QList<QStringList>>("runs"); // the Pythons of each warning
        QTest::newRow("python covered") << project(">=3.12", "\"torch>=2.7.0\"") << QList<QStringList>{};
        QTest::newRow("python too old for torch")
            << project(">=3.9", "\"torch>=2.9\"") << QList<QStringList>{{u"3.9"_s}};
        QTest::newRow("python on both sides")
            << project(">=3.8", "\"torch==2.5.1\"") << QList<QStringList>{{u"3.8"_s}, {u"3.14"_s, u"3.15"_s}};
        QTest::newRow("python newer than every release")
            << project(">=3.16", "\"torch\"") << QList<QStringList>{{u"3.16"_s}};
        QTest::newRow("greater than admits patch releases")
            << project(">3.12", "\"torch<2.5\"") << QList<QStringList>{{u"3.13"_s, u"3.14"_s, u"3.15"_s}};
        QTest::newRow("compatible release")
            << project("~=3.12.1", "\"torch>=2.0,<2.2\"") << QList<QStringList>{{u"3.12"_s}};
        QTest::newRow("no torch") << project("==3.11.*", "\"numpy\"") << QList<QStringList>{};
        QTest::newRow("upper bound only")
            << project("<3.12", "\"torch>=2.9\"") << QList<QStringList>{{u"3.8"_s, u"3.9"_s}};
        QTest::newRow("torch older than the table") << project(">=3.8", "\"torch==1.13.1\"") << QList<QStringList>{};
        QTest::newRow("marked torch requirements") << project(">=3.13", R"("torch==2.5.1; sys_platform == 'darwin'",
  "torch>=2.9; sys_platform != 'darwin'")") << QList<QStringList>{};
        QTest::newRow("torch in extras with local pins") << QByteArray(R"([project]
name = "demo"
requires-python = ">=3.13"
[project.optional-dependencies]
cpu = ["torch==2.8.0+cpu"]
cu126 = ["torch==2.8.0+cu126; sys_platform == 'linux'"]
)") << QList<QStringList>{{u"3.14"_s, u"3.15"_s}};
        QTest::newRow("torch in a dependency group") << QByteArray(R"([project]
name = "demo"
requires-python = ">=3.9"
[dependency-groups]
gpu = ["torch>=2.9"]
)") << QList<QStringList>{{u"3.9"_s}};
        QTest::newRow("dependencies decide over extras") << QByteArray(R"([project]
name = "demo"
requires-python = ">=3.10"
dependencies = ["torch>=2.9"]
[project.optional-dependencies]
old = ["torch==2.5.1"]
)") << QList<QStringList>{};
        QTest::newRow("no requires-python")
            << QByteArray("[project]\nname = \"demo\"\ndependencies = [\"torch>=2.9\"]\n") << QList<QStringList>{};
        QTest::newRow("requires-python does not parse")
            << project("three point nine", "\"torch>=2.9\"") << QList<QStringList>{};
        QTest::newRow("requires-python not a string")
            << QByteArray("[project]\nrequires-python = 3.9\ndependencies = [\"torch>=2.9\"]\n")
            << QList<QStringList>{};
        QTest::newRow("odd shapes") << QByteArray(R"([project]
requires-python = ">=3.9"
dependencies = "torch>=2.9"
optional-dependencies = 5
dependency-groups = ["torch"]
)") << QList<QStringList>{};
    }

    void issues()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QList<QStringList>, runs);
        const TomlDocument document = parsed(toml);
        const QList<ValidationIssue> issues = RequiresPythonCheck::issues(document);
        QStringList got;
        for (const ValidationIssue &issue : issues)
            got.append(issue.message);
        QVERIFY2(issues.size() == runs.size(), qPrintable(got.join(u'\n')));
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QCOMPARE(pythonsIn(issues[i].message), runs[i]);
            QCOMPARE(issues[i].severity, ValidationIssue::Severity::Warning);
            QVERIFY(issues[i].message.contains(u"requires-python"_s));
        }
        // check(): nothing when there is nothing to say, else one warning naming every Python.
        const std::optional<ValidationIssue> one = RequiresPythonCheck::check(document);
        QCOMPARE(one.has_value(), !runs.isEmpty());
        if (one) {
            QStringList all;
            for (const QStringList &run : std::as_const(runs))
                all += run;
            QCOMPARE(pythonsIn(one->message), all);
            QCOMPARE(one->severity, ValidationIssue::Severity::Warning);
            QCOMPARE(one->line, issues.first().line);
            QCOMPARE(one->column, issues.first().column);
        }
    }

    // The issue points at the value, wherever it is written.
    void pointsAtTheValue_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::newRow("plain") << project(">=3.9", "\"torch>=2.9\"");
        QTest::newRow("spaced and late") << QByteArray("# a comment\n[project]\nname = \"demo\"\ndependencies = "
                                                       "[\"torch>=2.9\"]\n\nrequires-python   =     \">=3.9\"\n");
        QTest::newRow("inline table") << QByteArray(
            "project = { name = \"demo\", dependencies = [\"torch>=2.9\"], requires-python = \">=3.9\" }\n");
        QTest::newRow("dotted key") << QByteArray("project.dependencies = [\"torch>=2.9\"]\n"
                                                  "\tproject.requires-python = '>=3.9'\n");
        QTest::newRow("after non-ASCII text") << QByteArray("[project]\ndescription = \"ÄÖÜ\"\ndependencies = "
                                                            "[\"torch>=2.9\"]\nrequires-python = \">=3.9\" # 日本\n");
    }

    void pointsAtTheValue()
    {
        QFETCH(QByteArray, toml);
        const std::optional<ValidationIssue> issue = RequiresPythonCheck::check(parsed(toml));
        QVERIFY(issue);
        // Where the value starts, counted by hand: the first quote after "requires-python … =".
        qsizetype value = toml.indexOf('=', toml.indexOf("requires-python"));
        while (toml.at(value) != '"' && toml.at(value) != '\'')
            ++value;
        const QList<QByteArray> lines = toml.left(value).split('\n');
        QCOMPARE(issue->line, lines.size());
        QCOMPARE(issue->column, QString::fromUtf8(lines.last()).size() + 1);
    }

    // PyProjectValidator lists exactly these warnings (it calls the check).
    void validatorListsThem()
    {
        const TomlDocument document = parsed(project(">=3.8", "\"torch==2.5.1\""));
        const QList<ValidationIssue> issues = Akari::PyProjectValidator::validate(document);
        QCOMPARE(issues, RequiresPythonCheck::issues(document));
        QCOMPARE(issues.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequiresPythonCheck)
#include "tst_requirespythoncheck.moc"
