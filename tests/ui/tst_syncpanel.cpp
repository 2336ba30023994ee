// SPDX-License-Identifier: GPL-3.0-or-later
// The Environment page's sync panel as a view: the planned change from a constructed SyncPlan,
// progress rows from constructed SyncProgress snapshots (only changed rows announced), the
// overall text, the verification card, and text fit at 100 % and 150 %. Running uv and a real
// sync, the cancel question and the log: tst_syncpanelruns.
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/syncplan.h"
#include "syncpanelfixture.h"
#include "textfitcheck.h"
#include "widgets/syncpanel.h"
#include "widgets/syncplanmodel.h"
#include "widgets/syncprogressmodel.h"
#include "widgets/verificationcard.h"

using namespace Qt::Literals::StringLiterals;
using Akari::SyncAction;
using Akari::SyncPackageProgress;
using Akari::SyncPanel;
using Akari::SyncPlan;
using Akari::SyncProgress;
using Kind = Akari::SyncAction::Kind;
using Stage = Akari::SyncPackageProgress::Stage;

namespace
{
constexpr qint64 MiB = 1024 * 1024;

std::optional<Akari::Version> version(const char *text)
{
    if (!*text)
        return std::nullopt;
    return *Akari::Version::parse(QString::fromLatin1(text));
}

SyncAction action(Kind kind, const char *name, const char *installed, const char *target, qint64 size = -1)
{
    SyncAction result;
    result.kind = kind;
    result.name = *Akari::PackageName::parse(QString::fromLatin1(name));
    result.installedVersion = version(installed);
    result.targetVersion = version(target);
    if (kind != Kind::Remove && kind != Kind::Keep) {
        Akari::ResolvedPackage package;
        package.name = result.name;
        package.version = *result.targetVersion;
        package.file.filename =
            QString::fromLatin1(name) + u"-"_s + QString::fromLatin1(target) + u"-py3-none-any.whl"_s;
        package.file.size = size;
        result.package = package;
    }
    return result;
}

SyncPackageProgress row(const char *name, Stage stage, qint64 done = 0, qint64 total = -1, double rate = 0)
{
    SyncPackageProgress package;
    package.name = QString::fromLatin1(name);
    package.version = u"1.0"_s;
    package.stage = stage;
    package.bytesDone = done;
    package.bytesTotal = total;
    package.bytesPerSecond = rate;
    return package;
}
} // namespace

class TestSyncPanel : public QObject, private Akari::Test::SyncPanelFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }

    void shouldShowThePlannedChange()
    {
        QTemporaryDir project;
        auto panel = makePanel();
        panel->setProjectDirectory(project.path());
        SyncPlan plan;
        plan.actions = {
            action(Kind::Keep, "filelock", "3.12", "3.12"), action(Kind::Upgrade, "numpy", "1.26.4", "2.1.0", 15 * MiB),
            action(Kind::Remove, "six", "1.16.0", ""), action(Kind::Install, "torch", "", "2.8.0+cu128", 900 * MiB),
            action(Kind::Reinstall, "torchvision", "0.23.0+cpu", "0.23.0+cu128", 8 * MiB)};
        plan.downloadBytes = 923 * MiB;
        panel->showPlan(plan);
        const Akari::SyncPlanModel *model = panel->planModel();
        QCOMPARE(model->rowCount(), 5);
        // Changes first, in the plan's order; unchanged after them.
        const QStringList names{u"numpy"_s, u"six"_s, u"torch"_s, u"torchvision"_s, u"filelock"_s};
        const QStringList kinds{u"upgrade"_s, u"remove"_s, u"install"_s, u"reinstall"_s, u"keep"_s};
        const QStringList installed{u"1.26.4"_s, u"1.16.0"_s, QString(), u"0.23.0+cpu"_s, u"3.12"_s};
        const QStringList targets{u"2.1.0"_s, QString(), u"2.8.0+cu128"_s, u"0.23.0+cu128"_s, u"3.12"_s};
        for (int r = 0; r < 5; ++r) {
            QCOMPARE(cell(model, r, Akari::SyncPlanModel::PackageColumn), names.at(r));
            QCOMPARE(cell(model, r, Akari::SyncPlanModel::ChangeColumn), kinds.at(r));
            QCOMPARE(cell(model, r, Akari::SyncPlanModel::InstalledColumn), installed.at(r));
            QCOMPARE(cell(model, r, Akari::SyncPlanModel::TargetColumn), targets.at(r));
            // Every kind has its icon; colours differ between kinds.
            QVERIFY(
                !model->index(r, Akari::SyncPlanModel::ChangeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(cell(model, 2, Akari::SyncPlanModel::SizeColumn), QLocale().formattedDataSize(900 * MiB));
        QCOMPARE(cell(model, 1, Akari::SyncPlanModel::SizeColumn), QString()); // nothing to fetch for a removal
        QCOMPARE(cell(model, 4, Akari::SyncPlanModel::SizeColumn), QString());
        QSet<QString> colours;
        for (int r = 0; r < 5; ++r)
            colours.insert(
                model->index(r, Akari::SyncPlanModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>().name());
        QCOMPARE(colours.size(), 5);
        const QString status = panel->statusLabel()->text();
        QVERIFY2(status.contains(u"1 to install"_s) && status.contains(u"1 to upgrade"_s) &&
                     status.contains(u"1 to remove"_s) && status.contains(u"1 unchanged"_s),
                 qPrintable(status));
        QVERIFY2(status.contains(QLocale().formattedDataSize(923 * MiB)), qPrintable(status));
        QCOMPARE(panel->planView()->model(), model);
    }

    void shouldOfferSyncOnlyForAPlanThatChangesSomething_data()
    {
        QTest::addColumn<bool>("changes");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("in sync") << false << false << false;
        QTest::newRow("changes") << true << false << true;
        QTest::newRow("new environment, nothing to install") << false << true << true;
    }

    void shouldOfferSyncOnlyForAPlanThatChangesSomething()
    {
        QFETCH(bool, changes);
        QFETCH(bool, create);
        QFETCH(bool, enabled);
        QTemporaryDir project;
        auto panel = makePanel();
        panel->setProjectDirectory(project.path());
        QVERIFY(!panel->syncButton()->isEnabled()); // nothing planned yet
        SyncPlan plan;
        plan.createEnvironment = create;
        plan.actions = {changes ? action(Kind::Install, "numpy", "", "2.1.0", 100)
                                : action(Kind::Keep, "numpy", "2.1.0", "2.1.0")};
        panel->showPlan(plan);
        QCOMPARE(panel->syncButton()->isEnabled(), enabled);
        QCOMPARE(panel->statusLabel()->text().contains(u"already matches"_s), !changes && !create);
    }

    void shouldShowProgressRowsAndAnnounceOnlyChangedOnes()
    {
        auto panel = makePanel();
        Akari::SyncProgressModel *model = panel->progressModel();
        SyncProgress progress;
        progress.phase = SyncProgress::Phase::Downloading;
        progress.packages = {row("numpy", Stage::Waiting),
                             row("torch", Stage::Downloading, 30 * MiB, 120 * MiB, 4 * MiB),
                             row("torchaudio", Stage::Waiting), row("torchvision", Stage::Done, 8 * MiB, 8 * MiB)};
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        panel->showProgress(progress);
        QCOMPARE(resets.count(), 1); // the first snapshot brings the rows
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(panel->progressView()->model(), model);
        QVERIFY(panel->progressView()->isVisibleTo(panel.get()));
        QCOMPARE(cell(model, 1, Akari::SyncProgressModel::StageColumn), u"Downloading"_s);
        QCOMPARE(model->index(1, Akari::SyncProgressModel::ProgressColumn)
                     .data(Akari::SyncProgressModel::FractionRole)
                     .toDouble(),
                 0.25);
        QCOMPARE(cell(model, 1, Akari::SyncProgressModel::BytesColumn),
                 u"%1 of %2"_s.arg(QLocale().formattedDataSize(30 * MiB), QLocale().formattedDataSize(120 * MiB)));
        QCOMPARE(cell(model, 1, Akari::SyncProgressModel::RateColumn), QLocale().formattedDataSize(4 * MiB) + u"/s"_s);
        QCOMPARE(cell(model, 3, Akari::SyncProgressModel::StageColumn), u"Done"_s);
        QCOMPARE(model->index(3, Akari::SyncProgressModel::ProgressColumn)
                     .data(Akari::SyncProgressModel::FractionRole)
                     .toDouble(),
                 1.0);
        QCOMPARE(cell(model, 0, Akari::SyncProgressModel::RateColumn), QString());

        // One package moves on: only its row is announced, nothing is reset.
        resets.clear();
        changed.clear();
        progress.packages[1].bytesDone = 60 * MiB;
        panel->showProgress(progress);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model->index(1, Akari::SyncProgressModel::ProgressColumn)
                     .data(Akari::SyncProgressModel::FractionRole)
                     .toDouble(),
                 0.5);

        // The same snapshot again changes nothing.
        changed.clear();
        panel->showProgress(progress);
        QCOMPARE(changed.count(), 0);

        // Two rows apart: two announcements, each for its own row.
        progress.packages[0].stage = Stage::Downloading;
        progress.packages[2].stage = Stage::Downloading;
        panel->showProgress(progress);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QCOMPARE(model->lastChangedRows(), 2);
    }

    void shouldDescribeOverallProgress_data()
    {
        QTest::addColumn<int>("phase");
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("eta");
        QTest::addColumn<QString>("expected");
        const QLocale locale;
        const QString mb120 = locale.formattedDataSize(120 * MiB);
        const QString mb350 = locale.formattedDataSize(350 * MiB);
        const QString rate40 = locale.formattedDataSize(40 * MiB) + u"/s"_s;
        const auto downloading = int(SyncProgress::Phase::Downloading);
        QTest::newRow("seconds left") << downloading << 120 * MiB << 350 * MiB << 40.0 * MiB << qint64(6)
                                      << u"Downloading: %1 of %2, %3, about 6 s left"_s.arg(mb120, mb350, rate40);
        QTest::newRow("minutes left") << downloading << 120 * MiB << 350 * MiB << 40.0 * MiB << qint64(150)
                                      << u"Downloading: %1 of %2, %3, about 3 min left"_s.arg(mb120, mb350, rate40);
        QTest::newRow("no estimate yet") << downloading << 120 * MiB << 350 * MiB << 40.0 * MiB << qint64(-1)
                                         << u"Downloading: %1 of %2, %3"_s.arg(mb120, mb350, rate40);
        QTest::newRow("no rate yet") << downloading << qint64(0) << 350 * MiB << 0.0 << qint64(-1)
                                     << u"Downloading: %1 of %2"_s.arg(locale.formattedDataSize(0), mb350);
        QTest::newRow("nothing to download")
            << int(SyncProgress::Phase::Installing) << qint64(0) << qint64(0) << 0.0 << qint64(-1) << u"Installing"_s;
    }

    void shouldDescribeOverallProgress()
    {
        QFETCH(int, phase);
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(double, rate);
        QFETCH(qint64, eta);
        QFETCH(QString, expected);
        SyncProgress progress;
        progress.phase = SyncProgress::Phase(phase);
        progress.bytesDone = done;
        progress.bytesTotal = total;
        progress.bytesPerSecond = rate;
        progress.etaSeconds = eta;
        QCOMPARE(SyncPanel::overallText(progress), expected);
        auto panel = makePanel();
        panel->showProgress(progress);
        QCOMPARE(panel->overallLabel()->text(), expected);
        if (total > 0) {
            QCOMPARE(panel->progressBar()->maximum(), 1000);
            QCOMPARE(panel->progressBar()->value(), int(double(done) / double(total) * 1000));
        }
    }

    void shouldShowWhatVerificationFound_data()
    {
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("hip");
        QTest::addColumn<bool>("gpu");
        QTest::addColumn<QStringList>("devices");
        QTest::addColumn<bool>("visionImports");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("gpuText");
        QTest::newRow("CUDA, two GPUs") << u"12.8"_s << QString() << true
                                        << QStringList{u"NVIDIA H100"_s, u"NVIDIA A100"_s} << true
                                        << u"The environment works."_s << u"CUDA 12.8"_s
                                        << u"Yes: NVIDIA H100 and NVIDIA A100"_s;
        QTest::newRow("CUDA, no GPU") << u"12.8"_s << QString() << false << QStringList() << true
                                      << u"The environment works."_s << u"CUDA 12.8"_s << u"No: PyTorch sees no GPU"_s;
        QTest::newRow("ROCm") << QString() << u"6.4"_s << true << QStringList{u"AMD Radeon RX 7900 XTX"_s} << true
                              << u"The environment works."_s << u"ROCm (HIP 6.4)"_s << u"Yes: AMD Radeon RX 7900 XTX"_s;
        QTest::newRow("CPU, torchvision broken")
            << QString() << QString() << false << QStringList() << false << u"Some packages could not be imported."_s
            << u"CPU only"_s << u"Not used by a CPU-only build"_s;
    }

    void shouldShowWhatVerificationFound()
    {
        QFETCH(QString, cuda);
        QFETCH(QString, hip);
        QFETCH(bool, gpu);
        QFETCH(QStringList, devices);
        QFETCH(bool, visionImports);
        QFETCH(QString, headline);
        QFETCH(QString, build);
        QFETCH(QString, gpuText);
        Akari::EnvironmentVerification verification;
        verification.pythonVersion = u"3.11.2"_s;
        verification.torchVersion = u"2.8.0"_s;
        verification.cudaVersion = cuda;
        verification.hipVersion = hip;
        verification.gpuAvailable = gpu;
        verification.devices = devices;
        verification.modules = {{u"torch"_s, true, u"2.8.0"_s, {}},
                                {u"torchvision"_s, visionImports, visionImports ? u"0.23.0"_s : QString(),
                                 visionImports ? QString() : u"ImportError: libcudart.so.12"_s}};
        Akari::ProjectSync::Outcome outcome;
        outcome.verified = true;
        outcome.verification = verification;
        auto panel = makePanel();
        panel->show();
        panel->showOutcome(outcome);
        Akari::VerificationCard *card = panel->verificationCard();
        QVERIFY(card->isVisible());
        QCOMPARE(card->headline(), headline);
        QCOMPARE(card->value(u"torch"_s), u"2.8.0"_s);
        QCOMPARE(card->value(u"python"_s), u"3.11.2"_s);
        QCOMPARE(card->value(u"build"_s), build);
        QCOMPARE(card->value(u"gpu"_s), gpuText);
        QCOMPARE(card->value(u"imports"_s).contains(u"torchvision failed: ImportError: libcudart.so.12"_s),
                 !visionImports);
        // Not verified: no card.
        outcome.verified = false;
        panel->showOutcome(outcome);
        QVERIFY(!card->isVisible());
        card->setFailure(u"Python did not start"_s);
        QCOMPARE(card->headline(), u"Could not verify the environment: Python did not start"_s);
    }

    void shouldFitItsTexts_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("progress");
        for (const double scale : {1.0, 1.5}) {
            QTest::addRow("%d%% plan", int(scale * 100)) << scale << false;
            QTest::addRow("%d%% progress", int(scale * 100)) << scale << true;
        }
    }

    void shouldFitItsTexts()
    {
        QFETCH(double, scale);
        QFETCH(bool, progress);
        const QFont original = QApplication::font();
        QFont scaled = original;
        scaled.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(scaled);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });
        QTemporaryDir bin;
        QVERIFY(writeStandInUv(bin.path(), "exit 0\n"));
        QTemporaryDir project;
        auto panel = makePanel();
        panel->setProjectDirectory(project.path());
        panel->setUvSearchPath({bin.path()}); // every button shown
        SyncPlan plan;
        plan.createEnvironment = true;
        plan.recreateReason = u"its Python (3.10) is not the one asked for (3.12)"_s;
        plan.actions = {action(Kind::Install, "torch", "", "2.8.0+cu128", 900 * MiB),
                        action(Kind::Upgrade, "numpy", "1.26.4", "2.1.0", 15 * MiB)};
        plan.downloadBytes = 915 * MiB;
        panel->showPlan(plan);
        if (progress) {
            SyncProgress snapshot;
            snapshot.phase = SyncProgress::Phase::Downloading;
            snapshot.packages = {row("torch", Stage::Downloading, 300 * MiB, 900 * MiB, 40 * MiB),
                                 row("numpy", Stage::Waiting)};
            snapshot.bytesDone = 300 * MiB;
            snapshot.bytesTotal = 915 * MiB;
            snapshot.bytesPerSecond = 40 * MiB;
            snapshot.etaSeconds = 16;
            panel->showProgress(snapshot);
            Akari::ProjectSync::Outcome outcome;
            outcome.verified = true;
            outcome.verification.pythonVersion = u"3.12.3"_s;
            outcome.verification.torchVersion = u"2.8.0+cu128"_s;
            outcome.verification.cudaVersion = u"12.8"_s;
            outcome.verification.gpuAvailable = true;
            outcome.verification.devices = {u"NVIDIA GeForce RTX 5060 Ti"_s};
            panel->showOutcome(outcome);
        }
        panel->resize(900, 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QApplication::processEvents();
        const QStringList problems =
            Akari::Test::clippedTexts(panel.get()) + Akari::Test::overlappingWidgets(panel.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
