// SPDX-License-Identifier: GPL-3.0-or-later
// The Availability panel on a project whose plan uses CUDA 11.8 on Linux and Windows and PyPI's
// builds on macOS, reading the loopback index (tests/tools/loopback_index.py): its cu118 index
// stops at torch 2.7.1 and nothing has cp314 wheels.
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
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
#include "projecteditor.h"
#include "projectfixture.h"
#include "pythonindexserver.h"
#include "textfitcheck.h"
#include "widgets/availabilitypanel.h"

using namespace Qt::Literals::StringLiterals;
using Akari::AvailabilityPanel;
using Akari::TargetPlatform;

namespace
{
const QByteArray ProjectToml = "[project]\nname = \"demo\"\nversion = \"0.1.0\"\nrequires-python = \">=3.12\"\n"
                               "dependencies = [\"torch\"]\n\n"
                               "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cu118\", marker = "
                               "\"sys_platform == 'linux' or sys_platform == 'win32'\" }]\n\n"
                               "[[tool.uv.index]]\nname = \"pytorch-cu118\"\n"
                               "url = \"https://download.pytorch.org/whl/cu118\"\nexplicit = true\n";
} // namespace

class TestAvailabilityPanel : public QObject
{
    Q_OBJECT

private:
    Akari::Test::PythonIndexServer m_server;
    Akari::LanguageManager m_languages;
    std::shared_ptr<Akari::SimpleIndexClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Akari::JobTracker> m_jobs;
    std::unique_ptr<Akari::ProjectEditor> m_editor;
    std::unique_ptr<AvailabilityPanel> m_panel;

    [[nodiscard]] QList<std::pair<QString, QString>> overrides(const QStringList &backends) const
    {
        QList<std::pair<QString, QString>> list;
        for (const QString &backend : backends)
            list.append({backend, m_server.indexUrl(backend).toString()});
        return list;
    }

    bool open()
    {
        const QString folder = Akari::Test::writeProject(m_dir->path(), u"demo"_s, ProjectToml);
        QSignalSpy opened(m_editor.get(), &Akari::ProjectEditor::opened);
        m_editor->open(folder);
        return opened.wait(10000) && QTest::qWaitFor([this] { return !m_jobs->isBusy(); }, 10000);
    }

    [[nodiscard]] int rowOf(const QString &platform, const QString &backendName) const
    {
        for (int row = 0; row < m_panel->table()->rowCount(); ++row) {
            const QString header = m_panel->table()->verticalHeaderItem(row)->text();
            if (header.contains(platform) && header.contains(backendName))
                return row;
        }
        return -1;
    }

    [[nodiscard]] QString cellText(int row, const QString &python) const
    {
        const QStringList pythons = m_panel->query().pythonVersions;
        const QTableWidgetItem *item = m_panel->table()->item(row, int(pythons.indexOf(python)));
        return item ? item->text() : u"<none>"_s;
    }

    bool showAndWait()
    {
        QSignalSpy finished(m_panel.get(), &AvailabilityPanel::checkFinished);
        m_panel->show();
        return QTest::qWaitForWindowExposed(m_panel.get()) && finished.wait(30000);
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
        m_panel = std::make_unique<AvailabilityPanel>(m_editor.get(), m_jobs.get());
        m_panel->setIndexClient(m_client);
        m_panel->setIndexOverrides(overrides({u"cu118"_s, u"cu128"_s, u"pypi"_s}));
        m_panel->resize(760, 360);
        m_server.clearRequestLog();
    }

    void cleanup()
    {
        m_panel.reset();
        m_editor.reset();
        m_jobs.reset();
        m_dir.reset();
    }

    void readsNothingWhileHidden()
    {
        QVERIFY(!m_panel->refreshButton()->isEnabled());
        QVERIFY(open());
        QTest::qWait(200);
        QVERIFY(!m_panel->isChecking());
        QVERIFY(m_server.requestLog().isEmpty());
        QVERIFY(!m_panel->report());
        // The rows are there already: each platform with the backend the plan uses on it.
        QCOMPARE(m_panel->table()->rowCount(), 3);
        QVERIFY(rowOf(u"Linux"_s, u"CUDA 11.8"_s) >= 0);
        QVERIFY(rowOf(u"Windows"_s, u"CUDA 11.8"_s) >= 0);
        QVERIFY(rowOf(u"macOS"_s, u"PyPI"_s) >= 0);
        QCOMPARE(m_panel->table()->columnCount(), Akari::TorchAvailability::supportedPythons(u">=3.12"_s).size());
        QVERIFY(m_panel->refreshButton()->isEnabled());
    }

    void showsTheNewestTorchPerCell()
    {
        QVERIFY(open());
        QSignalSpy started(m_jobs.get(), &Akari::JobTracker::jobStarted);
        QVERIFY(showAndWait());
        QCOMPARE(started.size(), 1); // through the tracker
        QVERIFY(m_panel->report());
        QVERIFY2(m_panel->report()->warnings.isEmpty(), qPrintable(m_panel->report()->warnings.join(u'\n')));
        const int linux = rowOf(u"Linux"_s, u"CUDA 11.8"_s);
        QCOMPARE(cellText(linux, u"3.12"_s), u"2.7.1"_s);
        QCOMPARE(cellText(linux, u"3.14"_s), u"no wheels"_s);
        const int mac = rowOf(u"macOS"_s, u"PyPI"_s);
        QVERIFY(cellText(mac, u"3.12"_s).front().isDigit());
        // Every cell says what the report says; tooltips name the other packages too.
        const QStringList pythons = m_panel->query().pythonVersions;
        for (const auto &[os, name, backend] : {std::tuple{TargetPlatform::Os::Linux, u"Linux"_s, u"cu118"_s},
                                                std::tuple{TargetPlatform::Os::Windows, u"Windows"_s, u"cu118"_s},
                                                std::tuple{TargetPlatform::Os::MacOs, u"macOS"_s, u"pypi"_s}}) {
            const int row = rowOf(name, backend == u"pypi"_s ? u"PyPI"_s : u"CUDA 11.8"_s);
            for (const QString &python : pythons) {
                const Akari::TorchAvailability::Cell *cell = m_panel->report()->cell(u"torch"_s, backend, python, os);
                QVERIFY(cell);
                QCOMPARE(cellText(row, python), cell->versions.isEmpty() ? u"no wheels"_s : cell->versions.first());
                const QString tip = m_panel->table()->item(row, int(pythons.indexOf(python)))->toolTip();
                QVERIFY2(tip.contains(u"torchvision"_s) && tip.contains(u"torchaudio"_s), qPrintable(tip));
            }
        }
        QVERIFY(!m_panel->statusLabel()->text().isEmpty());
    }

    void refreshReadsAgain()
    {
        QVERIFY(open());
        QVERIFY(showAndWait());
        const qsizetype before = m_server.requestLog().size();
        QVERIFY(before > 0);
        QSignalSpy finished(m_panel.get(), &AvailabilityPanel::checkFinished);
        // Keyboard: the button takes the focus and Space presses it.
        m_panel->refreshButton()->setFocus();
        QTest::keyClick(m_panel->refreshButton(), Qt::Key_Space);
        QVERIFY(m_panel->isChecking());
        QVERIFY(m_panel->statusLabel()->text().contains(u"Reading"_s));
        QVERIFY(finished.wait(30000));
        QVERIFY(m_server.requestLog().size() > before);
    }

    void followsThePlan()
    {
        QVERIFY(open());
        QVERIFY(showAndWait());
        QSignalSpy finished(m_panel.get(), &AvailabilityPanel::checkFinished);
        Akari::TorchPlan plan = m_editor->plan();
        plan.setBackend(u"torch"_s, TargetPlatform::Os::Linux, u"cu128"_s);
        m_editor->changePlan(plan, [] { return u"cu128 on Linux"_s; });
        QVERIFY(finished.wait(30000)); // shown: the new backend is read at once
        const int linux = rowOf(u"Linux"_s, u"CUDA 12.8"_s);
        QVERIFY(linux >= 0);
        QCOMPARE(rowOf(u"Linux"_s, u"CUDA 11.8"_s), -1);
        const QString newest = cellText(linux, u"3.12"_s);
        QVERIFY2(newest.front().isDigit() && newest != u"2.7.1"_s, qPrintable(newest));
    }

    void warnsAboutAnUnreadableIndex()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1/whl/cu118"_s.arg(closed.serverPort());
        closed.close();
        m_panel->setIndexOverrides({{u"cu118"_s, dead}, {u"pypi"_s, m_server.indexUrl(u"pypi"_s).toString()}});
        QVERIFY(open());
        QVERIFY(showAndWait());
        QVERIFY2(m_panel->statusLabel()->text().contains(dead), qPrintable(m_panel->statusLabel()->text()));
        // Unknown is not "no wheels".
        QCOMPARE(cellText(rowOf(u"Linux"_s, u"CUDA 11.8"_s), u"3.12"_s), QString());
        QVERIFY(cellText(rowOf(u"macOS"_s, u"PyPI"_s), u"3.12"_s).front().isDigit());
    }

    void isReachableAndNamed()
    {
        QVERIFY(open());
        QVERIFY(m_panel->refreshButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(m_panel->table()->focusPolicy() & Qt::TabFocus);
        QVERIFY(!m_panel->table()->accessibleName().isEmpty());
        QVERIFY(!m_panel->refreshButton()->toolTip().isEmpty());
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
        QVERIFY(open());
        QVERIFY(showAndWait());
        QApplication::processEvents(); // the layout follows the new status text
        const QStringList problems =
            Akari::Test::clippedTexts(m_panel.get()) + Akari::Test::overlappingWidgets(m_panel.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAvailabilityPanel)
#include "tst_availabilitypanel.moc"
