// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/settings/settings.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

WelcomePage::WelcomePage(Settings *settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
    , m_logo(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_dropHint(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    m_logo->setPixmap(QIcon(u":/icons/akari.svg"_s).pixmap(96, 96));
    m_intro->setObjectName(u"welcomeIntro"_s);
    m_intro->setWordWrap(true);
    m_openButton->setObjectName(u"openProjectButton"_s);
    m_openButton->setIcon(QIcon(u":/icons/project.svg"_s));
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    m_recent->setObjectName(u"recentProjectList"_s);
    m_recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentProjectRequested(item->data(Qt::UserRole).toString()); });
    m_dropHint->setObjectName(u"dropHint"_s);
    m_dropHint->setWordWrap(true);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentProjects)
            refreshRecent();
    });

    auto *hero = new QHBoxLayout;
    hero->addWidget(m_logo, 0, Qt::AlignTop);
    auto *heroText = new QVBoxLayout;
    heroText->addWidget(m_intro);
    heroText->addWidget(m_openButton, 0, Qt::AlignLeft);
    heroText->addStretch(1);
    hero->addLayout(heroText, 1);
    contentLayout()->addLayout(hero);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_recentLabel);
    contentLayout()->addWidget(m_recent, 1);
    contentLayout()->addWidget(m_dropHint);
    retranslateUi();
}

QString WelcomePage::title() const
{
    return tr("Welcome to Akari");
}

QString WelcomePage::subtitle() const
{
    return tr("The right PyTorch build for every machine, written into your uv project.");
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    const QStringList projects = m_settings->recentProjects();
    for (const QString &directory : projects) {
        auto *item = new QListWidgetItem(QIcon(u":/icons/project.svg"_s),
                                         tr("%1 — %2", "project name — folder")
                                             .arg(QFileInfo(directory).fileName(), QDir::toNativeSeparators(directory)),
                                         m_recent);
        item->setData(Qt::UserRole, directory);
        item->setToolTip(QDir::toNativeSeparators(directory));
    }
    if (projects.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::retranslateUi()
{
    Page::retranslateUi();
    m_intro->setText(tr("Akari detects this machine’s accelerators, shows which PyTorch build each platform of "
                        "your project uses, and keeps pyproject.toml and the project’s environment in step."));
    m_openButton->setText(tr("&Open Project…"));
    m_openButton->setToolTip(tr("Open a folder that holds a pyproject.toml"));
    m_recentLabel->setText(tr("&Recent projects:"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_dropHint->setText(tr("You can also drop a project folder or its pyproject.toml onto this window."));
    refreshRecent();
}

} // namespace Akari
