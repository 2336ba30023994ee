// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectpage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "../widgets/factsview.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

ProjectPage::ProjectPage(QWidget *parent)
    : Page(parent)
    , m_facts(new FactsView(this))
    , m_dependencies(new QListWidget(this))
    , m_reloadButton(new QPushButton(this))
{
    setObjectName(u"projectPage"_s);
    for (const QString &id : {u"projectName"_s, u"projectVersion"_s, u"requiresPython"_s, u"projectFile"_s,
                              u"dependencyCount"_s, u"extras"_s, u"indexes"_s, u"sources"_s})
        m_facts->addRow(id);
    m_dependencies->setObjectName(u"dependencyList"_s);
    m_dependencies->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dependencies->setAlternatingRowColors(true);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_reloadButton->setEnabled(false);
    connect(m_reloadButton, &QPushButton::clicked, this, &ProjectPage::reloadRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reloadButton);
    buttons->addStretch(1);
    contentLayout()->addWidget(m_facts);
    contentLayout()->addWidget(m_dependencies, 1);
    contentLayout()->addLayout(buttons);
    retranslateUi();
}

QString ProjectPage::title() const
{
    if (m_summary && !m_summary->name.isEmpty())
        return tr("Project: %1").arg(m_summary->name);
    return tr("Project");
}

QString ProjectPage::subtitle() const
{
    return tr("What the project’s pyproject.toml declares: its Python requirement, dependencies and package indexes.");
}

void ProjectPage::setSummary(const PyProjectSummary &summary)
{
    m_summary = summary;
    m_reloadButton->setEnabled(true);
    retranslateUi();
}

void ProjectPage::showSummary()
{
    m_dependencies->clear();
    if (!m_summary) {
        m_facts->clearValues();
        return;
    }
    const QLocale locale;
    m_facts->setValue(u"projectName"_s, m_summary->name);
    m_facts->setValue(u"projectVersion"_s, m_summary->version);
    m_facts->setValue(u"requiresPython"_s, m_summary->requiresPython);
    m_facts->setValue(u"projectFile"_s, tr("%1 (%n line(s))", nullptr, static_cast<int>(m_summary->lineCount))
                                            .arg(QDir::toNativeSeparators(m_summary->filePath)));
    m_facts->setValue(u"dependencyCount"_s,
                      tr("%n package(s)", nullptr, static_cast<int>(m_summary->dependencies.size())));
    m_facts->setValue(u"extras"_s, locale.createSeparatedList(m_summary->extras));
    m_facts->setValue(u"indexes"_s, locale.createSeparatedList(m_summary->indexNames));
    m_facts->setValue(u"sources"_s, locale.createSeparatedList(m_summary->sourcedPackages));
    m_dependencies->addItems(m_summary->dependencies);
}

void ProjectPage::retranslateUi()
{
    Page::retranslateUi();
    m_facts->setLabel(u"projectName"_s, tr("Name:"));
    m_facts->setLabel(u"projectVersion"_s, tr("Version:"));
    m_facts->setLabel(u"requiresPython"_s, tr("Requires Python:"));
    m_facts->setLabel(u"projectFile"_s, tr("File:"));
    m_facts->setLabel(u"dependencyCount"_s, tr("Dependencies:"));
    m_facts->setLabel(u"extras"_s, tr("Extras:"));
    m_facts->setLabel(u"indexes"_s, tr("Indexes:"));
    m_facts->setLabel(u"sources"_s, tr("Pinned sources:"));
    m_dependencies->setAccessibleName(tr("Dependencies"));
    m_reloadButton->setText(tr("&Reload"));
    m_reloadButton->setToolTip(tr("Read pyproject.toml from disk again"));
    showSummary();
}

} // namespace Akari
