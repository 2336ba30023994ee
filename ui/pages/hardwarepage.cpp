// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwarepage.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "../widgets/factsview.h"
#include "../widgets/messagebanner.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/system/systemprobe.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

HardwarePage::HardwarePage(JobTracker *jobs, QWidget *parent)
    : Page(parent)
    , m_jobs(jobs)
    , m_facts(new FactsView(this))
    , m_detectButton(new QPushButton(this))
{
    setObjectName(u"hardwarePage"_s);
    for (const QString &id : {u"hostName"_s, u"osName"_s, u"kernel"_s, u"architecture"_s, u"cpuModel"_s,
                              u"logicalCores"_s, u"memory"_s, u"libc"_s})
        m_facts->addRow(id);
    m_detectButton->setObjectName(u"detectButton"_s);
    connect(m_detectButton, &QPushButton::clicked, this, &HardwarePage::detect);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detectButton);
    buttons->addStretch(1);
    contentLayout()->addWidget(m_facts);
    contentLayout()->addLayout(buttons);
    contentLayout()->addStretch(1);
    retranslateUi();
}

QString HardwarePage::title() const
{
    return tr("Hardware");
}

QString HardwarePage::subtitle() const
{
    return tr("This machine as PyTorch wheels see it: operating system, processor architecture and C library.");
}

void HardwarePage::detect()
{
    m_detectButton->setEnabled(false);
    Job *job = m_jobs->run(SystemProbe::probeJob());
    connect(job, &Job::succeeded, this, [this](const QVariant &result) {
        m_info = result.value<SystemInfo>();
        banner()->hide();
        showInfo();
    });
    connect(job, &Job::failed, this, [this](const Error &error) { banner()->showError(error); });
    connect(job, &Job::finished, this, [this] { m_detectButton->setEnabled(true); });
}

void HardwarePage::showInfo()
{
    if (!m_info) {
        m_facts->clearValues();
        return;
    }
    const QLocale locale;
    m_facts->setValue(u"hostName"_s, m_info->hostName);
    m_facts->setValue(u"osName"_s, m_info->osName);
    m_facts->setValue(u"kernel"_s, m_info->kernel);
    m_facts->setValue(u"architecture"_s, m_info->architecture);
    m_facts->setValue(u"cpuModel"_s, m_info->cpuModel);
    m_facts->setValue(u"logicalCores"_s,
                      m_info->logicalCores > 0 ? tr("%n logical core(s)", nullptr, m_info->logicalCores) : QString());
    m_facts->setValue(u"memory"_s,
                      m_info->memoryBytes > 0
                          ? locale.formattedDataSize(m_info->memoryBytes, 1, QLocale::DataSizeTraditionalFormat)
                          : QString());
    m_facts->setValue(u"libc"_s, m_info->libc);
}

void HardwarePage::retranslateUi()
{
    Page::retranslateUi();
    m_facts->setLabel(u"hostName"_s, tr("Host name:"));
    m_facts->setLabel(u"osName"_s, tr("Operating system:"));
    m_facts->setLabel(u"kernel"_s, tr("Kernel:"));
    m_facts->setLabel(u"architecture"_s, tr("Architecture:"));
    m_facts->setLabel(u"cpuModel"_s, tr("Processor:"));
    m_facts->setLabel(u"logicalCores"_s, tr("Cores:"));
    m_facts->setLabel(u"memory"_s, tr("Memory:"));
    m_facts->setLabel(u"libc"_s, tr("C library:"));
    m_detectButton->setText(tr("&Detect Again"));
    m_detectButton->setToolTip(tr("Read the machine's details again"));
    showInfo();
}

} // namespace Akari
