// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilitypanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "../projecteditor.h"
#include "core/index/indexsession.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "recommendationcard.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QStringList Packages{u"torch"_s, u"torchvision"_s, u"torchaudio"_s};

} // namespace

AvailabilityPanel::AvailabilityPanel(ProjectEditor *editor, JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_jobs(jobs ? jobs : editor->jobs())
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"availabilityPanel"_s);
    m_status->setObjectName(u"availabilityStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(u"availabilityRefresh"_s);
    m_table->setObjectName(u"availabilityTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The status wraps over the whole width (warnings name URLs); the button sits below it.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &AvailabilityPanel::refresh);
    connect(m_editor, &ProjectEditor::opened, this, &AvailabilityPanel::planChanged);
    connect(m_editor, &ProjectEditor::planChanged, this, &AvailabilityPanel::planChanged);
    retranslateUi();
    showTable();
}

AvailabilityPanel::~AvailabilityPanel()
{
    if (m_job)
        m_job->cancel();
}

QString AvailabilityPanel::title()
{
    return tr("Availability");
}

void AvailabilityPanel::setIndexClient(std::shared_ptr<SimpleIndexClient> client)
{
    m_client = std::move(client);
}

void AvailabilityPanel::setIndexOverrides(const QList<std::pair<QString, QString>> &overrides)
{
    m_overrides = overrides;
}

QList<std::pair<TargetPlatform::Os, QString>> AvailabilityPanel::rows() const
{
    QList<std::pair<TargetPlatform::Os, QString>> rows;
    if (!m_editor->hasProject())
        return rows;
    const TorchPlan &plan = m_editor->plan();
    QList<PlatformBackends> lines;
    if (plan.mode() == TorchPlan::Mode::PerPlatform) {
        for (const QString &package : plan.packages())
            lines.append(plan.backends(package));
    } else {
        for (const TorchVariant &variant : plan.variants())
            lines.append(variant.backends);
    }
    for (const TargetPlatform::Os os : PlatformBackends::platforms()) {
        for (const PlatformBackends &line : std::as_const(lines)) {
            const std::pair<TargetPlatform::Os, QString> row{os, line.at(os)};
            if (!row.second.isEmpty() && !rows.contains(row))
                rows.append(row);
        }
    }
    return rows;
}

TorchAvailability::Query AvailabilityPanel::query() const
{
    TorchAvailability::Query query;
    query.packages = Packages;
    query.indexOverrides = m_overrides;
    if (!m_editor->hasProject())
        return query;
    for (const auto &[os, backend] : rows()) {
        if (!query.backends.contains(backend))
            query.backends.append(backend);
        if (!query.platforms.contains(os))
            query.platforms.append(os);
    }
    query.pythonVersions = TorchAvailability::supportedPythons(m_editor->snapshot().summary.requiresPython);
    return query;
}

bool AvailabilityPanel::covers(const TorchAvailability::Query &wanted) const
{
    if (!m_report || !m_reportQuery || m_reportQuery->indexOverrides != wanted.indexOverrides)
        return false;
    const auto within = [](const auto &part, const auto &whole) {
        return std::ranges::all_of(part, [&whole](const auto &item) { return whole.contains(item); });
    };
    return within(wanted.backends, m_reportQuery->backends) && within(wanted.platforms, m_reportQuery->platforms) &&
           within(wanted.pythonVersions, m_reportQuery->pythonVersions);
}

void AvailabilityPanel::planChanged()
{
    const TorchAvailability::Query wanted = query();
    // Shown and asked something new: read it now (pages come from the cache when they can).
    if (isVisible() && !wanted.backends.isEmpty() && !covers(wanted) && !isChecking())
        refresh();
    showTable();
    showStatus();
}

void AvailabilityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    planChanged();
}

void AvailabilityPanel::refresh()
{
    const TorchAvailability::Query wanted = query();
    if (wanted.backends.isEmpty())
        return;
    if (m_job)
        m_job->cancel();
    if (!m_client)
        m_client = IndexSession::shared();
    m_error.reset();
    m_stepsDone = 0;
    m_stepsTotal = -1;
    Job *job = JobTracker::runOrStart(m_jobs, TorchAvailability::checkJob(wanted, m_client), this);
    m_job = job;
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &progress) {
        if (job != m_job)
            return;
        m_stepsDone = progress.stepsDone;
        m_stepsTotal = progress.stepsTotal;
        showStatus();
    });
    connect(job, &Job::succeeded, this, [this, job, wanted](const QVariant &result) {
        if (job != m_job)
            return;
        m_report = result.value<TorchAvailability::Report>();
        m_reportQuery = wanted;
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job == m_job)
            m_error = error;
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        showTable();
        showStatus();
        emit checkFinished();
    });
    showStatus();
}

void AvailabilityPanel::showTable()
{
    const QList<std::pair<TargetPlatform::Os, QString>> shownRows = rows();
    const QStringList pythons = query().pythonVersions;
    m_table->clear();
    m_table->setRowCount(int(shownRows.size()));
    m_table->setColumnCount(int(pythons.size()));
    m_table->setHorizontalHeaderLabels(pythons);
    for (int column = 0; column < pythons.size(); ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(tr("Python %1").arg(pythons.at(column)));
    for (int row = 0; row < shownRows.size(); ++row) {
        const auto &[os, backend] = shownRows.at(row);
        auto *header =
            new QTableWidgetItem(tr("%1: %2", "platform: backend")
                                     .arg(TargetPlatform{os}.displayName(), RecommendationCard::backendName(backend)));
        header->setToolTip(backend);
        m_table->setVerticalHeaderItem(row, header);
        for (int column = 0; column < pythons.size(); ++column) {
            const QString &python = pythons.at(column);
            const TorchAvailability::Cell *cell = m_report ? m_report->cell(u"torch"_s, backend, python, os) : nullptr;
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (cell && !cell->versions.isEmpty()) {
                item->setText(cell->versions.first());
            } else if (cell) {
                item->setText(tr("no wheels"));
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            item->setToolTip(cellToolTip(os, backend, python));
            m_table->setItem(row, column, item);
        }
    }
}

QString AvailabilityPanel::cellToolTip(TargetPlatform::Os os, const QString &backend, const QString &python) const
{
    QStringList lines{tr("%1 on %2, Python %3")
                          .arg(RecommendationCard::backendName(backend), TargetPlatform{os}.displayName(), python)};
    for (const QString &package : Packages) {
        const TorchAvailability::Cell *cell = m_report ? m_report->cell(package, backend, python, os) : nullptr;
        if (!cell)
            lines.append(tr("%1: not checked", "package").arg(package));
        else if (cell->versions.isEmpty())
            lines.append(tr("%1: no wheels", "package").arg(package));
        else
            lines.append(tr("%1: %2 (newest), %n version(s) in all", "package: version", int(cell->versions.size()))
                             .arg(package, cell->versions.first()));
    }
    return lines.join(u'\n');
}

void AvailabilityPanel::showStatus()
{
    const bool open = m_editor->hasProject();
    const bool hasRows = !rows().isEmpty();
    m_refresh->setEnabled(open && hasRows);
    QString text;
    if (!open) {
        text = tr("Open a project to see which PyTorch builds its plan can get.");
    } else if (!hasRows) {
        text = tr("The plan has no PyTorch packages to look up.");
    } else if (m_job) {
        text = m_stepsTotal > 0 ? tr("Reading the package indexes (%1 of %2 pages)…").arg(m_stepsDone).arg(m_stepsTotal)
                                : tr("Reading the package indexes…");
    } else if (m_error) {
        text = tr("Could not read the package indexes: %1").arg(m_error->message());
    } else if (!m_report) {
        text = tr("Not checked yet. Refresh reads the package indexes.");
    } else {
        text = tr("The newest torch with wheels for each platform, backend and Python version. Hover over a cell "
                  "for torchvision and torchaudio.");
        if (!covers(query()))
            text += u' ' + tr("The plan changed since: refresh to check it.");
        for (const QString &warning : m_report->warnings)
            text += u'\n' + warning;
    }
    m_status->setText(text);
}

void AvailabilityPanel::retranslateUi()
{
    // The tab that holds the panel, when it is one.
    auto *tabs = parentWidget() ? qobject_cast<QTabWidget *>(parentWidget()->parentWidget()) : nullptr;
    if (const int index = tabs ? tabs->indexOf(this) : -1; index >= 0) {
        tabs->setTabText(index, title());
        tabs->setTabToolTip(index, tr("Which PyTorch versions each backend of the plan has wheels for"));
    }
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Read the package indexes again"));
    m_table->setAccessibleName(tr("Newest PyTorch version with wheels per platform, backend and Python version"));
    m_status->setAccessibleName(tr("Availability status"));
    showTable();
    showStatus();
}

void AvailabilityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // Put into a tab widget: name the tab once it exists.
    if (event->type() == QEvent::ParentChange)
        QMetaObject::invokeMethod(this, &AvailabilityPanel::retranslateUi, Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

} // namespace Akari
