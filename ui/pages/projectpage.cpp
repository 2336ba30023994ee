// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectpage.h"

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "../projecteditor.h"
#include "../widgets/availabilitypanel.h"
#include "../widgets/factsview.h"
#include "../widgets/messagebanner.h"
#include "../widgets/packagepicker.h"
#include "../widgets/planissuelist.h"
#include "../widgets/planmatrixwidget.h"
#include "../widgets/planpreviewpane.h"
#include "../widgets/recommendationcard.h"
#include "../widgets/resolutionpanel.h"
#include "../widgets/variantseditor.h"
#include "core/project/planbuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

ProjectPage::ProjectPage(ProjectEditor *editor, QWidget *parent)
    : Page(parent)
    , m_editor(editor)
    , m_diskBanner(new MessageBanner(this))
    , m_facts(new FactsView(this))
    , m_pythonWarning(new MessageBanner(this))
    , m_presetButton(new QToolButton(this))
    , m_presetMenu(new QMenu(this))
    , m_perPlatformMode(new QRadioButton(this))
    , m_variantsMode(new QRadioButton(this))
    , m_packages(new PackagePicker(this))
    , m_revertButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_planStack(new QStackedWidget(this))
    , m_matrix(new PlanMatrixWidget(this))
    , m_variants(new VariantsEditor(this))
    , m_issues(new PlanIssueList(this))
    , m_preview(new PlanPreviewPane(this))
{
    setObjectName(u"projectPage"_s);
    createActions();
    m_diskBanner->setObjectName(u"diskBanner"_s);
    for (const QString &id : {u"projectFile"_s, u"requiresPython"_s})
        m_facts->addRow(id);
    m_pythonWarning->setObjectName(u"pythonWarning"_s);

    m_presetButton->setObjectName(u"presetButton"_s);
    m_presetButton->setPopupMode(QToolButton::InstantPopup);
    m_presetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_presetButton->setMenu(m_presetMenu);
    m_presetMenu->setToolTipsVisible(true);
    m_presetMenu->addActions(m_presetActions);
    m_perPlatformMode->setObjectName(u"perPlatformMode"_s);
    m_variantsMode->setObjectName(u"variantsMode"_s);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_perPlatformMode);
    modes->addButton(m_variantsMode);
    m_perPlatformMode->setChecked(true);
    connect(m_perPlatformMode, &QRadioButton::clicked, this, [this] { setMode(TorchPlan::Mode::PerPlatform); });
    connect(m_variantsMode, &QRadioButton::clicked, this, [this] { setMode(TorchPlan::Mode::Variants); });
    m_revertButton->setObjectName(u"revertButton"_s);
    m_saveButton->setObjectName(u"saveButton"_s);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_presetButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_perPlatformMode);
    toolbar->addWidget(m_variantsMode);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_packages);
    toolbar->addStretch(1);
    // Below the preview, where the result is read before it is saved.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"projectSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createEditorPane());
    splitter->addWidget(m_preview);
    // Next to the file: what the plan's indexes offer and what it resolves to (jobs on demand).
    m_preview->addTab(new AvailabilityPanel(m_editor, nullptr, this), AvailabilityPanel::title());
    m_preview->addTab(new ResolutionPanel(m_editor, nullptr, this), ResolutionPanel::title());
    // The plan takes the room it needs; the preview gets the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    contentLayout()->addWidget(m_diskBanner);
    contentLayout()->addWidget(m_facts);
    contentLayout()->addWidget(m_pythonWarning);
    contentLayout()->addLayout(toolbar);
    contentLayout()->addWidget(splitter, 1);
    contentLayout()->addLayout(buttons);
    const QList<QWidget *> tabOrder{m_presetButton, m_perPlatformMode, m_variantsMode, m_packages,  m_planStack,
                                    m_issues,       m_preview,         m_revertButton, m_saveButton};
    for (qsizetype index = 1; index < tabOrder.size(); ++index)
        setTabOrder(tabOrder.at(index - 1), tabOrder.at(index));

    connect(m_matrix, &PlanMatrixWidget::backendChosen, this,
            [this](const QString &package, TargetPlatform::Os os, const QString &id) {
                TorchPlan plan = m_editor->plan();
                plan.setBackend(package, os, id);
                changePlan(
                    plan,
                    [package, os, id] {
                        return tr("Set %1 on %2 to %3")
                            .arg(package, TargetPlatform{.os = os}.displayName(), RecommendationCard::backendName(id));
                    },
                    u"cell/%1/%2"_s.arg(package).arg(int(os)));
            });
    connect(m_matrix, &PlanMatrixWidget::rowChosen, this, [this](const QString &package, const QString &id) {
        TorchPlan plan = m_editor->plan();
        plan.setBackends(package, PlanBuilder::whereAvailable(id));
        changePlan(
            plan,
            [package, id] {
                return tr("Set %1 to %2 wherever PyTorch builds it").arg(package, RecommendationCard::backendName(id));
            },
            u"row/"_s + package);
    });
    connect(m_matrix, &PlanMatrixWidget::columnChosen, this, [this](TargetPlatform::Os os, const QString &id) {
        TorchPlan plan = m_editor->plan();
        plan.setPlatformBackend(os, id);
        changePlan(
            plan,
            [os, id] {
                return tr("Set every package on %1 to %2")
                    .arg(TargetPlatform{.os = os}.displayName(), RecommendationCard::backendName(id));
            },
            u"column/%1"_s.arg(int(os)));
    });
    connect(m_variants, &VariantsEditor::variantsChosen, this, [this](const QList<TorchVariant> &variants) {
        TorchPlan plan = m_editor->plan();
        plan.setVariants(variants);
        changePlan(plan, [] { return tr("Change the variants"); });
    });
    connect(m_packages, &PackagePicker::packagesChosen, this, [this](const QStringList &packages) {
        TorchPlan plan = m_editor->plan();
        plan.setPackages(packages);
        changePlan(plan, [] { return tr("Choose the packages"); });
    });
    connect(m_issues, &PlanIssueList::lineActivated, m_preview, &PlanPreviewPane::showLine);

    connect(m_editor, &ProjectEditor::opened, this, [this] {
        m_diskChanged = false;
        m_diskBanner->hide();
        m_appliedRecommendation.reset();
        m_recommendedPlan.reset();
        if (std::exchange(m_recommendationPending, false))
            applyRecommendationNow();
        showProject();
    });
    connect(m_editor, &ProjectEditor::planChanged, this, &ProjectPage::showPlan);
    connect(m_editor, &ProjectEditor::previewChanged, this, &ProjectPage::showPreview);
    connect(m_editor, &ProjectEditor::previewFailed, this, [this](const Error &error) {
        banner()->showError(error);
        m_previewErrorShown = banner()->text();
    });
    connect(m_editor, &ProjectEditor::stateChanged, this, &ProjectPage::updateActions);
    connect(m_editor, &ProjectEditor::saveFailed, this, [this](const Error &error) { banner()->showError(error); });
    connect(m_editor, &ProjectEditor::diskReadFailed, this, [this](const Error &error) { banner()->showError(error); });
    connect(m_editor, &ProjectEditor::saved, this, [this] {
        m_diskChanged = false;
        m_diskBanner->hide();
        banner()->hide();
    });
    connect(m_editor, &ProjectEditor::changedOnDisk, this, [this] {
        m_diskChanged = true;
        showDiskChange();
    });
    connect(m_editor, &ProjectEditor::reloadedAfterChange, this, [this] {
        m_diskChanged = false;
        showDiskChange();
    });
    retranslateUi();
    showProject();
}

void ProjectPage::createActions()
{
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_editor, &ProjectEditor::save);
    m_revertAction = new QAction(this);
    m_revertAction->setObjectName(u"revertAction"_s);
    connect(m_revertAction, &QAction::triggered, m_editor, &ProjectEditor::revert);
    m_reloadFromDiskAction = new QAction(this);
    m_reloadFromDiskAction->setObjectName(u"reloadFromDiskAction"_s);
    connect(m_reloadFromDiskAction, &QAction::triggered, m_editor, &ProjectEditor::reload);
    m_keepMineAction = new QAction(this);
    m_keepMineAction->setObjectName(u"keepMineAction"_s);
    connect(m_keepMineAction, &QAction::triggered, this, [this] {
        m_diskChanged = false;
        m_diskBanner->hide();
        m_editor->keepLocalChanges();
    });
    for (const PlanPresets::Preset preset : PlanPresets::all()) {
        auto *action = new QAction(this);
        action->setObjectName(u"presetAction%1"_s.arg(int(preset)));
        connect(action, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
        m_presetActions.append(action);
    }
}

QWidget *ProjectPage::createEditorPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(u"planPane"_s);
    m_note->setObjectName(u"planNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_planStack->addWidget(m_matrix);
    m_planStack->addWidget(m_variants);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_planStack);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    // Large text or a small window: the plan scrolls rather than squeezing its rows together.
    auto *scroll = new QScrollArea(this);
    m_planScroll = scroll;
    scroll->setObjectName(u"planScroll"_s);
    scroll->setWidget(pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the controls in it take the focus, one by one
    return scroll;
}

QString ProjectPage::title() const
{
    if (m_editor->hasProject() && !m_editor->snapshot().summary.name.isEmpty())
        return tr("Project: %1").arg(m_editor->snapshot().summary.name);
    return tr("Project");
}

QString ProjectPage::subtitle() const
{
    return tr("Where each PyTorch package comes from on each platform; Akari writes it into pyproject.toml.");
}

QAction *ProjectPage::presetAction(PlanPresets::Preset preset) const
{
    const qsizetype index = PlanPresets::all().indexOf(preset);
    return index >= 0 ? m_presetActions.value(index) : nullptr;
}

void ProjectPage::setRecommendation(const std::optional<Recommendation> &recommendation)
{
    m_recommendation = recommendation;
    // The same advice again (e.g. in a new language): the note under the plan follows it.
    if (m_appliedRecommendation && recommendation && recommendation->primary == m_appliedRecommendation->primary)
        m_appliedRecommendation = recommendation;
    retranslateUi();
}

void ProjectPage::useRecommendation(const Recommendation &recommendation)
{
    m_recommendation = recommendation;
    if (!m_editor->hasProject() || m_editor->isLoading()) {
        m_recommendationPending = true;
        return;
    }
    applyRecommendationNow();
}

void ProjectPage::applyRecommendationNow()
{
    applyPreset(PlanPresets::Preset::Recommended);
}

PlanReading ProjectPage::currentReading() const
{
    PlanReading reading = m_editor->snapshot().reading;
    reading.plan = m_editor->plan();
    return reading;
}

void ProjectPage::applyPreset(PlanPresets::Preset preset)
{
    if (!m_editor->hasProject())
        return;
    const Result<TorchPlan> plan =
        PlanPresets::make(preset, m_editor->plan(), m_editor->snapshot().reading, m_recommendation);
    if (!plan) {
        banner()->showError(plan.error());
        return;
    }
    changePlan(*plan, [preset] { return tr("Apply “%1”").arg(PlanPresets::name(preset)); });
    if (preset == PlanPresets::Preset::Recommended) {
        m_appliedRecommendation = m_recommendation;
        m_recommendedPlan = *plan;
    }
    showNote();
}

void ProjectPage::setMode(TorchPlan::Mode mode)
{
    if (!m_editor->hasProject() || m_editor->plan().mode() == mode)
        return;
    const TorchPlan &current = m_editor->plan();
    const QStringList backends = current.backendIds();
    Result<TorchPlan> plan;
    if (mode == TorchPlan::Mode::Variants) {
        // Offer what the matrix used; from PyPI alone, the guide's CPU + CUDA pair.
        plan = backends.isEmpty() ? PlanPresets::make(PlanPresets::Preset::VariantsCpuCuda, current,
                                                      m_editor->snapshot().reading, m_recommendation)
                                  : PlanBuilder::variants(backends, current.packages(), currentReading());
    } else {
        const QStringList first = current.variants().isEmpty()
                                      ? QStringList{TorchPlan::PyPi}
                                      : QStringList{current.variants().first().backends.ids[0]};
        plan = PlanBuilder::perPlatform(first, current.packages(), currentReading());
    }
    if (!plan) {
        banner()->showError(plan.error());
        showPlan();
        return;
    }
    changePlan(*plan, [mode] {
        return mode == TorchPlan::Mode::Variants ? tr("Offer variants") : tr("Use one setup per platform");
    });
}

void ProjectPage::changePlan(const TorchPlan &plan, const std::function<QString()> &description,
                             const QString &mergeKey)
{
    banner()->hide();
    m_editor->changePlan(plan, description, mergeKey);
}

void ProjectPage::showProject()
{
    const bool open = m_editor->hasProject();
    m_facts->clearValues();
    if (open) {
        const ProjectSnapshot &snapshot = m_editor->snapshot();
        const QString path = QDir::toNativeSeparators(snapshot.file.filePath());
        m_facts->setValue(u"projectFile"_s, snapshot.isNew ? tr("%1 (new, created when you save)").arg(path) : path);
        m_facts->setValue(u"requiresPython"_s, snapshot.summary.requiresPython.isEmpty()
                                                   ? tr("any (requires-python is not set)")
                                                   : snapshot.summary.requiresPython);
    } else {
        m_preview->clear();
        m_issues->setPreview(nullptr);
    }
    showPlan();
    showNote();
    updateActions();
    Page::retranslateUi(); // the title names the project
}

void ProjectPage::showPlan()
{
    const bool open = m_editor->hasProject();
    const TorchPlan &plan = m_editor->plan();
    const bool variants = plan.mode() == TorchPlan::Mode::Variants;
    m_perPlatformMode->setChecked(!variants);
    m_variantsMode->setChecked(variants);
    m_planStack->setCurrentIndex(variants ? 1 : 0);
    // The stack is as tall as the page on show, not as the taller of the two.
    m_matrix->setSizePolicy(QSizePolicy::Preferred, variants ? QSizePolicy::Ignored : QSizePolicy::Preferred);
    m_variants->setSizePolicy(QSizePolicy::Preferred, variants ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    QMap<QString, QString> kept;
    if (open) {
        const QList<PlanFinding> &findings =
            m_editor->preview() ? m_editor->preview()->findings : m_editor->snapshot().reading.findings;
        for (const QString &package : m_editor->snapshot().reading.keptPackages) {
            const auto finding = std::ranges::find(findings, package, &PlanFinding::package);
            kept.insert(package, finding != findings.end() ? finding->message : QString());
        }
    }
    m_matrix->setPlan(plan, kept);
    m_variants->setVariants(plan.variants());
    m_packages->setPackages(plan.packages(), kept.keys());
    retranslatePresets();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_presetButton, m_perPlatformMode, m_variantsMode, m_packages, m_planStack})
        widget->setEnabled(open);
    showNote();
}

void ProjectPage::showPreview()
{
    // The plan can be written again: a message that said it could not is out of date.
    if (!m_previewErrorShown.isEmpty() && banner()->text() == m_previewErrorShown)
        banner()->hide();
    m_previewErrorShown.clear();
    const std::optional<PlanPreview> &preview = m_editor->preview();
    if (!preview) {
        m_preview->clear();
        showIssues();
        return;
    }
    m_preview->setPreview(preview->text, preview->diff);
    showIssues();
    showPlan(); // kept packages' reasons come with the preview, in the current language
}

void ProjectPage::showIssues()
{
    const std::optional<PlanPreview> &preview = m_editor->preview();
    if (preview && preview->requiresPythonIssue) {
        // Shown again after every change unless the user dismissed this very warning.
        const QString message = preview->requiresPythonIssue->message;
        if (message != m_pythonWarningText || !m_pythonWarning->isHidden())
            m_pythonWarning->showMessage(MessageBanner::Kind::Warning, message);
        m_pythonWarningText = message;
    } else if (preview) {
        m_pythonWarning->hide();
    }
    m_issues->setPreview(preview ? &*preview : nullptr);
    fitPlanPane();
}

void ProjectPage::fitPlanPane()
{
    // Never taller than what it shows, so the preview below gets the spare room.
    m_planScroll->widget()->layout()->activate();
    const int needed = m_planScroll->widget()->sizeHint().height() + 2 * m_planScroll->frameWidth();
    m_planScroll->setMaximumHeight(needed);
    // QSplitter keeps its sizes when a child's limits change: give the plan what it needs now
    // (as far as the preview's minimum allows) and the preview the rest.
    auto *splitter = qobject_cast<QSplitter *>(m_planScroll->parentWidget());
    const QList<int> sizes = splitter ? splitter->sizes() : QList<int>();
    if (sizes.size() != 2 || sizes.at(0) + sizes.at(1) <= 0)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const int plan = std::max(0, std::min(needed, total - m_preview->minimumSizeHint().height()));
    splitter->setSizes({plan, total - plan});
}

void ProjectPage::showNote()
{
    QString note;
    if (!m_editor->hasProject()) {
        note = tr("Open a project folder to choose its PyTorch builds.");
    } else if (m_appliedRecommendation && m_recommendedPlan && m_editor->plan() == *m_recommendedPlan) {
        const Recommendation &recommendation = *m_appliedRecommendation;
        const QString why = recommendation.advice.isEmpty() ? QString() : recommendation.advice.first().text;
        note =
            why.isEmpty()
                ? tr("Recommended for this machine: %1.").arg(RecommendationCard::backendName(recommendation.primary))
                : tr("Recommended for this machine: %1. %2")
                      .arg(RecommendationCard::backendName(recommendation.primary), why);
    } else if (m_editor->snapshot().reading.withoutPyTorch && m_editor->plan() == m_editor->savedPlan()) {
        note = tr("This project does not use PyTorch yet. Choose a preset or a backend, and Akari adds torch and "
                  "torchvision (the packages shown) with it.");
    } else if (m_editor->plan().mode() == TorchPlan::Mode::Variants) {
        note = tr("Each variant is an extra: users pick one with “uv sync --extra NAME”.");
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    fitPlanPane();
}

void ProjectPage::showDiskChange()
{
    if (m_diskChanged) {
        m_diskBanner->showMessage(MessageBanner::Kind::Warning,
                                  tr("pyproject.toml was changed by another program. Reload it and lose your "
                                     "changes, or keep your changes and replace it when you save?"),
                                  {m_reloadFromDiskAction, m_keepMineAction});
    } else if (m_editor->hasProject()) {
        m_diskBanner->showMessage(MessageBanner::Kind::Information,
                                  tr("pyproject.toml was changed by another program, so Akari loaded it again."));
    }
}

void ProjectPage::updateActions()
{
    const bool open = m_editor->hasProject();
    m_saveAction->setEnabled(m_editor->canSave());
    m_revertAction->setEnabled(open && m_editor->isModified() && !m_editor->isSaving());
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    m_saveButton->setDefault(m_saveAction->isEnabled());
}

void ProjectPage::retranslateUi()
{
    Page::retranslateUi();
    m_facts->setLabel(u"projectFile"_s, tr("File:"));
    m_facts->setLabel(u"requiresPython"_s, tr("Python:"));
    m_presetButton->setText(tr("&Presets"));
    m_presetButton->setToolTip(tr("Ready-made setups, including the one recommended for this machine"));
    retranslatePresets();
    m_perPlatformMode->setText(tr("Per p&latform"));
    m_perPlatformMode->setToolTip(tr("One setup: each package and platform has its backend"));
    m_variantsMode->setText(tr("&Variants"));
    m_variantsMode->setToolTip(tr("Several setups offered as extras; users choose one when they sync"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Write the changes into pyproject.toml (the old file is kept as a backup)"));
    m_revertAction->setText(tr("Re&vert"));
    m_revertAction->setToolTip(tr("Go back to the setup in the saved file (undoable)"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_reloadFromDiskAction->setText(tr("&Reload"));
    m_keepMineAction->setText(tr("&Keep My Changes"));
    m_matrix->setAccessibleName(tr("Backends per package and platform"));
    showProject();
    if (!m_diskBanner->isHidden())
        showDiskChange();
}

void ProjectPage::retranslatePresets()
{
    // The CUDA presets name the CUDA they would use, which follows the plan.
    const QString cuda = PlanPresets::cudaBackend(m_editor->plan(), m_recommendation);
    for (qsizetype index = 0; index < m_presetActions.size(); ++index) {
        const PlanPresets::Preset preset = PlanPresets::all().at(index);
        QAction *action = m_presetActions.at(index);
        QString description = PlanPresets::description(preset, cuda);
        if (preset == PlanPresets::Preset::Recommended) {
            action->setEnabled(m_recommendation.has_value());
            if (m_recommendation) {
                action->setText(tr("Recommended for This Machine (%1)")
                                    .arg(RecommendationCard::backendName(m_recommendation->primary)));
                if (!m_recommendation->advice.isEmpty())
                    description = m_recommendation->advice.first().text;
            } else {
                action->setText(tr("Recommended for This Machine"));
                description = tr("Hardware detection has not finished yet.");
            }
        } else {
            action->setText(PlanPresets::name(preset));
        }
        action->setToolTip(description);
        action->setStatusTip(description);
    }
}

void ProjectPage::changeEvent(QEvent *event)
{
    // Messages from the core are translated when made: make them again in the new language.
    if (event->type() == QEvent::LanguageChange && m_editor->hasProject())
        m_editor->refreshPreview();
    Page::changeEvent(event);
}

} // namespace Akari
