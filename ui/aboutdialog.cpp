// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "akariversion.h"
#include "core/buildinfo.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"aboutDialog"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/akari.svg"_s).pixmap(80, 80));
    m_heading->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_body, 1);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    retranslateUi();
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Akari"));
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Akari %1").arg(applicationVersion())));
    m_body->setText(tr("<p>A desktop environment manager for PyTorch projects built on uv.</p>"
                       "<p>Built with %1.</p>"
                       "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                       "<p><a href=\"%2\">%2</a></p>")
                        .arg(libraryVersions(), QStringLiteral(AKARI_HOMEPAGE_URL)));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Akari
