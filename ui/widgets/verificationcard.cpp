// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationcard.h"

#include <algorithm>

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "factsview.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString PythonRow = u"python"_s;
const QString TorchRow = u"torch"_s;
const QString BuildRow = u"build"_s;
const QString GpuRow = u"gpu"_s;
const QString ImportsRow = u"imports"_s;

bool everyImportWorked(const EnvironmentVerification &verification)
{
    return std::ranges::all_of(verification.modules, &EnvironmentVerification::Module::imported);
}
} // namespace

VerificationCard::VerificationCard(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_facts(new FactsView(this))
{
    setObjectName(u"verificationCard"_s);
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(u"verificationHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    for (const QString &row : {PythonRow, TorchRow, BuildRow, GpuRow, ImportsRow})
        m_facts->addRow(row);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_facts);
    retranslateUi();
}

void VerificationCard::setVerification(const EnvironmentVerification &verification)
{
    m_verification = verification;
    m_failure.clear();
    showContent();
}

void VerificationCard::setFailure(const QString &message)
{
    m_verification.reset();
    m_failure = message;
    showContent();
}

void VerificationCard::clear()
{
    m_verification.reset();
    m_failure.clear();
    showContent();
}

QString VerificationCard::headline() const
{
    return m_headline->text();
}

QString VerificationCard::value(const QString &row) const
{
    return m_facts->value(row);
}

void VerificationCard::showContent()
{
    m_facts->clearValues();
    const bool verified = m_verification.has_value();
    for (const QString &row : {PythonRow, TorchRow, BuildRow, GpuRow})
        m_facts->setRowVisible(row, verified);
    m_facts->setRowVisible(ImportsRow, verified && !m_verification->modules.isEmpty());
    if (!verified) {
        m_headline->setText(m_failure.isEmpty() ? QString()
                                                : tr("Could not verify the environment: %1").arg(m_failure));
        return;
    }
    const EnvironmentVerification &v = *m_verification;
    const bool works = everyImportWorked(v);
    m_headline->setText(works ? tr("The environment works.") : tr("Some packages could not be imported."));
    m_facts->setValue(PythonRow, v.pythonVersion);
    m_facts->setValue(TorchRow, v.torchVersion.isEmpty() ? tr("Not installed") : v.torchVersion);
    QString build;
    if (!v.cudaVersion.isEmpty())
        build = tr("CUDA %1").arg(v.cudaVersion);
    else if (!v.hipVersion.isEmpty())
        build = tr("ROCm (HIP %1)").arg(v.hipVersion);
    else if (!v.torchVersion.isEmpty())
        build = tr("CPU only");
    m_facts->setValue(BuildRow, build);
    QString gpu;
    if (v.gpuAvailable)
        gpu = v.devices.isEmpty() ? tr("Yes") : tr("Yes: %1").arg(QLocale().createSeparatedList(v.devices));
    else if (!v.cudaVersion.isEmpty() || !v.hipVersion.isEmpty())
        gpu = tr("No: PyTorch sees no GPU");
    else if (!v.torchVersion.isEmpty())
        gpu = tr("Not used by a CPU-only build");
    m_facts->setValue(GpuRow, gpu);
    QStringList imports;
    for (const EnvironmentVerification::Module &module : v.modules) {
        if (!module.imported)
            imports.append(tr("%1 failed: %2", "module, error").arg(module.name, module.error));
        else if (!module.version.isEmpty())
            imports.append(tr("%1 %2", "module version").arg(module.name, module.version));
        else
            imports.append(module.name);
    }
    m_facts->setValue(ImportsRow, imports.join(u'\n'));
}

void VerificationCard::retranslateUi()
{
    m_facts->setLabel(PythonRow, tr("Python:"));
    m_facts->setLabel(TorchRow, tr("PyTorch:"));
    m_facts->setLabel(BuildRow, tr("Built for:"));
    m_facts->setLabel(GpuRow, tr("GPU seen:"));
    m_facts->setLabel(ImportsRow, tr("Imports:"));
    setAccessibleName(tr("Verification of the environment"));
    showContent();
}

void VerificationCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Akari
