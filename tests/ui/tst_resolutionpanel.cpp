// SPDX-License-Identifier: GPL-3.0-or-later
// The Resolution panel resolving projects against the loopback index
// (tests/tools/loopback_index.py) whose PyPI-like index is the project's default index.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "core/index/httpclient.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/jobtracker.h"
#include "core/resolve/torchavailability.h"
#include "projecteditor.h"
#include "projectfixture.h"
#include "pythonindexserver.h"
#include "textfitcheck.h"
#include "widgets/resolutionpanel.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ResolutionPanel;
using Akari::TargetPlatform;

class TestResolutionPanel : public QObject
{
    Q_OBJECT

private:
    Akari::Test::PythonIndexServer m_server;
    Akari::LanguageManager m_languages;
    std::shared_ptr<Akari::SimpleIndexClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Akari::JobTracker> m_jobs;
    std::unique_ptr<Akari::ProjectEditor> m_editor;
    std::unique_ptr<ResolutionPanel> m_panel;

    [[nodiscard]] QByteArray toml(const QString &dependencies, const QString &index, const QString &extra = {}) const
    {
        return u"[project]\nname = \"demo\"\nversion = \"0.1.0\"\nrequires-python = \">=3.10\"\n"
               "dependencies = [%1]\n%3\n[[tool.uv.index]]\nname = \"loopback\"\nurl = \"%2\"\ndefault = true\n"_s
                   .arg(dependencies, index, extra)
                   .toUtf8();
    }

    bool open(const QByteArray &text)
    {
        const QString folder = Akari::Test::writeProject(m_dir->path(), u"demo"_s, text);
        QSignalSpy opened(m_editor.get(), &Akari::ProjectEditor::opened);
        m_editor->open(folder);
        return opened.wait(10000) && QTest::qWaitFor([this] { return !m_jobs->isBusy(); }, 10000);
    }

    bool resolveAndWait()
    {
        QSignalSpy finished(m_panel.get(), &ResolutionPanel::resolveFinished);
        QTest::mouseClick(m_panel->resolveButton(), Qt::LeftButton);
        return finished.wait(60000);
    }

    [[nodiscard]] QStringList column(int column) const
    {
        QStringList texts;
        for (int row = 0; row < m_panel->table()->rowCount(); ++row)
            texts.append(m_panel->table()->item(row, column)->text());
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        Akari::HttpClient::Options options;
        options.retries = 0;
        m_client = std::make_shared<Akari::SimpleIndexClient>(std::make_shared<Akari::HttpClient>(options),
                                                              Akari::IndexCredentials());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_jobs = std::make_unique<Akari::JobTracker>();
        QVERIFY(Akari::Test::allowParallelJobs(m_jobs.get()));
        m_editor = std::make_unique<Akari::ProjectEditor>(m_jobs.get());
        m_panel = std::make_unique<ResolutionPanel>(m_editor.get(), m_jobs.get());
        m_panel->setIndexClient(m_client);
        m_panel->resize(760, 420);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_editor.reset();
        m_jobs.reset();
        m_dir.reset();
    }

    void offersTheProjectsTargets()
    {
        QVERIFY(!m_panel->resolveButton()->isEnabled());
        QVERIFY(open(toml(u"\"torch\""_s, m_server.indexUrl(u"pypi"_s).toString())));
        QVERIFY(m_panel->resolveButton()->isEnabled());
        QCOMPARE(m_panel->platformBox()->count(), 3);
        QStringList pythons;
        for (int index = 0; index < m_panel->pythonBox()->count(); ++index)
            pythons.append(m_panel->pythonBox()->itemText(index));
        QCOMPARE(pythons, Akari::TorchAvailability::supportedPythons(u">=3.10"_s));
        QVERIFY(m_panel->variantBox()->isHidden()); // one setup per platform: nothing to choose
        QVERIFY(m_panel->outcome() == std::nullopt);
    }

    void resolvesOnDemand()
    {
        QVERIFY(open(toml(u"\"torchvision\""_s, m_server.indexUrl(u"pypi"_s).toString())));
        QTest::qWait(100);
        QVERIFY(!m_panel->isResolving()); // nothing without asking
        m_panel->setPlatform(TargetPlatform::Os::Linux);
        m_panel->setPython(u"3.12"_s);
        QSignalSpy started(m_jobs.get(), &Akari::JobTracker::jobStarted);
        QVERIFY(resolveAndWait());
        QCOMPARE(started.size(), 1);
        QVERIFY(m_panel->outcome());
        QVERIFY2(m_panel->outcome()->resolution.satisfiable, qPrintable(m_panel->statusLabel()->text()));
        const QList<Akari::ResolvedPackage> &packages = m_panel->outcome()->resolution.packages;
        QCOMPARE(m_panel->table()->rowCount(), packages.size());
        const QStringList names = column(0);
        QVERIFY(names.contains(u"torch"_s) && names.contains(u"torchvision"_s));
        for (int row = 0; row < packages.size(); ++row) {
            QCOMPARE(names.at(row), packages.at(row).name.canonical());
            QCOMPARE(column(1).at(row), packages.at(row).version.toString());
            QCOMPARE(column(2).at(row), u"loopback"_s);
            QVERIFY(!column(3).at(row).isEmpty());
        }
        // Linux x86_64 pulls torch's nvidia-* dependencies; macOS does not.
        QVERIFY(std::ranges::any_of(names, [](const QString &name) { return name.startsWith(u"nvidia-"_s); }));
        QVERIFY(m_panel->table()->isVisible());
        QVERIFY(m_panel->explanationView()->isHidden());
        QVERIFY(m_panel->progressBar()->isHidden());

        // Another target: the result says it is out of date until resolved again.
        const QString before = m_panel->statusLabel()->text();
        m_panel->setPlatform(TargetPlatform::Os::MacOs);
        QVERIFY(m_panel->statusLabel()->text() != before);
        QVERIFY(resolveAndWait());
        QVERIFY(m_panel->outcome() && m_panel->outcome()->resolution.satisfiable);
        QVERIFY(std::ranges::none_of(column(0), [](const QString &name) { return name.startsWith(u"nvidia-"_s); }));
        QVERIFY(m_panel->outcome()->target.os == TargetPlatform::Os::MacOs);
    }

    void explainsNoSolution()
    {
        QVERIFY(open(toml(u"\"torch>=99\""_s, m_server.indexUrl(u"pypi"_s).toString())));
        QVERIFY(resolveAndWait());
        QVERIFY(m_panel->outcome());
        QVERIFY(!m_panel->outcome()->resolution.satisfiable);
        QVERIFY(m_panel->explanationView()->isVisible());
        QVERIFY(m_panel->table()->isHidden());
        QCOMPARE(m_panel->explanationView()->toPlainText(), m_panel->outcome()->resolution.explanation);
        QVERIFY2(m_panel->explanationView()->toPlainText().contains(u"torch"_s),
                 qPrintable(m_panel->explanationView()->toPlainText()));
    }

    void showsTheError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1/simple"_s.arg(closed.serverPort());
        closed.close();
        QVERIFY(open(toml(u"\"torch\""_s, dead)));
        QVERIFY(resolveAndWait());
        QVERIFY(!m_panel->outcome());
        QVERIFY2(m_panel->statusLabel()->text().contains(u"127.0.0.1"_s), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(m_panel->resolveButton()->isEnabled()); // ready to try again
    }

    void offersTheVariants()
    {
        // The guide's variants: one extra per backend, in conflict with each other.
        const QString extras =
            u"\n[project.optional-dependencies]\ncpu = [\"torch\"]\ncu128 = [\"torch\"]\n\n"
            "[tool.uv]\nconflicts = [[{ extra = \"cpu\" }, { extra = \"cu128\" }]]\n\n"
            "[tool.uv.sources]\ntorch = [\n  { index = \"pytorch-cpu\", extra = \"cpu\" },\n"
            "  { index = \"pytorch-cu128\", extra = \"cu128\" },\n]\n\n"
            "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"%1/cpu\"\nexplicit = true\n\n"
            "[[tool.uv.index]]\nname = \"pytorch-cu128\"\nurl = \"%1/cu128\"\nexplicit = true\n"_s.arg(
                u"https:"_s + u"//download.pytorch.org/whl"_s);
        QVERIFY(open(toml(QString(), m_server.indexUrl(u"pypi"_s).toString(), extras)));
        QCOMPARE(m_editor->plan().mode(), Akari::TorchPlan::Mode::Variants);
        QVERIFY(m_panel->variantBox()->isVisible());
        QStringList variants;
        for (int index = 0; index < m_panel->variantBox()->count(); ++index)
            variants.append(m_panel->variantBox()->itemText(index));
        QCOMPARE(variants, (QStringList{u"cpu"_s, u"cu128"_s}));
        m_panel->variantBox()->setCurrentIndex(1);
        QCOMPARE(m_panel->variant(), u"cu128"_s);
    }

    void fitsItsTexts_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("150%") << 1.5;
    }

    void fitsItsTexts()
    {
        QFETCH(double, scale);
        const QFont original = QApplication::font();
        QFont scaled = original;
        scaled.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(scaled);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });
        QVERIFY(open(toml(u"\"torch\""_s, m_server.indexUrl(u"pypi"_s).toString())));
        QApplication::processEvents();
        const QStringList problems =
            Akari::Test::clippedTexts(m_panel.get()) + Akari::Test::overlappingWidgets(m_panel.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!m_panel->platformBox()->accessibleName().isEmpty());
        QVERIFY(!m_panel->pythonBox()->accessibleName().isEmpty());
        QVERIFY(m_panel->resolveButton()->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestResolutionPanel)
#include "tst_resolutionpanel.moc"
