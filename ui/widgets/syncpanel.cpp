// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/index/indexsession.h"
#include "core/install/uvsync.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/project/pyprojectreader.h"
#include "synclogqueue.h"
#include "syncplanmodel.h"
#include "syncprogressdelegate.h"
#include "syncprogressmodel.h"
#include "verificationcard.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int LogBlocks = 5000; ///< lines the log keeps; older ones scroll away
constexpr int Steps = 1000;
constexpr qint64 SecondsPerMinute = 60;
} // namespace

SyncPanel::SyncPanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_extrasLabel(new QLabel(this))
    , m_extras(new QComboBox(this))
    , m_pythonLabel(new QLabel(this))
    , m_python(new QComboBox(this))
    , m_planButton(new QPushButton(this))
    , m_syncButton(new QPushButton(this))
    , m_uvButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_overall(new QLabel(this))
    , m_status(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_planView(new QTableView(this))
    , m_progressView(new QTableView(this))
    , m_planModel(new SyncPlanModel(this))
    , m_progressModel(new SyncProgressModel(this))
    , m_log(new QPlainTextEdit(this))
    , m_logQueue(new SyncLogQueue(m_log, m_log))
    , m_card(new VerificationCard(this))
{
    setObjectName(u"syncPanel"_s);
    m_extras->setObjectName(u"syncExtras"_s);
    m_python->setObjectName(u"syncPython"_s);
    m_planButton->setObjectName(u"planSyncButton"_s);
    m_syncButton->setObjectName(u"syncButton"_s);
    m_uvButton->setObjectName(u"uvSyncButton"_s);
    m_cancelButton->setObjectName(u"syncCancelButton"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_overall->setObjectName(u"syncOverall"_s);
    m_status->setObjectName(u"syncStatus"_s);
    m_planView->setObjectName(u"syncPlanView"_s);
    m_progressView->setObjectName(u"syncProgressView"_s);
    m_log->setObjectName(u"syncLog"_s);
    m_extrasLabel->setBuddy(m_extras);
    m_pythonLabel->setBuddy(m_python);
    m_extras->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_python->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_python->addItem(QString(), QString()); // "Automatic", named in retranslateUi()
    m_extras->addItem(QString(), QString()); // "No extras"
    m_progress->setTextVisible(false);
    for (QLabel *label : {m_overall, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_planView->setModel(m_planModel);
    m_progressView->setModel(m_progressModel);
    m_progressView->setItemDelegateForColumn(SyncProgressModel::ProgressColumn, new SyncProgressDelegate(this));
    for (QTableView *view : {m_planView, m_progressView}) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setTabKeyNavigation(false);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        m_views->addWidget(view);
    }
    // Fixed widths: resizing columns to their contents on every progress report would measure
    // every row each time.
    m_progressView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_progressView->horizontalHeader()->setDefaultSectionSize(140);
    m_progressView->setColumnWidth(SyncProgressModel::PackageColumn, 220);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(LogBlocks);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setTabChangesFocus(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_card->hide();

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_extrasLabel);
    choices->addWidget(m_extras);
    choices->addSpacing(8);
    choices->addWidget(m_pythonLabel);
    choices->addWidget(m_python);
    choices->addSpacing(8);
    choices->addWidget(m_planButton);
    choices->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_syncButton);
    actions->addWidget(m_uvButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress, 1);
    // Takes the room only while the bar is hidden, so the buttons keep their size.
    actions->addStretch(0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"syncSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_views);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addLayout(actions);
    layout->addWidget(m_overall);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_card);

    connect(m_planButton, &QPushButton::clicked, this, &SyncPanel::planSync);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPanel::sync);
    connect(m_uvButton, &QPushButton::clicked, this, &SyncPanel::syncWithUv);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPanel::requestCancel);
    // Another extra or Python makes the plan another one.
    for (QComboBox *box : {m_extras, m_python}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_plan)
                return;
            m_plan.reset();
            m_planModel->clear();
            updateState();
        });
    }
    // A cheap PATH scan (directory look-ups only), done once here rather than per click.
    m_uv = UvSync::findUv();
    retranslateUi();
}

SyncPanel::~SyncPanel()
{
    for (Job *job : {m_planJob.data(), m_syncJob.data(), m_extrasJob.data(), m_discoveryJob.data()}) {
        if (job)
            job->cancel();
    }
}

void SyncPanel::setProjectDirectory(const QString &directory)
{
    for (Job *job : {m_planJob.data(), m_syncJob.data(), m_extrasJob.data()}) {
        if (job)
            job->cancel();
    }
    if (m_question)
        m_question->reject();
    m_planJob = nullptr;
    m_syncJob = nullptr;
    m_extrasJob = nullptr;
    m_projectDirectory = directory;
    m_plan.reset();
    m_ending = Ending::None;
    m_planModel->clear();
    m_progressModel->clear();
    m_views->setCurrentWidget(m_planView);
    m_log->clear();
    m_overall->clear();
    m_card->clear();
    m_card->hide();
    m_extrasLoaded = false;
    fillExtras({});
    if (isVisible())
        loadChoices();
    updateState();
}

void SyncPanel::setIndexClient(std::shared_ptr<SimpleIndexClient> client)
{
    m_client = std::move(client);
}

void SyncPanel::setBaseSettings(const ProjectSync::Settings &settings)
{
    m_base = settings;
}

void SyncPanel::setInterpreterOptions(const InterpreterDiscovery::Options &options)
{
    m_interpreterOptions = options;
}

void SyncPanel::setUvSearchPath(const QStringList &searchPath)
{
    m_uv = UvSync::findUv(searchPath);
    updateState();
}

ProjectSync::Settings SyncPanel::settings() const
{
    ProjectSync::Settings settings = m_base;
    settings.projectDirectory = m_projectDirectory;
    settings.extras = chosenExtras();
    // "Automatic" leaves the base settings' choice (normally none: ProjectSync decides).
    if (const QString python = m_python->currentData().toString(); !python.isEmpty())
        settings.python = python;
    settings.log = logSink();
    return settings;
}

QStringList SyncPanel::chosenExtras() const
{
    const QString extra = m_extras->currentData().toString();
    return extra.isEmpty() ? QStringList() : QStringList{extra};
}

void SyncPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadChoices();
}

void SyncPanel::loadChoices()
{
    // Read only once the panel is seen: discovering interpreters runs each one once.
    if (!m_pythonsLoaded && !m_discoveryJob) {
        Job *job = JobTracker::runOrStart(
            m_jobs,
            InterpreterDiscovery::discoverJob(m_interpreterOptions.value_or(InterpreterDiscovery::defaultOptions())),
            this);
        m_discoveryJob = job;
        connect(job, &Job::succeeded, this, [this](const QVariant &result) {
            m_pythonsLoaded = true;
            fillPythons(result.value<InterpreterDiscovery::Report>());
        });
    }
    if (!m_extrasLoaded && !m_extrasJob && !m_projectDirectory.isEmpty()) {
        Job *job = JobTracker::runOrStart(m_jobs, PyProjectReader::loadJob(m_projectDirectory), this);
        m_extrasJob = job;
        connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
            if (job != m_extrasJob)
                return;
            m_extrasLoaded = true;
            fillExtras(result.value<PyProjectSummary>().extras);
        });
    }
}

void SyncPanel::fillExtras(const QStringList &names)
{
    const QString chosen = m_extras->currentData().toString();
    const QSignalBlocker blocker(m_extras);
    while (m_extras->count() > 1)
        m_extras->removeItem(1);
    for (const QString &name : names)
        m_extras->addItem(name, name);
    m_extras->setCurrentIndex(std::max(0, m_extras->findData(chosen)));
    m_extras->setVisible(!names.isEmpty());
    m_extrasLabel->setVisible(!names.isEmpty());
}

void SyncPanel::fillPythons(const InterpreterDiscovery::Report &report)
{
    const QString chosen = m_python->currentData().toString();
    const QSignalBlocker blocker(m_python);
    while (m_python->count() > 1)
        m_python->removeItem(1);
    for (const PythonInterpreter &interpreter : report.interpreters) {
        m_python->addItem(tr("Python %1 (%2)", "version (path)")
                              .arg(interpreter.version.toString(), QDir::toNativeSeparators(interpreter.path)),
                          interpreter.path);
        m_python->setItemData(m_python->count() - 1, interpreter.description(), Qt::ToolTipRole);
    }
    m_python->setCurrentIndex(std::max(0, m_python->findData(chosen)));
}

void SyncPanel::planSync()
{
    if (m_projectDirectory.isEmpty() || isBusy())
        return;
    if (!m_client)
        m_client = IndexSession::shared();
    m_plan.reset();
    m_ending = Ending::None;
    m_planModel->clear();
    m_views->setCurrentWidget(m_planView);
    m_card->hide();
    Job *job = JobTracker::runOrStart(m_jobs, ProjectSync::planJob(settings(), m_client), this);
    m_planJob = job;
    emit workStarted();
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &progress) {
        if (job == m_planJob)
            m_overall->setText(progress.item.isEmpty()
                                   ? progress.phase
                                   : tr("%1: %2", "phase: item").arg(progress.phase, progress.item));
    });
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job == m_planJob)
            showPlan(result.value<SyncPlan>());
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job == m_planJob)
            emit failed(error);
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_planJob)
            return;
        m_planJob = nullptr;
        m_overall->clear();
        updateState();
    });
    updateState();
}

void SyncPanel::sync()
{
    if (!m_plan || isBusy())
        return;
    if (!m_client)
        m_client = IndexSession::shared();
    // Rows for the changing packages at once, so the table does not jump when the first report comes.
    QList<SyncPackageProgress> rows;
    for (const SyncAction &action : m_plan->actions) {
        if (!action.changes())
            continue;
        SyncPackageProgress row;
        row.name = action.name.canonical();
        row.kind = action.kind;
        if (const auto &version =
                action.kind == SyncAction::Kind::Remove ? action.installedVersion : action.targetVersion)
            row.version = version->toString();
        rows.append(row);
    }
    m_progressModel->setPackages(rows);
    m_views->setCurrentWidget(m_progressView);
    m_card->clear();
    m_card->hide();
    m_log->clear();
    m_elapsedMs = -1;
    Job *job = JobTracker::runOrStart(m_jobs, ProjectSync::executeJob(*m_plan, settings(), m_client), this);
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &progress) {
        if (job != m_syncJob)
            return;
        if (progress.detail.canConvert<SyncProgress>())
            showProgress(progress.detail.value<SyncProgress>());
    });
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job == m_syncJob)
            showOutcome(result.value<ProjectSync::Outcome>());
    });
    watchSync(job, false);
}

void SyncPanel::syncWithUv()
{
    if (m_uv.isEmpty() || m_projectDirectory.isEmpty() || isBusy())
        return;
    m_card->hide();
    m_log->clear();
    m_elapsedMs = -1;
    const QString chosen = m_python->currentData().toString();
    const QString python = chosen.isEmpty() ? m_base.python : chosen;
    Job *job = JobTracker::runOrStart(
        m_jobs, UvSync::syncJob(m_uv, m_projectDirectory, chosenExtras(), python, logSink()), this);
    watchSync(job, true);
}

void SyncPanel::watchSync(Job *job, bool uv)
{
    m_syncJob = job;
    m_syncIsUv = uv;
    emit workStarted();
    m_lastWasUv = uv;
    m_ending = Ending::None;
    m_progress->setRange(0, 0);
    m_overall->clear();
    connect(job, &Job::succeeded, this, [this, job] {
        if (job == m_syncJob)
            m_ending = Ending::Succeeded;
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job != m_syncJob)
            return;
        m_ending = Ending::Failed;
        emit failed(error);
    });
    connect(job, &Job::cancelled, this, [this, job] {
        if (job == m_syncJob)
            m_ending = Ending::Cancelled;
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_syncJob)
            return;
        m_syncJob = nullptr;
        if (m_question)
            m_question->reject(); // nothing left to cancel
        m_logQueue->flush();
        // The plan described the environment before this sync; plan again for the next one.
        m_plan.reset();
        updateState();
        emit environmentChanged();
    });
    updateState();
}

void SyncPanel::requestCancel()
{
    if (m_planJob && !m_syncJob) {
        m_planJob->cancel(); // planning changes nothing: no need to ask
        return;
    }
    if (!m_syncJob || m_question)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Cancel the Sync"),
                                     m_syncIsUv ? tr("Stop uv? It may leave the environment partly synced.")
                                                : tr("Cancel the sync? The environment stays as it was."),
                                     QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(u"cancelSyncQuestion"_s);
    question->setDefaultButton(QMessageBox::No);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_question = question;
    connect(question, &QMessageBox::finished, this, [this, job = m_syncJob](int answer) {
        if (answer == QMessageBox::Yes && job && job == m_syncJob)
            job->cancel();
    });
    // Window-modal and answered later: the event loop (and the sync's progress) never waits on it.
    question->open();
}

bool SyncPanel::isBusy() const
{
    return m_planJob || m_syncJob;
}

void SyncPanel::showPlan(const SyncPlan &plan)
{
    m_plan = plan;
    m_ending = Ending::None;
    m_planModel->setPlan(plan);
    m_views->setCurrentWidget(m_planView);
    updateState();
}

void SyncPanel::showProgress(const SyncProgress &progress)
{
    if (m_views->currentWidget() != m_progressView)
        m_views->setCurrentWidget(m_progressView);
    m_progressModel->update(progress);
    int value = -1;
    if (progress.phase == SyncProgress::Phase::Downloading && progress.bytesTotal > 0) {
        value = int(double(progress.bytesDone) / double(progress.bytesTotal) * Steps);
    } else if (progress.phase >= SyncProgress::Phase::Installing && !progress.packages.isEmpty()) {
        const auto done = std::ranges::count_if(progress.packages, [](const SyncPackageProgress &package) {
            return package.stage == SyncPackageProgress::Stage::Done;
        });
        value = int(double(done) / double(progress.packages.size()) * Steps);
    }
    if (value < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, Steps);
        m_progress->setValue(std::clamp(value, 0, Steps));
    }
    const QString text = overallText(progress);
    if (m_overall->text() != text)
        m_overall->setText(text);
}

void SyncPanel::showOutcome(const ProjectSync::Outcome &outcome)
{
    m_elapsedMs = outcome.elapsedMs;
    if (outcome.verified) {
        m_card->setVerification(outcome.verification);
        m_card->show();
    } else {
        m_card->hide();
    }
}

std::function<void(const QString &)> SyncPanel::logSink() const
{
    return m_logQueue->sink();
}

QString SyncPanel::overallText(const SyncProgress &progress)
{
    const QString phase = SyncProgress::phaseName(progress.phase);
    if (progress.bytesTotal <= 0)
        return phase;
    const QLocale locale;
    const QString done = locale.formattedDataSize(progress.bytesDone);
    const QString total = locale.formattedDataSize(progress.bytesTotal);
    const QString rate = SyncProgressModel::rateText(progress.bytesPerSecond);
    QString amounts;
    if (rate.isEmpty())
        amounts = tr("%1 of %2", "bytes done of total").arg(done, total);
    else if (progress.etaSeconds < 0)
        amounts = tr("%1 of %2, %3", "bytes done of total, rate").arg(done, total, rate);
    else if (progress.etaSeconds < SecondsPerMinute)
        amounts = tr("%1 of %2, %3, about %n s left", "bytes done of total, rate, time left", int(progress.etaSeconds))
                      .arg(done, total, rate);
    else
        amounts = tr("%1 of %2, %3, about %n min left", "bytes done of total, rate, time left",
                     int((progress.etaSeconds + SecondsPerMinute / 2) / SecondsPerMinute))
                      .arg(done, total, rate);
    return tr("%1: %2", "sync phase: amounts").arg(phase, amounts);
}

void SyncPanel::updateState()
{
    const bool hasProject = !m_projectDirectory.isEmpty();
    const bool busy = isBusy();
    m_planButton->setEnabled(hasProject && !busy);
    m_syncButton->setEnabled(m_plan && !busy && (!m_plan->isEmpty() || m_plan->createEnvironment));
    m_uvButton->setVisible(!m_uv.isEmpty());
    m_uvButton->setEnabled(hasProject && !busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (m_planJob)
        m_progress->setRange(0, 0);
    m_extras->setEnabled(!busy);
    m_python->setEnabled(!busy);
    m_overall->setVisible(busy && !m_overall->text().isEmpty());

    QStringList lines;
    if (!hasProject) {
        lines << tr("Open a project to sync its environment.");
    } else if (m_planJob) {
        lines << tr("Working out what the sync would change…");
    } else if (m_syncJob) {
        lines << (m_syncIsUv ? tr("uv sync is running; its output follows below.") : tr("Syncing…"));
    } else if (m_ending == Ending::Succeeded) {
        if (m_lastWasUv)
            lines << tr("uv sync finished.");
        else if (m_elapsedMs >= 0)
            lines
                << tr("The environment is in sync (took %1 s).").arg(QLocale().toString(m_elapsedMs / 1000.0, 'f', 1));
        else
            lines << tr("The environment is in sync.");
    } else if (m_ending == Ending::Failed) {
        lines << (m_lastWasUv ? tr("uv sync failed; see the message above and the log.")
                              : tr("The sync failed; the environment is as it was before."));
    } else if (m_ending == Ending::Cancelled) {
        lines << (m_lastWasUv ? tr("uv sync was stopped.")
                              : tr("The sync was cancelled; the environment is as it was before."));
    } else if (m_plan) {
        if (m_plan->createEnvironment)
            lines << (m_plan->recreateReason.isEmpty()
                          ? tr("A new environment will be created with %1.").arg(m_plan->interpreter.description())
                          : tr("The environment will be created again: %1").arg(m_plan->recreateReason));
        lines << m_plan->summary();
        if (m_plan->downloadBytes > 0)
            lines << tr("To download: %1.").arg(QLocale().formattedDataSize(m_plan->downloadBytes));
        if (m_plan->isEmpty() && !m_plan->createEnvironment)
            lines << tr("Nothing to change: the environment already matches the project.");
    } else {
        lines << tr("Plan the sync to see what it changes before anything is installed.");
    }
    m_status->setText(lines.join(u'\n'));
}

void SyncPanel::retranslateUi()
{
    m_extrasLabel->setText(tr("E&xtra:"));
    m_pythonLabel->setText(tr("P&ython:"));
    m_extras->setItemText(0, tr("No extras"));
    m_python->setItemText(0, tr("Automatic"));
    m_extras->setAccessibleName(tr("Extra to install"));
    m_python->setAccessibleName(tr("Python for the environment"));
    m_python->setToolTip(
        tr("Automatic: the environment’s Python, else the best match for the project’s requires-python"));
    m_planButton->setText(tr("&Plan Sync"));
    m_planButton->setToolTip(tr("Work out what a sync would change, without changing anything"));
    m_syncButton->setText(tr("&Sync"));
    m_syncButton->setToolTip(tr("Carry out the planned change"));
    m_uvButton->setText(tr("Sync with &uv"));
    m_uvButton->setToolTip(tr("Run uv sync for this project instead"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setToolTip(tr("Stop the sync; the environment stays as it was"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_status->setAccessibleName(tr("Sync status"));
    m_planView->setAccessibleName(tr("Planned change"));
    m_progressView->setAccessibleName(tr("Progress per package"));
    m_log->setAccessibleName(tr("Sync log"));
    m_planModel->retranslate();
    m_progressModel->retranslate();
    updateState();
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Akari
