// SPDX-License-Identifier: GPL-3.0-or-later
#include "planissuelist.h"

#include <QEvent>
#include <QStyle>

#include "core/project/planpreview.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

PlanIssueList::PlanIssueList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"issueList"_s);
    setWordWrap(true);
    setMaximumHeight(fontMetrics().height() * 6);
    hide();
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            emit lineActivated(line);
    });
    retranslateUi();
}

void PlanIssueList::setPreview(const PlanPreview *preview)
{
    clear();
    if (preview) {
        const auto add = [this](QStyle::StandardPixmap icon, int line, const QString &text) {
            auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                             line > 0 ? tr("Line %1: %2").arg(line).arg(text) : text, this);
            item->setData(Qt::UserRole, line);
            item->setToolTip(text);
        };
        const std::optional<ValidationIssue> &python = preview->requiresPythonIssue;
        for (const ValidationIssue &issue : preview->issues) {
            // The requires-python warnings are the page's banner, which names every Python concerned.
            if (python && issue.severity == ValidationIssue::Severity::Warning && issue.line == python->line &&
                issue.column == python->column)
                continue;
            add(issue.severity == ValidationIssue::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning,
                issue.line, issue.message);
        }
        for (const PlanFinding &finding : preview->findings)
            add(QStyle::SP_MessageBoxInformation, finding.line, finding.message);
    }
    setVisible(count() > 0);
    retranslateUi();
}

void PlanIssueList::retranslateUi()
{
    setAccessibleName(tr("%n message(s) about the file", nullptr, count()));
}

void PlanIssueList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

} // namespace Akari
