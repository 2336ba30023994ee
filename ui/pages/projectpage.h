// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/project/pyprojectsummary.h"
#include "page.h"

class QListWidget;
class QPushButton;

namespace Akari
{

class FactsView;

/// The open project at a glance: its identity, Python requirement, dependencies and uv indexes.
class ProjectPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPage)

public:
    explicit ProjectPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void setSummary(const PyProjectSummary &summary);
    [[nodiscard]] std::optional<PyProjectSummary> summary() const { return m_summary; }

signals:
    void reloadRequested();

protected:
    void retranslateUi() override;

private:
    void showSummary();

    FactsView *m_facts;
    QListWidget *m_dependencies;
    QPushButton *m_reloadButton;
    std::optional<PyProjectSummary> m_summary;
};

} // namespace Akari
