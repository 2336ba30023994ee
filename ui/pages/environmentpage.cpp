// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentpage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "../widgets/factsview.h"
#include "../widgets/messagebanner.h"
#include "../widgets/planpreviewpane.h"
#include "../widgets/syncpanel.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

EnvironmentPage::EnvironmentPage(JobTracker *jobs, QWidget *parent)
    : Page(parent)
    , m_jobs(jobs)
    , m_facts(new FactsView(this))
    , m_tabs(new QTabWidget(this))
    , m_packages(new QListWidget(this))
    , m_sync(new SyncPanel(jobs, this))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(u"environmentPage"_s);
    for (const QString &id : {u"environmentPath"_s, u"environmentStatus"_s, u"pythonVersion"_s, u"interpreter"_s,
                              u"createdBy"_s, u"packageCount"_s})
        m_facts->addRow(id);
    m_packages->setObjectName(u"packageList"_s);
    m_packages->setAlternatingRowColors(true);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setEnabled(false);
    connect(m_refreshButton, &QPushButton::clicked, this, &EnvironmentPage::refresh);
    m_tabs->setObjectName(u"environmentTabs"_s);
    m_tabs->setDocumentMode(true);
    // The sync panel scrolls rather than squeezing its texts when the window is small.
    auto *syncScroll = new QScrollArea(this);
    syncScroll->setObjectName(u"syncScroll"_s);
    syncScroll->setWidgetResizable(true);
    syncScroll->setFrameShape(QFrame::NoFrame);
    syncScroll->setWidget(m_sync);
    m_tabs->addTab(m_packages, QString());
    m_tabs->addTab(syncScroll, QString());
    connect(m_sync, &SyncPanel::environmentChanged, this, &EnvironmentPage::refresh);
    connect(m_sync, &SyncPanel::failed, this, [this](const Error &error) {
        m_syncFailed = true;
        banner()->showError(error);
    });
    connect(m_sync, &SyncPanel::workStarted, this, [this] {
        m_syncFailed = false;
        banner()->hide();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    contentLayout()->addWidget(m_facts);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addLayout(buttons);
    retranslateUi();
}

QString EnvironmentPage::title() const
{
    return tr("Environment");
}

QString EnvironmentPage::subtitle() const
{
    return tr("The project’s virtual environment (.venv): which Python it runs and which packages are installed.");
}

void EnvironmentPage::setProjectDirectory(const QString &directory)
{
    m_projectDirectory = directory;
    m_info.reset();
    if (m_inspection)
        m_inspection->cancel();
    m_inspection = nullptr;
    banner()->hide();
    m_syncFailed = false;
    m_refreshButton->setEnabled(!directory.isEmpty());
    m_sync->setProjectDirectory(directory);
    showInfo();
    if (!directory.isEmpty())
        refresh();
}

void EnvironmentPage::showSyncTab()
{
    m_tabs->setCurrentIndex(1);
}

void EnvironmentPage::refresh()
{
    if (m_projectDirectory.isEmpty())
        return;
    m_refreshButton->setEnabled(false);
    if (m_inspection)
        m_inspection->cancel();
    Job *job = m_jobs->run(VirtualEnvironment::inspectJob(m_projectDirectory));
    m_inspection = job;
    m_inspectionFailed = false;
    // Results of an inspection that is no longer the newest (another project was opened,
    // or Refresh pressed again) are ignored.
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job != m_inspection)
            return;
        m_info = result.value<VirtualEnvironmentInfo>();
        if (!m_syncFailed)
            banner()->hide();
        showInfo();
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job != m_inspection)
            return;
        m_inspectionFailed = true;
        m_info.reset(); // what was shown before may no longer be true
        banner()->showError(error);
        showInfo();
    });
    connect(job, &Job::finished, this, [this] { m_refreshButton->setEnabled(!m_projectDirectory.isEmpty()); });
}

void EnvironmentPage::showInfo()
{
    m_packages->clear();
    m_facts->clearValues();
    if (m_projectDirectory.isEmpty()) {
        m_facts->setValue(u"environmentStatus"_s, tr("No project is open."));
        return;
    }
    m_facts->setValue(u"environmentPath"_s, QDir::toNativeSeparators(QDir(m_projectDirectory).filePath(u".venv"_s)));
    if (!m_info) {
        m_facts->setValue(u"environmentStatus"_s,
                          m_inspectionFailed ? tr("Could not be read (see the message above)") : tr("Inspecting…"));
        return;
    }
    if (!m_info->exists) {
        m_facts->setValue(u"environmentStatus"_s, tr("Not created yet"));
        return;
    }
    m_facts->setValue(u"environmentStatus"_s,
                      m_info->interpreter.isEmpty() ? tr("Broken: the interpreter is missing") : tr("Ready"));
    m_facts->setValue(u"pythonVersion"_s,
                      m_info->implementation.isEmpty()
                          ? m_info->pythonVersion
                          : tr("%1 %2", "implementation version").arg(m_info->implementation, m_info->pythonVersion));
    m_facts->setValue(u"interpreter"_s, QDir::toNativeSeparators(m_info->interpreter));
    m_facts->setValue(u"createdBy"_s, m_info->createdBy);
    m_facts->setValue(u"packageCount"_s, tr("%n package(s)", nullptr, static_cast<int>(m_info->packages.size())));
    m_packages->addItems(m_info->packages);
    if (m_info->packages.isEmpty())
        (new QListWidgetItem(tr("No packages are installed in this environment."), m_packages))
            ->setFlags(Qt::NoItemFlags);
}

void EnvironmentPage::retranslateUi()
{
    Page::retranslateUi();
    m_facts->setLabel(u"environmentPath"_s, tr("Location:"));
    m_facts->setLabel(u"environmentStatus"_s, tr("Status:"));
    m_facts->setLabel(u"pythonVersion"_s, tr("Python:"));
    m_facts->setLabel(u"interpreter"_s, tr("Interpreter:"));
    m_facts->setLabel(u"createdBy"_s, tr("Created by:"));
    m_facts->setLabel(u"packageCount"_s, tr("Installed:"));
    m_packages->setAccessibleName(tr("Installed packages"));
    m_tabs->setTabText(0, tr("Packages"));
    m_tabs->setTabToolTip(0, tr("The packages installed in the environment"));
    m_tabs->setTabText(1, tr("Sync"));
    m_tabs->setTabToolTip(1, tr("Install what the project needs into the environment, like uv sync"));
    PlanPreviewPane::nameScrollButtons(m_tabs->tabBar());
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setToolTip(tr("Inspect the environment again"));
    showInfo();
}

} // namespace Akari
