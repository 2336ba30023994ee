// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolutionpanel.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "../projecteditor.h"
#include "core/index/indexsession.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/resolve/torchavailability.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

enum Column
{
    NameColumn,
    VersionColumn,
    IndexColumn,
    SizeColumn,
    ColumnCount,
};
} // namespace

ResolutionPanel::ResolutionPanel(ProjectEditor *editor, JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_jobs(jobs ? jobs : editor->jobs())
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_pythonLabel(new QLabel(this))
    , m_python(new QComboBox(this))
    , m_variantLabel(new QLabel(this))
    , m_variant(new QComboBox(this))
    , m_resolve(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_explanation(new QPlainTextEdit(this))
{
    setObjectName(u"resolutionPanel"_s);
    m_platform->setObjectName(u"resolutionPlatform"_s);
    m_python->setObjectName(u"resolutionPython"_s);
    m_variant->setObjectName(u"resolutionVariant"_s);
    m_resolve->setObjectName(u"resolveButton"_s);
    m_cancel->setObjectName(u"resolveCancelButton"_s);
    m_progress->setObjectName(u"resolveProgress"_s);
    m_status->setObjectName(u"resolutionStatus"_s);
    m_table->setObjectName(u"resolutionTable"_s);
    m_explanation->setObjectName(u"resolutionExplanation"_s);
    m_platformLabel->setBuddy(m_platform);
    m_pythonLabel->setBuddy(m_python);
    m_variantLabel->setBuddy(m_variant);
    for (const TargetPlatform::Os os : PlatformBackends::platforms())
        m_platform->addItem(TargetPlatform{os}.displayName(), int(os));
    m_platform->setCurrentIndex(m_platform->findData(int(TargetPlatform::buildOs())));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_python->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_variant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IndexColumn, QHeaderView::Stretch);
    m_explanation->setReadOnly(true);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_explanation->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_platformLabel);
    controls->addWidget(m_platform);
    controls->addSpacing(8);
    controls->addWidget(m_pythonLabel);
    controls->addWidget(m_python);
    controls->addSpacing(8);
    controls->addWidget(m_variantLabel);
    controls->addWidget(m_variant);
    controls->addSpacing(8);
    controls->addWidget(m_resolve);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    controls->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_explanation, 1);
    setTabOrder(m_platform, m_python);
    setTabOrder(m_python, m_variant);
    setTabOrder(m_variant, m_resolve);
    setTabOrder(m_resolve, m_cancel);
    setTabOrder(m_cancel, m_table);
    setTabOrder(m_table, m_explanation);

    connect(m_resolve, &QPushButton::clicked, this, &ResolutionPanel::resolve);
    connect(m_cancel, &QPushButton::clicked, this, &ResolutionPanel::cancel);
    for (QComboBox *box : {m_platform, m_python, m_variant})
        connect(box, &QComboBox::currentIndexChanged, this, &ResolutionPanel::showStatus);
    connect(m_editor, &ProjectEditor::opened, this, &ResolutionPanel::projectChanged);
    connect(m_editor, &ProjectEditor::planChanged, this, [this] {
        fillVariants();
        showStatus();
    });
    retranslateUi();
    projectChanged();
}

ResolutionPanel::~ResolutionPanel()
{
    if (m_job)
        m_job->cancel();
}

QString ResolutionPanel::title()
{
    return tr("Resolution");
}

void ResolutionPanel::setIndexClient(std::shared_ptr<SimpleIndexClient> client)
{
    m_client = std::move(client);
}

void ResolutionPanel::setPlatform(TargetPlatform::Os os)
{
    m_platform->setCurrentIndex(m_platform->findData(int(os)));
}

void ResolutionPanel::setPython(const QString &python)
{
    const int index = m_python->findText(python);
    if (index >= 0)
        m_python->setCurrentIndex(index);
}

TargetPlatform::Os ResolutionPanel::platform() const
{
    return TargetPlatform::Os(m_platform->currentData().toInt());
}

QString ResolutionPanel::python() const
{
    return m_python->currentText();
}

QString ResolutionPanel::variant() const
{
    return m_variant->isEnabled() ? m_variant->currentText() : QString();
}

void ResolutionPanel::projectChanged()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_outcome.reset();
    m_error.reset();
    m_cancelled = false;
    m_outcomeKey.clear();
    fillPythons();
    fillVariants();
    showOutcome();
}

void ResolutionPanel::fillPythons()
{
    const QString chosen = m_python->currentText();
    const QStringList pythons = TorchAvailability::supportedPythons(
        m_editor->hasProject() ? m_editor->snapshot().summary.requiresPython : QString());
    const QSignalBlocker blocker(m_python);
    m_python->clear();
    m_python->addItems(pythons);
    // Keep the choice; else the newest Python every current PyTorch release has wheels for.
    int index = m_python->findText(chosen);
    if (index < 0)
        index = m_python->findText(u"3.12"_s);
    m_python->setCurrentIndex(index >= 0 ? index : m_python->count() - 1);
}

void ResolutionPanel::fillVariants()
{
    const bool variants = m_editor->hasProject() && m_editor->plan().mode() == TorchPlan::Mode::Variants;
    QStringList names;
    if (variants) {
        for (const TorchVariant &variant : m_editor->plan().variants())
            names.append(variant.name);
    }
    QStringList current;
    for (int index = 0; index < m_variant->count(); ++index)
        current.append(m_variant->itemText(index));
    if (current != names) {
        const QString chosen = m_variant->currentText();
        const QSignalBlocker blocker(m_variant);
        m_variant->clear();
        m_variant->addItems(names);
        m_variant->setCurrentIndex(std::max(0, m_variant->findText(chosen)));
    }
    m_variant->setEnabled(variants && !names.isEmpty());
    m_variant->setVisible(variants);
    m_variantLabel->setVisible(variants);
}

QString ResolutionPanel::requestKey() const
{
    if (!m_editor->hasProject())
        return {};
    const QByteArray text = m_editor->preview() ? m_editor->preview()->text : m_editor->snapshot().text;
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()) + u'/' +
           QString::number(int(platform())) + u'/' + python() + u'/' + variant();
}

void ResolutionPanel::resolve()
{
    if (!m_editor->hasProject())
        return;
    if (m_job)
        m_job->cancel();
    m_outcome.reset();
    m_error.reset();
    m_cancelled = false;
    m_outcomeKey = requestKey();
    const Result<Version> version = Version::parse(python());
    Result<TargetEnvironment> target = version ? TargetEnvironment::forPlatform(platform(), *version)
                                               : Result<TargetEnvironment>(fail(version.error()));
    if (!target) {
        m_error = target.error();
        showOutcome();
        return;
    }
    ProjectResolver::Settings settings{.target = std::move(*target), .extras = {}, .groups = {}, .options = {}};
    for (const TorchVariant &chosen : m_editor->plan().variants()) {
        if (m_editor->plan().mode() == TorchPlan::Mode::Variants && chosen.name == variant())
            (chosen.kind == TorchVariant::Kind::Group ? settings.groups : settings.extras).append(chosen.name);
    }
    if (!m_client)
        m_client = IndexSession::shared();
    const QByteArray text = m_editor->preview() ? m_editor->preview()->text : m_editor->snapshot().text;
    Job *job = JobTracker::runOrStart(
        m_jobs, ProjectResolver::resolveJob(text, m_editor->filePath(), std::move(settings), m_client), this);
    m_job = job;
    m_progress->setRange(0, 0);
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &progress) {
        if (job != m_job)
            return;
        const double fraction = progress.fraction();
        if (fraction < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(fraction * 1000));
        }
        m_progress->setToolTip(
            progress.item.isEmpty() ? progress.phase : tr("%1: %2", "phase: item").arg(progress.phase, progress.item));
    });
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job == m_job)
            m_outcome = result.value<ProjectResolver::Outcome>();
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job == m_job)
            m_error = error;
    });
    connect(job, &Job::cancelled, this, [this, job] {
        if (job == m_job)
            m_cancelled = true;
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        showOutcome();
        emit resolveFinished();
    });
    showOutcome();
}

void ResolutionPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ResolutionPanel::showOutcome()
{
    const bool running = !m_job.isNull();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_resolve->setEnabled(m_editor->hasProject() && !running);
    m_platform->setEnabled(!running);
    m_python->setEnabled(!running);

    const bool solved = !running && m_outcome && m_outcome->resolution.satisfiable;
    const bool explained = !running && m_outcome && !m_outcome->resolution.satisfiable;
    m_table->setRowCount(0);
    if (solved) {
        const QList<ResolvedPackage> &packages = m_outcome->resolution.packages;
        m_table->setRowCount(int(packages.size()));
        for (int row = 0; row < packages.size(); ++row) {
            const ResolvedPackage &package = packages.at(row);
            const DistributionFile &file = package.file;
            const QString index = file.indexName.isEmpty() ? file.indexUrl : file.indexName;
            const QStringList cells{package.name.canonical(), package.version.toString(), index,
                                    file.size >= 0 ? QLocale().formattedDataSize(file.size) : tr("unknown")};
            for (int column = 0; column < ColumnCount; ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == SizeColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (column == IndexColumn && !file.indexUrl.isEmpty())
                    item->setToolTip(file.indexUrl);
                if (column == NameColumn && !file.filename.isEmpty())
                    item->setToolTip(file.filename);
                m_table->setItem(row, column, item);
            }
        }
    }
    m_table->setVisible(!explained);
    m_explanation->setVisible(explained);
    m_explanation->setPlainText(explained ? m_outcome->resolution.explanation : QString());
    showStatus();
}

void ResolutionPanel::showStatus()
{
    QString text;
    const bool stale = !m_outcomeKey.isEmpty() && m_outcomeKey != requestKey();
    if (!m_editor->hasProject()) {
        text = tr("Open a project to resolve it.");
    } else if (m_job) {
        text = tr("Resolving for %1 on %2…").arg(tr("Python %1").arg(python()), m_platform->currentText());
    } else if (m_error) {
        text = tr("Could not resolve: %1").arg(m_error->message());
    } else if (m_cancelled) {
        text = tr("Resolving was cancelled.");
    } else if (m_outcome && m_outcome->resolution.satisfiable) {
        text = tr("%n package(s) for %1:", "", int(m_outcome->resolution.packages.size()))
                   .arg(m_outcome->target.description());
    } else if (m_outcome) {
        text = tr("No solution for %1:").arg(m_outcome->target.description());
    } else {
        text = tr("Choose a platform and Python version, then Resolve to see what the current plan installs.");
    }
    if (stale && !m_job)
        text += u' ' + tr("(The plan or the target has changed since: resolve again to update.)");
    m_status->setText(text);
}

void ResolutionPanel::retranslateUi()
{
    // The tab that holds the panel, when it is one.
    auto *tabs = parentWidget() ? qobject_cast<QTabWidget *>(parentWidget()->parentWidget()) : nullptr;
    if (const int index = tabs ? tabs->indexOf(this) : -1; index >= 0) {
        tabs->setTabText(index, title());
        tabs->setTabToolTip(index, tr("What the current plan installs on one platform and Python version"));
    }
    m_platformLabel->setText(tr("Pla&tform:"));
    m_pythonLabel->setText(tr("P&ython:"));
    m_variantLabel->setText(tr("V&ariant:"));
    m_resolve->setText(tr("Res&olve"));
    m_resolve->setToolTip(tr("Resolve the project as the current plan writes it, for this platform and Python"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop resolving"));
    m_platform->setAccessibleName(tr("Platform to resolve for"));
    m_python->setAccessibleName(tr("Python version to resolve for"));
    m_variant->setAccessibleName(tr("Variant to resolve"));
    m_progress->setAccessibleName(tr("Resolving progress"));
    m_status->setAccessibleName(tr("Resolution status"));
    m_table->setHorizontalHeaderLabels({tr("Package"), tr("Version"), tr("Index"), tr("Size")});
    m_table->setAccessibleName(tr("Packages of the resolution"));
    m_explanation->setAccessibleName(tr("Why there is no solution"));
    showOutcome();
}

void ResolutionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // Put into a tab widget: name the tab once it exists.
    if (event->type() == QEvent::ParentChange)
        QMetaObject::invokeMethod(this, &ResolutionPanel::retranslateUi, Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

} // namespace Akari
