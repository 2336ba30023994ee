// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace Akari
{

struct PlanPreview;

/**
 * \brief What uv's rules and the plan reader say about a previewed file, one message per
 *        row ("Line 12: …"), errors and warnings first, then what is kept as written.
 *
 * The requires-python warnings are left out: the page shows them beside the Python
 * requirement. Hidden while there is nothing to say; activating a row reports its line.
 */
class PlanIssueList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanIssueList)

public:
    explicit PlanIssueList(QWidget *parent = nullptr);

    /// Shows the messages of \a preview; null clears and hides the list.
    void setPreview(const PlanPreview *preview);

signals:
    /// The user activated a message about \a line (1-based).
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace Akari
