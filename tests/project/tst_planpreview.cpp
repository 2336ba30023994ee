// SPDX-License-Identifier: GPL-3.0-or-later
// PlanPreviewer: the plan applied (compared by meaning with uv's guide), uv's rules and the
// reader's findings on the result, the requires-python check, and the diff from the disk.
#include <memory>

#include <QDir>
#include <QFile>
#include <QTest>

#include "core/jobs/job.h"
#include "core/project/planpreview.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "guideconfigurations.h"
#include "jobrun.h"
#include "pyprojectmeaning.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{
const QString FilePath = u"/projects/demo/pyproject.toml"_s;
const QStringList GuideNames{u"pypi"_s, u"cpu"_s, u"cu128-linux"_s, u"rocm"_s, u"xpu"_s, u"variants"_s};
constexpr int GuideVariants = 5;

TorchPlan planOf(const QByteArray &text)
{
    const Result<TomlDocument> document = TomlDocument::parse(text, FilePath);
    return document ? TorchPlanReader::read(*document).plan : TorchPlan();
}

QByteArray projectWithPython(const char *requiresPython)
{
    return QByteArray("[project]\nname = \"demo\"\nversion = \"0.1.0\"\nrequires-python = \"") + requiresPython +
           "\"\ndependencies = [\"torch>=2.9\", \"numpy\"]\n";
}

QString errorText(const Result<PlanPreview> &preview)
{
    return preview ? QString() : preview.error().toString();
}
} // namespace

class TestPlanPreview : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_guide;

private slots:
    void initTestCase()
    {
        m_guide = Test::guideConfigurations();
        QCOMPARE(m_guide.size(), GuideNames.size());
    }

    void guideConfigurations_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (int from = 0; from < GuideNames.size(); ++from) {
            for (int to = 0; to < GuideNames.size(); ++to) {
                if (from != to)
                    QTest::addRow("%s-to-%s", qPrintable(GuideNames.at(from)), qPrintable(GuideNames.at(to)))
                        << from << to;
            }
        }
    }

    // The plan read from configuration B, applied to configuration A, gives a file meaning B.
    void guideConfigurations()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const QByteArray base = m_guide.at(from);
        const TorchPlan plan = planOf(m_guide.at(to));
        const Result<PlanPreview> preview = PlanPreviewer::preview(base, base, FilePath, plan);
        QVERIFY2(preview, qPrintable(errorText(preview)));
        QCOMPARE(preview->plan, plan);
        const Test::PyProjectMeaning expected = Test::meaningOf(m_guide.at(to));
        const Test::PyProjectMeaning actual = Test::meaningOf(preview->text);
        QVERIFY2(actual == expected, qPrintable(actual.differences(expected)));
        QVERIFY(preview->text != base);
        QVERIFY(preview->diff.startsWith(u"--- a/pyproject.toml\n+++ b/pyproject.toml\n@@ "_s));
        // The guide's cu128 extra fails on macOS (its own note); the other configurations are fine.
        QCOMPARE(preview->issues.size(), to == GuideVariants ? 1 : 0);
        QVERIFY(!preview->requiresPythonIssue);
    }

    void unchangedPlanChangesNothing_data()
    {
        QTest::addColumn<int>("index");
        for (int index = 0; index < GuideNames.size(); ++index)
            QTest::newRow(qPrintable(GuideNames.at(index))) << index;
    }

    void unchangedPlanChangesNothing()
    {
        QFETCH(int, index);
        const QByteArray base = m_guide.at(index);
        const Result<PlanPreview> preview = PlanPreviewer::preview(base, base, FilePath, planOf(base));
        QVERIFY2(preview, qPrintable(errorText(preview)));
        QCOMPARE(preview->text, base);
        QVERIFY(preview->diff.isEmpty());
    }

    // The diff starts from the disk, not from the base being edited.
    void diffIsAgainstTheDisk()
    {
        const QByteArray onDisk = m_guide.at(0);
        const QByteArray edited = m_guide.at(1); // the base already holds an edit not saved yet
        const Result<PlanPreview> preview = PlanPreviewer::preview(edited, onDisk, FilePath, planOf(edited));
        QVERIFY2(preview, qPrintable(errorText(preview)));
        QCOMPARE(preview->text, edited);
        QVERIFY(!preview->diff.isEmpty());
        QVERIFY(preview->diff.contains(u"\n+[[tool.uv.index]]\n"_s));
        QVERIFY(preview->diff.contains(u"\n+url = \"https://download.pytorch.org/whl/cpu\"\n"_s));
    }

    // A file not on disk yet: every line is added.
    void newFileDiffAddsEveryLine()
    {
        const QByteArray base = m_guide.at(0);
        const Result<PlanPreview> preview = PlanPreviewer::preview(base, QByteArray(), FilePath, planOf(m_guide.at(1)));
        QVERIFY2(preview, qPrintable(errorText(preview)));
        const QStringList textLines = QString::fromUtf8(preview->text).split(u'\n', Qt::SkipEmptyParts);
        QStringList diffLines = preview->diff.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(diffLines.value(0), u"--- a/pyproject.toml"_s);
        QCOMPARE(diffLines.value(1), u"+++ b/pyproject.toml"_s);
        QCOMPARE(diffLines.value(2), u"@@ -0,0 +1,%1 @@"_s.arg(preview->text.count('\n')));
        diffLines = diffLines.mid(3);
        QStringList added;
        for (const QString &line : std::as_const(diffLines)) {
            QVERIFY2(line.startsWith(u'+'), qPrintable(line));
            if (line.size() > 1)
                added.append(line.mid(1));
        }
        QCOMPARE(added, textLines);
    }

    void issuesAndFindingsAreFilled()
    {
        // The guide's variants: one warning, on the cu128 extra's torch source (line 25).
        const QByteArray variants = m_guide.at(GuideVariants);
        const Result<PlanPreview> guide = PlanPreviewer::preview(variants, variants, FilePath, planOf(variants));
        QVERIFY2(guide, qPrintable(errorText(guide)));
        QCOMPARE(guide->issues.size(), 1);
        QCOMPARE(guide->issues[0].severity, ValidationIssue::Severity::Warning);
        QCOMPARE(guide->issues[0].line, 25);
        QVERIFY(guide->issues[0].message.contains(u"macOS"_s));
        QVERIFY(guide->findings.isEmpty());

        // A source the plan cannot express (a git checkout of torchaudio) is a finding, kept
        // as written while the plan changes torch.
        const QByteArray withGit = m_guide.at(0) + "\n[tool.uv.sources]\ntorchaudio = { git = "
                                                   "\"https://github.com/pytorch/audio\" }\n";
        const Result<PlanPreview> kept = PlanPreviewer::preview(withGit, withGit, FilePath, planOf(m_guide.at(1)));
        QVERIFY2(kept, qPrintable(errorText(kept)));
        QVERIFY(kept->text.contains("torchaudio = { git = \"https://github.com/pytorch/audio\" }"));
        QVERIFY(!kept->findings.isEmpty());
        QVERIFY(std::ranges::any_of(kept->findings, [](const PlanFinding &f) { return f.package == u"torchaudio"_s; }));
    }

    // torch 2.9 has no wheels for Python 3.8 and 3.9 (PyTorch's compatibility matrix).
    void requiresPythonIssue()
    {
        const QByteArray old = projectWithPython(">=3.8");
        const Result<PlanPreview> preview = PlanPreviewer::preview(old, old, FilePath, planOf(m_guide.at(1)));
        QVERIFY2(preview, qPrintable(errorText(preview)));
        QVERIFY(preview->requiresPythonIssue);
        QCOMPARE(preview->requiresPythonIssue->severity, ValidationIssue::Severity::Warning);
        QVERIFY(preview->requiresPythonIssue->message.contains(u"Python 3.8, 3.9,"_s));
        QCOMPARE(preview->requiresPythonIssue->line, 4);
        QCOMPARE(preview->requiresPythonIssue->column, 19);

        const QByteArray recent = projectWithPython(">=3.12");
        const Result<PlanPreview> fine = PlanPreviewer::preview(recent, recent, FilePath, planOf(m_guide.at(1)));
        QVERIFY2(fine, qPrintable(errorText(fine)));
        QVERIFY(!fine->requiresPythonIssue);
        QVERIFY(fine->issues.isEmpty());
    }

    void malformedBaseFails()
    {
        const Result<PlanPreview> preview =
            PlanPreviewer::preview("[project]\nname = \"demo\n", QByteArray(), FilePath, TorchPlan::defaultPlan());
        QVERIFY(!preview);
        QCOMPARE(preview.error().code(), Error::Code::Parse);
        QCOMPARE(preview.error().file(), FilePath);
        QCOMPARE(preview.error().line(), 2);
    }

    void invalidPlanFails()
    {
        TorchPlan plan = TorchPlan::defaultPlan();
        plan.setBackend(u"torch"_s, TargetPlatform::Os::Linux, u"cu999"_s);
        const QByteArray base = m_guide.at(0);
        const Result<PlanPreview> preview = PlanPreviewer::preview(base, base, FilePath, plan);
        QVERIFY(!preview);
        QVERIFY(!preview.error().message().isEmpty());
    }

    void jobDeliversThePreview()
    {
        const QByteArray base = m_guide.at(0);
        const TorchPlan plan = planOf(m_guide.at(2));
        std::unique_ptr<Job> job(PlanPreviewer::previewJob(base, base, FilePath, plan));
        const Test::JobOutcome outcome = Test::runToEnd(job.get());
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->toString()) : "");
        const QVariant value = outcome.value;
        QCOMPARE(value.metaType(), QMetaType::fromType<PlanPreview>());
        const PlanPreview preview = value.value<PlanPreview>();
        QCOMPARE(preview.plan, plan);
        QCOMPARE(Test::meaningOf(preview.text), Test::meaningOf(m_guide.at(2)));
        QVERIFY(!preview.diff.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanPreview)
#include "tst_planpreview.moc"
