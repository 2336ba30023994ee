// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include "core/backend/recommendation.h"
#include "core/project/planpresets.h"
#include "core/project/torchplan.h"
#include "page.h"

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QPushButton;

namespace Akari
{

class FactsView;
class MessageBanner;
class PackagePicker;
class PlanIssueList;
class PlanMatrixWidget;
class PlanPreviewPane;
class ProjectEditor;
class VariantsEditor;

/**
 * \brief The open project's PyTorch setup, edited by clicking: presets, the plan matrix or
 *        the variants, the packages; the resulting pyproject.toml and its diff; uv's rules.
 *
 * A view of the ProjectEditor: every choice becomes an undoable plan change there, and the
 * page shows what the editor reports (plan, preview, issues, saving, changes on disk).
 */
class ProjectPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPage)

public:
    explicit ProjectPage(ProjectEditor *editor, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;

    /// This machine's recommendation, for the "Recommended for this machine" preset.
    void setRecommendation(const std::optional<Recommendation> &recommendation);
    /// "Use This" on the Hardware page: fills the plan with \a recommendation now, or as soon
    /// as a project is open.
    void useRecommendation(const Recommendation &recommendation);
    void applyPreset(PlanPresets::Preset preset);
    void setMode(TorchPlan::Mode mode);

    [[nodiscard]] QAction *saveAction() const { return m_saveAction; }
    [[nodiscard]] QAction *revertAction() const { return m_revertAction; }
    [[nodiscard]] QAction *presetAction(PlanPresets::Preset preset) const;
    [[nodiscard]] PlanMatrixWidget *matrix() const { return m_matrix; }
    [[nodiscard]] VariantsEditor *variantsEditor() const { return m_variants; }
    [[nodiscard]] PackagePicker *packagePicker() const { return m_packages; }
    [[nodiscard]] PlanPreviewPane *previewPane() const { return m_preview; }
    [[nodiscard]] MessageBanner *diskBanner() const { return m_diskBanner; }
    [[nodiscard]] PlanIssueList *issueList() const { return m_issues; }

protected:
    void retranslateUi() override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QWidget *createEditorPane();
    void showProject();
    void showPlan();
    void showPreview();
    void showIssues();
    void showNote();
    void showDiskChange();
    void updateActions();
    void retranslatePresets();
    void fitPlanPane();
    void applyRecommendationNow();
    void changePlan(const TorchPlan &plan, const std::function<QString()> &description, const QString &mergeKey = {});
    [[nodiscard]] PlanReading currentReading() const;

    ProjectEditor *m_editor;
    std::optional<Recommendation> m_recommendation;
    bool m_recommendationPending = false;
    /// The reasons to show under the plan after the recommendation was applied.
    std::optional<Recommendation> m_appliedRecommendation;
    std::optional<TorchPlan> m_recommendedPlan; ///< the note shows while the plan is still this
    bool m_diskChanged = false;
    QString m_previewErrorShown; ///< the banner's text while it says the plan cannot be written

    MessageBanner *m_diskBanner;
    FactsView *m_facts;
    MessageBanner *m_pythonWarning; ///< requires-python admits a Python without PyTorch wheels
    QString m_pythonWarningText;
    QToolButton *m_presetButton;
    QMenu *m_presetMenu;
    QList<QAction *> m_presetActions;
    QRadioButton *m_perPlatformMode;
    QRadioButton *m_variantsMode;
    PackagePicker *m_packages;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
    QLabel *m_note;
    QScrollArea *m_planScroll = nullptr;
    QStackedWidget *m_planStack;
    PlanMatrixWidget *m_matrix;
    VariantsEditor *m_variants;
    PlanIssueList *m_issues;
    PlanPreviewPane *m_preview;
    QAction *m_saveAction;
    QAction *m_revertAction;
    QAction *m_reloadFromDiskAction;
    QAction *m_keepMineAction;
};

} // namespace Akari
