// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/system/systeminfo.h"
#include "page.h"

class QPushButton;

namespace Akari
{

class FactsView;
class JobTracker;

/// The machine as wheel choice sees it: OS, architecture, CPU, memory, C library.
class HardwarePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)

public:
    explicit HardwarePage(JobTracker *jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    /// Runs detection as a job; the facts update when it finishes.
    void detect();
    [[nodiscard]] bool hasResult() const { return m_info.has_value(); }

protected:
    void retranslateUi() override;

private:
    void showInfo();

    JobTracker *m_jobs;
    FactsView *m_facts;
    QPushButton *m_detectButton;
    std::optional<SystemInfo> m_info;
};

} // namespace Akari
